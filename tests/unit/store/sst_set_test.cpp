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

Status WriteSet(const std::string& dir, const std::vector<DocumentFacts>& docs, const BulkOptions& options = {}) {
  auto loader = BulkLoader::WriteSstSet(dir, options);
  if (!loader.ok()) return loader.status();
  for (const DocumentFacts& doc : docs) NETRA_RETURN_IF_ERROR((*loader)->Add(doc));
  return (*loader)->Finish(nullptr);
}

// Documents first..last-1 of `corpus`, in `version`.
std::vector<DocumentFacts> Docs(const Corpus& corpus, int first, int last, int version = 0) {
  std::vector<DocumentFacts> docs;
  for (int i = first; i < last; ++i) docs.push_back(corpus.Doc(i, version));
  return docs;
}

Status WriteSet(const std::string& dir, const Corpus& corpus, int n, const BulkOptions& options = {}) {
  return WriteSet(dir, Docs(corpus, 0, n), options);
}

void Rewrite(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::trunc) << text; }

TEST_SUITE("store") {
  TEST_CASE("an SST set ingested into an empty store dumps like ordinary writes") {
    netra::testing::TempDir dir;
    Corpus corpus(21, 50, 7);
    auto plain = testing::MustOpen(dir.path() / "plain");
    for (int i = 0; i < 120; ++i) testing::MustWrite(plain.get(), {corpus.Doc(i, 0)});
    // Tiny budgets: many spilled runs and several files per column family.
    const std::string set = dir.path() / "set";
    REQUIRE(
        WriteSet(set, corpus, 120, BulkOptions{.memory_budget_bytes = 64 << 10, .target_file_bytes = 16 << 10}).ok());
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

  TEST_CASE("several SST sets, one per part of a corpus, ingested at once dump like ordinary writes") {
    netra::testing::TempDir dir;
    Corpus corpus(24, 40, 6);  // few entities: the parts share terms and triples
    auto plain = testing::MustOpen(dir.path() / "plain");
    testing::MustWrite(plain.get(), Docs(corpus, 0, 120));
    // Tiny files: several per column family, read one after the other.
    const BulkOptions tiny{.memory_budget_bytes = 32 << 10, .target_file_bytes = 8 << 10};
    std::vector<std::string> sets;
    for (int part = 0; part < 3; ++part) {
      sets.push_back(dir.path() / ("part" + std::to_string(part)));
      REQUIRE(WriteSet(sets.back(), Docs(corpus, part * 40, part * 40 + 40), tiny).ok());
    }
    sets.push_back(dir.path() / "empty");  // a part without documents
    REQUIRE(WriteSet(sets.back(), std::vector<DocumentFacts>{}).ok());
    auto store = testing::MustOpen(dir.path() / "merged");
    WriteCounters c;
    Status s = store->IngestSstSets(sets, &c);
    REQUIRE_MESSAGE(s.ok(), s.message());
    CHECK(c.docs_new == 120);
    CHECK(testing::DumpOf(*store) == testing::DumpOf(*plain));
    testing::RequireConsistent(*store);
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "merged")) {
      CHECK(e.path().filename().string().rfind("bulk.tmp.", 0) != 0);  // the merged set is gone
    }
    CHECK(store->IngestSstSets(sets, nullptr).code() == StatusCode::kInvalidArgument);  // no longer empty
  }

  TEST_CASE("a document in several SST sets keeps the last set's version, as a later version wins in ingest") {
    netra::testing::TempDir dir;
    Corpus corpus(25, 60, 5);
    // Part a: documents 0-29. Part b: 20-29 changed, 30-49 new, and 5 again
    // unchanged. Part c: 25 changed once more.
    std::vector<DocumentFacts> a = Docs(corpus, 0, 30), b = Docs(corpus, 20, 30, 1), c = {corpus.Doc(25, 2)};
    for (DocumentFacts& doc : Docs(corpus, 30, 50)) b.push_back(std::move(doc));
    b.push_back(corpus.Doc(5, 0));
    auto plain = testing::MustOpen(dir.path() / "plain");
    for (const auto* part : {&a, &b, &c}) testing::MustWrite(plain.get(), *part);
    std::vector<std::string> sets = {dir.path() / "a", dir.path() / "b", dir.path() / "c"};
    REQUIRE(WriteSet(sets[0], a).ok());
    REQUIRE(WriteSet(sets[1], b).ok());
    REQUIRE(WriteSet(sets[2], c).ok());
    auto store = testing::MustOpen(dir.path() / "merged");
    Status s = store->IngestSstSets(sets, nullptr);
    REQUIRE_MESSAGE(s.ok(), s.message());
    CHECK(store->Counters()->documents == 50);
    CHECK(testing::DumpOf(*store) == testing::DumpOf(*plain));
    testing::RequireConsistent(*store);
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
