// The projection's vertex map and its names on demand.
#include "graph/projection.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <unordered_map>

#include "core/id_map.h"
#include "graph_fixture.h"

namespace netra::graph {
namespace {

using testing::GraphFixture;

TEST_SUITE("graph.projection") {
  TEST_CASE("IdMap keeps the first value of each id through growth, and finds what it holds") {
    IdMap map;
    std::unordered_map<uint64_t, uint32_t> expected;
    std::mt19937_64 rng(5);
    for (uint32_t i = 0; i < 50000; ++i) {
      // Few distinct high bits, repeats, and 0: a weak hash must still work.
      uint64_t id = i % 7 == 0 ? 0 : (rng() % 20000) << 40;
      auto [value, inserted] = map.Insert(id, i);
      auto [it, fresh] = expected.emplace(id, i);
      CHECK(inserted == fresh);
      CHECK(value == it->second);
    }
    CHECK(map.size() == expected.size());
    for (const auto& [id, value] : expected) CHECK(map.Find(id) == value);
    CHECK(!map.Find(uint64_t{1}).has_value());
  }

  TEST_CASE("names on demand: the same graph, ids decoded when asked") {
    GraphFixture f;
    auto all = Projection::Load(f.store(), {});
    auto lazy = Projection::Load(f.store(), {}, Projection::Names::kOnDemand);
    REQUIRE(all.ok());
    REQUIRE(lazy.ok());
    const Projection& a = **all;
    Projection& l = **lazy;
    REQUIRE(a.num_vertices() == l.num_vertices());
    REQUIRE(a.num_edges() == l.num_edges());
    for (size_t i = 0; i < a.num_edges(); ++i) {
      CHECK(a.edges()[i].source == l.edges()[i].source);
      CHECK(a.edges()[i].target == l.edges()[i].target);
      CHECK(a.predicates()[a.edges()[i].predicate] == l.predicates()[l.edges()[i].predicate]);
    }
    std::vector<uint32_t> vertices;
    for (uint32_t v = 0; v < l.num_vertices(); ++v) {
      CHECK(!l.has_name(v));
      CHECK(l.term_id(v) == a.term_id(v));
      // Found by id without its name: ids are hashes.
      CHECK(l.vertex(a.id(v)) == v);
      vertices.push_back(v);
    }
    REQUIRE(l.DecodeNames(f.store(), {vertices[1], vertices[0], vertices[1]}).ok());
    CHECK(l.has_name(0));
    CHECK(l.id(1) == a.id(1));
    REQUIRE(l.DecodeNames(f.store(), vertices).ok());
    for (uint32_t v : vertices) CHECK(l.id(v) == a.id(v));
    CHECK(!l.vertex("Region:none").has_value());
  }
}

}  // namespace
}  // namespace netra::graph
