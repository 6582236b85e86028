// The per-document bound of extract::ToFacts (docs/limits.md).
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <tuple>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

using TripleKey = std::tuple<std::string, std::string, std::string>;

std::map<TripleKey, int> PlacesPerFact(const pipeline::ProcessedDocument& p) {
  std::map<TripleKey, int> places;
  for (const model::Fact& f : p.facts) {
    ++places[{f.triple.subject.value, f.triple.predicate.value, f.triple.object.value}];
  }
  return places;
}

std::string Repeat(const std::string& unit, size_t times) {
  std::string out = "Daftar\n\n";
  for (size_t i = 0; i < times; ++i) out += unit;
  return out + "\n";
}

}  // namespace

TEST_SUITE("extract.fact_bound") {
  TEST_CASE("an article keeps every place of every fact") {
    auto p = testing::ProcessText(Repeat("Bupati Bogor mengutip UU 5/2014 tentang ASN. ", 12));
    CHECK(p.facts_dropped == 0);
    CHECK(PlacesPerFact(p)[{"Statute:UU/5/2014", "label", "UU 5/2014"}] == 12);
  }

  TEST_CASE("a long document keeps 8 places of a fact past 1024 facts, and counts the rest") {
    auto p = testing::ProcessText(Repeat("UU 5/2014 dan PP 94/2021. ", 20000));
    CHECK(p.facts_dropped > 0);
    REQUIRE(p.facts.size() > 1024);
    // Past the 1024th fact, a fact is kept only as one of its first 8 places.
    std::map<TripleKey, int> seen;
    for (size_t i = 0; i < p.facts.size(); ++i) {
      const model::Triple& t = p.facts[i].triple;
      int places = ++seen[{t.subject.value, t.predicate.value, t.object.value}];
      if (i >= 1024) CHECK(places <= 8);
    }
    CHECK(p.facts.size() + p.facts_dropped > 20000 * 10);
  }

  TEST_CASE("distinct facts stop at one per 16 bytes of text, at least 4096") {
    // Each citation names another statute: distinct facts, never repeated.
    std::string text = "Daftar\n\n";
    for (int i = 1; text.size() < 200000; ++i) text += "UU " + std::to_string(i) + "/2020, ";
    auto p = testing::ProcessText(text + "\n");
    CHECK(p.facts_dropped > 0);
    CHECK(p.facts.size() == std::max<size_t>(4096, p.doc.text.size() / 16));
  }
}

}  // namespace netra::extract
