// String-level checks of each writer; tests/export/ reads the same output
// back with NetworkX, graphology, Graphviz and rdflib.
#include "export/writers.h"

#include <doctest/doctest.h>

#include <sstream>

#include "export/layout.h"
#include "export/style.h"
#include "export_test_util.h"
#include "graph_fixture.h"

namespace netra::exporter {

namespace {

ExportGraph Small() {
  ExportGraph g;
  g.predicates = {"cites", "mentions"};
  Node a;
  a.id = "Person:a\\";
  a.type = "Person";
  a.label = "A <&> \"q\"\nB";
  a.year = 2024;
  Node b;
  b.id = "Statute:UU/1/2024";
  b.type = "Statute";
  b.label = "UU 1/2024";
  b.date = "2024-11-21";
  g.nodes = {a, b};
  Edge e;
  e.source = 0;
  e.target = 1;
  e.predicates = {0, 1};
  e.weight = 3;
  e.first_date = "2024-11-20";
  g.edges = {e};
  g.nodes[0].degree = g.nodes[1].degree = 1;
  Style(&g);
  REQUIRE(Layout(&g).ok());
  return g;
}

template <typename Fn>
std::string Write(Fn fn) {
  std::ostringstream out;
  Status s = fn(out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

}  // namespace

TEST_SUITE("export.writers") {
  TEST_CASE("GraphML: typed keys for nodes and edges, escaped ids, unique edge ids") {
    std::string x = Write([&](std::ostream& o) { return WriteGraphml(Small(), o); });
    CHECK(x.find("<key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(x.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>") != std::string::npos);
    CHECK(x.find("<key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>") != std::string::npos);
    CHECK(x.find("id=\"d3\"") == std::string::npos);
    CHECK(x.find("<node id=\"Person:a\\\">") != std::string::npos);
    CHECK(x.find("<data key=\"label\">A &lt;&amp;&gt; \"q\"\nB</data>") != std::string::npos);
    CHECK(x.find("<edge id=\"e0\" source=\"Person:a\\\" target=\"Statute:UU/1/2024\">") != std::string::npos);
    CHECK(x.find("<data key=\"edgelabel\">cites;mentions</data><data key=\"weight\">3</data>") != std::string::npos);
    CHECK(x.find("<data key=\"year\">2024</data>") != std::string::npos);
  }

  TEST_CASE("GEXF 1.3: viz: prefix, typed attributes, dates as start") {
    std::string x = Write([&](std::ostream& o) { return WriteGexf(Small(), o); });
    CHECK(x.find("xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"") != std::string::npos);
    CHECK(x.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
    CHECK(x.find("<attribute id=\"support\" title=\"support\" type=\"integer\"/>") != std::string::npos);
    CHECK(x.find("label=\"A &lt;&amp;&gt; &quot;q&quot;&#10;B\"") != std::string::npos);
    CHECK(x.find("label=\"UU 1/2024\" start=\"2024-11-21\"") != std::string::npos);
    CHECK(x.find("<viz:color r=\"55\" g=\"126\" b=\"184\"/>") != std::string::npos);
    CHECK(x.find("weight=\"3\" start=\"2024-11-20\"") != std::string::npos);
  }

  TEST_CASE("DOT: quoted ids, citations in red, clusters on request") {
    ExportGraph g = Small();
    std::string x = Write([&](std::ostream& o) { return WriteDot(g, {}, o); });
    CHECK(x.find("\"Person:a\\\\\" -> \"Statute:UU/1/2024\"") != std::string::npos);
    CHECK(x.find("label=\"A <&> \\\"q\\\"\\nB\"") != std::string::npos);
    CHECK(x.find("color=\"#e41a1c\"") != std::string::npos);
    g.nodes[0].region = "Region:1";
    DotOptions clustered;
    clustered.cluster_by_region = true;
    x = Write([&](std::ostream& o) { return WriteDot(g, clustered, o); });
    CHECK(x.find("subgraph \"cluster_0\"") != std::string::npos);
  }

  TEST_CASE("N-Triples: one triple per merged predicate, typed literals") {
    ExportGraph g = Small();
    g.nodes[1].literals = {{"held_on", model::Term::Date("2024-11-21")},
                           {"year", model::Term::Integer(7)},
                           {"label", model::Term::String("x\"y")}};
    std::string x = Write([&](std::ostream& o) { return WriteNTriples(g, kDefaultBase, o); });
    CHECK(x.find("<https://netra.invalid/id/Person:a%5C> <https://netra.invalid/vocab/cites> "
                 "<https://netra.invalid/id/Statute:UU/1/2024> .\n") != std::string::npos);
    CHECK(x.find("<https://netra.invalid/vocab/mentions>") != std::string::npos);
    CHECK(x.find("\"2024-11-21\"^^<http://www.w3.org/2001/XMLSchema#date> .") != std::string::npos);
    CHECK(x.find("\"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .") != std::string::npos);
    CHECK(x.find("\"x\\\"y\" .") != std::string::npos);
  }

  TEST_CASE("N-Quads: each fact in the graph of every document that states it, types in the default graph") {
    netra::testing::GraphFixture f;
    std::string x = Write([&](std::ostream& o) { return WriteNQuads(f.store(), kDefaultBase, o); });
    const std::string id = "https://netra.invalid/id/", vocab = "https://netra.invalid/vocab/";
    auto has = [&](const std::string& line) { return x.find(line + " .\n") != std::string::npos; };
    CHECK(has("<" + id + "Person:rahmat@16.73> <" + vocab + "cites> <" + id + "Statute:UU/20/2023> <" + id +
              "Document:d1>"));
    // Stated by two documents: in both graphs.
    CHECK(has("<" + id + "Person:sumarno@16.08> <" + vocab + "cites> <" + id + "Statute:PP/94/2021> <" + id +
              "Document:d2>"));
    CHECK(has("<" + id + "Organization:bawaslu@16.08> <" + vocab + "cites> <" + id + "Statute:PP/94/2021> <" + id +
              "Document:d3>"));
    CHECK(has("<" + id + "Event:apel/2024-10-08/16.73> <" + vocab +
              "held_on> \"2024-10-08\"^^<http://www.w3.org/2001/XMLSchema#date> <" + id + "Document:d1>"));
    const std::string type =
        "<" + id + "Person:rahmat@16.73> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + vocab + "Person> .\n";
    CHECK(x.find(type) != std::string::npos);
    CHECK(x.find(type) == x.rfind(type));  // once, though the person is in several facts
    // One quad per support: a line whose last term is a document's graph.
    size_t quads = 0, others = 0;
    std::istringstream lines(x);
    for (std::string line; std::getline(lines, line);) {
      const size_t graph = line.rfind(" <" + id + "Document:");
      const bool quad = graph != std::string::npos && line.find(' ', graph + 1) == line.size() - 2;
      ++(quad ? quads : others);
    }
    size_t supports = 0;
    REQUIRE(f.store()
                .ForEachDocumentTriples(
                    [&](std::string_view, const std::vector<store::TripleIds>& triples) { supports += triples.size(); })
                .ok());
    CHECK(quads == supports);
    CHECK(others > 0);  // the types
    // A term cache smaller than one document starts afresh at every
    // document and still renders every term of it: the same file.
    CHECK(Write([&](std::ostream& o) { return WriteNQuads(f.store(), kDefaultBase, o, 1); }) == x);
  }

  TEST_CASE("CSV: Gephi and Neo4j headers") {
    ExportGraph g = Small();
    std::string nodes =
        Write([&](std::ostream& o) { return WriteCsvNodes(g, CsvStyle::kGephi, csv::FormulaCells::kProtect, o); });
    CHECK(nodes.rfind("Id,Label,type,kind,code,date,role,title,status,year,support,degree\n", 0) == 0);
    CHECK(nodes.find("Person:a\\,\"A <&> \"\"q\"\"\nB\",Person,") != std::string::npos);
    std::string neo =
        Write([&](std::ostream& o) { return WriteCsvNodes(g, CsvStyle::kNeo4j, csv::FormulaCells::kProtect, o); });
    CHECK(neo.rfind("id:ID,label,:LABEL,kind,code,date,role,title,status,year:int,support:int,degree:int\n", 0) == 0);
    std::string edges =
        Write([&](std::ostream& o) { return WriteCsvEdges(g, CsvStyle::kNeo4j, csv::FormulaCells::kProtect, o); });
    CHECK(edges ==
          ":START_ID,:END_ID,:TYPE,weight:int,first_date,last_date\n"
          "Person:a\\,Statute:UU/1/2024,cites,3,2024-11-20,\n"
          "Person:a\\,Statute:UU/1/2024,mentions,3,2024-11-20,\n");
  }

  TEST_CASE("CSV: formula-like cells protected in nodes and edges alike, kept with kRaw") {
    ExportGraph g = Small();
    g.nodes[0].id = "=HYPERLINK(\"x\")";
    g.nodes[0].label = "@SUM(A1)";
    auto nodes = [&](csv::FormulaCells f) {
      return Write([&](std::ostream& o) { return WriteCsvNodes(g, CsvStyle::kGephi, f, o); });
    };
    auto edges = [&](csv::FormulaCells f) {
      return Write([&](std::ostream& o) { return WriteCsvEdges(g, CsvStyle::kGephi, f, o); });
    };
    std::string protected_nodes = nodes(csv::FormulaCells::kProtect);
    CHECK(protected_nodes.find("\n\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),Person,") != std::string::npos);
    CHECK(edges(csv::FormulaCells::kProtect).find("\n\"'=HYPERLINK(\"\"x\"\")\",Statute:UU/1/2024,Directed,") !=
          std::string::npos);
    CHECK(nodes(csv::FormulaCells::kRaw).find("\n\"=HYPERLINK(\"\"x\"\")\",@SUM(A1),Person,") != std::string::npos);
    CHECK(edges(csv::FormulaCells::kRaw).find("\n\"=HYPERLINK(\"\"x\"\")\",Statute:UU/1/2024,") != std::string::npos);
  }

  TEST_CASE("layout is deterministic and spreads nodes out") {
    netra::testing::TempDir dir;
    auto store = testing::AdversarialStore((dir.path() / "db").string());
    ExportGraph a = testing::MustBuild(*store), b = testing::MustBuild(*store);
    REQUIRE(Layout(&a).ok());
    REQUIRE(Layout(&b).ok());
    bool spread = false;
    for (size_t i = 0; i < a.nodes.size(); ++i) {
      CHECK(a.nodes[i].x == b.nodes[i].x);
      CHECK(a.nodes[i].y == b.nodes[i].y);
      if (a.nodes[i].x != a.nodes[0].x) spread = true;
    }
    CHECK(spread);
  }

}  // TEST_SUITE

}  // namespace netra::exporter
