// Projections saved to files and the cache that keeps them per store
// version.
#include "graph/projection_cache.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "graph/projection.h"
#include "graph/projection_internal.h"
#include "graph_fixture.h"
#include "store/derived_cache.h"

namespace netra::graph {
namespace {

namespace fs = std::filesystem;
using testing::GraphFixture;

// Everything a projection answers with, in order: vertices (id, name, term
// id), predicates, edges, and both graphs' adjacency.
std::vector<std::string> Describe(const Projection& p) {
  std::vector<std::string> out;
  for (uint32_t v = 0; v < p.num_vertices(); ++v) {
    out.push_back("v " + std::to_string(v) + " " + (p.has_name(v) ? p.id(v) : "?") + " " +
                  std::to_string(p.term_id(v)));
  }
  for (uint32_t i = 0; i < p.predicates().size(); ++i) {
    out.push_back("p " + p.predicates()[i] + " " + std::to_string(p.predicate_term_id(i)));
  }
  for (const Projection::Edge& e : p.edges()) {
    out.push_back("e " + std::to_string(e.source) + " " + std::to_string(e.target) + " " + std::to_string(e.predicate));
  }
  for (const Csr* g : {&p.graphs().forward, &p.graphs().backward}) {
    for (uint32_t v = 0; v < p.num_vertices(); ++v) {
      std::string line = "g " + std::to_string(v) + ":";
      for (auto [it, end] = boost::out_edges(v, *g); it != end; ++it) {
        line += " " + std::to_string(boost::target(*it, *g)) + "/" + std::to_string((*g)[*it].predicate);
      }
      out.push_back(line);
    }
  }
  return out;
}

std::vector<fs::path> CacheFiles(const store::Store& store) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(DerivedCacheDir(store), ec)) files.push_back(entry.path());
  return files;
}

ProjectionCacheOptions Always() {
  ProjectionCacheOptions o;
  o.min_edges = 0;
  return o;
}

