// A document as loaded from a .txt file or a JSONL line, before any analysis.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace netra::model {

struct Document {
  std::string id;         // file name without extension, or the JSONL `id`
  std::string title;      // may be empty
  std::string text;       // the original bytes; every span in netra points into these
  std::string source;     // where it came from: "samples/a.txt" or "feed.jsonl:12"
  std::string url;        // optional
  std::string published;  // ISO date ("2024-11-21") or empty
  std::string publisher;  // optional
  // Other JSONL fields, kept verbatim: name -> the field's JSON text.
  std::vector<std::pair<std::string, std::string>> metadata;
};

}  // namespace netra::model
