// Loaders: turn the paths a user names into model::Documents.
//
// A `.txt` file is one article (id = file name without extension). A
// `.jsonl` file is one article per line (`id`, `title`, `text`|`body`|
// `content`, optional `url`, `published`, `publisher`; other fields are kept
// as metadata). A folder is walked recursively in byte order of the paths.
// `-` reads JSONL from standard input. Files are read one at a time and JSONL
// line by line, so memory does not grow with the number of documents.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "model/document.h"

namespace netra::ingest {

struct LoadOptions {
  uint64_t max_document_bytes = 10ull << 20;  // --max-doc-size; larger documents are skipped
};

// A problem with one input: the document (or file) is skipped, the rest go on.
struct Diagnostic {
  std::string where;    // "samples/a.txt", "feed.jsonl:12", "a.txt: byte 812"
  std::string message;  // what is wrong, in words a user can act on
};

// One input file with its size, so callers can report progress and ETA.
struct InputFile {
  std::string path;  // "-" for standard input
  uint64_t bytes = 0;
  bool jsonl = false;
};

// Expands paths (files, folders, "-") into the input files, in a stable
// order. Paths that do not exist become diagnostics, not errors.
std::vector<InputFile> ListInputs(const std::vector<std::string>& paths, std::vector<Diagnostic>* problems);

using DocumentSink = std::function<void(model::Document&&)>;
using ProblemSink = std::function<void(const Diagnostic&)>;

// Reads one input file and hands each good document to on_document and each
// bad one to on_problem. Never throws; returns the number of documents given
// to on_document.
uint64_t LoadFile(const InputFile& input, const LoadOptions& options, const DocumentSink& on_document,
                  const ProblemSink& on_problem);

// Parses one JSONL line into a document. `where` names the line in messages.
// Fails with kBadInput on broken JSON, a missing id or a missing text.
Result<model::Document> ParseJsonLine(const std::string& line, const std::string& where);

}  // namespace netra::ingest
