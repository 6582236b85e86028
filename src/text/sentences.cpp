#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <memory>

#include "core/check.h"
#include "text/abbreviations.h"
#include "text/ascii_internal.h"
#include "text/sentences_internal.h"
#include "text/utf8.h"

namespace netra::text {
namespace {

using internal::IsAsciiLower;
using internal::IsAsciiUpper;

// Creating a rule-based iterator loads and compiles its rules, which costs
// far more than segmenting a paragraph; each thread builds one and reuses it.
icu::BreakIterator& SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale("id"), status));
    NETRA_CHECK(U_SUCCESS(status) && it != nullptr);
    return it;
  }();
  return *iterator;
}

// Per-thread scratch buffers, so segmenting allocates nothing once warm.
struct Scratch {
  std::vector<UChar> utf16;
  std::vector<uint32_t> breaks;
};
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

int SentenceBreakClass(char32_t c) { return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK); }

// Whether ICU's sentence rules (UAX #29) can break `paragraph` before its
// end. They break only after a terminator (ATerm `.`, STerm `!` `?` and
// their Unicode kin) or a paragraph separator, so a paragraph whose only
// terminators end it (`... katanya."`: terminators and closing marks, then
// spaces) has no break but its end, which IcuBreaks leaves out anyway.
// Most one-sentence paragraphs are like that; for them ICU's set-up and
// per-character state machine are skipped. Returns true when unsure.
bool MayBreakInside(std::string_view p) {
  const auto terminator_or_separator = [](int sb) {
    return sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF;
  };
  size_t end = p.size();
  while (end > 0 && p[end - 1] == ' ') --end;
  // The closing run: terminators and closing marks (quotes, brackets).
  while (end > 0) {
    size_t start = 0;
    const int sb = SentenceBreakClass(DecodeUtf8Before(p, end, &start));
    if (sb != U_SB_ATERM && sb != U_SB_STERM && sb != U_SB_CLOSE) break;
    end = start;
  }
  for (size_t i = 0; i < end;) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      if (c == '.' || c == '!' || c == '?' || c == '\r' || c == '\n' || c == 0x0B || c == 0x0C) return true;
      ++i;
      continue;
    }
    if (terminator_or_separator(SentenceBreakClass(DecodeUtf8(p, &i)))) return true;
  }
  return false;
}

// Sentence_Break classes of the ASCII characters, from ICU's data.
const std::array<uint8_t, 128>& AsciiSentenceBreakClasses() {
  static const std::array<uint8_t, 128> classes = [] {
    std::array<uint8_t, 128> t{};
    for (char32_t c = 0; c < 128; ++c) t[c] = static_cast<uint8_t>(SentenceBreakClass(c));
    return t;
  }();
  return classes;
}

// Appends ICU's sentence breaks inside `paragraph` as UTF-8 offsets.
void IcuBreaks(std::string_view paragraph, Scratch* scratch) {
  if (!MayBreakInside(paragraph)) return;
  if (internal::RuleSentenceBreaks(paragraph, &scratch->breaks)) return;
  internal::IcuSentenceBreaks(paragraph, &scratch->breaks);
}

}  // namespace

namespace internal {

bool RuleSentenceBreaks(std::string_view p, std::vector<uint32_t>* breaks) {
  const auto& ascii = AsciiSentenceBreakClasses();
  // The class of the character at byte `pos`; `*next` receives where the
  // following one starts.
  const auto class_at = [&](size_t pos, size_t* next) -> int {
    const auto c = static_cast<unsigned char>(p[pos]);
    if (c < 0x80) {
      *next = pos + 1;
      return ascii[c];
    }
    *next = pos;
    return SentenceBreakClass(DecodeUtf8(p, next));
  };
  const auto saterm = [](int c) { return c == U_SB_ATERM || c == U_SB_STERM; };
  // Characters the rules below are not written for (SB3-SB5).
  for (size_t i = 0; i < p.size();) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      if (c == '\r' || c == '\n') return false;
      ++i;
      continue;
    }
    const int sb = class_at(i, &i);
    if (sb == U_SB_SEP || sb == U_SB_EXTEND || sb == U_SB_FORMAT || sb == U_SB_CR || sb == U_SB_LF) return false;
  }
  // Breaks come only after `SATerm Close* Sp*` (SB11), and only where that
  // run ends: inside it SB9 and SB10 hold. For each terminator, find the
  // end of its run and apply SB6-SB8a there.
  int before = U_SB_OTHER;  // class of the character before the terminator
  for (size_t i = 0; i < p.size();) {
    size_t next = 0;
    const int term = class_at(i, &next);
    if (!saterm(term)) {
      before = term;
      i = next;
      continue;
    }
    size_t end = next;   // the end of `SATerm Close* Sp*`
    int after = -1;      // the class of the character there, -1 at the paragraph's end
    bool closes = true;  // no space yet: closing marks still belong to the run
    while (end < p.size()) {
      size_t k = 0;
      const int c = class_at(end, &k);
      if ((c == U_SB_CLOSE && closes) || c == U_SB_SP) {
        closes = closes && c == U_SB_CLOSE;
        end = k;
        continue;
      }
      after = c;
      break;
    }
    const bool adjacent = end == next;
    bool join = after < 0;  // the paragraph's end is no break to report
    if (!join && adjacent && term == U_SB_ATERM && after == U_SB_NUMERIC) join = true;  // SB6: `2.000`
    if (!join && adjacent && term == U_SB_ATERM && after == U_SB_UPPER &&
        (before == U_SB_UPPER || before == U_SB_LOWER)) {
      join = true;  // SB7: `S.Pd`
    }
    if (!join && term == U_SB_ATERM) {  // SB8: `No. 5 tahun`, the next letter is lower case
      for (size_t m = end; m < p.size();) {
        const int c = class_at(m, &m);
        if (c == U_SB_OLETTER || c == U_SB_UPPER || c == U_SB_LOWER || saterm(c)) {
          join = c == U_SB_LOWER;
          break;
        }
      }
    }
    if (!join && (after == U_SB_SCONTINUE || saterm(after))) join = true;  // SB8a
    if (!join) breaks->push_back(static_cast<uint32_t>(end));              // SB11
    before = term;
    i = next;  // the run's characters are neither terminators nor `before` of one
  }
  return true;
}

