#include <doctest/doctest.h>

#include "store/store.h"
#include "store/term_hash.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using model::Term;

// Every string literal gets id 42; other terms a simple FNV-1a hash.
uint64_t CollidingHasher(std::string_view encoded) {
  if (!encoded.empty() && encoded[0] == static_cast<char>(model::TermKind::kString)) return 42;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : encoded) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Installs the colliding hasher for one test, whatever happens in it.
struct CollidingHasherScope {
  CollidingHasherScope() { SetTermHasherForTesting(&CollidingHasher); }
  ~CollidingHasherScope() { SetTermHasherForTesting(nullptr); }
};

DocumentFacts Labelled(const std::string& doc, const std::string& label) {
  return testing::MakeDoc(doc, 1, {testing::MakeFact(doc, Term::Entity("Region:16.73"), "label", Term::String(label))});
}

TEST_SUITE("store.dictionary") {
  TEST_CASE("two terms with one id are refused at write, in a later batch or the same one") {
    CollidingHasherScope scope;
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    testing::MustWrite(store.get(), {Labelled("a", "Pangkalpinang")});
    std::string before = testing::DumpOf(*store);

    Status s = store->WriteDocuments({Labelled("b", "Bangka")}, nullptr, nullptr);
    CHECK(s.code() == StatusCode::kCorruption);
    CHECK(s.message().find("\"Bangka\"") != std::string::npos);
    CHECK(s.message().find("\"Pangkalpinang\"") != std::string::npos);

    s = store->WriteDocuments({Labelled("c", "x"), Labelled("d", "y")}, nullptr, nullptr);
    CHECK(s.code() == StatusCode::kCorruption);
    CHECK(testing::DumpOf(*store) == before);  // nothing of either batch was written

    // Reading a colliding term finds nothing, not the other term's triples.
    CHECK(*store->CountMatches(std::nullopt, std::nullopt, Term::String("Bangka")) == 0);
    CHECK(*store->CountMatches(std::nullopt, std::nullopt, Term::String("Pangkalpinang")) == 1);
  }

  TEST_CASE("the bulk loader detects collisions within the load and against the store") {
    CollidingHasherScope scope;
    netra::testing::TempDir dir;
    SUBCASE("within one buffer") {
      auto store = testing::MustOpen(dir.path() / "db");
      auto loader = store->NewBulkLoader();
      REQUIRE(loader.ok());
      REQUIRE((*loader)->Add(Labelled("a", "one")).ok());
      // Caught when the second term arrives, before anything is sorted.
      CHECK((*loader)->Add(Labelled("b", "two")).code() == StatusCode::kCorruption);
      CHECK_FALSE((*loader)->Finish(nullptr).ok());
      loader->reset();
      CHECK(store->Counters()->documents == 0);
    }
    SUBCASE("across spilled runs") {
      auto store = testing::MustOpen(dir.path() / "db");
      auto loader = store->NewBulkLoader(BulkOptions{.memory_budget_bytes = 1});  // spill after each document
      REQUIRE(loader.ok());
      REQUIRE((*loader)->Add(Labelled("a", "one")).ok());
      // Caught when the second term arrives, before anything is sorted.
      CHECK((*loader)->Add(Labelled("b", "two")).code() == StatusCode::kCorruption);
      CHECK_FALSE((*loader)->Finish(nullptr).ok());
    }
    SUBCASE("against the store") {
      auto store = testing::MustOpen(dir.path() / "db");
      testing::MustWrite(store.get(), {Labelled("a", "one")});
      auto loader = store->NewBulkLoader();
      REQUIRE(loader.ok());
      REQUIRE((*loader)->Add(Labelled("b", "two")).ok());
      CHECK((*loader)->Finish(nullptr).code() == StatusCode::kCorruption);
      loader->reset();
      CHECK(store->Counters()->documents == 1);
      testing::RequireConsistent(*store);
    }
  }
}

}  // namespace
}  // namespace netra::store
