// The bulk loader's external sort (store/sst_sorter_internal.h): whatever
// the keys' lengths and shared prefixes, and however the records are cut
// into runs, Merge yields each distinct key once, in bytewise order, and
// reports a key given twice with different values.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "store/sst_sorter_internal.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

// Keys built to stress the sort index: empty, shorter than, exactly and
// longer than its 16-byte head, zero bytes (which the head's padding
// resembles), and long shared prefixes that only the tail tells apart.
std::string RandomKey(std::mt19937_64& rng) {
  static const std::string kPrefixes[] = {"", std::string(16, 'p'), std::string(15, 'p'), std::string(8, '\0'),
                                          std::string(24, 'x')};
  std::string key = kPrefixes[rng() % 5];
  size_t extra = rng() % 20;
  for (size_t i = 0; i < extra; ++i) key.push_back(static_cast<char>(rng() % 3 == 0 ? 0 : rng() % 256));
  return key;
}

struct Collected {
  std::vector<std::pair<std::string, std::string>> pairs;
  int conflicts = 0;
};

Status RecordConflict(Collected* c) {
  ++c->conflicts;
  return Status::Ok();
}

}  // namespace

TEST_CASE("RunSorter merges runs and its buffer into distinct keys in bytewise order") {
  for (int spills : {0, 1, 4}) {
    CAPTURE(spills);
    testing::TempDir dir;
    Collected got;
    RunSorter sorter(dir.path().string(), "t",
                     [&](std::string_view, std::string_view, std::string_view) { return RecordConflict(&got); });
    std::mt19937_64 rng(42 + spills);
    std::map<std::string, std::string> expected;
    const int records = 5000;
    for (int i = 0; i < records; ++i) {
      std::string key = RandomKey(rng);
      // A repeated key comes back with its first value: the same record
      // given twice (as a term used by two documents) is no conflict.
      auto [it, inserted] = expected.emplace(key, "v" + std::to_string(key.size()) + key);
      sorter.Add(key, it->second);
      if (spills > 0 && (i + 1) % (records / spills) == 0) {
        RunSorter::PendingRun run = sorter.Detach();
        REQUIRE(run.Write().ok());
      }
    }
    REQUIRE(sorter
                .Merge([&](std::string_view k, std::string_view v) {
                  got.pairs.emplace_back(std::string(k), std::string(v));
                  return Status::Ok();
                })
                .ok());
    CHECK(got.conflicts == 0);
    std::vector<std::pair<std::string, std::string>> want(expected.begin(), expected.end());
    CHECK(got.pairs == want);
  }
}

TEST_CASE("RunSorter reports a key given twice with different values, in a run and across runs") {
  for (bool across_runs : {false, true}) {
    CAPTURE(across_runs);
    testing::TempDir dir;
    std::vector<std::string> seen;
    RunSorter sorter(dir.path().string(), "t", [&](std::string_view key, std::string_view a, std::string_view b) {
      seen = {std::string(key), std::string(a), std::string(b)};
      return Status::Corruption("conflict");
    });
    sorter.Add("same key, longer than sixteen bytes", "one");
    sorter.Add("other", "x");
    if (across_runs) REQUIRE(sorter.Detach().Write().ok());
    sorter.Add("same key, longer than sixteen bytes", "two");
    Status merged = sorter.Merge([](std::string_view, std::string_view) { return Status::Ok(); });
    CHECK(merged.code() == StatusCode::kCorruption);
    CHECK(seen == std::vector<std::string>{"same key, longer than sixteen bytes", "one", "two"});
  }
}

TEST_CASE("RunBuffer counts the memory it holds") {
  RunBuffer buffer;
  CHECK(buffer.bytes() == 0);
  buffer.Add("k", "v");
  uint64_t one = buffer.bytes();
  CHECK(one >= sizeof(RunBuffer::Entry) + 2);
  // A record larger than a block gets a block of its own, counted whole.
  std::string big(9 << 20, 'b');
  buffer.Add("big", big);
  CHECK(buffer.bytes() >= one + big.size());
  buffer.Sort();
  REQUIRE(buffer.entries().size() == 2);
  CHECK(buffer.entries()[0].key() == "big");
  CHECK(buffer.entries()[0].value().size() == big.size());
  CHECK(buffer.entries()[1].value() == "v");
}

}  // namespace netra::store
