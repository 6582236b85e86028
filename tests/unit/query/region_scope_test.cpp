// "In region" and the look-up rules of issue 16 on the hand-made store of
// graph_fixture.h (Region:16 with 16.73 and 16.08 part_of it).
#include "query/region_scope.h"

#include <doctest/doctest.h>

#include "graph_fixture.h"
#include "query/entity_lookup.h"
#include "query/fold.h"

namespace netra::query {
namespace {

using testing::GraphFixture;
using Ids = std::set<std::string>;

// Knows one alias and one misspelling, as the cli's gazetteer would.
class FakeNames : public KnownNames {
 public:
  std::vector<std::string> Regions(std::string_view text) const override {
    return FoldKey(text) == "okut" ? std::vector<std::string>{"Region:16.08"} : std::vector<std::string>{};
  }
  std::vector<std::string> NearRegions(std::string_view text) const override {
    return FoldKey(text) == "sumatra selatan" ? std::vector<std::string>{"Region:16"} : std::vector<std::string>{};
  }
  std::string Statute(std::string_view text) const override {
    return FoldKey(text) == "undang undang nomor 20 tahun 2023" ? "Statute:UU/20/2023" : "";
  }
};

}  // namespace

TEST_SUITE("query.region_scope") {
  TEST_CASE("a province holds its kabupaten and kota; without subregions only itself") {
    GraphFixture f;
    CHECK(*RegionsWithin(f.store(), "Region:16", true) == Ids{"Region:16", "Region:16.08", "Region:16.73"});
    CHECK(*RegionsWithin(f.store(), "Region:16", false) == Ids{"Region:16"});
    CHECK(*RegionsWithin(f.store(), "Region:16.73", true) == Ids{"Region:16.73"});
  }

  TEST_CASE("a region's entities: what is anchored there and what it points at") {
    GraphFixture f;
    Ids in = *EntitiesOfRegions(f.store(), {"Region:16.73"});
    for (const char* id : {"Region:16.73", "Position:sekda@16.73", "Person:rahmat@16.73", "Event:apel/2024-10-08/16.73",
                           "Statute:UU/20/2023"}) {
      CHECK_MESSAGE(in.count(id) == 1, id);
    }
    CHECK(in.count("Person:sumarno@16.08") == 0);
    CHECK(in.count("Statute:PP/94/2021") == 0);  // cited in 16.08 only
  }

  TEST_CASE("near misses: edit distance counts a swap as one edit") {
    CHECK(EditDistance("persn", "person") == 1);
    CHECK(EditDistance("qurey", "query") == 1);
    CHECK(NearMisses("Persn", {"Region", "Person", "Statute"}) == std::vector<std::string>{"Person"});
    CHECK(NearMisses("xyz", {"Region", "Person"}).empty());
  }

  TEST_CASE("look-up: the schema's aliases and statute names, a label before a title, a near miss last") {
    GraphFixture f;
    FakeNames names;
    LookupOptions o;
    o.known = &names;
    CHECK(*ResolveEntity(f.store(), "OKUT", o) == "Region:16.08");
    CHECK(*ResolveEntity(f.store(), "Sumatra Selatan", o) == "Region:16");
    CHECK(*ResolveEntity(f.store(), "Undang-Undang Nomor 20 Tahun 2023", o) == "Statute:UU/20/2023");
    // Without the schema's names, none of these is known.
    CHECK_FALSE(ResolveEntity(f.store(), "OKUT").ok());
    CHECK_FALSE(ResolveEntity(f.store(), "Sumatra Selatan").ok());
  }

  TEST_CASE("a regional act named without its region: every one of that number, or those of `within`") {
    GraphFixture f;
    using model::Term;
    GraphFixture::Docs docs;
    for (const char* region : {"32.71", "32.01"}) {
      std::string id = std::string("Statute:PERKADA/5/2023@") + region;
      docs.Add("d9", Term::Entity(id), "statute_type", Term::String("PERKADA"));
      docs.Add("d9", Term::Entity(id), "label", Term::String(std::string("PERKADA 5/2023 ") + region));
    }
    f.Write(docs);
    auto both = ResolveEntity(f.store(), "PERKADA 5/2023");
    REQUIRE_FALSE(both.ok());
    CHECK(both.status().message().find("ambiguous") != std::string::npos);
    CHECK(both.status().message().find("Statute:PERKADA/5/2023@32.01") != std::string::npos);
    CHECK(both.status().message().find("Statute:PERKADA/5/2023@32.71") != std::string::npos);
    LookupOptions o;
    o.within = {"Region:32.71"};
    CHECK(*ResolveEntity(f.store(), "PERKADA 5/2023", o) == "Statute:PERKADA/5/2023@32.71");
  }

  TEST_CASE("a name in an entity's label beats the same words in a document's title") {
    GraphFixture f;
    using model::Term;
    GraphFixture::Docs docs;
    docs.Add("d9", Term::Entity("Document:d9"), "label", Term::String("Rahmat Hidayat Pimpin Apel"));
    f.Write(docs);
    CHECK(*ResolveEntity(f.store(), "Rahmat") == "Person:rahmat@16.73");
    CHECK(*ResolveEntity(f.store(), "Pimpin Apel") == "Document:d9");
  }
}

}  // namespace netra::query
