// The text layer's entry point: from a document's original bytes to
// normalized text, classified lines, sentences and the dateline, every piece
// carrying spans into the original bytes.
//
//   NETRA_ASSIGN_OR_RETURN(text::AnalyzedText a, text::Analyze(doc.text));
//   for (const text::Sentence& s : a.sentences) {
//     // s.text is normalized; s.span.Slice(doc.text) is what the reader saw.
//   }
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "text/dateline.h"
#include "text/line_classes.h"
#include "text/normalize.h"
#include "text/offset_map.h"
#include "text/span.h"
#include "text/utf8.h"

namespace netra::text {

struct Sentence {
  Span span;                // original bytes of the sentence, spaces trimmed
  std::string text;         // the sentence's normalized text
  uint32_t norm_begin = 0;  // offset of `text` in AnalyzedText::normalized
  size_t line = 0;          // index into AnalyzedText::lines
};

struct AnalyzedText {
  std::string normalized;  // the whole document, normalized (see Normalize)
  OffsetMap offsets;       // normalized offsets -> original offsets
  std::vector<Line> lines;
  // Sentences of the title, body and dateline lines (never of boilerplate),
  // in order. A sentence never crosses a line break, never includes the
  // dateline (it starts after the dash) and never includes a sign-off
  // glued to the end of a paragraph.
  std::vector<Sentence> sentences;
  std::optional<Dateline> dateline;
  // Sign-offs at the end of body paragraphs, `... tuturnya. (Yuko)`: kept
  // out of the sentences so no fact is read from them.
  std::vector<Span> sign_offs;
};

struct AnalyzeOptions {
  // The loader says the first non-blank line is the title (a .txt article
  // starts with its headline). One exception: a first line that starts with
  // a dateline naming a publisher or a place in capitals (`KAYUAGUNG,
  // KORANPALPRES.COM – ...`), or that is too long or ends like a sentence,
  // is the first paragraph, as in pages scraped without their headline.
  // When false, a first line that looks like a headline is the title.
  bool title_is_first_line = false;
};

// Normalizes, classifies lines, finds the dateline and splits sentences.
// Fails with Status::BadInput("invalid UTF-8 at byte N") naming the first
// bad byte (see ValidateUtf8); a leading BOM is dropped but its bytes are
// still counted in every span. Thread-safe.
Result<AnalyzedText> Analyze(std::string_view original, const AnalyzeOptions& options = {});

}  // namespace netra::text