void IcuSentenceBreaks(std::string_view paragraph, std::vector<uint32_t>* breaks) {
  Scratch* scratch = &ThreadScratch();
  std::vector<UChar>& utf16 = scratch->utf16;
  if (utf16.size() < paragraph.size() + 1) utf16.resize(paragraph.size() + 1);
  int32_t utf16_len = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8(utf16.data(), static_cast<int32_t>(utf16.size()), &utf16_len, paragraph.data(),
                static_cast<int32_t>(paragraph.size()), &status);
  NETRA_CHECK(U_SUCCESS(status));  // normalized text is valid UTF-8

  UText text = UTEXT_INITIALIZER;
  utext_openUChars(&text, utf16.data(), utf16_len, &status);
  icu::BreakIterator& it = SentenceIterator();
  it.setText(&text, status);
  NETRA_CHECK(U_SUCCESS(status));

  // Breaks come in increasing order, so one forward walk converts UTF-16
  // offsets to UTF-8 offsets: a 4-byte character is 2 UTF-16 units, any
  // shorter one is 1.
  size_t u8 = 0;
  int32_t u16 = 0;
  it.first();
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE && b < utf16_len; b = it.next()) {
    while (u16 < b) {
      const auto lead = static_cast<unsigned char>(paragraph[u8]);
      const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      u8 += len;
      u16 += len == 4 ? 2 : 1;
    }
    breaks->push_back(static_cast<uint32_t>(u8));
  }
  utext_close(&text);
}

}  // namespace internal

namespace {

// Appends breaks after `word.Next` where the space after the period was
// forgotten (`integritas.Karena`, `Pilkada.Sebagai`), which ICU keeps
// together. The word before must be plain lowercase-ending letters and the
// word after a capitalized word, so `KORANPALPRES.COM`, `S.Pd`, `2.000`,
// `www.Kompas.com` and `Tribunnews.Com` are left alone.
void GluedBreaks(std::string_view p, std::vector<uint32_t>* breaks) {
  for (size_t i = 3; i + 2 < p.size(); ++i) {
    const char c = p[i];
    if (c != '.' && c != '!' && c != '?') continue;
    if (!IsAsciiUpper(p[i + 1]) || !IsAsciiLower(p[i + 2])) continue;
    size_t b = i;
    while (b > 0 && internal::IsAsciiAlpha(p[b - 1])) --b;
    if (i - b < 3 || (b > 0 && !internal::IsSpace(p[b - 1]) && p[b - 1] != '"')) continue;
    if (!IsAsciiLower(p[i - 1]) || !IsAsciiLower(p[i - 2])) continue;
    if (internal::EqualsIgnoreCase(p.substr(b, i - b), "www")) continue;
    size_t e = i + 1;
    while (e < p.size() && internal::IsAsciiAlpha(p[e])) ++e;
    if (e < p.size()) {
      const bool sentence_end = p[e] == '.' && (e + 1 == p.size() || internal::IsSpace(p[e + 1]));
      const bool domain_or_path = p[e] == '.' || p[e] == '/' || internal::IsAsciiDigit(p[e]);
      if (domain_or_path && !sentence_end) continue;
    }
    const std::string_view next = p.substr(i + 1, e - i - 1);
    if (next == "Com" || next == "Co" || next == "Id" || next == "Net" || next == "Org") continue;
    breaks->push_back(static_cast<uint32_t>(i + 1));
  }
}

void EmitTrimmed(std::string_view p, uint32_t begin, uint32_t end, std::vector<SentenceBounds>* out) {
  while (begin < end && internal::IsSpace(p[begin])) ++begin;
  while (end > begin && internal::IsSpace(p[end - 1])) --end;
  if (begin < end) out->push_back({begin, end});
}

}  // namespace

void SplitSentences(std::string_view paragraph, std::vector<SentenceBounds>* out) {
  if (internal::Trim(paragraph).empty()) return;
  Scratch& scratch = ThreadScratch();
  scratch.breaks.clear();
  IcuBreaks(paragraph, &scratch);
  const size_t icu_count = scratch.breaks.size();
  GluedBreaks(paragraph, &scratch.breaks);
  if (scratch.breaks.size() > icu_count) {
    std::sort(scratch.breaks.begin(), scratch.breaks.end());
    scratch.breaks.erase(std::unique(scratch.breaks.begin(), scratch.breaks.end()), scratch.breaks.end());
  }

  uint32_t start = 0;
  for (uint32_t b : scratch.breaks) {
    if (b <= start) continue;
    if (ContinuesSentence(paragraph.substr(start, b - start), paragraph.substr(b))) continue;
    EmitTrimmed(paragraph, start, b, out);
    start = b;
  }
  EmitTrimmed(paragraph, start, static_cast<uint32_t>(paragraph.size()), out);
}

}  // namespace netra::text
