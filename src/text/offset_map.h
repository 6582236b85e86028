// OffsetMap: from byte offsets in a transformed (normalized or folded) text
// back to byte offsets in the text it was made from.
//
// The transformed text is described as a sequence of runs. A `copy` run is
// byte-identical to its source, so offsets inside it map one to one. A
// `replace` run turned some source bytes into other bytes as a unit, e.g.
// `\r\n` -> `\n`, NBSP -> ` `, or `e` U+0301 -> `é` (NFC); offsets inside it
// are not character boundaries on both sides and map to the run's edges. A
// deletion is a replace run with no output bytes (U+200B, a BOM).
//
// Every offset in [0, normalized_size()] maps, and the map is monotone.
// Where deletions make one offset stand for several source offsets, a begin
// offset maps past the deleted bytes and an end offset maps before them, so a
// span never starts or ends with bytes that were dropped.
#pragma once

#include <cstdint>
#include <vector>

#include "text/span.h"

namespace netra::text {

class OffsetMap {
 public:
  // An empty map: only offset 0, mapping to 0.
  OffsetMap() = default;
  // The map of an unchanged text of `size` bytes.
  static OffsetMap Identity(uint32_t size);

  // The source offset of the character that starts at `normalized_offset`
  // (begin-biased). REQUIRES: normalized_offset <= normalized_size().
  uint32_t ToOriginal(uint32_t normalized_offset) const;

  // The source bytes covering normalized [norm_begin, norm_end): an offset
  // inside a replace run widens the span to the whole run, never narrows it.
  // REQUIRES: norm_begin <= norm_end <= normalized_size().
  Span ToOriginal(uint32_t norm_begin, uint32_t norm_end) const;

  uint32_t normalized_size() const { return runs_.empty() ? 0 : runs_.back().norm_end(); }
  uint32_t original_size() const { return runs_.empty() ? 0 : runs_.back().orig_end(); }
  // True if the transformed text is byte-identical to its source.
  bool is_identity() const { return runs_.size() <= 1 && (runs_.empty() || runs_[0].copy); }

 private:
  friend class OffsetMapBuilder;

  struct Run {
    uint32_t norm = 0;  // first byte in the transformed text
    uint32_t orig = 0;  // first byte in the source text
    uint32_t norm_len = 0;
    uint32_t orig_len = 0;  // == norm_len for copy runs
    bool copy = false;
    uint32_t norm_end() const { return norm + norm_len; }
    uint32_t orig_end() const { return orig + orig_len; }
  };

  // Offset of the character ending at `normalized_offset` (end-biased).
  uint32_t EndToOriginal(uint32_t normalized_offset) const;

  std::vector<Run> runs_;  // contiguous on both sides, in order
};

// Builds an OffsetMap while a transformation writes its output left to right.
class OffsetMapBuilder {
 public:
  // `length` source bytes were copied unchanged.
  void Copy(uint32_t length);
  // `orig_len` source bytes became `norm_len` output bytes (0: deleted).
  void Replace(uint32_t orig_len, uint32_t norm_len);

  // A point to come back to when a transformation revises output it already
  // emitted (NFC does, when a combining mark follows a character).
  struct Checkpoint {
    size_t size = 0;
    OffsetMap::Run last;
  };
  Checkpoint Mark() const;
  // Forgets everything added since `mark`.
  void Rewind(const Checkpoint& mark);

  uint32_t normalized_size() const { return map_.normalized_size(); }
  uint32_t original_size() const { return map_.original_size(); }

  // Returns the map and leaves the builder empty.
  OffsetMap Finish();

 private:
  OffsetMap map_;
};

}  // namespace netra::text
