// Fact files: the split path. `netra extract --format jsonl` writes (see
// fact_writer.h), for each document, one header line and then one line per
// fact:
//
//   {"document":"a1","content_hash":"5f0c...","metadata":{"title":...},"text":"..."}
//   {"subject":...,"predicate":...,"object":...,"object_type":...,"document":"a1",
//    "span":[b,e],"extractor":...,"confidence":...}
//
// so that extraction can run anywhere (Spark RDD.pipe, Hadoop Streaming) and
// `netra ingest --facts FILE...` loads the outputs: one DocumentFacts per
// document, with the header's hash and metadata (metadata is the store's
// document record as a JSON object, stored as the same bytes `ingest`
// stores; a string of that JSON, as older netras wrote, is read as well)
// and text (the original bytes, kept for `netra evidence`; a header without
// it, as older netras wrote, or no header at all: no text is stored).
// The result is the store one `netra ingest` of the same documents builds.
//
// `netra extract --format binary` writes the same documents as a binary fact
// file (fact_binary.h), read here too: a file whose first byte is that
// format's is read as one, whatever its name; its records are documents
// with their headers, and follow the same rule for repeated ids.
//
// Grouping: the lines of one document must be contiguous (as extract writes
// them, and as a map-only job keeps them). A header always starts a new
// version of its document; of an id given more than once, only the last
// version is loaded, as in ingest (latest_versions.h: the files are read
// twice, standard input through a temporary copy). Fact lines with no
// header get a hash computed from the lines themselves, so re-loading the
// same file is a no-op; such a document seen again after other documents is
// refused (its facts were split), naming file:line.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "pipeline/pipeline.h"

namespace netra::pipeline {

// Loads fact files ("-" = stdin) into the store, a batch of documents per
// atomic write (or through a BulkLoader with options.bulk). A bad line drops
// its whole document and becomes a problem "file:line: message"; the rest go
// on. Fails only on store errors.
Status IngestFacts(const std::vector<std::string>& paths, store::Store* store, const IngestOptions& options,
                   IngestReport* report);

// Loads fact files as IngestFacts does, but into an SST set in `out_dir`
// (`netra sst`; see store::BulkLoader::WriteSstSet) instead of a store, for
// `netra ingest --sst` to ingest elsewhere. Bad lines are problems as above.
Status WriteSstSetFromFacts(const std::vector<std::string>& paths, const std::string& out_dir, IngestReport* report);

}  // namespace netra::pipeline
