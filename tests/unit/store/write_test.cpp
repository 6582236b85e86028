#include <doctest/doctest.h>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using model::Term;
using testing::MakeDoc;
using testing::MakeFact;
using testing::MustOpen;
using testing::MustWrite;

const Term kKoimudin = Term::Entity("Person:koimudin");
const Term kPangkalpinang = Term::Entity("Region:16.73");

model::Fact Holds(const std::string& doc, uint32_t begin = 0) {
  return MakeFact(doc, kKoimudin, "position_in", kPangkalpinang, begin, begin + 10, "officials", 0.9f);
}
model::Triple HoldsTriple() { return {kKoimudin, Term::Entity("position_in"), kPangkalpinang}; }

uint64_t CountAll(const Store& store, std::optional<Term> s, std::optional<Term> p, std::optional<Term> o) {
  auto n = store.CountMatches(s, p, o);
  REQUIRE(n.ok());
  return *n;
}

TEST_SUITE("store.write") {
  TEST_CASE("support counts follow the documents that state a triple") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    MustWrite(store.get(),
              {MakeDoc("a", 1, {Holds("a")}), MakeDoc("b", 2, {Holds("b")}), MakeDoc("c", 3, {Holds("c")})});
    CHECK(*store->SupportCount(HoldsTriple()) == 3);
    CHECK(CountAll(*store, std::nullopt, std::nullopt, std::nullopt) == 1);

    WriteCounters counters;
    REQUIRE(store->Forget({"b"}, &counters).ok());
    CHECK(counters.docs_forgotten == 1);
    CHECK(counters.triples_removed == 0);
    CHECK(*store->SupportCount(HoldsTriple()) == 2);
    std::vector<model::Provenance> supports;
    REQUIRE(store->Supports(HoldsTriple(), &supports).ok());
    REQUIRE(supports.size() == 2);
    CHECK(supports[0].document == "a");
    CHECK(supports[1].document == "c");
    CHECK(supports[0].extractor == "officials");
    CHECK(supports[0].confidence == 0.9f);

    counters = {};
    REQUIRE(store->Forget({"a", "c"}, &counters).ok());
    CHECK(counters.triples_removed == 1);
    CHECK(*store->SupportCount(HoldsTriple()) == 0);
    // Gone from all three indexes: each is the one some pattern scans.
    CHECK(CountAll(*store, kKoimudin, std::nullopt, std::nullopt) == 0);                    // SPO
    CHECK(CountAll(*store, std::nullopt, Term::Entity("position_in"), std::nullopt) == 0);  // POS
    CHECK(CountAll(*store, std::nullopt, std::nullopt, kPangkalpinang) == 0);               // OSP
    CHECK(CountAll(*store, std::nullopt, std::nullopt, std::nullopt) == 0);
    auto counts = store->Counters();
    REQUIRE(counts.ok());
    CHECK(counts->documents == 0);
    CHECK(counts->triples == 0);
    CHECK(counts->supports == 0);
    testing::RequireConsistent(*store);
  }

  TEST_CASE("two documents of one batch sharing a triple give it two supports") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    WriteCounters counters;
    std::vector<DocOutcome> outcomes;
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a")}), MakeDoc("b", 2, {Holds("b")})}, &outcomes, &counters);
    CHECK(*store->SupportCount(HoldsTriple()) == 2);
    CHECK(counters.docs_new == 2);
    CHECK(counters.triples_added == 1);
    CHECK(outcomes == std::vector<DocOutcome>{DocOutcome::kNew, DocOutcome::kNew});
    testing::RequireConsistent(*store);
  }

  TEST_CASE("duplicate facts within a document add spans, not triples or documents") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a", 50), Holds("a", 0), Holds("a", 50)})});
    CHECK(*store->SupportCount(HoldsTriple()) == 1);
    CHECK(CountAll(*store, std::nullopt, std::nullopt, std::nullopt) == 1);
    std::vector<model::Provenance> supports;
    REQUIRE(store->Supports(HoldsTriple(), &supports).ok());
    REQUIRE(supports.size() == 3);
    CHECK(supports[0].begin == 0);  // sorted by span
    CHECK(supports[1].begin == 50);
    CHECK(supports[2].begin == 50);
  }

  TEST_CASE("a changed document replaces its facts and an unchanged one is left alone") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    model::Fact label = MakeFact("a", kPangkalpinang, "label", Term::String("Pangkalpinang"));
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a"), label}), MakeDoc("b", 2, {Holds("b")})});
    CHECK(*store->IsUnchanged("a", 1));
    CHECK_FALSE(*store->IsUnchanged("a", 9));
    CHECK_FALSE(*store->IsUnchanged("zzz", 1));

    std::vector<DocOutcome> outcomes;
    WriteCounters counters;
    model::Fact code = MakeFact("a", kPangkalpinang, "code", Term::String("16.73"));
    MustWrite(store.get(), {MakeDoc("a", 9, {code}), MakeDoc("b", 2, {})}, &outcomes, &counters);
    CHECK(outcomes == std::vector<DocOutcome>{DocOutcome::kChanged, DocOutcome::kUnchanged});
    CHECK(counters.docs_changed == 1);
    CHECK(counters.docs_unchanged == 1);
    CHECK(counters.triples_added == 1);    // code
    CHECK(counters.triples_removed == 1);  // label; holds keeps b's support
    CHECK(*store->SupportCount(HoldsTriple()) == 1);
    CHECK(*store->SupportCount(label.triple) == 0);
    CHECK(*store->SupportCount(code.triple) == 1);
    testing::RequireConsistent(*store);
  }

  TEST_CASE("the same document twice in one batch: the second wins") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    model::Fact label = MakeFact("a", kPangkalpinang, "label", Term::String("Pangkalpinang"));
    std::vector<DocOutcome> outcomes;
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a")}), MakeDoc("a", 2, {label}), MakeDoc("a", 2, {label})},
              &outcomes);
    CHECK(outcomes == std::vector<DocOutcome>{DocOutcome::kNew, DocOutcome::kChanged, DocOutcome::kUnchanged});
    CHECK(*store->SupportCount(HoldsTriple()) == 0);
    CHECK(*store->SupportCount(label.triple) == 1);
    CHECK(store->Counters()->documents == 1);
    testing::RequireConsistent(*store);
  }

  TEST_CASE("forgetting unknown documents reports them and still forgets the known ones") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a")}), MakeDoc("b", 2, {Holds("b")})});
    WriteCounters counters;
    Status s = store->Forget({"x", "a", "y", "a"}, &counters);
    CHECK(s.code() == StatusCode::kNotFound);
    CHECK(s.message().find("x, y") != std::string::npos);
    CHECK(counters.docs_forgotten == 1);
    CHECK(*store->SupportCount(HoldsTriple()) == 1);
    CHECK_FALSE(*store->IsUnchanged("a", 1));
    testing::RequireConsistent(*store);
  }

  TEST_CASE("a fact naming another document is refused and nothing is written") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    std::string before = testing::DumpOf(*store);
    Status s = store->WriteDocuments({MakeDoc("a", 1, {Holds("a")}), MakeDoc("b", 2, {Holds("a")})}, nullptr, nullptr);
    CHECK(s.code() == StatusCode::kInvalidArgument);
    s = store->WriteDocuments({MakeDoc("", 1, {})}, nullptr, nullptr);
    CHECK(s.code() == StatusCode::kInvalidArgument);
    CHECK(testing::DumpOf(*store) == before);
  }

  TEST_CASE("the store survives being closed and reopened") {
    netra::testing::TempDir dir;
    std::string path = dir.path() / "db";
    std::string dump;
    {
      auto store = MustOpen(path);
      MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a")}, "{\"url\":\"http://x\"}")});
      dump = testing::DumpOf(*store);
    }
    auto store = MustOpen(path);
    CHECK(testing::DumpOf(*store) == dump);
    CHECK(*store->IsUnchanged("a", 1));
    std::vector<DocOutcome> outcomes;
    MustWrite(store.get(), {MakeDoc("a", 1, {Holds("a")})}, &outcomes);
    CHECK(outcomes[0] == DocOutcome::kUnchanged);
  }
}

}  // namespace
}  // namespace netra::store
