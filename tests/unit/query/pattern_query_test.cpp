// The pattern language, operator by operator, against GraphFixture's store.
#include "query/pattern_query.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph_fixture.h"
#include "query/pattern_stats.h"

namespace netra::query {
namespace {

using testing::GraphFixture;

Value Run(const GraphFixture& f, const std::string& q) {
  auto rows = RunPatternQuery(f.store(), q);
  INFO(q);
  INFO(rows.status().ToString());
  REQUIRE(rows.ok());
  return std::move(rows).value();
}

std::vector<std::string> Column(const Value& rows, const std::string& col) {
  std::vector<std::string> out;
  for (const Value& r : rows.items()) {
    const Value* v = r.Get(col);
    out.push_back(v == nullptr || v->is_null() ? "null" : v->ToText());
  }
  return out;
}

std::string ErrorOf(const GraphFixture& f, const std::string& q) {
  auto rows = RunPatternQuery(f.store(), q);
  REQUIRE_FALSE(rows.ok());
  CHECK(rows.status().code() == StatusCode::kInvalidArgument);
  return rows.status().message();
}

using V = std::vector<std::string>;

TEST_SUITE("query.pattern") {
  TEST_CASE("a triple pattern binds its variables; prefixed, bracketed and lower-case ids are the same entity") {
    GraphFixture f;
    V want = {"Person:iwan@35.73", "Person:rahmat@16.73", "Person:sumarno@16.08"};
    for (const char* q : {"SELECT ?p WHERE { ?p netra:cites Statute:UU/20/2023 } ORDER BY ?p",
                          "SELECT ?p WHERE { ?p <cites> <Statute:UU/20/2023> } ORDER BY ?p",
                          "select ?p { ?p netra:cites statute:UU/20/2023 . } order by ?p"}) {
      CHECK(Column(Run(f, q), "p") == want);
    }
  }

  TEST_CASE("shared variables join; SELECT * lists every variable") {
    GraphFixture f;
    Value rows = Run(f, R"(SELECT * WHERE {
        ?person netra:holds_position ?pos .
        ?pos netra:position_in ?region .
        ?region netra:part_of Region:16 .
        ?person netra:label ?name } ORDER BY ?name)");
    CHECK(Column(rows, "name") == V{"Rahmat Hidayat", "Sumarno André"});
    CHECK(Column(rows, "region") == V{"Region:16.73", "Region:16.08"});
    CHECK(rows.items()[0].fields().size() == 4);
  }

  TEST_CASE("`;` and `,` share subjects and predicates") {
    GraphFixture f;
    Value rows = Run(f, "SELECT ?n WHERE { ?p netra:cites Statute:UU/20/2023, Statute:PP/94/2021 ; netra:label ?n }");
    CHECK(Column(rows, "n") == V{"Sumarno André"});
  }

  TEST_CASE("nothing matches: an absent constant, an absent predicate, an unsatisfiable join") {
    GraphFixture f;
    CHECK(Run(f, "SELECT ?p WHERE { ?p netra:cites Statute:UU/1/1999 }").items().empty());
    CHECK(Run(f, "SELECT ?p WHERE { ?p netra:no_such_predicate ?o }").items().empty());
    CHECK(Run(f, "SELECT ?p WHERE { ?p netra:cites ?l . ?l netra:part_of ?x }").items().empty());
    // COUNT over nothing is one row with 0.
    Value n = Run(f, "SELECT (COUNT(*) AS ?n) WHERE { ?p netra:cites Statute:UU/1/1999 }");
    CHECK(Column(n, "n") == V{"0"});
  }

  TEST_CASE("FILTER compares dates as dates, integers as numbers") {
    GraphFixture f;
    CHECK(Column(Run(f, R"(SELECT ?e WHERE { ?e netra:held_on ?d FILTER (?d > "2024-09-01"^^xsd:date) })"), "e") ==
          V{"Event:apel/2024-10-08/16.73"});
    // A date-shaped string compares as a date too.
    CHECK(Column(Run(f, R"(SELECT ?e WHERE { ?e netra:held_on ?d FILTER (?d <= "2024-08-12") })"), "e") ==
          V{"Event:deklarasi/2024-08-12/16.08"});
    CHECK(Column(Run(f, "SELECT ?s WHERE { ?s netra:year ?y FILTER (?y < 2022) }"), "s") == V{"Statute:PP/94/2021"});
    CHECK(Column(Run(f, "SELECT ?s WHERE { ?s netra:year ?y FILTER (?y >= 2023) }"), "s") == V{"Statute:UU/20/2023"});
    CHECK(Column(Run(f, "SELECT ?s WHERE { ?s netra:year ?y FILTER (?y = 2021 || ?y = 2023) } ORDER BY ?y"), "s") ==
          V{"Statute:PP/94/2021", "Statute:UU/20/2023"});
  }

