// ProcessPool hands results back in submission order, whatever the number
// of workers, and a Render function's output comes back with its document.
#include "pipeline/process_pool.h"

#include <doctest/doctest.h>

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

// What the caller saw for each document, in the order it took them.
std::vector<std::string> RunPool(int workers, const ProcessPool::Render& render) {
  ProcessPool pool(testing::TestResources(), workers, render);
  std::vector<std::string> seen;
  auto take = [&] {
    ProcessPool::Done done = pool.TakeNext();
    if (!done.processed.ok()) {
      seen.push_back(done.source + " failed: " + done.rendered);
      return;
    }
    seen.push_back(render ? done.rendered : done.processed->doc.id + " " + done.processed->doc.title);
    pool.Recycle(std::move(done.rendered));
  };
  for (int i = 0; i < 40; ++i) {
    while (pool.in_flight() >= pool.capacity()) take();
    std::string id = "d" + std::to_string(i);
    // Every seventh document is not UTF-8: it fails in the text layer.
    pool.Submit(Doc(id, i % 7 == 3 ? "Judul\n\nTeks \xC3 rusak.\n" : "Judul " + id + "\n\nBupati Sleman hadir.\n"));
  }
  while (pool.in_flight() > 0) take();
  return seen;
}

TEST_SUITE("pipeline.process_pool") {
  TEST_CASE("results come back in submission order, failures in their place, for any number of workers") {
    ProcessPool::Render render = [](const ProcessedDocument& p, std::string* out) {
      *out += p.doc.id + " " + p.doc.title + " facts:" + std::to_string(p.facts.size());
    };
    std::vector<std::string> inline_run = RunPool(0, render);
    REQUIRE(inline_run.size() == 40);
    CHECK(inline_run[0].rfind("d0 Judul d0 facts:", 0) == 0);
    CHECK(inline_run[3] == "d3.txt failed: ");
    CHECK(inline_run[39].rfind("d39 Judul d39 facts:", 0) == 0);
    CHECK(RunPool(2, render) == inline_run);
    CHECK(RunPool(3, render) == inline_run);
  }

  TEST_CASE("without a Render function the processed document itself comes back") {
    std::vector<std::string> seen = RunPool(2, nullptr);
    REQUIRE(seen.size() == 40);
    CHECK(seen[1] == "d1 Judul d1");
    CHECK(seen[10] == "d10.txt failed: ");
    CHECK(seen == RunPool(0, nullptr));
  }

  TEST_CASE("a recycled buffer is cleared before a document is rendered into it") {
    ProcessPool pool(testing::TestResources(), 0, [](const ProcessedDocument& p, std::string* out) {
      *out += p.doc.id;
    });
    pool.Submit(Doc("first", "Judul\n\nTeks pertama.\n"));
    ProcessPool::Done first = pool.TakeNext();
    CHECK(first.rendered == "first");
    pool.Recycle(std::string(1000, 'x'));
    pool.Submit(Doc("second", "Judul\n\nTeks kedua.\n"));
    CHECK(pool.TakeNext().rendered == "second");
  }
}

}  // namespace
}  // namespace netra::pipeline
