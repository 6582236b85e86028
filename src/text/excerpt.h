// The sentence around a span: what `netra evidence` shows for each place a
// fact was read, cut from the document's original bytes by the same
// segmentation the extractors read (Analyze), so that it is exactly the
// bytes the reader saw.
#pragma once

#include "text/analyze.h"
#include "text/span.h"

namespace netra::text {

// The original bytes around `span` in the document `analyzed` was made from:
// the sentences the span overlaps (from the first one's begin to the last
// one's end: a fact read across a sentence break shows both); if it overlaps
// none (a dateline's place, a line netra reads no sentence from), the lines
// it overlaps; else the span itself. The result always contains `span`.
Span SentenceAround(const AnalyzedText& analyzed, Span span);

}  // namespace netra::text
