// The documents' text (the `text` column family, format 3): written with the
// facts on every write path, replaced, dropped and forgotten with them, and
// absent, not an error, in a store of format 2.
#include <doctest/doctest.h>

#include <sstream>

#include "store/store.h"
#include "store/test_hooks.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {

namespace {

using model::Term;
using testing::MakeDoc;
using testing::MakeFact;
using testing::MustOpen;
using testing::MustWrite;

DocumentFacts TextDoc(const std::string& id, uint64_t hash, std::optional<std::string> text) {
  return MakeDoc(id, hash,
                 {MakeFact(id, Term::Entity("Region:16.73"), "label", Term::String("Kota Lubuk Linggau"), 0, 4)}, "{}",
                 std::move(text));
}

std::optional<std::string> TextOf(const Store& store, const std::string& id) {
  auto text = store.DocumentText(id);
  REQUIRE(text.ok());
  return *text;
}

}  // namespace

TEST_SUITE("store.text") {
  TEST_CASE("a document's text is stored with its facts, replaced when it changes and forgotten with it") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    CHECK(store->KeepsText());
    MustWrite(store.get(), {TextDoc("a", 1, "Kota Lubuk Linggau."), TextDoc("b", 1, std::nullopt)});
    CHECK(TextOf(*store, "a") == "Kota Lubuk Linggau.");
    CHECK_FALSE(TextOf(*store, "b").has_value());
    CHECK_FALSE(TextOf(*store, "nope").has_value());

    SUBCASE("a new version replaces it") {
      MustWrite(store.get(), {TextDoc("a", 2, "Kota Lubuk Linggau, Sumsel.")});
      CHECK(TextOf(*store, "a") == "Kota Lubuk Linggau, Sumsel.");
    }
    SUBCASE("a new version without text (a fact file) drops the old one, which its spans no longer fit") {
      MustWrite(store.get(), {TextDoc("a", 2, std::nullopt)});
      CHECK_FALSE(TextOf(*store, "a").has_value());
    }
    SUBCASE("forget removes it") {
      REQUIRE(store->Forget({"a"}, nullptr).ok());
      CHECK_FALSE(TextOf(*store, "a").has_value());
    }
    testing::RequireConsistent(*store);
  }

  TEST_CASE("the bulk loader stores the same text as WriteDocuments") {
    netra::testing::TempDir dir;
    auto ordinary = MustOpen(dir.path() / "ordinary");
    auto bulk = MustOpen(dir.path() / "bulk");
    auto loader = bulk->NewBulkLoader();
    REQUIRE(loader.ok());
    std::vector<DocumentFacts> docs;
    for (int i = 0; i < 40; ++i) {
      std::optional<std::string> text;
      if (i % 3 != 0) text = "artikel " + std::to_string(i) + std::string(static_cast<size_t>(i) * 100, 'x');
      docs.push_back(TextDoc("d" + std::to_string(i), 7, text));
      REQUIRE((*loader)->Add(docs.back()).ok());
    }
    REQUIRE((*loader)->Finish(nullptr).ok());
    MustWrite(ordinary.get(), docs);
    CHECK(testing::DumpOf(*bulk) == testing::DumpOf(*ordinary));
    CHECK(testing::DumpOf(*bulk).find(" text=none") != std::string::npos);
    CHECK(TextOf(*bulk, "d5") == docs[5].text);
    testing::RequireConsistent(*bulk);
  }

  TEST_CASE("a text kept for no document is an inconsistency") {
    netra::testing::TempDir dir;
    auto store = MustOpen(dir.path() / "db");
    REQUIRE(PutRawForTesting(store.get(), "text", "ghost", std::string("boo")).ok());
    Status s = store->CheckConsistency();
    CHECK(s.code() == StatusCode::kCorruption);
    CHECK(s.message().find("ghost") != std::string::npos);
  }

  TEST_CASE("a store of format 2 opens without text; a writer adds the family and marks it format 3") {
    netra::testing::TempDir dir;
    std::string path = dir.path() / "db";
    {
      auto store = MustOpen(path);
      MustWrite(store.get(), {TextDoc("old", 1, "lost with format 2")});
      REQUIRE(MakeFormat2ForTesting(store.get()).ok());
    }
    {
      auto reader = MustOpen(path, OpenOptions{.read_only = true});
      CHECK_FALSE(reader->KeepsText());
      CHECK_FALSE(TextOf(*reader, "old").has_value());
      CHECK(testing::DumpOf(*reader).find("document \"old\"") != std::string::npos);
      testing::RequireConsistent(*reader);
    }
    {
      auto writer = MustOpen(path);
      CHECK(writer->KeepsText());
      CHECK_FALSE(TextOf(*writer, "old").has_value());
      MustWrite(writer.get(), {TextDoc("new", 1, "kept")});
      CHECK(TextOf(*writer, "new") == "kept");
      testing::RequireConsistent(*writer);
    }
    auto reader = MustOpen(path, OpenOptions{.read_only = true});
    CHECK(reader->KeepsText());
    CHECK(TextOf(*reader, "new") == "kept");
  }
}

}  // namespace netra::store