TEST_SUITE("graph.projection_cache") {
  TEST_CASE("a saved projection restores to the same vertices, names, edges and graphs") {
    GraphFixture f;
    netra::testing::TempDir dir;
    for (auto names : {Projection::Names::kAll, Projection::Names::kOnDemand}) {
      auto loaded = Projection::Load(f.store(), {}, names);
      REQUIRE(loaded.ok());
      std::string path = (dir.path() / "p.bin").string();
      REQUIRE((*loaded)->Save(path, "key").ok());
      auto restored = Projection::Restore(path, "key");
      INFO(restored.status().ToString());
      REQUIRE(restored.ok());
      CHECK(Describe(**restored) == Describe(**loaded));
      CHECK((*restored)->vertex("Region:16.73") == (*loaded)->vertex("Region:16.73"));
      CHECK(Projection::Restore(path, "another key").status().code() == StatusCode::kNotFound);
    }
    CHECK(Projection::Restore((dir.path() / "none.bin").string(), "key").status().code() == StatusCode::kNotFound);
  }

  TEST_CASE("a damaged file is refused as corrupt, whatever byte is hit") {
    GraphFixture f;
    netra::testing::TempDir dir;
    auto loaded = Projection::Load(f.store(), {});
    REQUIRE(loaded.ok());
    std::string path = (dir.path() / "p.bin").string();
    REQUIRE((*loaded)->Save(path, "key").ok());
    std::string good;
    {
      std::ifstream in(path, std::ios::binary);
      good.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto write = [&](const std::string& bytes) { std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes; };
    // After the key (a changed key byte reads as another key: NotFound).
    size_t body = good.find("key") + 3;
    for (size_t at = body; at < good.size(); at += 7) {
      CAPTURE(at);
      std::string bad = good;
      bad[at] = static_cast<char>(bad[at] ^ 0x5a);
      write(bad);
      CHECK(Projection::Restore(path, "key").status().code() == StatusCode::kCorruption);
    }
    for (size_t size : {size_t{0}, size_t{10}, body + 8, good.size() - 1}) {
      CAPTURE(size);
      write(good.substr(0, size));
      CHECK(Projection::Restore(path, "key").status().code() == StatusCode::kCorruption);
    }
    write(good + "x");
    CHECK(Projection::Restore(path, "key").status().code() == StatusCode::kCorruption);
  }

  TEST_CASE("the cache serves a projection again until the store changes") {
    GraphFixture f;
    ProjectionFilter filter;
    filter.exclude_types = {"Document"};
    auto first = LoadProjection(f.store(), filter, Projection::Names::kAll, Always());
    REQUIRE(first.ok());
    CHECK_FALSE(first->from_cache);
    CHECK(first->saved);
    REQUIRE(CacheFiles(f.store()).size() == 1);

    auto again = LoadProjection(f.store(), filter, Projection::Names::kAll, Always());
    REQUIRE(again.ok());
    CHECK(again->from_cache);
    CHECK(Describe(*again->projection) == Describe(*first->projection));

    // Another filter is another file; the first stays.
    auto other = LoadProjection(f.store(), {}, Projection::Names::kAll, Always());
    REQUIRE(other.ok());
    CHECK_FALSE(other->from_cache);
    CHECK(CacheFiles(f.store()).size() == 2);

    // A write gives the store a new version: the projection is read from the
    // indexes (it has the new edge), and the old version's files go.
    GraphFixture::Docs docs;
    docs.Add("d9", model::Term::Entity("Person:baru@16.73"), "cites", model::Term::Entity("Statute:UU/20/2023"));
    f.Write(docs);
    auto after = LoadProjection(f.store(), filter, Projection::Names::kAll, Always());
    REQUIRE(after.ok());
    CHECK_FALSE(after->from_cache);
    CHECK(after->projection->num_edges() == first->projection->num_edges() + 1);
    CHECK(after->projection->vertex("Person:baru@16.73").has_value());
    CHECK(CacheFiles(f.store()).size() == 1);
    auto fresh = Projection::Load(f.store(), filter);
    REQUIRE(fresh.ok());
    CHECK(Describe(*after->projection) == Describe(**fresh));
  }

  TEST_CASE("a damaged cache file is replaced, and small projections are not saved") {
    GraphFixture f;
    auto first = LoadProjection(f.store(), {}, Projection::Names::kAll, Always());
    REQUIRE(first.ok());
    std::vector<fs::path> files = CacheFiles(f.store());
    REQUIRE(files.size() == 1);
    std::ofstream(files[0], std::ios::binary | std::ios::trunc) << "netra-projection\ngarbage";
    auto second = LoadProjection(f.store(), {}, Projection::Names::kAll, Always());
    REQUIRE(second.ok());
    CHECK_FALSE(second->from_cache);
    CHECK(second->saved);
    CHECK(Describe(*second->projection) == Describe(*first->projection));
    CHECK(LoadProjection(f.store(), {}, Projection::Names::kAll, Always())->from_cache);

    ProjectionCacheOptions small;  // the default threshold: far above this store
    ProjectionFilter filter;
    filter.predicates = {"cites"};
    auto unsaved = LoadProjection(f.store(), filter, Projection::Names::kAll, small);
    REQUIRE(unsaved.ok());
    CHECK_FALSE(unsaved->saved);
    CHECK(CacheFiles(f.store()).size() == 1);

    ProjectionCacheOptions off = Always();
    off.enabled = false;
    auto direct = LoadProjection(f.store(), {}, Projection::Names::kAll, off);
    REQUIRE(direct.ok());
    CHECK_FALSE(direct->from_cache);
    CHECK_FALSE(direct->saved);
  }

  TEST_CASE("the memo hands out one projection per filter until the store changes, the last few only") {
    GraphFixture f;
    ProjectionMemo memo(2);
    ProjectionFilter no_documents;
    no_documents.exclude_types = {"Document"};
    ProjectionFilter cites;
    cites.predicates = {"cites"};
    auto all = memo.Load(f.store(), {});
    REQUIRE(all.ok());
    CHECK(Describe(**all) == Describe(**Projection::Load(f.store(), {})));
    CHECK(*memo.Load(f.store(), {}) == *all);  // the same object: nothing loaded
    auto fewer = memo.Load(f.store(), no_documents);
    REQUIRE(fewer.ok());
    CHECK(*fewer != *all);
    CHECK(Describe(**fewer) == Describe(**Projection::Load(f.store(), no_documents)));
    CHECK(*memo.Load(f.store(), {}) == *all);  // now the most recently used
    // A third filter makes way by dropping the least recently used.
    REQUIRE(memo.Load(f.store(), cites).ok());
    CHECK(*memo.Load(f.store(), {}) == *all);
    CHECK(*memo.Load(f.store(), no_documents) != *fewer);

    // A write gives the store a new version: loaded anew, with the new edge.
    GraphFixture::Docs docs;
    docs.Add("d9", model::Term::Entity("Person:baru@16.73"), "cites", model::Term::Entity("Statute:UU/20/2023"));
    f.Write(docs);
    auto after = memo.Load(f.store(), {});
    REQUIRE(after.ok());
    CHECK(*after != *all);
    CHECK((*after)->num_edges() == (*all)->num_edges() + 1);
    CHECK(Describe(**after) == Describe(**Projection::Load(f.store(), {})));
  }

  TEST_CASE("a cache folder that cannot be written leaves the load as it is") {
    GraphFixture f;
    // A file where the cache folder would be: nothing can be saved there.
    std::ofstream(DerivedCacheDir(f.store())) << "not a folder";
    auto loaded = LoadProjection(f.store(), {}, Projection::Names::kAll, Always());
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded->saved);
    auto fresh = Projection::Load(f.store(), {});
    REQUIRE(fresh.ok());
    CHECK(Describe(*loaded->projection) == Describe(**fresh));
  }
}

}  // namespace
}  // namespace netra::graph
