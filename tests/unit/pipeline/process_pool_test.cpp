// ProcessPool hands results back in submission order, whatever the number
// of threads, and a Render function's output comes back with its document.
#include "pipeline/process_pool.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "support/extract_fixture.h"

namespace netra::pipeline {
namespace {

model::Document Doc(const std::string& id, const std::string& text) {
  model::Document doc;
  doc.id = id;
  doc.source = id + ".txt";
  doc.text = text;
  return doc;
}

// What the caller saw for each document, in the order it took them, with
// `threads` threads (the caller's included) and `count` documents.
std::vector<std::string> RunPool(int threads, const ProcessPool::Render& render, int count = 40) {
  ProcessPool pool(testing::TestResources(), threads, render);
  std::vector<std::string> seen;
  auto take = [&] {
    ProcessPool::Done done = pool.TakeNext();
    if (!done.processed.ok()) {
      seen.push_back(done.source + " failed");
      return;
    }
    seen.push_back(done.processed->doc.id + " " + done.processed->doc.title);
  };
  auto take_batch = [&] {
    std::unique_ptr<ProcessPool::Batch> batch = pool.TakeBatch();
    for (size_t i = 0; i < batch->docs.size(); ++i) {
      const ProcessPool::Done& done = batch->docs[i];
      seen.push_back(done.processed.ok() ? std::string(batch->Rendered(i)) : done.source + " failed");
    }
    pool.Recycle(std::move(batch));
  };
  for (int i = 0; i < count; ++i) {
    while (pool.Full()) render ? take_batch() : take();
    std::string id = "d" + std::to_string(i);
    // Every seventh document is not UTF-8: it fails in the text layer.
    pool.Submit(Doc(id, i % 7 == 3 ? "Judul\n\nTeks \xC3 rusak.\n" : "Judul " + id + "\n\nBupati Sleman hadir.\n"));
  }
  while (pool.in_flight() > 0) render ? take_batch() : take();
  return seen;
}

TEST_SUITE("pipeline.process_pool") {
  TEST_CASE("results come back in submission order, failures in their place, for any number of threads") {
    ProcessPool::Render render = [](const ProcessedDocument& p, std::string* out) {
      *out += p.doc.id + " " + p.doc.title + " facts:" + std::to_string(p.facts.size());
    };
    std::vector<std::string> alone = RunPool(1, render);
    REQUIRE(alone.size() == 40);
    CHECK(alone[0].rfind("d0 Judul d0 facts:", 0) == 0);
    CHECK(alone[3] == "d3.txt failed");
    CHECK(alone[39].rfind("d39 Judul d39 facts:", 0) == 0);
    CHECK(RunPool(2, render) == alone);
    CHECK(RunPool(3, render) == alone);
  }

  TEST_CASE("many batches: the caller processes some itself, order still holds") {
    // 1,000 documents are many batches (64 documents a batch at most), more
    // than are let ahead of the caller: it must take results while reading.
    ProcessPool::Render render = [](const ProcessedDocument& p, std::string* out) { *out += p.doc.id; };
    std::vector<std::string> alone = RunPool(1, render, 1000);
    REQUIRE(alone.size() == 1000);
    CHECK(alone[999] == "d999");
    CHECK(alone[997] == "d997.txt failed");  // 997 % 7 == 3
    CHECK(RunPool(2, render, 1000) == alone);
    CHECK(RunPool(4, render, 1000) == alone);
    CHECK(RunPool(2, nullptr, 1000) == RunPool(1, nullptr, 1000));
  }

  TEST_CASE("without a Render function the processed document itself comes back") {
    std::vector<std::string> seen = RunPool(2, nullptr);
    REQUIRE(seen.size() == 40);
    CHECK(seen[1] == "d1 Judul d1");
    CHECK(seen[10] == "d10.txt failed");
    CHECK(seen == RunPool(1, nullptr));
  }

  TEST_CASE("a recycled batch is cleared before documents are rendered into it") {
    ProcessPool pool(testing::TestResources(), 1,
                     [](const ProcessedDocument& p, std::string* out) { *out += p.doc.id; });
    pool.Submit(Doc("first", "Judul\n\nTeks pertama.\n"));
    pool.Submit(Doc("bad", "Judul\n\nTeks \xC3 rusak.\n"));
    pool.Submit(Doc("third", "Judul\n\nTeks ketiga.\n"));
    std::unique_ptr<ProcessPool::Batch> batch = pool.TakeBatch();
    REQUIRE(batch->docs.size() == 3);
    CHECK(batch->rendered == "firstthird");
    CHECK(batch->Rendered(0) == "first");
    CHECK(batch->Rendered(1).empty());
    CHECK_FALSE(batch->docs[1].processed.ok());
    CHECK(batch->Rendered(2) == "third");
    CHECK(pool.in_flight() == 0);
    pool.Recycle(std::move(batch));
    pool.Submit(Doc("second", "Judul\n\nTeks kedua.\n"));
    batch = pool.TakeBatch();
    CHECK(batch->rendered == "second");
    CHECK(batch->Rendered(0) == "second");
  }
}

}  // namespace
}  // namespace netra::pipeline
