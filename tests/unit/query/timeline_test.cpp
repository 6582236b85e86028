// The timeline of a region on the hand-made store (graph_fixture.h), worked
// out by hand.
#include "query/timeline.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "graph_fixture.h"

namespace netra::query {
namespace {

using testing::GraphFixture;
using V = std::vector<std::string>;

std::vector<std::string> Column(const Value& rows, const std::string& col) {
  std::vector<std::string> out;
  for (const Value& r : rows.items()) {
    const Value* v = r.Get(col);
    out.push_back(v == nullptr || v->is_null() ? "null" : v->ToText());
  }
  return out;
}

Value Must(Result<Value> r) {
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

TEST_SUITE("query.timeline") {
  TEST_CASE("timeline: a province's events and citations in date order, undated last") {
    GraphFixture f;
    Value rows = Must(Timeline(f.store(), "Region:16", {}));
    CHECK(Column(rows, "date") == V{"2024-08-12", "2024-08-12", "2024-08-12", "2024-10-08", "2024-10-09", "null"});
    CHECK(Column(rows, "what") == V{"citation", "citation", "event", "event", "citation", "citation"});
    CHECK(Column(rows, "who") ==
          V{"Sumarno André", "Sumarno André", "null", "Rahmat Hidayat", "Rahmat Hidayat", "Bawaslu OKU Timur"});
    TimelineOptions later;
    later.from = "2024-09-01";
    CHECK(Must(Timeline(f.store(), "Region:16", later)).items().size() == 2);
  }
}

}  // namespace
}  // namespace netra::query
