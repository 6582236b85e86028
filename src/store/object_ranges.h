// Cutting a predicate's keys into ranges of ids, so that parts of one large
// scan run side by side: of object ids in its POS keys
// (Store::MatchIdsByObjects), of subject ids in its provenance keys
// (Store::SupportsOfPredicate). Ids are hashes: equal ranges of ids hold
// about as many keys each.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "store/store.h"

namespace netra::store {

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

}  // namespace netra::store
