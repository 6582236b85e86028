// Span: a half-open byte range [begin, end) into a document's ORIGINAL text
// (model::Document::text), the unit every provenance in netra is given in.
#pragma once

#include <cstdint>
#include <string_view>

namespace netra::text {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  // The bytes the span covers. REQUIRES: end <= text.size().
  std::string_view Slice(std::string_view text) const { return text.substr(begin, end - begin); }

  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace netra::text
