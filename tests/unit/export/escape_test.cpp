#include "export/escape.h"

#include <doctest/doctest.h>

#include <string>

namespace netra::exporter {

namespace {

template <typename Fn>
std::string Run(Fn fn, std::string_view s) {
  std::string out;
  fn(s, &out);
  return out;
}

}  // namespace

TEST_SUITE("export.escape") {
  TEST_CASE("XML text escapes markup, keeps newlines and replaces what XML 1.0 forbids") {
    CHECK(Run(AppendXmlText, "a<b>&c]]>") == "a&lt;b&gt;&amp;c]]&gt;");
    CHECK(Run(AppendXmlText, "x\"y'z") == "x\"y'z");
    CHECK(Run(AppendXmlText, "1\n2\t3\r4") == "1\n2\t3&#13;4");
    CHECK(Run(AppendXmlText, std::string_view("bell\x07nul\0", 9)) == "bell\xEF\xBF\xBDnul\xEF\xBF\xBD");
    CHECK(Run(AppendXmlText, "\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // U+FFFE
  }

  TEST_CASE("XML attributes also escape quotes and keep whitespace as references") {
    CHECK(Run(AppendXmlAttr, "\"q\" 'a' <&>") == "&quot;q&quot; &apos;a&apos; &lt;&amp;&gt;");
    CHECK(Run(AppendXmlAttr, "a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  }

  TEST_CASE("invalid UTF-8 becomes U+FFFD, valid multi-byte text passes through") {
    CHECK(Run(AppendXmlText,
              "a\xFF"
              "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(Run(AppendXmlText, "\xC3") == "\xEF\xBF\xBD");                                  // truncated
    CHECK(Run(AppendXmlText, "\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong
    CHECK(Run(AppendXmlText, "\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    const std::string rtl = "\xE2\x80\xAE\xD8\xA7 e\xCC\x81 \xF0\x9F\x97\xB3";
    CHECK(Run(AppendXmlText, rtl) == rtl);
    CHECK(Run(AppendCsvField, "ok\xFF") == "ok\xEF\xBF\xBD");
  }

  TEST_CASE("DOT strings escape backslash and quote, so a trailing backslash cannot eat the closing quote") {
    CHECK(Run(AppendDotString, "a\\") == "a\\\\");
    CHECK(Run(AppendDotString, "say \"hi\"") == "say \\\"hi\\\"");
    CHECK(Run(AppendDotString, "l1\r\nl2\x01") == "l1\\nl2 ");
    // Graphviz copies DOT strings into SVG: XML 1.0 forbids U+FFFE and U+FFFF.
    CHECK(Run(AppendDotString,
              "a\xEF\xBF\xBE\xEF\xBF\xBF"
              "b") ==
          "a\xEF\xBF\xBD\xEF\xBF\xBD"
          "b");
  }

  TEST_CASE("N-Triples strings use ECHARs and \\u escapes") {
    CHECK(Run(AppendNTriplesString, "\"\\\n\r\t\b\f") == "\\\"\\\\\\n\\r\\t\\b\\f");
    CHECK(Run(AppendNTriplesString, "\x01\x7f") == "\\u0001\\u007F");
    CHECK(Run(AppendNTriplesString, "<&>'") == "<&>'");
  }

  TEST_CASE("CSV fields are quoted only when needed") {
    CHECK(Run(AppendCsvField, "plain") == "plain");
    CHECK(Run(AppendCsvField, "a,b") == "\"a,b\"");
    CHECK(Run(AppendCsvField, "say \"x\"\nnext") == "\"say \"\"x\"\"\nnext\"");
    CHECK(Run(AppendCsvField, " padded") == "\" padded\"");
  }

  TEST_CASE("display text is cut by code points and keeps combining marks with their base") {
    CHECK(DisplayText("abcdef", 3) == "abc\xE2\x80\xA6");
    CHECK(DisplayText("abc", 3) == "abc");
    CHECK(DisplayText("ae\xCC\x81x", 2) == "ae\xCC\x81\xE2\x80\xA6");
    CHECK(DisplayText("\xFFz", 5) == "\xEF\xBF\xBDz");
  }

}  // TEST_SUITE

}  // namespace netra::exporter
