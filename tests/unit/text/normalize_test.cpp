#include "text/normalize.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/utf8.h"

namespace netra::text {
namespace {

NormalizedText MustNormalize(std::string_view original) {
  Result<NormalizedText> result = Normalize(original);
  REQUIRE_MESSAGE(result.ok(), result.status().ToString());
  return std::move(result).value();
}

std::vector<uint32_t> CharBoundaries(std::string_view s) {
  std::vector<uint32_t> boundaries;
  for (size_t i = 0; i < s.size(); i += Utf8Length(static_cast<unsigned char>(s[i]))) {
    boundaries.push_back(static_cast<uint32_t>(i));
  }
  boundaries.push_back(static_cast<uint32_t>(s.size()));
  return boundaries;
}

// The round-trip contract, checked at every pair of character boundaries of
// the normalized text: the original bytes a span maps to normalize to
// exactly the normalized bytes of the span.
void CheckRoundTrips(std::string_view original) {
  CAPTURE(original);
  const NormalizedText n = MustNormalize(original);
  REQUIRE(n.offsets.normalized_size() == n.text.size());
  REQUIRE(n.offsets.original_size() == original.size());
  const std::vector<uint32_t> boundaries = CharBoundaries(n.text);
  uint32_t previous = 0;
  for (uint32_t b : boundaries) {
    const uint32_t o = n.offsets.ToOriginal(b);
    CHECK(o >= previous);  // monotone
    previous = o;
  }
  for (size_t i = 0; i < boundaries.size(); ++i) {
    for (size_t j = i; j < boundaries.size(); ++j) {
      const Span span = n.offsets.ToOriginal(boundaries[i], boundaries[j]);
      CAPTURE(boundaries[i]);
      CAPTURE(boundaries[j]);
      REQUIRE(span.begin <= span.end);
      REQUIRE(span.end <= original.size());
      CHECK(MustNormalize(span.Slice(original)).text == n.text.substr(boundaries[i], boundaries[j] - boundaries[i]));
    }
  }
}

TEST_SUITE("text.normalize") {
  TEST_CASE("ASCII text is unchanged and maps one to one") {
    const NormalizedText n = MustNormalize("Pj Wali Kota Lubuk Linggau");
    CHECK(n.text == "Pj Wali Kota Lubuk Linggau");
    CHECK(n.offsets.is_identity());
    CHECK(n.offsets.ToOriginal(7) == 7);
  }

  TEST_CASE("a combining accent is composed and its span covers both characters") {
    const std::string original = "Andre\u0301 datang";  // e + COMBINING ACUTE
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == "Andr\u00e9 datang");
    CHECK(n.offsets.ToOriginal(4) == 4);  // start of é
    CHECK(n.offsets.ToOriginal(6) == 7);  // the space after it
    CHECK(n.offsets.ToOriginal(0, 6).Slice(original) == "Andre\u0301");
    CHECK(n.offsets.ToOriginal(7, 13).Slice(original) == "datang");
    CheckRoundTrips(original);
  }

  TEST_CASE("marks are composed and reordered as NFC requires") {
    CHECK(MustNormalize("A\u030A").text == "\u00C5");
    CHECK(MustNormalize("\u212B").text == "\u00C5");  // ANGSTROM SIGN
    CHECK(MustNormalize("q\u0307\u0323").text == "q\u0323\u0307");
    CHECK(MustNormalize("e\u200B\u0301").text == "\u00e9");  // composed across a removed ZWSP
    CheckRoundTrips("Ngu\u0303\u0301 y\u00EA\u0301n \u212B \u1100\u1161 x");
  }

  TEST_CASE("non-ASCII punctuation stays and maps exactly") {
    const std::string original = "\u201CNetral,\u201D ujarnya \u2013 tegas \u2014 dst\u2026 ok";
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == original);
    CHECK(n.offsets.is_identity());
    CheckRoundTrips(original);
  }

