// What `netra serve` relies on in a reader: it can tell that a writer
// committed without refreshing (so that each request keeps the version it
// started with), and its scans stop once the thread's deadline has passed.
#include <doctest/doctest.h>

#include <chrono>

#include "core/deadline.h"
#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using model::Term;

DocumentFacts SmallDoc(const std::string& id, uint64_t hash) {
  return testing::MakeDoc(id, hash, {testing::MakeFact(id, Term::Entity("Region:16.73"), "label", Term::String(id))});
}

TEST_SUITE("store.views") {
  TEST_CASE("MayHaveChanged tells a reader of a write and leaves its view as it was") {
    netra::testing::TempDir dir;
    std::string path = dir.path() / "db";
    auto writer = testing::MustOpen(path);
    testing::MustWrite(writer.get(), {SmallDoc("a", 1)});
    auto reader = testing::MustOpen(path, OpenOptions{.read_only = true});
    CHECK_FALSE(reader->MayHaveChanged());
    testing::MustWrite(writer.get(), {SmallDoc("b", 2)});
    CHECK(reader->MayHaveChanged());
    CHECK(reader->Counters()->documents == 1);  // the view it had, until refreshed
    CHECK(reader->MayHaveChanged());
    auto fresh = testing::MustOpen(path, OpenOptions{.read_only = true});
    CHECK(fresh->Counters()->documents == 2);
    CHECK_FALSE(fresh->MayHaveChanged());
    CHECK_FALSE(writer->MayHaveChanged());  // a writer always reads its latest commit
  }

  TEST_CASE("a scan stops with DeadlineExceeded once the thread's deadline has passed, and only then") {
    netra::testing::TempDir dir;
    auto store = testing::MustOpen(dir.path() / "db");
    testing::MustWrite(store.get(), {SmallDoc("a", 1), SmallDoc("b", 2)});
    auto count = [&] {
      size_t n = 0;
      Status s = store->Match(std::nullopt, std::nullopt, std::nullopt, [&](const model::Triple&) {
        ++n;
        return true;
      });
      return std::make_pair(s, n);
    };
    CHECK(count().first.ok());
    {
      ScopedDeadline passed(std::chrono::steady_clock::now() - std::chrono::seconds(1));
      auto [s, n] = count();
      CHECK(s.code() == StatusCode::kDeadlineExceeded);
      CHECK(n == 0);
      CHECK(store->MatchIds(std::nullopt, std::nullopt, std::nullopt, [](const TripleIds&) { return true; }).code() ==
            StatusCode::kDeadlineExceeded);
      {
        ScopedDeadline later(std::chrono::steady_clock::now() + std::chrono::hours(1));
        CHECK(CheckDeadline().code() == StatusCode::kDeadlineExceeded);  // the earlier deadline stays in force
      }
    }
    auto [s, n] = count();  // the deadline ended with its scope
    CHECK(s.ok());
    CHECK(n > 0);
    ScopedDeadline far(std::chrono::steady_clock::now() + std::chrono::hours(1));
    CHECK(count().first.ok());
  }
}

}  // namespace
}  // namespace netra::store
