#include <doctest/doctest.h>

#include <filesystem>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using testing::Corpus;

std::vector<DocumentFacts> CorpusDocs(const Corpus& corpus, int from, int to) {
  std::vector<DocumentFacts> docs;
  for (int i = from; i < to; ++i) docs.push_back(corpus.Doc(i, 0));
  return docs;
}

void WriteInBatches(Store* store, const std::vector<DocumentFacts>& docs, size_t batch) {
  for (size_t i = 0; i < docs.size(); i += batch) {
    std::vector<DocumentFacts> part(docs.begin() + static_cast<ptrdiff_t>(i),
                                    docs.begin() + static_cast<ptrdiff_t>(std::min(docs.size(), i + batch)));
    testing::MustWrite(store, part);
  }
}

// Small buffers and files, so that the load spills many runs and writes
// several SST files per column family.
constexpr BulkOptions kTiny{.memory_budget_bytes = 256 << 10, .target_file_bytes = 64 << 10};

size_t CountSstFiles(const std::string& dir) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) n += entry.path().extension() == ".sst";
  return n;
}

bool HasBulkTemp(const std::string& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("bulk.tmp.", 0) == 0) return true;
  }
  return false;
}

TEST_SUITE("store.bulk") {
  TEST_CASE("a bulk load dumps byte-identically to ordinary writes of the same documents") {
    netra::testing::TempDir dir;
    Corpus corpus(9, 60, 8);
    std::vector<DocumentFacts> docs = CorpusDocs(corpus, 0, 3000);
    auto ordinary = testing::MustOpen(dir.path() / "ordinary");
    WriteInBatches(ordinary.get(), docs, 100);

    auto bulk = testing::MustOpen(dir.path() / "bulk");
    auto loader = bulk->NewBulkLoader(kTiny);
    REQUIRE(loader.ok());
    for (const auto& doc : docs) REQUIRE((*loader)->Add(doc).ok());
    REQUIRE((*loader)->Add(docs[7]).ok());  // again, same hash: unchanged
    WriteCounters counters;
    REQUIRE((*loader)->Finish(&counters).ok());
    loader->reset();
    CHECK(counters.docs_new == 3000);
    CHECK(counters.docs_unchanged == 1);
    CHECK(counters.triples_added == ordinary->Counters()->triples);
    CHECK_FALSE(HasBulkTemp(dir.path() / "bulk"));
    CHECK(CountSstFiles(dir.path() / "bulk") > 8);  // 7 ingested column families + the creation flush, and splits

    testing::RequireConsistent(*bulk);
    CHECK(testing::DumpOf(*bulk) == testing::DumpOf(*ordinary));

    // The bulk-built store takes ordinary changes like any other.
    std::vector<DocumentFacts> changes = {corpus.Doc(5, 1), corpus.Doc(6, 2)};
    testing::MustWrite(ordinary.get(), changes);
    testing::MustWrite(bulk.get(), changes);
    REQUIRE(bulk->Forget({Corpus::DocId(9)}, nullptr).ok());
    REQUIRE(ordinary->Forget({Corpus::DocId(9)}, nullptr).ok());
    CHECK(testing::DumpOf(*bulk) == testing::DumpOf(*ordinary));
  }

  TEST_CASE("the bulk loader's threads do not change the store it builds") {
    // Runs are written in the background and the column families merged at
    // once; with one thread everything runs in turn. The stores must match.
    netra::testing::TempDir dir;
    Corpus corpus(12, 50, 7);
    std::vector<DocumentFacts> docs = CorpusDocs(corpus, 0, 1500);
    std::vector<std::string> dumps;
    for (int threads : {1, 2, 5}) {
      auto store = testing::MustOpen(dir.path() / ("t" + std::to_string(threads)));
      BulkOptions options = kTiny;
      options.threads = threads;
      auto loader = store->NewBulkLoader(options);
      REQUIRE(loader.ok());
      for (const auto& doc : docs) REQUIRE((*loader)->Add(doc).ok());
      REQUIRE((*loader)->Finish(nullptr).ok());
      loader->reset();
      testing::RequireConsistent(*store);
      dumps.push_back(testing::DumpOf(*store));
    }
    CHECK(dumps[0] == dumps[1]);
    CHECK(dumps[0] == dumps[2]);
  }

  TEST_CASE("a bulk load adds new documents to a store that has others") {
    netra::testing::TempDir dir;
    Corpus corpus(10, 40, 6);
    auto ordinary = testing::MustOpen(dir.path() / "ordinary");
    WriteInBatches(ordinary.get(), CorpusDocs(corpus, 0, 1000), 250);

    auto mixed = testing::MustOpen(dir.path() / "mixed");
    WriteInBatches(mixed.get(), CorpusDocs(corpus, 0, 500), 250);
    auto loader = mixed->NewBulkLoader(kTiny);
    REQUIRE(loader.ok());
    for (const auto& doc : CorpusDocs(corpus, 250, 1000)) REQUIRE((*loader)->Add(doc).ok());  // 250..499 stored
    WriteCounters counters;
    REQUIRE((*loader)->Finish(&counters).ok());
    CHECK(counters.docs_new == 500);
    CHECK(counters.docs_unchanged == 250);
    testing::RequireConsistent(*mixed);
    CHECK(testing::DumpOf(*mixed) == testing::DumpOf(*ordinary));
  }

  TEST_CASE("the bulk loader refuses changed documents") {
    netra::testing::TempDir dir;
    Corpus corpus(11, 10, 3);
    auto store = testing::MustOpen(dir.path() / "db");
    testing::MustWrite(store.get(), {corpus.Doc(1, 0)});
    auto loader = store->NewBulkLoader();
    REQUIRE(loader.ok());
    CHECK((*loader)->Add(corpus.Doc(1, 1)).code() == StatusCode::kInvalidArgument);  // stored, other hash
    REQUIRE((*loader)->Add(corpus.Doc(2, 0)).ok());
    CHECK((*loader)->Add(corpus.Doc(2, 1)).code() == StatusCode::kInvalidArgument);  // added, other hash
    DocumentFacts wrong = corpus.Doc(3, 0);
    wrong.facts.at(0).provenance.document = "elsewhere";
    CHECK((*loader)->Add(wrong).code() == StatusCode::kInvalidArgument);
    REQUIRE((*loader)->Finish(nullptr).ok());
    CHECK(*store->IsUnchanged(Corpus::DocId(2), corpus.Hash(2, 0)));
    CHECK(*store->IsUnchanged(Corpus::DocId(1), corpus.Hash(1, 0)));
    testing::RequireConsistent(*store);
  }

  TEST_CASE("an abandoned bulk load changes nothing, and writes wait only while it lives") {
    netra::testing::TempDir dir;
    Corpus corpus(12, 10, 3);
    std::string path = dir.path() / "db";
    auto store = testing::MustOpen(path);
    testing::MustWrite(store.get(), {corpus.Doc(1, 0)});
    std::string before = testing::DumpOf(*store);
    {
      auto loader = store->NewBulkLoader(kTiny);
      REQUIRE(loader.ok());
      for (int i = 2; i < 200; ++i) REQUIRE((*loader)->Add(corpus.Doc(i, 0)).ok());
      CHECK(store->WriteDocuments({corpus.Doc(300, 0)}, nullptr, nullptr).code() == StatusCode::kBusy);
      CHECK(store->Forget({Corpus::DocId(1)}, nullptr).code() == StatusCode::kBusy);
      CHECK(store->NewBulkLoader().status().code() == StatusCode::kBusy);
      CHECK(HasBulkTemp(path));
    }
    CHECK_FALSE(HasBulkTemp(path));
    CHECK(testing::DumpOf(*store) == before);
    testing::MustWrite(store.get(), {corpus.Doc(300, 0)});
  }
}

}  // namespace
}  // namespace netra::store