  TEST_CASE("NBSP and other Unicode spaces and tabs become ASCII spaces") {
    const std::string original = "OKI.\u00A0\nKota\tMagelang\u2009Jawa\u3000Tengah\u202F!";
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == "OKI. \nKota Magelang Jawa Tengah !");
    const size_t kota = n.text.find("Kota");
    CHECK(n.offsets.ToOriginal(static_cast<uint32_t>(kota)) == original.find("Kota"));
    const size_t jawa = n.text.find("Jawa");
    CHECK(n.offsets.ToOriginal(static_cast<uint32_t>(jawa)) == original.find("Jawa"));
    CHECK(n.offsets.ToOriginal(4, 5).Slice(original) == "\u00A0");
    CheckRoundTrips(original);
  }

  TEST_CASE("CRLF and lone CR become LF") {
    const std::string original = "satu\r\ndua\rtiga\u2028empat\n";
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == "satu\ndua\ntiga\nempat\n");
    CHECK(n.offsets.ToOriginal(5) == 6);  // "dua" after the CRLF
    CHECK(n.offsets.ToOriginal(4, 5).Slice(original) == "\r\n");
    CheckRoundTrips(original);
  }

  TEST_CASE("zero-width characters are removed and spans skip them") {
    const std::string original = "Pe\u200Bmilu\u200C \u200Dserentak\uFEFF\u2060 2024\u00AD!";
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == "Pemilu serentak 2024!");
    const Span pemilu = n.offsets.ToOriginal(0, 6);
    CHECK(pemilu.Slice(original) == "Pe\u200Bmilu");
    const Span serentak = n.offsets.ToOriginal(7, 15);
    CHECK(serentak.Slice(original) == "serentak");  // neither the ZWJ before nor the BOM after
    CheckRoundTrips(original);
  }

  TEST_CASE("a leading BOM is dropped but still counted in offsets") {
    const std::string original = "\xEF\xBB\xBFKota \u00A0Magelang";
    const NormalizedText n = MustNormalize(original);
    CHECK(n.text == "Kota  Magelang");
    CHECK(n.offsets.ToOriginal(0) == 3);
    CHECK(n.offsets.ToOriginal(0, 4) == Span{3, 7});
    CHECK(n.offsets.ToOriginal(0, 0) == Span{3, 3});
    CheckRoundTrips(original);
  }

  TEST_CASE("text made only of removed characters normalizes to nothing") {
    const NormalizedText n = MustNormalize("\xEF\xBB\xBF\u200B");
    CHECK(n.text.empty());
    CHECK(n.offsets.original_size() == 6);
    CHECK(n.offsets.ToOriginal(0, 0).end <= 6);
  }

  TEST_CASE("mixed text round-trips at every character boundary") {
    CheckRoundTrips(
        "\xEF\xBB\xBFKAYUAGUNG, KORANPALPRES.COM \u2013 Pilkada\u00A0 OKI.\r\n\r\n"
        "\u201CSesuai Undang-undang,\u201D ujar Nursula, S.Sos\u200B. Andre\u0301\t(Yuko)\r");
  }

  TEST_CASE("invalid UTF-8 is reported by Normalize") {
    const Result<NormalizedText> result = Normalize("ok\xC3(");
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().message() == "invalid UTF-8 at byte 2");
  }
}

TEST_SUITE("text.fold") {
  TEST_CASE("folding ignores case and accents") {
    CHECK(FoldForMatch("Andre\u0301") == "andre");
    CHECK(FoldForMatch("ANDR\u00C9") == "andre");
    CHECK(FoldForMatch("KORANPALPRES.COM") == "koranpalpres.com");
    CHECK(FoldForMatch("Pj Wali Kota") == "pj wali kota");
  }

  TEST_CASE("folding applies compatibility decompositions") {
    CHECK(FoldForMatch("\uFF30\uFF4A") == "pj");           // fullwidth
    CHECK(FoldForMatch("\uFB01le") == "file");             // ﬁ ligature
    CHECK(FoldForMatch("Kota\u00A0Baru") == "kota baru");  // NBSP
    CHECK(FoldForMatch("\u0130stanbul") == "istanbul");    // dotted capital I
    CHECK(FoldForMatch("Nguy\u1EC5n") == "nguyen");
  }

  TEST_CASE("the fold map points back into the folded text's source") {
    const std::string source = "Wakil \u00C9LIA di Magelang";
    OffsetMap map;
    const std::string folded = FoldForMatch(source, &map);
    CHECK(folded == "wakil elia di magelang");
    const size_t elia = folded.find("elia");
    CHECK(map.ToOriginal(static_cast<uint32_t>(elia), static_cast<uint32_t>(elia + 4)).Slice(source) == "\u00C9LIA");
    const size_t magelang = folded.find("magelang");
    CHECK(map.ToOriginal(static_cast<uint32_t>(magelang)) == source.find("Magelang"));
  }
}

}  // namespace
}  // namespace netra::text
