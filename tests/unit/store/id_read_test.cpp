// The id-level reads: MatchIds against Match, batch decoding, supports of
// many triples at once.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using model::Term;
using model::Triple;
using testing::Corpus;

// A store written from a shared-vocabulary corpus (so triples have several
// supports), and the corpus.
struct Fixture {
  netra::testing::TempDir dir;
  std::unique_ptr<Store> store;
  std::vector<DocumentFacts> docs;

  Fixture() {
    store = testing::MustOpen(dir.path() / "db");
    Corpus corpus(11, 24, 5);
    for (int i = 0; i < 80; ++i) docs.push_back(corpus.Doc(i, 0));
    testing::MustWrite(store.get(), docs);
  }

  std::vector<Triple> AllTriples() const {
    std::vector<Triple> all;
    REQUIRE(store
                ->Match(std::nullopt, std::nullopt, std::nullopt,
                        [&](const Triple& t) {
                          all.push_back(t);
                          return true;
                        })
                .ok());
    return all;
  }

  TripleIds IdsOf(const Triple& t) const {
    return {Store::IdOf(t.subject), Store::IdOf(t.predicate), Store::IdOf(t.object)};
  }
};

TEST_SUITE("store.ids") {
  TEST_CASE("MatchIds yields what Match yields, in the same order, for every pattern shape") {
    Fixture f;
    std::vector<Triple> all = f.AllTriples();
    REQUIRE(all.size() > 60);
    for (size_t k = 0; k < all.size(); k += 7) {
      const Triple& t = all[k];
      for (int mask = 0; mask < 8; ++mask) {
        CAPTURE(mask);
        std::optional<Term> s, p, o;
        std::optional<TermId> sid, pid, oid;
        if (mask & 4) s = t.subject, sid = Store::IdOf(t.subject);
        if (mask & 2) p = t.predicate, pid = Store::IdOf(t.predicate);
        if (mask & 1) o = t.object, oid = Store::IdOf(t.object);
        std::vector<TripleIds> expected, got;
        REQUIRE(f.store
                    ->Match(s, p, o,
                            [&](const Triple& x) {
                              expected.push_back(f.IdsOf(x));
                              return true;
                            })
                    .ok());
        REQUIRE(f.store
                    ->MatchIds(sid, pid, oid,
                               [&](const TripleIds& x) {
                                 got.push_back(x);
                                 return true;
                               })
                    .ok());
        CHECK(got == expected);
        CHECK(!got.empty());
      }
    }
    // Stopping early.
    size_t calls = 0;
    REQUIRE(f.store->MatchIds(std::nullopt, std::nullopt, std::nullopt, [&](const TripleIds&) { return ++calls < 4; })
                .ok());
    CHECK(calls == 4);
    // An id the store does not hold matches nothing.
    calls = 0;
    REQUIRE(f.store
                ->MatchIds(Store::IdOf(Term::Entity("Region:none")), std::nullopt, std::nullopt,
                           [&](const TripleIds&) { return ++calls > 0; })
                .ok());
    CHECK(calls == 0);
  }

  TEST_CASE("FindId knows the terms the store holds; IdOf needs no store") {
    Fixture f;
    const Triple& t = f.docs[0].facts[0].triple;
    auto id = f.store->FindId(t.subject);
    REQUIRE(id.ok());
    REQUIRE(id->has_value());
    CHECK(**id == Store::IdOf(t.subject));
    auto none = f.store->FindId(Term::Entity("Region:none"));
    REQUIRE(none.ok());
    CHECK(!none->has_value());
    // The kind is part of the term: the string "x" and the entity x differ.
    CHECK(Store::IdOf(Term::String("x")) != Store::IdOf(Term::Entity("x")));
  }

  TEST_CASE("DecodeTerms round-trips ids in the order given, duplicates included") {
    Fixture f;
    std::vector<Term> terms;
    for (const Triple& t : f.AllTriples()) {
      terms.push_back(t.object);
      terms.push_back(t.subject);
      terms.push_back(t.predicate);
    }
    std::vector<TermId> ids;
    for (const Term& t : terms) ids.push_back(Store::IdOf(t));
    std::vector<Term> decoded;
    REQUIRE(f.store->DecodeTerms(ids, &decoded).ok());
    CHECK(decoded == terms);
    // Small batches too (a seek per id), and the empty one.
    std::vector<TermId> two = {ids[5], ids[0]};
    REQUIRE(f.store->DecodeTerms(two, &decoded).ok());
    CHECK(decoded == std::vector<Term>{terms[5], terms[0]});
    REQUIRE(f.store->DecodeTerms({}, &decoded).ok());
    CHECK(decoded.empty());
  }

  TEST_CASE("DecodeTerms reports an id the dictionary lacks as NotFound") {
    Fixture f;
    TermId known = Store::IdOf(f.docs[0].facts[0].triple.subject);
    TermId unknown = Store::IdOf(Term::Entity("Region:none"));
    std::vector<Term> decoded;
    // A few ids are read one by one, a batch in one sorted pass: both report it.
    for (size_t known_copies : {1, 100}) {
      CAPTURE(known_copies);
      std::vector<TermId> ids(known_copies, known);
      ids.push_back(unknown);
      Status s = f.store->DecodeTerms(ids, &decoded);
      CHECK(s.code() == StatusCode::kNotFound);
      CHECK(s.message().find(std::to_string(unknown)) != std::string::npos);
    }
  }

  TEST_CASE("SupportingDocuments lists each triple's documents like Supports") {
    Fixture f;
    std::vector<Triple> all = f.AllTriples();
    // Every other triple, in reverse (not SPO) order, one twice, and one the
    // store does not hold.
    std::vector<Triple> asked;
    for (size_t i = all.size(); i-- > 0;) {
      if (i % 2 == 0) asked.push_back(all[i]);
    }
    asked.push_back(asked[3]);
    asked.push_back({Term::Entity("Region:none"), Term::Entity("p0"), Term::Entity("Region:none")});
    std::vector<TripleIds> ids;
    for (const Triple& t : asked) ids.push_back(f.IdsOf(t));
    std::map<size_t, std::vector<std::string>> got;
    REQUIRE(f.store->SupportingDocuments(ids, [&](size_t i, std::string_view doc) { got[i].emplace_back(doc); }).ok());
    size_t with_several = 0;
    for (size_t i = 0; i < asked.size(); ++i) {
      CAPTURE(i);
      std::vector<model::Provenance> provs;
      REQUIRE(f.store->Supports(asked[i], &provs).ok());
      std::vector<std::string> expected;
      for (const auto& p : provs) {
        if (expected.empty() || expected.back() != p.document) expected.push_back(p.document);
      }
      CHECK(got[i] == expected);
      with_several += expected.size() > 1;
    }
    CHECK(got[asked.size() - 2] == got[3]);
    CHECK(got[asked.size() - 1].empty());
    CHECK(with_several > 0);
  }

  TEST_CASE("MatchIdsByObjects: ranges of objects that cover all ids yield what MatchIds yields") {
    Fixture f;
    std::vector<Triple> all = f.AllTriples();
    const TermId predicate = Store::IdOf(all[all.size() / 3].predicate);
    std::vector<TripleIds> expected;
    REQUIRE(f.store
                ->MatchIds(std::nullopt, predicate, std::nullopt,
                           [&](const TripleIds& t) {
                             expected.push_back(t);
                             return true;
                           })
                .ok());
    REQUIRE(expected.size() > 3);
    for (int parts : {1, 2, 3, 7}) {
      CAPTURE(parts);
      std::vector<TripleIds> got;
      uint64_t step = UINT64_MAX / parts;
      for (int i = 0; i < parts; ++i) {
        std::optional<TermId> end;
        if (i + 1 < parts) end = step * (i + 1);
        REQUIRE(f.store
                    ->MatchIdsByObjects(predicate, step * i, end,
                                        [&](const TripleIds& t) {
                                          CHECK(t.o >= step * i);
                                          if (end) CHECK(t.o < *end);
                                          got.push_back(t);
                                          return true;
                                        })
                    .ok());
      }
      CHECK(got == expected);
    }
    // An empty range, and one that starts at the middle object.
    size_t calls = 0;
    REQUIRE(f.store->MatchIdsByObjects(predicate, 5, TermId{5}, [&](const TripleIds&) { return ++calls > 0; }).ok());
    CHECK(calls == 0);
    const TermId middle = expected[expected.size() / 2].o;
    std::vector<TripleIds> tail;
    REQUIRE(f.store
                ->MatchIdsByObjects(predicate, middle, std::nullopt,
                                    [&](const TripleIds& t) {
                                      tail.push_back(t);
                                      return true;
                                    })
                .ok());
    std::vector<TripleIds> expected_tail;
    for (const TripleIds& t : expected) {
      if (t.o >= middle) expected_tail.push_back(t);
    }
    CHECK(tail == expected_tail);
  }

  TEST_CASE("SupportsOfPredicate: ranges of subjects that cover all ids yield every support of the predicate") {
    Fixture f;
    std::vector<Triple> all = f.AllTriples();
    const Term predicate = all[all.size() / 2].predicate;
    const TermId p = Store::IdOf(predicate);
    // Expected: the predicate's triples by subject id, then object id, each
    // triple's documents as Supports lists them.
    std::vector<Triple> triples;
    for (const Triple& t : all) {
      if (t.predicate == predicate) triples.push_back(t);
    }
    REQUIRE(triples.size() > 3);
    std::sort(triples.begin(), triples.end(),
              [&](const Triple& a, const Triple& b) { return ProvenanceOrderLess(f.IdsOf(a), f.IdsOf(b)); });
    using Call = std::tuple<TermId, TermId, std::string>;  // (subject, object, document)
    std::vector<Call> expected;
    size_t with_several = 0;
    for (const Triple& triple : triples) {
      std::vector<model::Provenance> provs;
      REQUIRE(f.store->Supports(triple, &provs).ok());
      size_t docs = 0;
      for (const auto& prov : provs) {
        if (docs == 0 || std::get<2>(expected.back()) != prov.document) {
          expected.emplace_back(f.IdsOf(triple).s, f.IdsOf(triple).o, prov.document);
          ++docs;
        }
      }
      with_several += docs > 1;
    }
    CHECK(with_several > 0);
    for (int parts : {1, 2, 3, 7}) {
      CAPTURE(parts);
      std::vector<Call> got;
      uint64_t step = UINT64_MAX / parts;
      for (int i = 0; i < parts; ++i) {
        std::optional<TermId> end;
        if (i + 1 < parts) end = step * (i + 1);
        REQUIRE(f.store
                    ->SupportsOfPredicate(p, step * i, end,
                                          [&](const TripleIds& t, std::string_view doc) {
                                            CHECK(t.p == p);
                                            CHECK(t.s >= step * i);
                                            if (end) CHECK(t.s < *end);
                                            got.emplace_back(t.s, t.o, std::string(doc));
                                          })
                    .ok());
      }
      CHECK(got == expected);
    }
    // An empty range, one that starts at the middle subject, and a
    // predicate the store does not hold.
    size_t calls = 0;
    auto count = [&](const TripleIds&, std::string_view) { ++calls; };
    REQUIRE(f.store->SupportsOfPredicate(p, 5, TermId{5}, count).ok());
    REQUIRE(f.store->SupportsOfPredicate(Store::IdOf(Term::Entity("no_such_predicate")), 0, std::nullopt, count).ok());
    CHECK(calls == 0);
    const TermId middle = std::get<0>(expected[expected.size() / 2]);
    std::vector<Call> tail, expected_tail;
    REQUIRE(f.store
                ->SupportsOfPredicate(
                    p, middle, std::nullopt,
                    [&](const TripleIds& t, std::string_view doc) { tail.emplace_back(t.s, t.o, std::string(doc)); })
                .ok());
    for (const Call& c : expected) {
      if (std::get<0>(c) >= middle) expected_tail.push_back(c);
    }
    CHECK(tail == expected_tail);
  }

  TEST_CASE("MatchIdsBySubjects yields each subject's MatchIds(s, p, ?), subjects in id order, repeats included") {
    Fixture f;
    std::vector<Triple> all = f.AllTriples();
    const Term predicate = all[all.size() / 3].predicate;
    const TermId p = Store::IdOf(predicate);
    std::vector<TermId> subjects;
    for (const Triple& t : all) {
      TermId s = Store::IdOf(t.subject);
      if (std::find(subjects.begin(), subjects.end(), s) == subjects.end()) subjects.push_back(s);
    }
    std::reverse(subjects.begin(), subjects.end());
    subjects.push_back(Store::IdOf(Term::Entity("Region:none")));
    subjects.push_back(subjects[0]);  // given twice
    REQUIRE(subjects.size() > 4);
    auto expected_of = [&](TermId s, bool first_only) {
      std::vector<std::pair<size_t, TripleIds>> out;
      REQUIRE(f.store
                  ->MatchIds(s, p, std::nullopt,
                             [&](const TripleIds& t) {
                               out.emplace_back(0, t);
                               return !first_only;
                             })
                  .ok());
      return out;
    };
    for (bool first_only : {false, true}) {
      CAPTURE(first_only);
      std::vector<std::pair<size_t, TripleIds>> got;
      REQUIRE(f.store
                  ->MatchIdsBySubjects(subjects, p,
                                       [&](size_t k, const TripleIds& t) {
                                         got.emplace_back(k, t);
                                         return !first_only;
                                       })
                  .ok());
      std::vector<size_t> order(subjects.size());
      for (size_t k = 0; k < order.size(); ++k) order[k] = k;
      std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return subjects[a] < subjects[b]; });
      std::vector<std::pair<size_t, TripleIds>> expected;
      size_t with_triples = 0;
      for (size_t k : order) {
        auto mine = expected_of(subjects[k], first_only);
        with_triples += !mine.empty();
        for (auto& [index, t] : mine) expected.emplace_back(k, t);
      }
      CHECK(with_triples > 2);
      // The two visits of the repeated subject may come in either order.
      auto key = [](const std::pair<size_t, TripleIds>& x) { return std::make_tuple(x.second.s, x.second.o, x.first); };
      auto sorted = [&](std::vector<std::pair<size_t, TripleIds>> v) {
        std::stable_sort(v.begin(), v.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
        return v;
      };
      CHECK(sorted(got) == sorted(expected));
      std::vector<TermId> got_subjects, expected_subjects;
      for (auto& [k, t] : got) got_subjects.push_back(t.s);
      for (auto& [k, t] : expected) expected_subjects.push_back(t.s);
      CHECK(got_subjects == expected_subjects);  // subjects in id order
    }
  }
}

}  // namespace
}  // namespace netra::store
