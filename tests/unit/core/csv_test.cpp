// CSV fields and formula-like cells: the rules every CSV netra writes shares.
#include "core/csv.h"

#include <doctest/doctest.h>

#include <string>

namespace netra::csv {
namespace {

std::string Field(std::string_view s, char sep = ',') {
  std::string out;
  AppendField(s, sep, &out);
  return out;
}

TEST_SUITE("core.csv") {
  TEST_CASE("a field is quoted only when it must be, with quotes doubled") {
    CHECK(Field("Kota Lubuk Linggau") == "Kota Lubuk Linggau");
    CHECK(Field("") == "");
    CHECK(Field("a,b") == "\"a,b\"");
    CHECK(Field("a,b", '\t') == "a,b");
    CHECK(Field("a\tb", '\t') == "\"a\tb\"");
    CHECK(Field("say \"x\"") == "\"say \"\"x\"\"\"");
    CHECK(Field("line\nnext") == "\"line\nnext\"");
    CHECK(Field("cr\r") == "\"cr\r\"");
    CHECK(Field(" padded") == "\" padded\"");
    CHECK(Field("padded ") == "\"padded \"");
    CHECK(Field("in side") == "in side");
    CHECK(Field(std::string_view("nul\0x", 5)) == std::string("nul\0x", 5));
  }

  TEST_CASE("cells a spreadsheet would run get a ' in front; numbers and text stay") {
    CHECK(Protect("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")");
    CHECK(Protect("@SUM(A1)") == "'@SUM(A1)");
    CHECK(Protect("+62 812") == "'+62 812");
    CHECK(Protect("-") == "'-");
    CHECK(Protect("\tx") == "'\tx");
    CHECK(Protect("\rx") == "'\rx");
    CHECK(Protect("-3") == "-3");
    CHECK(Protect("+1.5") == "+1.5");
    CHECK(Protect("Kota Lubuk Linggau") == "Kota Lubuk Linggau");
    CHECK(Protect("") == "");
    CHECK(Protect("=1+1", FormulaCells::kRaw) == "=1+1");
  }
}

}  // namespace
}  // namespace netra::csv
