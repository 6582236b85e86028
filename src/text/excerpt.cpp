#include "text/excerpt.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace netra::text {

namespace {

bool Overlaps(Span a, Span b) {
  if (b.empty()) return a.begin <= b.begin && b.begin <= a.end;  // an empty span touching `a`
  return a.begin < b.end && b.begin < a.end;
}

// The union of the spans of `pieces` that overlap `span`, if any does.
template <typename Piece>
std::optional<Span> CoveringSpan(const std::vector<Piece>& pieces, Span span) {
  std::optional<Span> cover;
  for (const Piece& piece : pieces) {
    if (!Overlaps(piece.span, span)) continue;
    if (!cover) cover = piece.span;
    cover->begin = std::min(cover->begin, piece.span.begin);
    cover->end = std::max(cover->end, piece.span.end);
  }
  return cover;
}

}  // namespace

Span SentenceAround(const AnalyzedText& analyzed, Span span) {
  std::optional<Span> cover = CoveringSpan(analyzed.sentences, span);
  if (!cover) cover = CoveringSpan(analyzed.lines, span);
  if (!cover) return span;
  return Span{std::min(cover->begin, span.begin), std::max(cover->end, span.end)};
}

}  // namespace netra::text
