// UTF-8 validation: in core because the JSONL loader checks a line with it
// before parsing, and the text layer checks every document with it.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/status.h"

namespace netra {

// Checks that `text` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong
// forms, no surrogates, nothing above U+10FFFF). On failure returns
// Status::BadInput("invalid UTF-8 at byte N"), where N is the offset of the
// first byte that does not start a well-formed character: the lead byte of a
// truncated or overlong sequence, or a stray continuation byte itself. If
// `bad_offset` is not null it receives N (untouched on success).
Status ValidateUtf8(std::string_view text, size_t* bad_offset = nullptr);

}  // namespace netra
