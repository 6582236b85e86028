// Property: whatever sequence of writes, re-writes, changes and forgets
// produced a set of documents, the store dumps exactly like a store built
// from scratch from that set (by WriteDocuments or by the bulk loader).
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <set>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using testing::Corpus;

constexpr int kDocs = 200;
// Durability is the crash test's business: no fsync per batch here.
constexpr OpenOptions kNoSync{.sync_writes = false};

// The store under test and the documents it should hold (index -> version).
struct Run {
  Run(uint64_t seed, const std::string& store_path) : corpus(seed, 25, 5), rng(seed), path(store_path) {
    store = testing::MustOpen(path, kNoSync);
  }

  // Writes `ops` (document, version) as one batch and checks each outcome
  // against the model, updated in order as the store must do.
  void WriteBatch(const std::vector<std::pair<int, int>>& ops) {
    std::vector<DocumentFacts> docs;
    std::vector<DocOutcome> expected;
    WriteCounters want;
    for (auto [i, v] : ops) {
      docs.push_back(corpus.Doc(i, v));
      auto it = model.find(i);
      if (it == model.end()) {
        expected.push_back(DocOutcome::kNew);
        ++want.docs_new;
      } else if (it->second == v) {
        expected.push_back(DocOutcome::kUnchanged);
        ++want.docs_unchanged;
      } else {
        expected.push_back(DocOutcome::kChanged);
        ++want.docs_changed;
      }
      model[i] = v;
    }
    std::vector<DocOutcome> outcomes;
    WriteCounters got;
    testing::MustWrite(store.get(), docs, &outcomes, &got);
    CHECK(outcomes == expected);
    CHECK(got.docs_new == want.docs_new);
    CHECK(got.docs_changed == want.docs_changed);
    CHECK(got.docs_unchanged == want.docs_unchanged);
  }

  void ForgetSome() {
    std::vector<std::string> ids;
    std::set<int> chosen;
    bool any_unknown = false;
    for (size_t k = 1 + rng() % 10; k > 0; --k) {
      int i = static_cast<int>(rng() % kDocs);
      ids.push_back(Corpus::DocId(i));
      if (!chosen.insert(i).second) continue;
      if (model.erase(i) == 0) any_unknown = true;
    }
    Status s = store->Forget(ids, nullptr);
    CHECK(s.code() == (any_unknown ? StatusCode::kNotFound : StatusCode::kOk));
  }

  int RandomDoc() { return static_cast<int>(rng() % kDocs); }

  std::vector<DocumentFacts> FinalDocuments() {
    std::vector<DocumentFacts> docs;
    for (auto [i, v] : model) docs.push_back(corpus.Doc(i, v));
    std::shuffle(docs.begin(), docs.end(), rng);  // order must not matter
    return docs;
  }

  Corpus corpus;
  std::mt19937_64 rng;
  std::string path;
  std::unique_ptr<Store> store;
  std::map<int, int> model;
  std::map<int, int> next_version;
};

void Exercise(Run* run) {
  // Everything once, in random order and batch sizes.
  std::vector<int> order(kDocs);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), run->rng);
  for (size_t i = 0; i < order.size();) {
    std::vector<std::pair<int, int>> ops;
    for (size_t n = 1 + run->rng() % 25; n > 0 && i < order.size(); --n) ops.emplace_back(order[i++], 0);
    run->WriteBatch(ops);
  }
  // Then a mix of re-writes (unchanged), changes, repeats within a batch and
  // forgets, with a consistency check and a reopen now and then.
  for (int round = 0; round < 80; ++round) {
    if (run->rng() % 4 == 0) {
      run->ForgetSome();
    } else {
      std::vector<std::pair<int, int>> ops;
      for (size_t n = 1 + run->rng() % 20; n > 0; --n) {
        int i = run->RandomDoc();
        switch (run->rng() % 3) {
          case 0:  // unchanged if present, new otherwise
            ops.emplace_back(i, run->model.count(i) ? run->model[i] : 0);
            break;
          case 1: ops.emplace_back(i, ++run->next_version[i]); break;
          default:  // twice in one batch
            ops.emplace_back(i, ++run->next_version[i]);
            ops.emplace_back(i, ++run->next_version[i]);
        }
      }
      run->WriteBatch(ops);
    }
    if (round % 40 == 39) {
      testing::RequireConsistent(*run->store);
      run->store.reset();
      run->store = testing::MustOpen(run->path, kNoSync);
    }
  }
}

std::string BulkDump(const std::string& path, const std::vector<DocumentFacts>& docs) {
  auto store = testing::MustOpen(path, kNoSync);
  auto loader = store->NewBulkLoader();  // spills and file splits: bulk_test.cpp
  REQUIRE(loader.ok());
  for (const auto& doc : docs) REQUIRE((*loader)->Add(doc).ok());
  REQUIRE((*loader)->Finish(nullptr).ok());
  testing::RequireConsistent(*store);
  return testing::DumpOf(*store);
}

TEST_SUITE("store.property") {
  TEST_CASE("random writes, changes and forgets end where a fresh build of the final documents does") {
    for (uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
      CAPTURE(seed);
      netra::testing::TempDir dir;
      Run run(seed, dir.path() / "db");
      Exercise(&run);
      testing::RequireConsistent(*run.store);
      std::string dump = testing::DumpOf(*run.store);
      std::vector<DocumentFacts> docs = run.FinalDocuments();
      CHECK(dump == testing::DumpBuiltFrom(dir.path() / "fresh", docs, kNoSync));
      CHECK(dump == BulkDump(dir.path() / "bulk", docs));
      auto counters = run.store->Counters();
      REQUIRE(counters.ok());
      CHECK(counters->documents == run.model.size());
    }
  }
}

}  // namespace
}  // namespace netra::store
