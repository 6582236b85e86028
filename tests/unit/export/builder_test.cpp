#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/value.h"

#include "export_test_util.h"

namespace netra::exporter {

using testing::AdversarialIds;
using testing::FindEdge;
using testing::FindNode;
using testing::MustBuild;

TEST_SUITE("export.builder") {

TEST_CASE("parallel facts between two nodes become one edge weighted by documents") {
  netra::testing::TempDir dir;
  auto store = testing::AdversarialStore((dir.path() / "db").string());
  ExportGraph g = MustBuild(*store);
  AdversarialIds id;

  const Edge* about = FindEdge(g, "Document:doc <1> & \"q\"", id.region);
  REQUIRE(about != nullptr);
  CHECK(g.PredicateLabel(*about) == "about;mentions");
  CHECK(about->weight == 1);

  const Edge* cites = FindEdge(g, id.person, id.statute);
  REQUIRE(cites != nullptr);
  CHECK(cites->weight == 2);
  CHECK(cites->first_date == "2024-11-20");
  CHECK(cites->last_date == "2024-12-01");

  // Stated by a dated and an undated document: weight 2, dated by one.
  const Edge* holds = FindEdge(g, id.person, id.position);
  REQUIRE(holds != nullptr);
  CHECK(holds->weight == 2);
  CHECK(holds->first_date == "2024-11-20");
  CHECK(holds->last_date == "2024-11-20");

  // At most one edge per ordered pair, in (source, target) order.
  for (size_t i = 1; i < g.edges.size(); ++i) {
    CHECK(std::tie(g.edges[i - 1].source, g.edges[i - 1].target) < std::tie(g.edges[i].source, g.edges[i].target));
  }
}

TEST_CASE("a fact about an event is dated by the event") {
  netra::testing::TempDir dir;
  auto store = testing::AdversarialStore((dir.path() / "db").string());
  ExportGraph g = MustBuild(*store);
  AdversarialIds id;
  const Edge* leads = FindEdge(g, id.person, id.event);
  REQUIRE(leads != nullptr);
  CHECK(leads->first_date == "2024-11-21");
  CHECK(FindNode(g, id.event)->date == "2024-11-21");
  CHECK(FindNode(g, "Document:doc <1> & \"q\"")->date == "2024-11-20");
  CHECK(FindNode(g, "Document:doc3-undated")->date.empty());
}

TEST_CASE("nodes carry attributes, support and degree; ids and labels are never empty") {
  netra::testing::TempDir dir;
  auto store = testing::AdversarialStore((dir.path() / "db").string());
  ExportGraph g = MustBuild(*store);
  AdversarialIds id;
  for (const Node& n : g.nodes) {
    CHECK_FALSE(n.id.empty());
    CHECK_FALSE(n.label.empty());
  }
  CHECK(FindNode(g, id.publisher)->label == id.publisher);  // its label literal is ""
  const Node* region = FindNode(g, id.region);
  CHECK(region->type == "Region");
  CHECK(region->kind == "kota");
  CHECK(region->code == "99.01");
  CHECK(region->support == 2);  // doc1 and doc3 link it
  CHECK(FindNode(g, id.statute)->year == 2024);
  CHECK(FindNode(g, id.person)->region == id.region);  // through the position
  uint64_t degrees = 0;
  for (const Node& n : g.nodes) degrees += n.degree;
  CHECK(degrees == 2 * g.edges.size());
}

TEST_CASE("filters: types, predicates, dates, support") {
  netra::testing::TempDir dir;
  auto store = testing::AdversarialStore((dir.path() / "db").string());
  AdversarialIds id;

  SUBCASE("types keep only those nodes and the edges between them") {
    ExportFilter f;
    f.types = {"Person", "Statute"};
    ExportGraph g = MustBuild(*store, f);
    for (const Node& n : g.nodes) CHECK((n.type == "Person" || n.type == "Statute"));
    REQUIRE(g.edges.size() == 1);
    CHECK(g.PredicateLabel(g.edges[0]) == "cites");
  }
  SUBCASE("predicates") {
    ExportFilter f;
    f.predicates = {"mentions"};
    ExportGraph g = MustBuild(*store, f);
    const Edge* e = FindEdge(g, "Document:doc <1> & \"q\"", id.region);
    REQUIRE(e != nullptr);
    CHECK(g.PredicateLabel(*e) == "mentions");
  }
  SUBCASE("dates count only documents in range and drop dated nodes outside it") {
    ExportFilter f;
    f.from = "2024-12-01";
    ExportGraph g = MustBuild(*store, f);
    const Edge* cites = FindEdge(g, id.person, id.statute);
    REQUIRE(cites != nullptr);
    CHECK(cites->weight == 1);
    CHECK(cites->first_date == "2024-12-01");
    CHECK(FindNode(g, id.event) == nullptr);
    CHECK(FindNode(g, "Document:doc <1> & \"q\"") == nullptr);
    CHECK(FindNode(g, id.region) == nullptr);  // no fact in range links it
  }
  SUBCASE("min-support keeps strong edges and drops what they leave alone") {
    ExportFilter f;
    f.min_support = 2;
    ExportGraph g = MustBuild(*store, f);
    CHECK(g.edges.size() == 2);  // cites, holds_position
    CHECK(g.nodes.size() == 3);
  }
}

TEST_CASE("selections: ego, region, statute") {
  netra::testing::TempDir dir;
  auto store = testing::AdversarialStore((dir.path() / "db").string());
  AdversarialIds id;

  SUBCASE("ego by id, one and two hops") {
    ExportFilter f;
    f.ego = id.person2;
    CHECK(MustBuild(*store, f).nodes.size() == 3);  // itself, its position, doc3
    f.hops = 2;
    ExportGraph g = MustBuild(*store, f);
    CHECK(FindNode(g, id.person) != nullptr);
    CHECK(FindNode(g, id.region) != nullptr);
    CHECK(FindNode(g, id.statute) == nullptr);
  }
  SUBCASE("ego by exact label, and an unknown one") {
    ExportFilter f;
    f.ego = "pe\xCC\x81rez nguye\xCC\x82\xCC\x83n a\xCC\x88\xCC\x81";
    CHECK(MustBuild(*store, f).nodes.size() == 3);
    f.ego = "nobody";
    CHECK(BuildGraph(*store, f).status().code() == StatusCode::kInvalidArgument);
  }
  SUBCASE("region: what is anchored there and what it points at") {
    ExportFilter f;
    f.region = "99.01";
    ExportGraph g = MustBuild(*store, f);
    for (const std::string& want : {id.region, id.province, id.position, id.person, id.person2, id.event, id.org,
                                    id.statute, id.election}) {
      CHECK_MESSAGE(FindNode(g, want) != nullptr, want);
    }
    CHECK(FindNode(g, id.ctrl) == nullptr);  // located in the province, not the city
    f.region = "Nowhere";
    CHECK(BuildGraph(*store, f).status().code() == StatusCode::kInvalidArgument);
  }
  SUBCASE("statute by shorthand: its citers and their places") {
    ExportFilter f;
    f.statute = "UU 1/2024";
    ExportGraph g = MustBuild(*store, f);
    CHECK(FindNode(g, id.statute) != nullptr);
    CHECK(FindNode(g, id.person) != nullptr);
    CHECK(FindNode(g, id.position) != nullptr);
    CHECK(FindNode(g, id.region) != nullptr);
    CHECK(FindNode(g, "Document:doc2") != nullptr);
    CHECK(FindNode(g, id.person2) == nullptr);
  }
}

// Not a test: tests/export/run_readers.sh runs it (--no-skip) to get the
// adversarial store on disk, in $NETRA_EXPORT_FIXTURE_DIR.
TEST_CASE("export fixture: adversarial-names store" * doctest::skip()) {
  const char* dir = std::getenv("NETRA_EXPORT_FIXTURE_DIR");
  REQUIRE(dir != nullptr);
  testing::AdversarialStore(dir);
  // The labels readers must return verbatim, beside the store: DIR.labels.json.
  std::string json = "{";
  for (const auto& [id, label] : testing::ExactLabels()) {
    if (json.size() > 1) json += ",";
    AppendJsonString(id, &json);
    json += ":";
    AppendJsonString(label, &json);
  }
  json += "}";
  std::ofstream(std::string(dir) + ".labels.json", std::ios::binary) << json;
}

}  // TEST_SUITE

}  // namespace netra::exporter
