#include "server/api_request.h"

#include <doctest/doctest.h>

namespace netra::server {

namespace {

using Params = std::multimap<std::string, std::string>;
using Args = std::vector<std::string>;

TEST_SUITE("server.api_request") {
  TEST_CASE("arg values are positional, in order, after the flags and --") {
    auto args = ApiCommandLine("path", Params{{"arg", "16.73"}, {"arg", "UU 20/2023"}, {"paths", "2"}});
    REQUIRE(args.ok());
    CHECK(*args == Args{"path", "--paths=2", "--format=json", "--", "16.73", "UU 20/2023"});
  }

  TEST_CASE("a parameter without a value is a flag alone; format replaces json") {
    auto args = ApiCommandLine("export", Params{{"format", "gexf"}, {"no-subregions", ""}, {"region", "16"}});
    REQUIRE(args.ok());
    CHECK(*args == Args{"export", "--format=gexf", "--no-subregions", "--region=16"});
  }

  TEST_CASE("a value that starts with - stays a value") {
    auto args = ApiCommandLine("neighbors", Params{{"arg", "--db"}, {"region", "-h"}});
    REQUIRE(args.ok());
    CHECK(*args == Args{"neighbors", "--region=-h", "--format=json", "--", "--db"});
  }

  TEST_CASE("names that are not flag names, and values that are not UTF-8, are refused") {
    CHECK_FALSE(ApiCommandLine("Path", {}).ok());
    CHECK_FALSE(ApiCommandLine("", {}).ok());
    CHECK_FALSE(ApiCommandLine("path", Params{{"-x", "1"}}).ok());
    CHECK_FALSE(ApiCommandLine("path", Params{{"a b", "1"}}).ok());
    CHECK_FALSE(ApiCommandLine("path", Params{{"arg", "\xff\xfe"}}).ok());
  }

  TEST_CASE("percent-escapes must be whole") {
    CHECK(CheckPercentEncoding("/api/lookup?arg=lubuk%20linggau").ok());
    CHECK_FALSE(CheckPercentEncoding("/api/lookup?arg=%zz").ok());
    CHECK_FALSE(CheckPercentEncoding("/api/lookup?arg=%2").ok());
    CHECK_FALSE(CheckPercentEncoding("/x%").ok());
  }
}

}  // namespace

}  // namespace netra::server
