// A hash map from 64-bit store term ids to 32-bit values: for interning
// the vertices of a projection, or the terms a bulk load has buffered. Both
// make millions of look-ups, where std::unordered_map's node allocations
// and pointer chasing cost more than the work around them.
//
// Open addressing with linear probing in one flat array of (id, value)
// slots, kept at most half full: a look-up is one cache miss. Term ids are
// already hashes, but a multiplicative mix keeps the map fair when a test
// replaces the term hash with a weak one.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/huge_pages.h"

namespace netra {

class IdMap {
 public:
  explicit IdMap(size_t expected = 0) { Rehash(SlotsFor(expected)); }

  size_t size() const { return size_; }

  // The value of `id`, inserting `value` if the id is new. Second: whether
  // it was inserted.
  std::pair<uint32_t, bool> Insert(uint64_t id, uint32_t value) {
    if (2 * (size_ + 1) > slots_.size()) Rehash(2 * slots_.size());
    Slot& slot = slots_[Probe(id)];
    if (slot.value != kEmpty) return {slot.value, false};
    slot = {id, value};
    ++size_;
    return {value, true};
  }

  // Starts loading the slot where `id` would be probed first: callers that
  // know their next ids ask for them ahead, so that the cache misses of a
  // batch overlap instead of coming one after another.
  void Prefetch(uint64_t id) const { __builtin_prefetch(&slots_[Home(id)]); }

  std::optional<uint32_t> Find(uint64_t id) const {
    const Slot& slot = slots_[Probe(id)];
    if (slot.value == kEmpty) return std::nullopt;
    return slot.value;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;  // so indexes go up to 2^32 - 2

  struct Slot {
    uint64_t id = 0;
    uint32_t value = kEmpty;
  };

  static size_t SlotsFor(size_t n) {
    size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    return slots;
  }

  // The slot holding `id`, or the empty slot where it would go.
  size_t Home(uint64_t id) const {
    return static_cast<size_t>((id * 0x9e3779b97f4a7c15ull) >> 32) & (slots_.size() - 1);
  }

  size_t Probe(uint64_t id) const {
    size_t mask = slots_.size() - 1;
    size_t i = Home(id);
    while (slots_[i].value != kEmpty && slots_[i].id != id) i = (i + 1) & mask;
    return i;
  }

  void Rehash(size_t count) {
    std::vector<Slot> old = std::move(slots_);
    slots_ = {};
    ReserveHuge(&slots_, count);
    slots_.resize(count);
    for (const Slot& slot : old) {
      if (slot.value != kEmpty) slots_[Probe(slot.id)] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace netra
