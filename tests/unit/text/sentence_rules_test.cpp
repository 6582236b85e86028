#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text/sentences_internal.h"

namespace netra::text {
namespace {

// Paragraphs made of the pieces sentence rules turn on: terminators
// (ASCII and Unicode), closing marks, spaces, upper and lower case, digits,
// other letters, continuation punctuation.
std::string RandomParagraph(std::mt19937* rng) {
  static const char* const kPieces[] = {
      "a",      "b",      "Z",      "X",      "ab",     "Cd",     "1",      "42",     ".",      "..",     "!",
      "?",      "?!",     " ",      "  ",     "\"",     "'",      "(",      ")",      "[",      "]",      ",",
      ";",      ":",      "-",      "%",      "/",      "No",     "S.Pd",   "\u0e01", "\u4e2d", "\u00e9", "\u00c9",
      "\u2026", "\u3002", "\u203c", "\u2024", "\ufe52", "\uff0e", "\u201d", "\u2019", "\u201c", "\u00ab", "\u00bb",
      "\u2013", "\u00a0", "\u3000", "\u061f", "\u0964", "\u00aa", "\u2160", "\u0660", "\u00bf"};
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> count(1, 20);
  std::string p;
  for (int n = count(*rng); n > 0; --n) p += kPieces[piece(*rng)];
  return p;
}

TEST_SUITE("text.sentences") {
  TEST_CASE("the UAX #29 rules break where ICU breaks") {
    std::mt19937 rng(29);
    int compared = 0;
    for (int i = 0; i < 20000; ++i) {
      const std::string p = RandomParagraph(&rng);
      std::vector<uint32_t> rules, icu;
      if (!internal::RuleSentenceBreaks(p, &rules)) continue;
      internal::IcuSentenceBreaks(p, &icu);
      ++compared;
      INFO("paragraph: [" << p << "]");
      REQUIRE(rules == icu);
    }
    CHECK(compared == 20000);
  }

  TEST_CASE("separators and combining marks are left to ICU") {
    std::vector<uint32_t> breaks;
    CHECK_FALSE(internal::RuleSentenceBreaks("Satu.\u2029Dua.", &breaks));
    CHECK_FALSE(internal::RuleSentenceBreaks("Cafe\u0301. Dua.", &breaks));
    CHECK_FALSE(internal::RuleSentenceBreaks("Satu.\u00adDua.", &breaks));
    CHECK(breaks.empty());
  }

  TEST_CASE("the rules' breaks on Indonesian prose") {
    std::vector<uint32_t> breaks;
    REQUIRE(internal::RuleSentenceBreaks("UU No. 5 tahun 2014. Apel dipimpin Pj. Bupati! Hadir?", &breaks));
    // `No. 5 tahun` goes on (SB8); `Pj. Bupati` breaks here as in ICU
    // (SplitSentences joins it again); `2014.` and `!` end sentences.
    CHECK(breaks == std::vector<uint32_t>{21, 39, 47});
  }
}

}  // namespace
}  // namespace netra::text
