// Neighbourhoods, paths, centrality and components on small graphs with
// answers worked out by hand.
#include "graph/paths.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "graph/analytics.h"
#include "graph/projection.h"
#include "graph_fixture.h"

namespace netra::graph {
namespace {

using testing::GraphFixture;

std::vector<std::string> Column(const Value& rows, const std::string& col) {
  std::vector<std::string> out;
  for (const Value& r : rows.items()) {
    const Value* v = r.Get(col);
    out.push_back(v == nullptr || v->is_null() ? "null" : v->ToText());
  }
  return out;
}

template <typename T>
T Must(Result<T> r) {
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

using V = std::vector<std::string>;

TEST_SUITE("graph.paths") {
  TEST_CASE("neighbors: one hop reads out- and in-edges, with the predicate and its direction") {
    GraphFixture f;
    Value rows = Must(Neighbors(f.store(), "Region:16.08", {}));
    V ids = Column(rows, "entity");
    CHECK(std::set<std::string>(ids.begin(), ids.end()) ==
          std::set<std::string>{"Region:16", "Position:pj-bupati@16.08", "Event:deklarasi/2024-08-12/16.08",
                                "Organization:bawaslu@16.08"});
    for (const Value& r : rows.items()) {
      if (r.Get("entity")->as_string() == "Region:16") CHECK(r.Get("via")->as_string() == "part_of →");
      if (r.Get("entity")->as_string() == "Organization:bawaslu@16.08")
        CHECK(r.Get("via")->as_string() == "← located_in");
    }
  }

  TEST_CASE("neighbors: two hops along chosen predicates") {
    GraphFixture f;
    NeighborOptions o;
    o.hops = 2;
    o.predicates = {"position_in", "holds_position"};
    Value rows = Must(Neighbors(f.store(), "Region:16.08", o));
    CHECK(Column(rows, "entity") == V{"Position:pj-bupati@16.08", "Person:sumarno@16.08"});
    CHECK(Column(rows, "hops") == V{"1", "2"});
    CHECK(Column(rows, "from") == V{"Region:16.08", "Position:pj-bupati@16.08"});
  }

  TEST_CASE("path: the shortest way between two officials, with facts and documents") {
    GraphFixture f;
    auto proj = Must(Projection::Load(f.store(), {}));
    Value rows = Must(ShortestPaths(f.store(), *proj, "Person:rahmat@16.73", "Person:sumarno@16.08", {}));
    // Both cite UU 20/2023: two steps, and no other path is as short.
    CHECK(Column(rows, "path") == V{"1", "1"});
    CHECK(Column(rows, "fact") == V{"cites →", "← cites"});
    CHECK(Column(rows, "to") == V{"UU 20/2023 (Statute:UU/20/2023)", "Sumarno André (Person:sumarno@16.08)"});
    CHECK(Column(rows, "documents") == V{"d1", "d2"});
  }

  TEST_CASE("path: a projection without `cites` goes round through the regions") {
    GraphFixture f;
    ProjectionFilter pf;
    pf.predicates = {"holds_position", "position_in", "part_of"};
    auto proj = Must(Projection::Load(f.store(), pf));
    Value rows = Must(ShortestPaths(f.store(), *proj, "Person:rahmat@16.73", "Person:sumarno@16.08", {}));
    CHECK(rows.items().size() == 6);
    CHECK(Column(rows, "fact") ==
          V{"holds_position →", "position_in →", "part_of →", "← part_of", "← position_in", "← holds_position"});
    // Nothing joins an official of Malang to them without `cites`.
    auto none = ShortestPaths(f.store(), *proj, "Person:rahmat@16.73", "Person:iwan@35.73", {});
    CHECK(none.status().code() == StatusCode::kNotFound);
  }

  TEST_CASE("path --paths N: N different sequences of entities, parallel predicates one step") {
    // a -cites-> s1 <-cites- b, a -leads-> s1 as well, and a -cites-> s2
    // <-cites- b: two shortest ways, a-s1-b and a-s2-b. Before, the second
    // `path` was a-s1-b again through `leads`, and a-s2-b never showed.
    GraphFixture::Docs d;
    auto E = [](const std::string& id) { return model::Term::Entity(id); };
    d.Add("t1", E("Person:a"), "cites", E("Statute:s1"));
    d.Add("t2", E("Person:a"), "leads", E("Statute:s1"));
    d.Add("t1", E("Person:b"), "cites", E("Statute:s1"));
    d.Add("t3", E("Person:a"), "cites", E("Statute:s2"));
    d.Add("t3", E("Person:b"), "cites", E("Statute:s2"));
    netra::testing::TempDir dir;
    auto st = Must(store::Store::Open((dir.path() / "db").string()));
    REQUIRE(st->WriteDocuments(d.docs, nullptr, nullptr).ok());
    auto proj = Must(Projection::Load(*st, {}));
    PathOptions o;
    o.max_paths = 3;  // only two exist
    Value rows = Must(ShortestPaths(*st, *proj, "Person:a", "Person:b", o));
    CHECK(Column(rows, "path") == V{"1", "1", "2", "2"});
    std::set<std::string> middles;
    for (const Value& r : rows.items()) {
      if (r.Get("step")->as_int() == 1) middles.insert(r.Get("to_id")->as_string());
    }
    CHECK(middles == std::set<std::string>{"Statute:s1", "Statute:s2"});
    // The step a - s1 holds both predicates and both documents.
    for (const Value& r : rows.items()) {
      if (r.Get("step")->as_int() == 1 && r.Get("to_id")->as_string() == "Statute:s1") {
        CHECK(r.Get("fact")->as_string() == "cites →; leads →");
        CHECK(r.Get("documents")->ToText() == "t1; t2");
        CHECK(r.Get("from_id")->as_string() == "Person:a");
      }
    }
    o.max_paths = 1;
    CHECK(Column(Must(ShortestPaths(*st, *proj, "Person:a", "Person:b", o)), "path") == V{"1", "1"});
  }

  TEST_CASE("rank --by pagerank: scores sum to 1, NetworkX's values") {
    GraphFixture::Docs d;
    d.Add("t", model::Term::Entity("Person:x"), "cites", model::Term::Entity("Statute:y"));
    d.Add("t", model::Term::Entity("Person:z"), "cites", model::Term::Entity("Statute:y"));
    netra::testing::TempDir dir;
    auto st = Must(store::Store::Open((dir.path() / "db").string()));
    REQUIRE(st->WriteDocuments(d.docs, nullptr, nullptr).ok());
    auto proj = Must(Projection::Load(*st, {}));
    Value rows = Must(Rank(*st, *proj, {RankBy::kPageRank, "", 10}));
    // nx.pagerank(nx.path_graph(3)) = {0: 0.2567568, 1: 0.4864865, 2: 0.2567568}
    double sum = 0;
    for (const Value& r : rows.items()) sum += r.Get("score")->as_double();
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-4));
    CHECK(rows.items()[0].Get("score")->as_double() == doctest::Approx(0.4864865).epsilon(1e-3));
    CHECK(rows.items()[1].Get("score")->as_double() == doctest::Approx(0.2567568).epsilon(1e-3));
  }

