// Standard input read more than once, for commands that read their input in
// two passes (an ingest run first notes which version of each document id
// is the last, see pipeline/latest_versions.h, then writes).
//
//   NETRA_RETURN_IF_ERROR(MakeStdinRewindable());
//   ... read stdin to its end (std::fread, std::getline(std::cin, ...)) ...
//   NETRA_RETURN_IF_ERROR(RewindStdin());
//   ... read it again ...
#pragma once

#include "core/status.h"

namespace netra {

// A regular file on standard input (`< feed.jsonl`) is used as it is. A
// pipe or terminal is first copied to its end into an unlinked temporary
// file (in TMPDIR), which then takes its place as descriptor 0: that costs
// as much disk as the input is long, and the copy is gone when the process
// ends. REQUIRES: nothing has read standard input yet. IoError if the copy
// cannot be made.
Status MakeStdinRewindable();

// Goes back to where standard input started, for both stdio and std::cin.
// REQUIRES: MakeStdinRewindable succeeded.
Status RewindStdin();

}  // namespace netra
