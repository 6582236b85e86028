// A set of triples (their term ids), exact, for the bulk loader to know
// which triples its current buffers already hold: a triple stated by many
// documents (a region's label, a statute's type) then gets its SPO, POS and
// OSP keys once per buffer rather than once per document. Half the index
// keys of a load are such repeats; each one skipped is sorted, spilled and
// merged no more. Internal to netra_store.
//
// Open addressing with linear probing in one flat array, kept at most half
// full. Clear is O(1): slots carry the generation they were filled in, and
// a clear starts a new one.
#pragma once

#include <cstdint>
#include <vector>

#include "store/key_codec.h"

namespace netra::store {

class TripleSet {
 public:
  // Adds `t`: true if it was not there.
  bool Insert(const TripleIds& t) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Slot& slot = slots_[Probe(t)];
    if (slot.generation == generation_) return false;
    slot = {t, generation_};
    ++size_;
    return true;
  }

  // Empties the set; its memory stays, for the next buffers.
  void Clear() {
    size_ = 0;
    if (++generation_ == 0) {  // wrapped: every slot would look filled
      for (Slot& slot : slots_) slot.generation = 0;
      generation_ = 1;
    }
  }

  uint64_t bytes() const { return slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    TripleIds t;
    uint32_t generation = 0;  // filled in this generation; 0: never
  };

  // Term ids are hashes already: mixing their words is enough.
  size_t Home(const TripleIds& t) const {
    uint64_t h = (t.s ^ (t.p * 0x9e3779b97f4a7c15ull) ^ (t.o * 0xc2b2ae3d27d4eb4full));
    return static_cast<size_t>(h >> 20) & (slots_.size() - 1);
  }

  size_t Probe(const TripleIds& t) const {
    const size_t mask = slots_.size() - 1;
    size_t i = Home(t);
    while (slots_[i].generation == generation_ && !(slots_[i].t == t)) i = (i + 1) & mask;
    return i;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    const uint32_t current = generation_;
    generation_ = 1;
    size_ = 0;
    for (const Slot& slot : old) {
      if (slot.generation == current) Insert(slot.t);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint32_t generation_ = 1;
};

}  // namespace netra::store
