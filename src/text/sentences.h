// Sentence segmentation of one paragraph of normalized text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace netra::text {

// A sentence of a paragraph: byte offsets relative to the paragraph,
// [begin, end), with surrounding spaces trimmed.
struct SentenceBounds {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// Appends the sentences of `paragraph` (normalized text, no line breaks) to
// `out`, in order, none empty. Breaks come from ICU's sentence rules (locale
// `id`), minus the ones ContinuesSentence() undoes (`Dr. Budi`, `S.Pd.
// M.Pd.`), plus breaks where a writer forgot the space after a period
// (`integritas.Karena`). Thread-safe: each thread keeps its own ICU iterator.
void SplitSentences(std::string_view paragraph, std::vector<SentenceBounds>* out);

}  // namespace netra::text
