// Crash safety: a writer process SIGKILLed at random moments must leave a
// store in which every document is wholly present (in one of its versions)
// or wholly absent, and re-running the ingestion must complete it to exactly
// what an uninterrupted run produces.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>
#include <thread>

#include "store/store.h"
#include "store_test_util.h"
#include "temp_dir.h"

namespace netra::store {
namespace {

using testing::Corpus;
using testing::CrashCorpus;

constexpr int kCrashDocs = 5000;

// Writes corpus documents 0..n-1 in batches of 1 to 40. Seed 0 is the
// canonical run: every document in version 0, in order, nothing forgotten.
// Any other seed shuffles, picks random versions and forgets now and then.
// Writes 'r' to ready_fd (if >= 0) after the first commit, then, if go_fd
// >= 0, waits (up to a minute) for a byte on it before writing on.
void IngestCorpus(Store* store, int n, uint64_t seed, int ready_fd, int go_fd) {
  const Corpus& corpus = CrashCorpus();
  std::mt19937_64 rng(seed);
  std::vector<int> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  if (seed != 0) std::shuffle(order.begin(), order.end(), rng);
  bool signalled = false;
  for (size_t i = 0; i < order.size();) {
    std::vector<DocumentFacts> batch;
    for (size_t size = 1 + rng() % 40; size > 0 && i < order.size(); --size, ++i) {
      batch.push_back(corpus.Doc(order[i], seed == 0 ? 0 : static_cast<int>(rng() % 3)));
    }
    testing::MustWrite(store, batch);
    if (!signalled && ready_fd >= 0) {
      REQUIRE(write(ready_fd, "r", 1) == 1);
      signalled = true;
      if (go_fd >= 0) REQUIRE(testing::ReadByte(go_fd, 60000) == 'g');
    }
    if (seed != 0 && rng() % 8 == 0) {
      std::vector<std::string> ids;
      for (size_t k = 1 + rng() % 5; k > 0; --k) ids.push_back(Corpus::DocId(static_cast<int>(rng() % n)));
      Status s = store->Forget(ids, nullptr);
      REQUIRE((s.ok() || s.code() == StatusCode::kNotFound));
    }
  }
}

// The child: runs IngestCorpus on the store named by the environment.
TEST_CASE(testing::kIngestChild* doctest::skip()) {
  const char* dir = std::getenv(testing::kEnvDir);
  if (dir == nullptr) return;  // not started by a parent test
  uint64_t seed = std::strtoull(std::getenv(testing::kEnvSeed), nullptr, 10);
  int docs = std::atoi(std::getenv(testing::kEnvDocs));
  int ready_fd = std::atoi(std::getenv(testing::kEnvReadyFd));
  const char* go = std::getenv(testing::kEnvGoFd);
  auto store = testing::MustOpen(dir);
  IngestCorpus(store.get(), docs, seed, ready_fd, go != nullptr ? std::atoi(go) : -1);
}

pid_t SpawnIngest(const std::string& dir, uint64_t seed, int ready_fd) {
  return testing::SpawnSelf(
      testing::kIngestChild,
      {std::string(testing::kEnvDir) + "=" + dir, std::string(testing::kEnvSeed) + "=" + std::to_string(seed),
       std::string(testing::kEnvDocs) + "=" + std::to_string(kCrashDocs),
       std::string(testing::kEnvReadyFd) + "=" + std::to_string(ready_fd)});
}

// SIGKILLs the child unless it already finished; -SIGKILL if it was killed,
// else its exit code.
int KillOrReap(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  kill(pid, SIGKILL);
  return testing::WaitChild(pid);
}

// The store must hold exactly the documents it lists, each complete in the
// version its hash names: a store built from scratch from those documents
// must dump identically.
void CheckEveryDocumentWhole(const std::string& dir, const std::string& scratch) {
  const Corpus& corpus = CrashCorpus();
  auto store = testing::MustOpen(dir);
  testing::RequireConsistent(*store);
  std::vector<std::pair<std::string, uint64_t>> listed;
  REQUIRE(store
              ->ListDocuments([&](const std::string& id, uint64_t hash, const std::string&) {
                listed.emplace_back(id, hash);
                return true;
              })
              .ok());
  std::vector<DocumentFacts> present;
  for (const auto& entry : listed) {
    // Named, not a structured binding: INFO's lambda cannot take one under clang 14.
    const std::string& id = entry.first;
    const uint64_t hash = entry.second;
    int i = std::stoi(id.substr(4));  // "doc-<i>"
    int version = -1;
    for (int v = 0; v < 3; ++v) {
      if (corpus.Hash(i, v) == hash) version = v;
    }
    INFO("document ", id, " has a hash of no version");
    REQUIRE(version >= 0);
    present.push_back(corpus.Doc(i, version));
  }
  std::string actual = testing::DumpOf(*store);
  store.reset();
  CHECK(actual == testing::DumpBuiltFrom(scratch, present));
  MESSAGE(listed.size(), " documents present after the kill");
}

TEST_SUITE("store.crash") {
  TEST_CASE("a writer killed at random moments leaves every document whole, and a re-run completes it") {
    netra::testing::TempDir dir;
    const std::string path = dir.path() / "db";
    std::string reference;
    {
      auto ref = testing::MustOpen(dir.path() / "reference");
      IngestCorpus(ref.get(), kCrashDocs, 0, -1, -1);
      reference = testing::DumpOf(*ref);
    }
    std::mt19937_64 rng(2024);
    int kills = 0;
    for (int attempt = 1; kills < 6 && attempt <= 20; ++attempt) {
      int fds[2];
      REQUIRE(pipe(fds) == 0);
      pid_t pid = SpawnIngest(path, static_cast<uint64_t>(attempt), fds[1]);
      close(fds[1]);
      char ready = testing::ReadByte(fds[0], 60000);
      close(fds[0]);
      REQUIRE(ready == 'r');
      std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 400));
      int result = KillOrReap(pid);
      if (result == -SIGKILL) {
        ++kills;
      } else {
        REQUIRE(result == 0);  // finished before the kill: fine, but not a kill
      }
      CheckEveryDocumentWhole(path, dir.path() / ("expected-" + std::to_string(attempt)));
    }
    REQUIRE(kills >= 5);

    pid_t pid = SpawnIngest(path, 0, -1);
    REQUIRE(testing::WaitChild(pid) == 0);
    auto store = testing::MustOpen(path);
    testing::RequireConsistent(*store);
    CHECK(testing::DumpOf(*store) == reference);
  }
}

}  // namespace
}  // namespace netra::store
