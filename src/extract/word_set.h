// A fixed set of words for the look-ups extractors make at every token
// ("is `rapat` an event word?"), cheaper than std::unordered_set.
//
//   static const WordSet kVerbs = {"menggelar", "digelar", "memimpin"};
//   if (kVerbs.contains(TokenText(s.lower, t))) ...
//
// Most tokens are in no set: a table indexed by first byte holds the
// lengths of the words that start with it, so they are rejected without
// hashing. The set keeps views of the words it is given: they must outlive
// it (string literals do). Read-only after construction, so thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace netra::extract {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) { Build(words.begin(), words.end()); }
  template <typename It>
  WordSet(It begin, It end) {
    Build(begin, end);
  }

  // The position of `w` in the list the set was built from (its first
  // position when listed twice), or -1.
  int Find(std::string_view w) const {
    if (w.empty()) return -1;
    const uint64_t bit = uint64_t{1} << (w.size() < 63 ? w.size() : 63);
    if ((first_byte_lengths_[static_cast<unsigned char>(w[0])] & bit) == 0) return -1;
    for (size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.index < 0) return -1;
      if (slot.word == w) return slot.index;
    }
  }
  bool contains(std::string_view w) const { return Find(w) >= 0; }

 private:
  struct Slot {
    std::string_view word;
    int index = -1;
  };

  static uint64_t Hash(std::string_view w) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
  }

  template <typename It>
  void Build(It begin, It end) {
    size_t n = 0;
    for (It it = begin; it != end; ++it) ++n;
    size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    int index = 0;
    for (It it = begin; it != end; ++it, ++index) {
      const std::string_view w(*it);
      if (w.empty() || Find(w) >= 0) continue;
      first_byte_lengths_[static_cast<unsigned char>(w[0])] |= uint64_t{1} << (w.size() < 63 ? w.size() : 63);
      size_t i = Hash(w) & mask_;
      while (slots_[i].index >= 0) i = (i + 1) & mask_;
      slots_[i] = {w, index};
    }
  }

  std::array<uint64_t, 256> first_byte_lengths_{};
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

}  // namespace netra::extract
