// The text layer on any bytes: normalisation, line classes, the dateline,
// sentences, the fold for matching and the extractors' tokens, with the
// offsets each one promises checked against the text they point into.
#include <cstddef>
#include <cstdint>

#include "extract/tokens.h"
#include "fuzz_support.h"
#include "text/normalize.h"

namespace netra::fuzz {
namespace {

void CheckLinesAndSentences(const text::AnalyzedText& a, size_t original_size) {
  const size_t norm_size = a.normalized.size();
  Check(a.offsets.normalized_size() == norm_size, "the offset map covers the normalized text");
  Check(norm_size == 0 || a.offsets.original_size() == original_size, "the offset map covers the original");
  for (const text::Line& line : a.lines) {
    CheckSpan(line.span, original_size, "line span");
    CheckSpan({line.norm_begin, line.norm_end}, norm_size, "line in the normalized text");
  }
  for (const text::Sentence& s : a.sentences) {
    CheckSpan(s.span, original_size, "sentence span");
    Check(s.line < a.lines.size(), "a sentence's line exists");
    Check(s.norm_begin + s.text.size() <= norm_size && a.normalized.compare(s.norm_begin, s.text.size(), s.text) == 0,
          "a sentence's text is the normalized text at its offset");
    std::vector<extract::Token> tokens = extract::Tokenize(s.text);
    uint32_t previous_end = 0;
    for (const extract::Token& t : tokens) {
      Check(previous_end <= t.begin && t.begin < t.end && t.end <= s.text.size(), "tokens in order, in the sentence");
      previous_end = t.end;
    }
  }
  for (const text::Span& sign_off : a.sign_offs) CheckSpan(sign_off, original_size, "sign-off span");
  if (a.dateline) {
    CheckSpan(a.dateline->span, original_size, "dateline span");
    CheckSpan(a.dateline->place_span, original_size, "dateline place span");
    CheckSpan(a.dateline->publisher_span, original_size, "dateline publisher span");
  }
}

void CheckFold(const std::string& normalized) {
  text::OffsetMap offsets;
  const std::string folded = text::FoldForMatch(normalized, &offsets);
  Check(offsets.normalized_size() == folded.size(), "the fold's offset map covers the folded text");
  if (!folded.empty()) CheckSpan(offsets.ToOriginal(0, folded.size()), normalized.size(), "the folded text's span");
}

void Run(const uint8_t* data, size_t size) {
  const std::vector<AnalyzedInput> inputs = AnalyzeAsLoaded(data, size);
  for (const AnalyzedInput& in : inputs) CheckLinesAndSentences(in.analyzed, size);
  // Both analyses normalize alike: one fold will do.
  if (!inputs.empty()) CheckFold(inputs[0].analyzed.normalized);
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}
