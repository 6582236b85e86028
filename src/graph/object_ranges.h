// Cutting a predicate's POS keys into ranges of object ids, so that parts of
// one large scan (Store::MatchIdsByObjects) run side by side. Ids are
// hashes: equal ranges of ids hold about as many objects each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "store/store.h"

namespace netra::graph {

struct ObjectRange {
  store::TermId from = 0;
  std::optional<store::TermId> to;  // exclusive; nullopt: to the last id
};

// The i-th of `parts` ranges that together cover every id, in id order.
// REQUIRES: i < parts.
inline ObjectRange ObjectRangeOf(size_t i, size_t parts) {
  uint64_t step = UINT64_MAX / parts;
  ObjectRange r{step * i, std::nullopt};
  if (i + 1 < parts) r.to = step * (i + 1);
  return r;
}

}  // namespace netra::graph
