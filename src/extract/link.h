// Ties mentions together: who cites each statute, in which region.
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

// A statute is cited by the official who speaks in its sentence (named
// there, or the last one named before it, since quotes follow their
// speaker), else by the article's event, else by the organisation the
// article is about. The citing region is that actor's region, else the
// article's region.
void LinkCitations(const DocContext& ctx, Extraction* out);

// For each sentence, the official speaking there: the one named in it, or
// named by its speech verb ("ujar Sisardi"), else the last one named before
// it; -1 before any. REQUIRES: officials were extracted.
std::vector<int> SpeakerBySentence(const DocContext& ctx, const Extraction& out);

}  // namespace netra::extract
