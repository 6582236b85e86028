// The two ways SplitSentences finds sentence breaks, exposed so a test can
// hold them to the same answers.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace netra::text::internal {

// Appends ICU's sentence breaks inside `paragraph` (UTF-8 offsets, in
// increasing order; the break at its end is left out).
void IcuSentenceBreaks(std::string_view paragraph, std::vector<uint32_t>* breaks);

// The same breaks from the UAX #29 sentence rules (SB6 to SB11, which ICU's
// sent.txt encodes) applied directly to the characters' Sentence_Break
// classes, without ICU's iterator and UTF-16 copy. Returns false, having
// appended nothing, when `paragraph` holds a character these rules are not
// written for here (paragraph separators, Extend and Format characters,
// rules SB3 to SB5): the caller asks ICU then.
bool RuleSentenceBreaks(std::string_view paragraph, std::vector<uint32_t>* breaks);

}  // namespace netra::text::internal