  TEST_CASE("FILTER on strings: CONTAINS, LCASE, netra:contains ignores case and accents, ! and !=, &&") {
    GraphFixture f;
    CHECK(Column(Run(f, R"(SELECT ?r WHERE { ?r netra:label ?n FILTER (CONTAINS(LCASE(?n), "linggau")) })"), "r") ==
          V{"Region:16.73"});
    CHECK(Column(Run(f, R"(SELECT ?p WHERE { ?p netra:label ?n FILTER netra:contains(?n, "ANDRE") })"), "p") ==
          V{"Person:sumarno@16.08"});
    CHECK(Run(f, R"(SELECT ?p WHERE { ?p netra:label ?n FILTER CONTAINS(?n, "ANDRE") })").items().empty());
    Value rows = Run(f, R"(SELECT ?n WHERE { ?r netra:label ?n
        FILTER (netra:type(?r) = "Region" && !STRSTARTS(?n, "Kota") && ?n != "Provinsi Sumatera Selatan") }
        ORDER BY ?n)");
    CHECK(Column(rows, "n") == V{"Kabupaten Malang", "Kabupaten Ogan Komering Ulu Timur"});
  }

  TEST_CASE("STR of an entity is its IRI; the other string functions and = read its id") {
    GraphFixture f;
    CHECK(Column(Run(f, R"(SELECT ?r WHERE { ?r netra:label ?n
        FILTER (STR(?r) = "https://netra.invalid/id/Region:16.73") })"),
                 "r") == V{"Region:16.73"});
    CHECK(Run(f, R"(SELECT ?r WHERE { ?r netra:label ?n FILTER (STR(?r) = "Region:16.73") })").items().empty());
    // A type term and a predicate are vocabulary IRIs.
    CHECK(
        Column(
            Run(f, R"(SELECT ?t WHERE { Region:16.73 a ?t FILTER (STR(?t) = "https://netra.invalid/vocab/Region") })"),
            "t") == V{"Region"});
    CHECK(Column(Run(f, R"(SELECT DISTINCT ?p WHERE { Statute:PP/94/2021 ?p ?o
        FILTER (STR(?p) = "https://netra.invalid/vocab/year") })"),
                 "p") == V{"year"});
    CHECK(Column(Run(f, R"(SELECT ?r WHERE { ?r netra:label ?n FILTER (?r = "Region:16.73") })"), "r") ==
          V{"Region:16.73"});
    CHECK(Column(Run(f, R"(SELECT ?r WHERE { ?r netra:label ?n FILTER (STRSTARTS(?r, "Region:16.7")) })"), "r") ==
          V{"Region:16.73"});
  }

  TEST_CASE("OPTIONAL keeps rows it cannot extend, with the variable unbound") {
    GraphFixture f;
    Value rows = Run(f, R"(SELECT ?n ?e WHERE {
        ?p netra:cites Statute:UU/20/2023 ; netra:label ?n .
        OPTIONAL { ?p netra:leads ?e } } ORDER BY ?n)");
    CHECK(Column(rows, "n") == V{"Iwan", "Rahmat Hidayat", "Sumarno André"});
    CHECK(Column(rows, "e") == V{"null", "Event:apel/2024-10-08/16.73", "null"});
    // A filter over the optional variable runs after the OPTIONAL.
    Value unbound = Run(f, R"(SELECT ?n WHERE { ?p netra:cites Statute:UU/20/2023 ; netra:label ?n .
        OPTIONAL { ?p netra:leads ?e } FILTER (!BOUND(?e)) } ORDER BY ?n)");
    CHECK(Column(unbound, "n") == V{"Iwan", "Sumarno André"});
  }

  TEST_CASE("DISTINCT, ORDER BY ASC/DESC, LIMIT and OFFSET") {
    GraphFixture f;
    CHECK(Run(f, "SELECT ?l WHERE { ?x netra:cites ?l }").items().size() == 5);
    CHECK(Column(Run(f, "SELECT DISTINCT ?l WHERE { ?x netra:cites ?l } ORDER BY DESC(?l)"), "l") ==
          V{"Statute:UU/20/2023", "Statute:PP/94/2021"});
    V all = Column(Run(f, "SELECT ?x WHERE { ?x netra:cites ?l } ORDER BY ASC(?x) ?l"), "x");
    CHECK(all == V{"Organization:bawaslu@16.08", "Person:iwan@35.73", "Person:rahmat@16.73", "Person:sumarno@16.08",
                   "Person:sumarno@16.08"});
    CHECK(Column(Run(f, "SELECT ?x WHERE { ?x netra:cites ?l } ORDER BY ?x ?l LIMIT 2 OFFSET 1"), "x") ==
          V{"Person:iwan@35.73", "Person:rahmat@16.73"});
    CHECK(Run(f, "SELECT ?x WHERE { ?x netra:cites ?l } LIMIT 3").items().size() == 3);
    CHECK(Run(f, "SELECT ?x WHERE { ?x netra:cites ?l } OFFSET 10").items().empty());
  }

  TEST_CASE("COUNT with GROUP BY, COUNT(DISTINCT), ordered by the count") {
    GraphFixture f;
    Value rows =
        Run(f, "SELECT ?law (COUNT(?who) AS ?n) WHERE { ?who netra:cites ?law } GROUP BY ?law ORDER BY DESC(?n)");
    CHECK(Column(rows, "law") == V{"Statute:UU/20/2023", "Statute:PP/94/2021"});
    CHECK(Column(rows, "n") == V{"3", "2"});
    CHECK(rows.items()[0].Get("n")->type() == Value::Type::kInt);
    CHECK(Column(Run(f, "SELECT (COUNT(DISTINCT ?who) AS ?n) WHERE { ?who netra:cites ?law }"), "n") == V{"4"});
    CHECK(Column(Run(f, "SELECT (COUNT(*) AS ?n) WHERE { ?who netra:cites ?law }"), "n") == V{"5"});
  }

  TEST_CASE("GRAPH ?doc binds the documents that state a fact") {
    GraphFixture f;
    Value rows = Run(f, "SELECT ?doc WHERE { GRAPH ?doc { ?p netra:cites Statute:PP/94/2021 } } ORDER BY ?doc");
    CHECK(Column(rows, "doc") == V{"Document:d2", "Document:d3"});
    // ... and joins with what is said about the document.
    Value dated = Run(f, R"(SELECT ?p ?date WHERE { GRAPH ?doc { ?p netra:cites ?law }
                                                     ?doc netra:published_on ?date })");
    CHECK(Column(dated, "p") == V{"Person:rahmat@16.73"});
    CHECK(Column(dated, "date") == V{"2024-10-09"});
  }

  TEST_CASE("GRAPH <Document:x> keeps only the facts that document states") {
    GraphFixture f;
    Value d2 = Run(f, "SELECT ?p ?law WHERE { GRAPH Document:d2 { ?p netra:cites ?law } } ORDER BY ?law");
    CHECK(Column(d2, "p") == V{"Person:sumarno@16.08", "Person:sumarno@16.08"});
    CHECK(Column(d2, "law") == V{"Statute:PP/94/2021", "Statute:UU/20/2023"});
    // A fact several documents state is kept once, for the one named.
    Value d3 = Run(f, "SELECT ?p WHERE { GRAPH <Document:d3> { ?p netra:cites Statute:PP/94/2021 } }");
    CHECK(Column(d3, "p") == V{"Organization:bawaslu@16.08"});
    CHECK(Run(f, "SELECT ?p WHERE { GRAPH Document:nowhere { ?p netra:cites ?law } }").items().empty());
  }

  TEST_CASE("an answer that needs the SPO, POS and OSP orders, whatever order the patterns are written in") {
    GraphFixture f;
    // ?who ?rel Region:16.08 can only be read from OSP (object bound),
    // ?law netra:year 2021 from POS, ?who netra:label ?name from SPO.
    const char* q = R"(SELECT ?name ?rel WHERE {
        ?who netra:label ?name .
        ?who ?rel Region:16.08 .
        ?who netra:cites ?law .
        ?law netra:year 2021 })";
    Value rows = Run(f, q);
    CHECK(Column(rows, "name") == V{"Bawaslu OKU Timur"});
    CHECK(Column(rows, "rel") == V{"located_in"});
    auto plan = ExplainPatternQuery(f.store(), q);
    REQUIRE(plan.ok());
    INFO(*plan);
    CHECK(plan->find("OSP") != std::string::npos);
    CHECK(plan->find("POS") != std::string::npos);
    CHECK(plan->find("SPO") != std::string::npos);
    // The plan starts from the most selective pattern (one statute of 2021),
    // although it was written last.
    CHECK(plan->find("1. ?law netra:year 2") != std::string::npos);
    CHECK(plan->find("WARNING") == std::string::npos);
  }

  TEST_CASE("a bound subject or object is weighed by the predicate's triples per subject or object") {
    GraphFixture f;
    // `hosts`: 3000 triples, one per subject. `staffs`: 600 triples from
    // 10 subjects, 60 each. A flat 1/100 per bound variable would guess 30
    // and 6 per row once ?k is bound, and read `staffs` first (60 rows per
    // row); the sampled fan-outs are 1 and 60.
    GraphFixture::Docs docs;
    auto E = [](const std::string& id) { return model::Term::Entity(id); };
    for (int i = 0; i < 3000; ++i) {
      docs.Add("h" + std::to_string(i / 500), E("Organization:k" + std::to_string(i)), "hosts",
               E("Event:e" + std::to_string(i)));
    }
    for (int i = 0; i < 600; ++i) {
      docs.Add("s", E("Organization:k" + std::to_string(i % 10)), "staffs", E("Person:p" + std::to_string(i)));
    }
    docs.Add("s", E("Organization:k3"), "label", model::Term::String("K3"));
    f.Write(docs);
    const char* q = R"(SELECT ?e ?p WHERE {
        ?k netra:label "K3" .
        ?k netra:staffs ?p .
        ?k netra:hosts ?e })";
    auto plan = ExplainPatternQuery(f.store(), q);
    REQUIRE(plan.ok());
    INFO(*plan);
    CHECK(plan->find("1. ?k netra:label") != std::string::npos);
    CHECK(plan->find("2. ?k netra:hosts ?e") != std::string::npos);
    CHECK(plan->find("~1 matches per row") != std::string::npos);
    CHECK(plan->find("3. ?k netra:staffs ?p") != std::string::npos);
    CHECK(plan->find("~60 matches per row") != std::string::npos);
    CHECK(Run(f, q).items().size() == 60);
  }

  TEST_CASE("a step that checks one triple per row is checked in memory against its constants' few matches") {
    GraphFixture f;
    // Region:16.73's one position, its holder, then: does he cite the
    // statute? Every position of that last pattern is known by then.
    auto q = [](const std::string& law) {
      return "SELECT ?who ?doc WHERE { ?pos netra:position_in Region:16.73 . ?who netra:holds_position ?pos . "
             "GRAPH ?doc { ?who netra:cites " +
             law + " } }";
    };
    auto plan = ExplainPatternQuery(f.store(), q("Statute:UU/20/2023"));
    REQUIRE(plan.ok());
    INFO(*plan);
    CHECK(plan->find("3. GRAPH ?doc { ?who netra:cites Statute:UU/20/2023 }") != std::string::npos);
    CHECK(plan->find("checked in memory") != std::string::npos);
    Value rows = Run(f, q("Statute:UU/20/2023"));
    CHECK(Column(rows, "who") == V{"Person:rahmat@16.73"});
    CHECK(Column(rows, "doc") == V{"Document:d1"});
    // He does not cite PP 94/2021, which two others do; nobody cites an
    // absent statute.
    CHECK(Run(f, q("Statute:PP/94/2021")).items().empty());
    CHECK(Run(f, q("Statute:UU/1/1900")).items().empty());
  }

  TEST_CASE("statistics kept between queries are read again once the store has changed") {
    GraphFixture f;
    pattern::PlanStatistics stats;
    const char* q = "SELECT ?p WHERE { ?p netra:cites Statute:UU/20/2023 }";
    auto plan = ExplainPatternQuery(f.store(), q, &stats);
    REQUIRE(plan.ok());
    CHECK(plan->find("~3 matches") != std::string::npos);
    GraphFixture::Docs docs;
    for (int i = 0; i < 5; ++i) {
      docs.Add("later", model::Term::Entity("Person:p" + std::to_string(i)), "cites",
               model::Term::Entity("Statute:UU/20/2023"));
    }
    f.Write(docs);
    plan = ExplainPatternQuery(f.store(), q, &stats);
    REQUIRE(plan.ok());
    INFO(*plan);
    CHECK(plan->find("~8 matches") != std::string::npos);
    auto rows = RunPatternQueryTerms(f.store(), q, &stats);
    REQUIRE(rows.ok());
    CHECK(rows->rows.size() == 8);
  }

  TEST_CASE("--explain says when a step scans the whole store") {
    GraphFixture f;
    auto plan = ExplainPatternQuery(f.store(), "SELECT * WHERE { ?s ?p ?o }");
    REQUIRE(plan.ok());
    CHECK(plan->find("scans every triple") != std::string::npos);
  }

  TEST_CASE("an unknown prefix is an error with its line and column; PREFIX declares one") {
    GraphFixture f;
    std::string msg = ErrorOf(f, "SELECT ?p WHERE {\n  ?p foo:cites ?x }");
    CHECK(msg.find("line 2, column 6") != std::string::npos);
    CHECK(msg.find("unknown prefix `foo:`") != std::string::npos);
    Value rows = Run(f, "PREFIX foo: <>\nPREFIX r: <Region:>\nSELECT ?x WHERE { ?x foo:part_of r:16 } ORDER BY ?x");
    CHECK(Column(rows, "x") == V{"Region:16.08", "Region:16.73"});
  }

  TEST_CASE("syntax errors give line and column") {
    GraphFixture f;
    struct Case {
      const char* query;
      const char* where;
      const char* what;
    };
    for (const Case& c : {
             Case{"SELECT ?p WHERE { ?p netra:cites ?x", "line 1, column 36", "expected `}`"},
             Case{"SELECT ?p WHERE {\n  ?p netra:cites ?x .\n  FILTER (?x = ) }", "line 3, column 16",
                  "expected a value"},
             Case{"SELECT WHERE { ?p ?q ?r }", "line 1, column 8", "after SELECT"},
             Case{"SELECT ?p WHERE { ?p netra:cites \"unterminated }", "line 1, column 34", "unterminated string"},
             Case{"SELECT ?p WHERE { ?p netra:cites ?x } LIMIT ten", "line 1, column 45", "LIMIT takes a number"},
             Case{"SELECT ?p WHERE { ?p netra:held_on \"2024-13\"^^xsd:date }", "line 1, column 36", "not a date"},
             Case{"SELECT ?p WHERE { ?p ?q ?r FILTER (FOO(?p)) }", "line 1, column 36", "unknown function"},
             Case{"SELECT ?p (COUNT(?q) AS ?n) WHERE { ?p ?q ?r }", "line 1, column 8", "not in GROUP BY"},
         }) {
      std::string msg = ErrorOf(f, c.query);
      INFO(c.query);
      INFO(msg);
      CHECK(msg.find(c.where) != std::string::npos);
      CHECK(msg.find(c.what) != std::string::npos);
    }
  }

  TEST_CASE("nesting past the limit is a syntax error where it passes it, not a stack overflow") {
    GraphFixture f;
    auto repeat = [](const std::string& s, int n) {
      std::string out;
      for (int i = 0; i < n; ++i) out += s;
      return out;
    };
    // Deep enough to overflow the stack of a parser without a limit.
    const int deep = 100000;
    const std::string filter_parens =
        "SELECT ?p WHERE { ?p ?q ?r FILTER " + repeat("(", deep) + "?p" + repeat(")", deep) + " }";
    const std::string nots = "SELECT ?p WHERE { ?p ?q ?r FILTER (" + repeat("!", deep) + "?p) }";
    const std::string optionals =
        "SELECT ?p WHERE { ?p ?q ?r " + repeat("OPTIONAL { ", deep) + repeat("}", deep) + " }";
    const std::string paths = "SELECT ?p WHERE { ?p " + repeat("(", deep) + "netra:cites" + repeat(")", deep) + " ?r }";
    const std::string inverse =
        "SELECT ?p WHERE { ?p " + repeat("^(", deep) + "netra:cites" + repeat(")", deep) + " ?r }";
    for (const std::string* q : {&filter_parens, &nots, &optionals, &paths, &inverse}) {
      std::string msg = ErrorOf(f, *q);
      INFO(q->substr(0, 60));
      CHECK(msg.find("more than 64 levels deep") != std::string::npos);
      CHECK(msg.find("line 1, column ") != std::string::npos);
    }
    // Nesting within the limit still answers.
    Value rows = Run(f, "SELECT ?x WHERE { ?x netra:part_of ?p FILTER " + repeat("(", 30) + "!!" + repeat("(", 20) +
                            "?p = Region:16" + repeat(")", 50) + " } ORDER BY ?x");
    CHECK(Column(rows, "x") == V{"Region:16.08", "Region:16.73"});
  }

  TEST_CASE("IsPatternQuery tells SELECT queries from canned names") {
    CHECK(IsPatternQuery("SELECT ?x WHERE { ?x ?p ?o }"));
    CHECK(IsPatternQuery("  # a comment\nprefix x: <>\nselect * {}"));
    CHECK_FALSE(IsPatternQuery("regions-citing-laws"));
  }
}

}  // namespace
}  // namespace netra::query
