// Property paths, the export's IRIs in queries, and the W3C result formats,
// against GraphFixture's store.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "graph_fixture.h"
#include "query/pattern_parser.h"
#include "query/pattern_query.h"
#include "query/pattern_results.h"

namespace netra::query {
namespace {

using testing::GraphFixture;
using V = std::vector<std::string>;

V Column(const GraphFixture& f, const std::string& q, const std::string& col) {
  auto rows = RunPatternQuery(f.store(), q);
  INFO(q);
  INFO(rows.status().ToString());
  REQUIRE(rows.ok());
  V out;
  for (const Value& r : rows->items()) {
    const Value* v = r.Get(col);
    out.push_back(v == nullptr || v->is_null() ? "null" : v->ToText());
  }
  return out;
}

std::string ParseError(const std::string& q) {
  auto parsed = pattern::Parse(q);
  INFO(q);
  REQUIRE_FALSE(parsed.ok());
  return parsed.status().message();
}

std::string Write(const PatternResult& r, const std::string& format) {
  std::ostringstream out;
  WriteSparqlResults(r, format, out);
  return out.str();
}

TEST_SUITE("query.pattern_path") {
  TEST_CASE("a `/` path parses as a sequence, not as one predicate name") {
    auto q = pattern::Parse("SELECT ?r WHERE { ?p netra:holds_position/netra:position_in ?r }");
    REQUIRE(q.ok());
    const auto& t = q->where.triples.at(0);
    REQUIRE(t.path.has_value());
    CHECK(t.path->kind == pattern::Path::Kind::kSequence);
    REQUIRE(t.path->args.size() == 2);
    CHECK(t.path->args[0].predicate == model::Term::Entity("holds_position"));
    CHECK(t.path->args[1].predicate == model::Term::Entity("position_in"));
  }

  TEST_CASE("operators nest as SPARQL says: | below /, ^ and * + ? on one step") {
    auto q = pattern::Parse("SELECT * { ?a netra:x|^netra:y/netra:z+ ?b . ?b (netra:p/netra:q)* ?c . ?c netra:o? ?d }");
    REQUIRE(q.ok());
    using K = pattern::Path::Kind;
    const auto& alt = *q->where.triples[0].path;
    CHECK(alt.kind == K::kAlternative);
    CHECK(alt.args[1].kind == K::kSequence);
    CHECK(alt.args[1].args[0].kind == K::kInverse);
    CHECK(alt.args[1].args[1].kind == K::kOneOrMore);
    CHECK(q->where.triples[1].path->kind == K::kZeroOrMore);
    CHECK(q->where.triples[1].path->args[0].kind == K::kSequence);
    CHECK(q->where.triples[2].path->kind == K::kZeroOrOne);
    CHECK(q->vars == V{"a", "b", "c", "d"});
  }

  TEST_CASE("a single predicate stays a plain pattern; ^p swaps subject and object") {
    auto q = pattern::Parse("SELECT * { ?law ^netra:cites ?who }");
    REQUIRE(q.ok());
    const auto& t = q->where.triples[0];
    CHECK_FALSE(t.path.has_value());
    CHECK(q->vars[t.s.var] == "who");
    CHECK(q->vars[t.o.var] == "law");
  }

  TEST_CASE("paths the language lacks are refused with line and column") {
    CHECK(ParseError("SELECT * {\n  ?a !netra:x ?b }") ==
          "line 2, column 6: negated property sets (`!p`, `!(p|q)`) are not supported");
    CHECK(ParseError("SELECT * { ?a netra:x/?p ?b }").rfind("line 1, column 23: a variable cannot be a step", 0) == 0);
    CHECK(ParseError("SELECT * { GRAPH ?d { ?a netra:x/netra:y ?b } }")
              .rfind("line 1, column 26: a property path cannot be used inside GRAPH", 0) == 0);
    CHECK(ParseError("SELECT * { ?a (netra:x ?b }").rfind("line 1, column 24: expected `)`", 0) == 0);
  }

  TEST_CASE("`a` and rdf:type read an entity's type from its id, as the export writes it") {
    GraphFixture f;
    CHECK(Column(f, "SELECT ?r WHERE { ?r a netra:Region } ORDER BY ?r", "r") ==
          V{"Region:16", "Region:16.08", "Region:16.73", "Region:35.07", "Region:35.73"});
    CHECK(Column(f, "SELECT ?t WHERE { region:16.73 rdf:type ?t }", "t") == V{"Region"});
    CHECK(Column(f, "SELECT ?p WHERE { ?p a netra:Person ; netra:holds_position/netra:position_in region:16.73 }",
                 "p") == V{"Person:rahmat@16.73"});
    // An id the store does not hold has no type; a type is not an entity.
    CHECK(Column(f, "SELECT ?t WHERE { region:99.99 a ?t }", "t").empty());
    CHECK(Column(f, "SELECT ?x WHERE { ?x a region:16 }", "x").empty());
    // `?s ?p ?o` holds the type rows too, as the export's triples do.
    CHECK(Column(f, "SELECT ?o WHERE { region:16 ?p ?o FILTER(?p = rdf:type) }", "o") == V{"Region"});
  }

  TEST_CASE("a statute id keeps its slashes outside the predicate") {
    auto q = pattern::Parse("SELECT ?p { ?p netra:cites/netra:label Statute:UU/20/2023 }");
    REQUIRE(q.ok());
    CHECK(q->where.triples[0].o.constant == model::Term::Entity("Statute:UU/20/2023"));
  }

  TEST_CASE("sequence, inverse and alternative paths join as their written-out patterns") {
    GraphFixture f;
    CHECK(Column(f, "SELECT ?r WHERE { Person:rahmat@16.73 netra:holds_position/netra:position_in ?r }", "r") ==
          V{"Region:16.73"});
    CHECK(Column(f, "SELECT ?p WHERE { ?p netra:holds_position/netra:position_in/netra:part_of region:16 } ORDER BY ?p",
                 "p") == V{"Person:rahmat@16.73", "Person:sumarno@16.08"});
    CHECK(Column(f, "SELECT ?p WHERE { region:16.08 ^netra:position_in/^netra:holds_position ?p }", "p") ==
          V{"Person:sumarno@16.08"});
    CHECK(Column(f, "SELECT ?x WHERE { ?x netra:located_in|netra:held_in region:16.08 } ORDER BY ?x", "x") ==
          V{"Event:deklarasi/2024-08-12/16.08", "Organization:bawaslu@16.08"});
  }

  TEST_CASE("* + ? reach each node once, * and ? include the start") {
    GraphFixture f;
    CHECK(Column(f, "SELECT ?r WHERE { region:16.73 netra:part_of* ?r } ORDER BY ?r", "r") ==
          V{"Region:16", "Region:16.73"});
    CHECK(Column(f, "SELECT ?r WHERE { region:16.73 netra:part_of+ ?r }", "r") == V{"Region:16"});
    CHECK(Column(f, "SELECT ?r WHERE { ?r netra:part_of? region:16 } ORDER BY ?r", "r") ==
          V{"Region:16", "Region:16.08", "Region:16.73"});
    CHECK(Column(f, "SELECT ?e WHERE { ?e netra:held_in/netra:part_of* region:16 } ORDER BY ?e", "e") ==
          V{"Event:apel/2024-10-08/16.73", "Event:deklarasi/2024-08-12/16.08"});
  }

  TEST_CASE("the export's IRIs and namespaces name netra's entities and predicates") {
    GraphFixture f;
    V want = {"Person:iwan@35.73", "Person:rahmat@16.73", "Person:sumarno@16.08"};
    CHECK(Column(f,
                 "SELECT ?p WHERE { ?p <https://netra.invalid/vocab/cites> "
                 "<https://netra.invalid/id/Statute:UU/20/2023> } ORDER BY ?p",
                 "p") == want);
    CHECK(Column(f,
                 "PREFIX v: <https://netra.invalid/vocab/>\nPREFIX s: <https://netra.invalid/id/Statute:>\n"
                 "SELECT ?p WHERE { ?p v:cites s:UU%2F20%2F2023 } ORDER BY ?p",
                 "p") == want);
    CHECK(Column(f,
                 "PREFIX s: <https://netra.invalid/id/Statute:>\n"
                 "SELECT ?p WHERE { ?p netra:cites s:UU\\/20\\/2023 } ORDER BY ?p",
                 "p") == want);
    CHECK(Column(f, "SELECT ?n WHERE { region:16 rdfs:label ?n }", "n") == V{"Provinsi Sumatera Selatan"});
  }

  TEST_CASE("the W3C formats write IRIs and typed literals; an empty answer keeps its header") {
    PatternResult empty{{"a", "b"}, {}};
    CHECK(Write(empty, "sparql-csv") == "a,b\r\n");
    CHECK(Write(empty, "sparql-tsv") == "?a\t?b\n");
    CHECK(Write(empty, "sparql-json") == "{\"head\":{\"vars\":[\"a\",\"b\"]},\"results\":{\"bindings\":[]}}\n");
    PatternResult r{{"x", "d", "n"},
                    {{model::Term::Entity("Statute:UU/20/2023"), model::Term::Date("2024-08-31"), std::nullopt},
                     {model::Term::Entity("cites"), model::Term::String("a,\"b\"\t"), model::Term::Integer(7)}}};
    CHECK(Write(r, "sparql-csv") ==
          "x,d,n\r\nhttps://netra.invalid/id/Statute:UU/20/2023,2024-08-31,\r\n"
          "https://netra.invalid/vocab/cites,\"a,\"\"b\"\"\t\",7\r\n");
    CHECK(Write(r, "sparql-tsv") ==
          "?x\t?d\t?n\n<https://netra.invalid/id/Statute:UU/20/2023>\t"
          "\"2024-08-31\"^^<http://www.w3.org/2001/XMLSchema#date>\t\n"
          "<https://netra.invalid/vocab/cites>\t\"a,\\\"b\\\"\\t\"\t7\n");
    std::string json = Write(r, "sparql-json");
    CHECK(json.find("{\"x\":{\"type\":\"uri\",\"value\":\"https://netra.invalid/id/Statute:UU/20/2023\"},"
                    "\"d\":{\"type\":\"literal\",\"value\":\"2024-08-31\",\"datatype\":"
                    "\"http://www.w3.org/2001/XMLSchema#date\"}}") != std::string::npos);
  }
}

}  // namespace
}  // namespace netra::query
