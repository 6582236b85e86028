// SST sets (`netra sst` / `netra ingest --sst`): written without a store,
// ingested into an empty one, they dump like ordinary writes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using testing::Corpus;

Status WriteSet(const std::string& dir, const Corpus& corpus, int n, const BulkOptions& options = {}) {
  auto loader = BulkLoader::WriteSstSet(dir, options);
  if (!loader.ok()) return loader.status();
  for (int i = 0; i < n; ++i) NETRA_RETURN_IF_ERROR((*loader)->Add(corpus.Doc(i, 0)));
  return (*loader)->Finish(nullptr);
}

void Rewrite(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::trunc) << text;
}

TEST_SUITE("store") {
  TEST_CASE("an SST set ingested into an empty store dumps like ordinary writes") {
    netra::testing::TempDir dir;
    Corpus corpus(21, 50, 7);
    auto plain = testing::MustOpen(dir.path() / "plain");
    for (int i = 0; i < 120; ++i) testing::MustWrite(plain.get(), {corpus.Doc(i, 0)});
    // Tiny budgets: many spilled runs and several files per column family.
    const std::string set = dir.path() / "set";
    REQUIRE(WriteSet(set, corpus, 120, BulkOptions{.memory_budget_bytes = 64 << 10, .target_file_bytes = 16 << 10})
                .ok());
    for (const auto& e : std::filesystem::directory_iterator(set)) {
      CHECK(e.path().filename().string().rfind("bulk.tmp.", 0) != 0);  // runs are gone
    }
    for (const char* name : {"a", "b"}) {  // twice: the set stays whole
      auto store = testing::MustOpen(dir.path() / name);
      WriteCounters c;
      REQUIRE(store->IngestSstSet(set, &c).ok());
      CHECK(c.docs_new == 120);
      CHECK(testing::DumpOf(*store) == testing::DumpOf(*plain));
      testing::RequireConsistent(*store);
    }
  }

  TEST_CASE("an SST set is refused by a store with documents, and the store is left alone") {
    netra::testing::TempDir dir;
    Corpus corpus(22, 20, 4);
    const std::string set = dir.path() / "set";
    REQUIRE(WriteSet(set, corpus, 10).ok());
    auto store = testing::MustOpen(dir.path() / "db");
    testing::MustWrite(store.get(), {corpus.Doc(50, 0)});
    std::string before = testing::DumpOf(*store);
    Status s = store->IngestSstSet(set, nullptr);
    CHECK(s.code() == StatusCode::kInvalidArgument);
    CHECK(s.message().find("empty store") != std::string::npos);
    CHECK(testing::DumpOf(*store) == before);
  }

  TEST_CASE("SST set folders: not empty, not a set, a bad or newer manifest, a missing file") {
    netra::testing::TempDir dir;
    Corpus corpus(23, 20, 4);
    const std::string set = dir.path() / "set";
    REQUIRE(WriteSet(set, corpus, 5).ok());
    CHECK(BulkLoader::WriteSstSet(set).status().code() == StatusCode::kInvalidArgument);

    auto store = testing::MustOpen(dir.path() / "db");
    CHECK(store->IngestSstSet(dir.path() / "nowhere", nullptr).code() == StatusCode::kNotFound);

    std::string manifest = set + "/SST_SET", good;
    {
      std::ifstream in(manifest);
      good.assign(std::istreambuf_iterator<char>(in), {});
    }
    Rewrite(manifest, "netra-sst-set 9\n");
    CHECK(store->IngestSstSet(set, nullptr).code() == StatusCode::kUnsupported);
    Rewrite(manifest, "netra-sst-set 1\nstore_format 2\ndocuments x\n");
    Status bad = store->IngestSstSet(set, nullptr);
    CHECK(bad.code() == StatusCode::kBadInput);
    CHECK(bad.message().find("SST_SET:3") != std::string::npos);
    std::string other_format = good;
    other_format.replace(other_format.find("store_format 3"), 14, "store_format 7");
    Rewrite(manifest, other_format);
    CHECK(store->IngestSstSet(set, nullptr).code() == StatusCode::kUnsupported);
    Rewrite(manifest, good);
    std::filesystem::remove(set + "/pos.0.sst");
    CHECK(store->IngestSstSet(set, nullptr).code() == StatusCode::kNotFound);
    CHECK(store->Counters()->documents == 0);
    testing::RequireConsistent(*store);
  }
}

}  // namespace
}  // namespace netra::store
