// The regions of regions-citing-laws' actors, and the statutes of cited
// articles, read from the membership predicates' index keys.
#include "query/canned/membership.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "graph_fixture.h"

namespace netra::query {
namespace {

using model::Term;
using testing::GraphFixture;

store::TermId Id(const std::string& entity) { return store::Store::IdOf(Term::Entity(entity)); }

// The fixture, plus: a document about 35.73 and about an event (which is no
// region); an organisation that holds a position (only people hold
// positions that count); a person of two positions in two regions, one of
// them twice; an article of two statutes.
struct MembershipFixture : GraphFixture {
  MembershipFixture() {
    auto E = [](const std::string& id) { return Term::Entity(id); };
    Docs docs;
    docs.Add("d5", E("Document:d5"), "about", E("Region:35.73"));
    docs.Add("d5", E("Document:d5"), "about", E("Event:deklarasi/2024-08-12/16.08"));
    docs.Add("d6", E("Organization:odd"), "holds_position", E("Position:sekda@16.73"));
    docs.Add("d7", E("Person:dua"), "holds_position", E("Position:sekda@16.73"));
    docs.Add("d7", E("Person:dua"), "holds_position", E("Position:pj@35.73"));
    docs.Add("d7", E("Person:dua"), "holds_position", E("Position:wakil@35.73"));
    docs.Add("d7", E("Position:wakil@35.73"), "position_in", E("Region:35.73"));
    docs.Add("d8", E("StatuteArticle:X/1"), "part_of", E("Statute:UU/20/2023"));
    docs.Add("d8", E("StatuteArticle:X/1"), "part_of", E("Statute:PP/94/2021"));
    Write(docs);
  }
};

std::vector<store::TermId> Sorted(std::vector<store::TermId> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST_SUITE("query.membership") {
  TEST_CASE("an actor's kind is the type of its id") {
    CHECK(KindOf("Person:rahmat@16.73") == ActorKind::kPerson);
    CHECK(KindOf("Event:apel/2024-10-08/16.73") == ActorKind::kEvent);
    CHECK(KindOf("Organization:bawaslu@16.08") == ActorKind::kOrganization);
    CHECK(KindOf("Document:d5") == ActorKind::kDocument);
    CHECK(KindOf("Statute:UU/20/2023") == ActorKind::kOther);
    CHECK(KindOf("Personal:x") == ActorKind::kOther);
  }

  TEST_CASE("each kind of actor belongs to regions its own way, and only its own way") {
    MembershipFixture f;
    std::vector<store::TermId> actors = {Id("Person:rahmat@16.73"),
                                         Id("Event:deklarasi/2024-08-12/16.08"),
                                         Id("Organization:bawaslu@16.08"),
                                         Id("Document:d5"),
                                         Id("Organization:odd"),
                                         Id("Person:dua"),
                                         Id("Person:nobody"),
                                         Id("Statute:UU/20/2023")};
    std::vector<ActorKind> kinds = {ActorKind::kPerson,   ActorKind::kEvent,        ActorKind::kOrganization,
                                    ActorKind::kDocument, ActorKind::kOrganization, ActorKind::kPerson,
                                    ActorKind::kPerson,   ActorKind::kOther};
    for (size_t threads : {1, 2, 5}) {
      CAPTURE(threads);
      auto m = Membership::Load(f.store(), actors, kinds, threads);
      INFO(m.status().ToString());
      REQUIRE(m.ok());
      auto regions = [&](size_t k) {
        std::span<const store::TermId> r = m->RegionsOf(k);
        return std::vector<store::TermId>(r.begin(), r.end());
      };
      CHECK(regions(0) == std::vector<store::TermId>{Id("Region:16.73")});
      CHECK(regions(1) == std::vector<store::TermId>{Id("Region:16.08")});
      CHECK(regions(2) == std::vector<store::TermId>{Id("Region:16.08")});
      CHECK(regions(3) == std::vector<store::TermId>{Id("Region:35.73")});    // not the event
      CHECK(regions(4).empty());                                              // holds a position, but no person
      CHECK(regions(5) == Sorted({Id("Region:16.73"), Id("Region:35.73")}));  // 35.73 once
      CHECK(regions(6).empty());                                              // in no store
      CHECK(regions(7).empty());
    }
  }

  TEST_CASE("only the predicates the kinds present need are read") {
    MembershipFixture f;
    // An event alone: `holds_position` is not read, and the person of the
    // list, taken for an event, has no region.
    auto m = Membership::Load(f.store(), {Id("Person:rahmat@16.73"), Id("Event:apel/2024-10-08/16.73")},
                              {ActorKind::kEvent, ActorKind::kEvent}, 0);
    REQUIRE(m.ok());
    CHECK(m->RegionsOf(0).empty());
    REQUIRE(m->RegionsOf(1).size() == 1);
    CHECK(m->RegionsOf(1)[0] == Id("Region:16.73"));
    auto none = Membership::Load(f.store(), {}, {}, 0);
    REQUIRE(none.ok());
  }

  TEST_CASE("an article's statutes, in id order; an article of none has none") {
    MembershipFixture f;
    auto statutes = StatutesOfArticles(f.store(), {Id("StatuteArticle:none"), Id("StatuteArticle:X/1")});
    INFO(statutes.status().ToString());
    REQUIRE(statutes.ok());
    REQUIRE(statutes->size() == 2);
    CHECK((*statutes)[0].empty());
    CHECK((*statutes)[1] == Sorted({Id("Statute:UU/20/2023"), Id("Statute:PP/94/2021")}));
  }
}

}  // namespace
}  // namespace netra::query
