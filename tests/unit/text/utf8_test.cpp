#include "text/utf8.h"

#include <doctest/doctest.h>

#include <string>

#include "text/analyze.h"

namespace netra::text {
namespace {

// The offset ValidateUtf8 reports for `bytes`, or -1 if it accepts them.
long BadOffset(const std::string& bytes) {
  size_t offset = 12345;
  const Status status = ValidateUtf8(bytes, &offset);
  if (status.ok()) {
    CHECK(offset == 12345);  // untouched on success
    return -1;
  }
  CHECK(status.code() == StatusCode::kBadInput);
  CHECK(status.message() == "invalid UTF-8 at byte " + std::to_string(offset));
  return static_cast<long>(offset);
}

TEST_SUITE("text.utf8") {
  TEST_CASE("well-formed text of every length class is accepted") {
    CHECK(BadOffset("") == -1);
    CHECK(BadOffset("Pj Wali Kota Lubuk Linggau") == -1);
    CHECK(BadOffset("Andr\u00e9 \u2013 \u201cnetral\u201d \U0001F600 \u4e2d") == -1);
    CHECK(BadOffset("\xEF\xBB\xBF"
                    "BOM") == -1);
    CHECK(BadOffset("\xF4\x8F\xBF\xBF") == -1);  // U+10FFFF, the last code point
  }

  TEST_CASE("a truncated sequence is reported at its lead byte") {
    CHECK(BadOffset("abc\xE2\x80") == 3);  // ends in the middle
    CHECK(BadOffset("abc\xE2\x80"
                    "d") == 3);  // interrupted by ASCII
    CHECK(BadOffset("\xF0\x9F\x98") == 0);
    CHECK(BadOffset("ok \xC3") == 3);
  }

  TEST_CASE("overlong encodings are rejected") {
    CHECK(BadOffset("a\xC0\x80") == 1);  // NUL in two bytes
    CHECK(BadOffset("ab\xC1\xBF") == 2);
    CHECK(BadOffset("\xE0\x80\xAF") == 0);         // '/' in three bytes
    CHECK(BadOffset("xyz\xF0\x80\x80\xAF") == 3);  // '/' in four bytes
  }

  TEST_CASE("a lone continuation byte is reported at itself") {
    CHECK(BadOffset("\x80") == 0);
    CHECK(BadOffset("Kota\xBF") == 4);
    CHECK(BadOffset("\xC3\xA9\xA9") == 2);  // one continuation too many
  }

  TEST_CASE("surrogates and code points above U+10FFFF are rejected") {
    CHECK(BadOffset("a\xED\xA0\x80") == 1);  // U+D800
    CHECK(BadOffset("a\xED\xBF\xBF") == 1);  // U+DFFF
    CHECK(BadOffset("\xED\x9F\xBF") == -1);  // U+D7FF is fine
    CHECK(BadOffset("\xF4\x90\x80\x80") == 0);
    CHECK(BadOffset("\xF5\x80\x80\x80") == 0);
    CHECK(BadOffset("\xFF") == 0);
  }

  TEST_CASE("the first bad byte is found after long ASCII runs") {
    const std::string prefix(1000, 'a');
    CHECK(BadOffset(prefix + "\xC3") == 1000);
    CHECK(BadOffset(prefix + "\xE2\x80\x94" + prefix + "\x80") == 2003);
  }

  TEST_CASE("Analyze fails on invalid UTF-8 and names the byte") {
    const Result<AnalyzedText> result = Analyze("Kota Magelang\n\xE2\x80 rusak");
    REQUIRE_FALSE(result.ok());
    CHECK(result.status().code() == StatusCode::kBadInput);
    CHECK(result.status().message() == "invalid UTF-8 at byte 14");
  }

  TEST_CASE("DecodeUtf8 and AppendUtf8 are inverses") {
    for (char32_t cp : {U'a', U'\u00e9', U'\u2014', U'\U0001F600', U'\U0010FFFF'}) {
      std::string bytes;
      AppendUtf8(cp, &bytes);
      CHECK(ValidateUtf8(bytes).ok());
      size_t pos = 0;
      CHECK(DecodeUtf8(bytes, &pos) == cp);
      CHECK(pos == bytes.size());
      size_t start = 99;
      CHECK(DecodeUtf8Before(bytes, bytes.size(), &start) == cp);
      CHECK(start == 0);
    }
  }
}

}  // namespace
}  // namespace netra::text
