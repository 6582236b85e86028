#include "core/json_nesting.h"

#include <doctest/doctest.h>

#include <string>

namespace netra {

TEST_SUITE("core.json_nesting") {
  TEST_CASE("the offset of the bracket that passes the limit; brackets in strings do not count") {
    CHECK(JsonNestingPastLimit(R"({"a":[1,{"b":[]}]})", 4) == std::nullopt);
    CHECK(JsonNestingPastLimit(R"({"a":[1,{"b":[]}]})", 3) == size_t{13});
    CHECK(JsonNestingPastLimit(R"({"a":"[[[[[[","b":"\"[[[["})", 1) == std::nullopt);
    CHECK(JsonNestingPastLimit(R"([[], [], [], []])", 2) == std::nullopt);  // siblings do not add up
    CHECK(JsonNestingPastLimit("", 0) == std::nullopt);
    CHECK(JsonNestingPastLimit("[", 0) == size_t{0});
  }

  TEST_CASE("broken text is measured as far as it goes; the parser names what is wrong") {
    CHECK(JsonNestingPastLimit(R"({"a":"unterminated [[[[)", 1) == std::nullopt);
    CHECK(JsonNestingPastLimit(R"(]]]][[)", 1) == size_t{5});  // closers without openers hide nothing
    CHECK(JsonNestingPastLimit(std::string(100000, '['), kMaxJsonNesting) == size_t{kMaxJsonNesting});
  }

  TEST_CASE("openers of both kinds count toward the limit; many shallow ones do not pass it") {
    CHECK(JsonNestingPastLimit("[{[{}]}]", 4) == std::nullopt);  // four openers: counted, not walked
    CHECK(JsonNestingPastLimit("[{[{}]}]", 3) == size_t{3});
    CHECK(JsonNestingPastLimit("{[{[]}]}", 3) == size_t{3});
    std::string flat = "[";
    for (int i = 0; i < 1000; ++i) flat += "{\"a\":[1]},";
    flat += "0]";
    CHECK(JsonNestingPastLimit(flat, 3) == std::nullopt);  // 2001 openers, 3 levels
    CHECK(JsonNestingPastLimit(flat, 2) == size_t{6});     // the third level: [1]
  }
}

}  // namespace netra