  TEST_CASE("rank: degree, PageRank and betweenness on a path x - y - z") {
    GraphFixture::Docs d;
    d.Add("t", model::Term::Entity("Person:x"), "cites", model::Term::Entity("Statute:y"));
    d.Add("t", model::Term::Entity("Person:z"), "cites", model::Term::Entity("Statute:y"));
    netra::testing::TempDir dir;
    auto st = Must(store::Store::Open((dir.path() / "db").string()));
    REQUIRE(st->WriteDocuments(d.docs, nullptr, nullptr).ok());
    auto proj = Must(Projection::Load(*st, {}));
    for (RankBy by : {RankBy::kDegree, RankBy::kPageRank, RankBy::kBetweenness}) {
      Value rows = Must(Rank(*st, *proj, {by, "", 10}));
      CHECK(Column(rows, "entity") == V{"Statute:y", "Person:x", "Person:z"});
      if (by == RankBy::kBetweenness) CHECK(Column(rows, "score") == V{"1", "0", "0"});
      if (by == RankBy::kDegree) CHECK(Column(rows, "score") == V{"2", "1", "1"});
    }
    Value persons = Must(Rank(*st, *proj, {RankBy::kPageRank, "Person", 10}));
    CHECK(Column(persons, "entity") == V{"Person:x", "Person:z"});
  }

  TEST_CASE("rank by type on the fixture: UU 20/2023 is the most cited statute") {
    GraphFixture f;
    auto proj = Must(Projection::Load(f.store(), {}));
    Value rows = Must(Rank(f.store(), *proj, {RankBy::kDegree, "Statute", 5}));
    CHECK(Column(rows, "entity") == V{"Statute:UU/20/2023", "Statute:PP/94/2021"});
    CHECK(Column(rows, "score") == V{"3", "2"});
  }

  TEST_CASE("components: largest first, isolated entities left out") {
    GraphFixture f;
    ProjectionFilter pf;
    pf.predicates = {"holds_position", "position_in", "part_of"};
    auto proj = Must(Projection::Load(f.store(), pf));
    Value rows = Must(Components(f.store(), *proj, 10));
    // {16, 16.73, 16.08, two positions, two people} and {35.73, its position, Iwan}.
    CHECK(Column(rows, "size") == V{"7", "3"});
    CHECK(Column(rows, "types")[1] == "Person 1; Position 1; Region 1");
  }

  TEST_CASE("the projection keeps only the types and dates asked for") {
    GraphFixture f;
    ProjectionFilter types;
    types.types = {"Person", "Statute"};
    CHECK(Must(Projection::Load(f.store(), types))->num_edges() == 4);  // the people's `cites`
    ProjectionFilter dated;
    dated.from = "2024-09-01";
    // Only d1 is dated after September (published 2024-10-09): its 7 entity edges
    // (part_of, holds_position, position_in, cites, held_in, leads, mentions).
    CHECK(Must(Projection::Load(f.store(), dated))->num_edges() == 7);
  }
}

}  // namespace
}  // namespace netra::graph
