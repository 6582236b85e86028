// The attribute columns every format writes, in one table, so that GraphML,
// GEXF and CSV cannot disagree on a name or a type. The label, colour, size
// and position are not columns: each format has its own place for them.
#pragma once

#include <charconv>
#include <cstdint>
#include <string_view>

#include "export/graph_source.h"

namespace netra::exporter {

enum class AttrType { kString, kInt };

struct Column {
  const char* name;
  AttrType type;
};

inline constexpr Column kNodeColumns[] = {
    {"type", AttrType::kString},   {"kind", AttrType::kString}, {"code", AttrType::kString},
    {"date", AttrType::kString},   {"role", AttrType::kString}, {"title", AttrType::kString},
    {"status", AttrType::kString}, {"year", AttrType::kInt},    {"support", AttrType::kInt},
    {"degree", AttrType::kInt},
};

// The edge's `weight` is not here: GEXF has an attribute for it and CSV a
// column Gephi recognises; GraphML writes it as a key of its own.
inline constexpr Column kEdgeColumns[] = {
    {"predicate", AttrType::kString},
    {"first_date", AttrType::kString},
    {"last_date", AttrType::kString},
};

// Formats integers without allocating.
class IntText {
 public:
  explicit IntText(int64_t v) { len_ = std::to_chars(buf_, buf_ + sizeof(buf_), v).ptr - buf_; }
  std::string_view view() const { return {buf_, len_}; }

 private:
  char buf_[24];
  size_t len_;
};

// Calls fn(column index into kNodeColumns, value) for each attribute the
// node has; absent ones (empty strings, no year) are skipped.
template <typename Fn>
void ForEachNodeValue(const NodeView& n, Fn&& fn) {
  const std::string_view strings[] = {n.type, n.kind, n.code, n.date, n.role, n.title, n.status};
  for (size_t i = 0; i < 7; ++i) {
    if (!strings[i].empty()) fn(i, strings[i]);
  }
  if (n.year) fn(7, IntText(*n.year).view());
  fn(8, IntText(static_cast<int64_t>(n.support)).view());
  fn(9, IntText(n.degree).view());
}

// Same for kEdgeColumns.
template <typename Fn>
void ForEachEdgeValue(const EdgeView& e, Fn&& fn) {
  fn(0, e.predicate);
  if (!e.first_date.empty()) fn(1, e.first_date);
  if (!e.last_date.empty()) fn(2, e.last_date);
}

}  // namespace netra::exporter
