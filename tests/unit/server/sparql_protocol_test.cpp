#include "server/sparql_protocol.h"

#include <doctest/doctest.h>

namespace netra::server {

namespace {

using Params = std::multimap<std::string, std::string>;

TEST_SUITE("server.sparql_protocol") {
  TEST_CASE("the results format follows Accept, by q, with JSON by default") {
    CHECK(NegotiateSparqlFormat("", "")->name == "sparql-json");
    CHECK(NegotiateSparqlFormat("*/*", "")->name == "sparql-json");
    CHECK(NegotiateSparqlFormat("text/csv", "")->name == "sparql-csv");
    CHECK(NegotiateSparqlFormat("text/tab-separated-values", "")->content_type ==
          "text/tab-separated-values; charset=utf-8");
    CHECK(NegotiateSparqlFormat("application/sparql-results+json,application/json,text/javascript", "")->name ==
          "sparql-json");
    CHECK(NegotiateSparqlFormat("text/csv;q=0.5, text/tab-separated-values;q=0.9", "")->name == "sparql-tsv");
    CHECK(NegotiateSparqlFormat("application/sparql-results+xml, text/csv;q=0.1", "")->name == "sparql-csv");
    CHECK(NegotiateSparqlFormat("text/csv", "json")->name == "sparql-json");  // the parameter wins
    auto xml = NegotiateSparqlFormat("application/sparql-results+xml", "");
    REQUIRE_FALSE(xml.ok());
    CHECK(xml.status().code() == StatusCode::kUnsupported);
  }

  TEST_CASE("the query comes by GET, by a sparql-query body or by a form") {
    CHECK(*SparqlQueryOf("GET", "", "", Params{{"query", "SELECT 1"}}) == "SELECT 1");
    CHECK(*SparqlQueryOf("POST", "application/sparql-query; charset=utf-8", "SELECT 2", {}) == "SELECT 2");
    CHECK(*SparqlQueryOf("POST", "application/x-www-form-urlencoded", "query=...", Params{{"query", "SELECT 3"}}) ==
          "SELECT 3");
  }

  TEST_CASE("a request without one query, with graph URIs or an update is refused") {
    CHECK(SparqlQueryOf("GET", "", "", {}).status().code() == StatusCode::kInvalidArgument);
    CHECK(SparqlQueryOf("GET", "", "", Params{{"query", "a"}, {"query", "b"}}).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(SparqlQueryOf("GET", "", "", Params{{"query", "a"}, {"default-graph-uri", "g"}}).status().code() ==
          StatusCode::kInvalidArgument);
    CHECK(SparqlQueryOf("POST", "text/plain", "SELECT 1", {}).status().code() == StatusCode::kInvalidArgument);
    CHECK(SparqlQueryOf("POST", "application/x-www-form-urlencoded", "", Params{{"update", "INSERT DATA {}"}})
              .status()
              .code() == StatusCode::kUnsupported);
  }
}

}  // namespace

}  // namespace netra::server
