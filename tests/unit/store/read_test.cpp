#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using model::Term;
using model::Triple;
using testing::Corpus;

// The corpus' distinct triples, as the store should hold them.
std::set<Triple> TriplesOf(const std::vector<DocumentFacts>& docs) {
  std::set<Triple> triples;
  for (const auto& doc : docs) {
    for (const auto& fact : doc.facts) triples.insert(fact.triple);
  }
  return triples;
}

TEST_SUITE("store.read") {
  TEST_CASE("Match answers every pattern like a filter over all triples") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    Corpus corpus(3, 20, 4);
    std::vector<DocumentFacts> docs;
    for (int i = 0; i < 60; ++i) docs.push_back(corpus.Doc(i, 0));
    testing::MustWrite(store.get(), docs);
    std::set<Triple> all = TriplesOf(docs);
    REQUIRE(all.size() > 50);

    std::vector<Triple> samples(all.begin(), all.end());
    for (size_t k = 0; k < samples.size(); k += 17) {
      const Triple& t = samples[k];
      for (int mask = 0; mask < 8; ++mask) {
        CAPTURE(mask);
        std::optional<Term> s, p, o;
        if (mask & 4) s = t.subject;
        if (mask & 2) p = t.predicate;
        if (mask & 1) o = t.object;
        std::set<Triple> expected;
        for (const Triple& x : all) {
          if ((!s || x.subject == *s) && (!p || x.predicate == *p) && (!o || x.object == *o)) expected.insert(x);
        }
        std::set<Triple> got;
        size_t calls = 0;
        REQUIRE(store
                    ->Match(s, p, o,
                            [&](const Triple& x) {
                              ++calls;
                              got.insert(x);
                              return true;
                            })
                    .ok());
        CHECK(calls == got.size());
        CHECK(got == expected);
        CHECK(*store->CountMatches(s, p, o) == expected.size());
        auto estimate = store->EstimateMatches(s, p, o);
        REQUIRE(estimate.ok());
        if (mask == 0 || mask == 7) CHECK(*estimate == expected.size());
      }
    }
    // Stopping early.
    size_t calls = 0;
    REQUIRE(store->Match(std::nullopt, std::nullopt, std::nullopt, [&](const Triple&) { return ++calls < 3; }).ok());
    CHECK(calls == 3);
    // A term the store does not have matches nothing.
    CHECK(*store->CountMatches(Term::Entity("Region:none"), std::nullopt, std::nullopt) == 0);
    CHECK(*store->EstimateMatches(Term::Entity("Region:none"), std::nullopt, std::nullopt) == 0);
  }

  TEST_CASE("estimates of large matches are in the right order of magnitude") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    std::vector<DocumentFacts> docs;
    for (int i = 0; i < 2000; ++i) {
      docs.push_back(
          testing::MakeDoc("d" + std::to_string(i), 1,
                           {testing::MakeFact("d" + std::to_string(i), Term::Entity("Person:" + std::to_string(i)),
                                              "cites", Term::Entity("Statute:UU/20/2023"))}));
    }
    testing::MustWrite(store.get(), docs);
    for (bool compacted : {false, true}) {
      CAPTURE(compacted);
      if (compacted) REQUIRE(store->Compact().ok());
      auto estimate = store->EstimateMatches(std::nullopt, Term::Entity("cites"), std::nullopt);
      REQUIRE(estimate.ok());
      CHECK(*estimate >= 500);
      CHECK(*estimate <= 8000);
    }
  }

  TEST_CASE("statistics count entities by type and triples by predicate") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    Term region = Term::Entity("Region:16.73");
    Term person = Term::Entity("Person:koimudin");
    testing::MustWrite(
        store.get(), {testing::MakeDoc("a", 1,
                                       {
                                           testing::MakeFact("a", person, "position_in", region),
                                           testing::MakeFact("a", region, "label", Term::String("Pangkalpinang")),
                                           testing::MakeFact("a", region, "label", Term::String("Pangkalpinang"), 5, 9),
                                       }),
                      testing::MakeDoc("b", 2, {testing::MakeFact("b", person, "position_in", region)})});
    auto stats = store->ComputeStats();
    REQUIRE(stats.ok());
    CHECK(stats->documents == 2);
    CHECK(stats->triples == 2);
    CHECK(stats->supports == 3);
    CHECK(stats->spans == 4);
    CHECK(stats->terms == 5);
    CHECK(stats->entities_by_type == std::map<std::string, uint64_t>{{"Person", 1}, {"Region", 1}});
    CHECK(stats->triples_by_predicate == std::map<std::string, uint64_t>{{"label", 1}, {"position_in", 1}});
    CHECK(stats->bytes_on_disk > 0);
  }

  TEST_CASE("documents are listed in id order with their hash and metadata") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    testing::MustWrite(store.get(), {testing::MakeDoc("b", 2, {}, "{\"x\":2}"), testing::MakeDoc("a", 1, {}, "{}")});
    std::vector<std::string> seen;
    REQUIRE(store
                ->ListDocuments([&](const std::string& id, uint64_t hash, const std::string& metadata) {
                  seen.push_back(id + "/" + std::to_string(hash) + "/" + metadata);
                  return true;
                })
                .ok());
    CHECK(seen == std::vector<std::string>{"a/1/{}", "b/2/{\"x\":2}"});
  }

  TEST_CASE("the dump is sorted by term and escapes what it prints") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    Term region = Term::Entity("Region:16.73");
    testing::MustWrite(
        store.get(),
        {testing::MakeDoc("a", 0x4d2,
                          {testing::MakeFact("a", region, "label", Term::String("say \"hi\"\n"), 1, 4, "regions", 0.9f),
                           testing::MakeFact("a", region, "code", Term::Integer(1673))},
                          "{\"u\":1}", std::string("a\nb"))});
    CHECK(testing::DumpOf(*store) ==
          "netra-store-dump 3\n"
          "counters documents=1 triples=2 supports=2\n"
          "triple <Region:16.73> <code> \"1673\"^^integer documents=1\n"
          "  support \"a\" [0,1) \"test\" 1\n"
          "triple <Region:16.73> <label> \"say \\\"hi\\\"\\n\" documents=1\n"
          "  support \"a\" [1,4) \"regions\" 0.899999976\n"
          "document \"a\" hash=00000000000004d2 triples=2 metadata=\"{\\\"u\\\":1}\" text=3:e03cf0510cba8732\n");
  }
}

}  // namespace
}  // namespace netra::store
