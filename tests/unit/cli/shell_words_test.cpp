// The words of a `netra shell` line (cli/shell_words.h): split as a POSIX
// shell splits them, so that a line reads as the command line would.
#include "cli/shell_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace netra::cli {

namespace {

std::vector<std::string> Words(const std::string& line) {
  Result<std::vector<std::string>> words = SplitWords(line);
  INFO(line);
  REQUIRE(words.ok());
  return *words;
}

std::string Error(const std::string& line) {
  Result<std::vector<std::string>> words = SplitWords(line);
  INFO(line);
  REQUIRE_FALSE(words.ok());
  CHECK(words.status().code() == StatusCode::kInvalidArgument);
  return words.status().message();
}

using W = std::vector<std::string>;

}  // namespace

TEST_SUITE("cli.shell_words") {
  TEST_CASE("spaces and tabs separate words, and a blank line has none") {
    CHECK(Words("neighbors  16.73\t--hops 2 ") == W{"neighbors", "16.73", "--hops", "2"});
    CHECK(Words("").empty());
    CHECK(Words("   \t ").empty());
  }

  TEST_CASE("single quotes keep everything as it is, backslashes and double quotes too") {
    CHECK(Words("query 'SELECT ?x WHERE { ?x netra:label \"a\\b\" }'") ==
          W{"query", "SELECT ?x WHERE { ?x netra:label \"a\\b\" }"});
  }

  TEST_CASE(
      "double quotes keep spaces, escape only a quote or a backslash with a backslash, and keep any other backslash") {
    CHECK(Words("path \"OKU Timur\" \"UU 20/2023\"") == W{"path", "OKU Timur", "UU 20/2023"});
    CHECK(Words(R"(x "say \"hi\"" "a\\b" "a\d")") == W{"x", "say \"hi\"", "a\\b", "a\\d"});
  }

  TEST_CASE("outside quotes a backslash keeps the next character") {
    CHECK(Words(R"(neighbors OKU\ Timur \'x\")") == W{"neighbors", "OKU Timur", "'x\""});
  }

  TEST_CASE("quoted and plain parts next to each other make one word, and empty quotes an empty word") {
    CHECK(Words("--region=\"OKU Timur\"x") == W{"--region=OKU Timurx"});
    CHECK(Words("a '' \"\" b") == W{"a", "", "", "b"});
  }

  TEST_CASE("# at the start of a word starts a comment, inside a word or quotes it is a character") {
    CHECK(Words("query regions # all of them") == W{"query", "regions"});
    CHECK(Words("# a whole line").empty());
    CHECK(Words("a#b '#c'") == W{"a#b", "#c"});
  }

  TEST_CASE("a quote left open and a backslash at the end are errors naming the column") {
    CHECK(Error("neighbors \"OKU Timur") == "the double quote at column 11 is not closed");
    CHECK(Error("query 'SELECT") == "the single quote at column 7 is not closed");
    CHECK(Error("x \"a\\\"") == "the double quote at column 3 is not closed");
    CHECK(Error("neighbors x\\") == "the backslash at column 12 ends the line: it escapes nothing");
  }
}

}  // namespace netra::cli
