#include "text/offset_map.h"

#include <algorithm>
#include <utility>

#include "core/check.h"

namespace netra::text {

OffsetMap OffsetMap::Identity(uint32_t size) {
  OffsetMapBuilder builder;
  builder.Copy(size);
  return builder.Finish();
}

uint32_t OffsetMap::ToOriginal(uint32_t normalized_offset) const {
  NETRA_DCHECK(normalized_offset <= normalized_size());
  if (runs_.empty()) return 0;
  if (normalized_offset >= normalized_size()) return original_size();
  // The last run starting at or before the offset. Deletions sitting at the
  // offset start there too but come earlier, so they are skipped: a begin
  // offset maps past deleted bytes.
  auto it = std::upper_bound(runs_.begin(), runs_.end(), normalized_offset,
                             [](uint32_t n, const Run& r) { return n < r.norm; });
  const Run& run = *std::prev(it);
  if (run.copy) return run.orig + (normalized_offset - run.norm);
  return run.orig;  // inside or at the start of a replace run: its start
}

uint32_t OffsetMap::EndToOriginal(uint32_t normalized_offset) const {
  if (normalized_offset == 0) return 0;
  // The first run starting at or after the offset; the one before it holds
  // the character that ends there. Deletions at the offset are not reached,
  // so an end offset maps before deleted bytes.
  auto it = std::lower_bound(runs_.begin(), runs_.end(), normalized_offset,
                             [](const Run& r, uint32_t n) { return r.norm < n; });
  const Run& run = *std::prev(it);
  if (run.copy) return run.orig + (normalized_offset - run.norm);
  return run.orig_end();  // inside or at the end of a replace run: its end
}

Span OffsetMap::ToOriginal(uint32_t norm_begin, uint32_t norm_end) const {
  NETRA_DCHECK(norm_begin <= norm_end && norm_end <= normalized_size());
  const uint32_t begin = ToOriginal(norm_begin);
  // An empty span between deleted bytes would otherwise end before it begins.
  const uint32_t end = norm_begin == norm_end ? begin : std::max(begin, EndToOriginal(norm_end));
  return {begin, end};
}

void OffsetMapBuilder::Copy(uint32_t length) {
  if (length == 0) return;
  auto& runs = map_.runs_;
  if (!runs.empty() && runs.back().copy) {
    runs.back().norm_len += length;
    runs.back().orig_len += length;
    return;
  }
  runs.push_back({normalized_size(), original_size(), length, length, true});
}

void OffsetMapBuilder::Replace(uint32_t orig_len, uint32_t norm_len) {
  if (orig_len == 0 && norm_len == 0) return;
  auto& runs = map_.runs_;
  // Consecutive deletions carry no information apart: keep one run.
  if (norm_len == 0 && !runs.empty() && !runs.back().copy && runs.back().norm_len == 0) {
    runs.back().orig_len += orig_len;
    return;
  }
  runs.push_back({normalized_size(), original_size(), norm_len, orig_len, false});
}

OffsetMapBuilder::Checkpoint OffsetMapBuilder::Mark() const {
  Checkpoint mark;
  mark.size = map_.runs_.size();
  if (mark.size > 0) mark.last = map_.runs_.back();
  return mark;
}

void OffsetMapBuilder::Rewind(const Checkpoint& mark) {
  auto& runs = map_.runs_;
  NETRA_DCHECK(mark.size <= runs.size());
  runs.resize(mark.size);
  if (mark.size > 0) runs.back() = mark.last;  // undo growth of a merged run
}

OffsetMap OffsetMapBuilder::Finish() { return std::exchange(map_, OffsetMap()); }

}  // namespace netra::text
