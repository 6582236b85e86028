// Helpers for the store tests: fact builders, a seeded random corpus with a
// small vocabulary (so documents share triples), dumps, and re-running this
// test binary as a child process (for crash and two-process tests).
#pragma once

#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "store/store.h"

namespace netra::store::testing {

inline model::Fact MakeFact(const std::string& doc, model::Term s, const std::string& p, model::Term o,
                            uint32_t begin = 0, uint32_t end = 1, const std::string& extractor = "test",
                            float confidence = 1.0f) {
  return model::Fact{model::Triple{std::move(s), model::Term::Entity(p), std::move(o)},
                     model::Provenance{doc, begin, end, extractor, confidence}};
}

inline DocumentFacts MakeDoc(const std::string& id, uint64_t hash, std::vector<model::Fact> facts,
                             std::string metadata = "", std::optional<std::string> text = std::nullopt) {
  return DocumentFacts{id, hash, std::move(metadata), std::move(facts), std::move(text)};
}

inline std::unique_ptr<Store> MustOpen(const std::string& dir, const OpenOptions& options = {}) {
  auto store = Store::Open(dir, options);
  INFO(store.status().ToString());
  REQUIRE(store.ok());
  return std::move(store).value();
}

inline void MustWrite(Store* store, const std::vector<DocumentFacts>& docs, std::vector<DocOutcome>* outcomes = nullptr,
                      WriteCounters* counters = nullptr) {
  Status s = store->WriteDocuments(docs, outcomes, counters);
  INFO(s.ToString());
  REQUIRE(s.ok());
}

inline std::string DumpOf(const Store& store) {
  std::ostringstream out;
  Status s = store.Dump(out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

inline void RequireConsistent(const Store& store) {
  Status s = store.CheckConsistency();
  INFO(s.ToString());
  REQUIRE(s.ok());
}

// A deterministic corpus: document `i` in version `v` always has the same
// facts and hash. A vocabulary of a few dozen terms makes triples shared.
class Corpus {
 public:
  Corpus(uint64_t seed, int entities, int predicates) : seed_(seed), entities_(entities), predicates_(predicates) {}

  static std::string DocId(int i) { return "doc-" + std::to_string(i); }
  uint64_t Hash(int i, int version) const {
    return (seed_ * 0x9e3779b97f4a7c15ull) ^ (static_cast<uint64_t>(i) << 20) ^ static_cast<uint64_t>(version);
  }

  DocumentFacts Doc(int i, int version) const {
    std::mt19937_64 rng(Hash(i, version) * 31 + 7);
    DocumentFacts doc;
    doc.doc_id = DocId(i);
    doc.content_hash = Hash(i, version);
    doc.metadata = "{\"n\":" + std::to_string(i) + ",\"v\":" + std::to_string(version) + ",\"q\":\"a\\\"b\\n\"}";
    int n = 1 + static_cast<int>(rng() % 8);
    for (int k = 0; k < n; ++k) {
      if (k > 0 && rng() % 6 == 0) {  // the same triple again: another span of one support
        model::Fact again = doc.facts[rng() % doc.facts.size()];
        again.provenance.begin = static_cast<uint32_t>(rng() % 500);
        again.provenance.end = again.provenance.begin + 3;
        doc.facts.push_back(again);
        continue;
      }
      doc.facts.push_back(RandomFact(rng, doc.doc_id));
    }
    // Most documents keep a text (one in four does not, as from a fact
    // file), so that every write path is compared on the text family too.
    if (i % 4 != 3) doc.text = "text of " + doc.doc_id + " v" + std::to_string(version) + std::string(i % 50, '.');
    return doc;
  }

 private:
  model::Term Entity(std::mt19937_64& rng) const {
    static const char* kTypes[] = {"Region", "Person", "Organization", "Statute"};
    int e = static_cast<int>(rng() % entities_);
    return model::Term::Entity(std::string(kTypes[e % 4]) + ":" + std::to_string(e));
  }
  model::Fact RandomFact(std::mt19937_64& rng, const std::string& doc) const {
    model::Term object;
    switch (rng() % 5) {
      case 0: object = model::Term::String("label " + std::to_string(rng() % 7) + " \"q\"\n"); break;
      case 1: object = model::Term::Integer(static_cast<int64_t>(rng() % 5) - 2); break;
      case 2: object = model::Term::Date("2024-11-" + std::to_string(10 + rng() % 3)); break;
      default: object = Entity(rng);
    }
    static const float kConfidence[] = {1.0f, 0.9f, 0.5f};
    auto begin = static_cast<uint32_t>(rng() % 1000);
    return MakeFact(doc, Entity(rng), "p" + std::to_string(rng() % predicates_), std::move(object), begin,
                    begin + 1 + static_cast<uint32_t>(rng() % 40), rng() % 2 ? "regions" : "statutes",
                    kConfidence[rng() % 3]);
  }

  uint64_t seed_;
  int entities_;
  int predicates_;
};

// Builds a fresh store in `dir` from `docs` with one WriteDocuments call.
inline std::string DumpBuiltFrom(const std::string& dir, const std::vector<DocumentFacts>& docs,
                                 const OpenOptions& options = {}) {
  auto store = MustOpen(dir, options);
  MustWrite(store.get(), docs);
  RequireConsistent(*store);
  return DumpOf(*store);
}

// ---- child processes: this binary run again on one (skipped) test case ----

// The child test cases (crash_test.cpp, open_test.cpp) and their environment.
inline constexpr const char* kIngestChild = "store child: ingest the corpus in random batches";
inline constexpr const char* kHoldChild = "store child: hold the store open for writing";
inline constexpr const char* kEnvDir = "NETRA_STORE_CHILD_DIR";
inline constexpr const char* kEnvReadyFd = "NETRA_STORE_CHILD_READY_FD";
inline constexpr const char* kEnvGoFd = "NETRA_STORE_CHILD_GO_FD";  // optional: wait for a byte after the first commit
inline constexpr const char* kEnvSeed = "NETRA_STORE_CHILD_SEED";   // run seed; 0 = the final, canonical run
inline constexpr const char* kEnvDocs = "NETRA_STORE_CHILD_DOCS";

// The crash corpus: shared by the child and the tests that check its stores.
inline const Corpus& CrashCorpus() {
  static const Corpus corpus(42, 400, 12);
  return corpus;
}

// Starts `/proc/self/exe --test-case=<test_case> --no-skip` with `env` added
// to the environment. Its stdout goes to /dev/null; fds in `keep_fds` stay open.
inline pid_t SpawnSelf(const std::string& test_case, const std::vector<std::string>& env) {
  std::vector<std::string> args = {"netra_tests", "--test-case=" + test_case, "--no-skip=true", "--no-version=true"};
  std::vector<std::string> envs = env;
  for (char** e = environ; *e != nullptr; ++e) envs.emplace_back(*e);
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (auto& e : envs) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {  // only async-signal-safe calls from here on
    int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, 1);
    execve("/proc/self/exe", argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

// Waits up to `timeout_ms` for one byte on `fd`; returns it, or 0.
inline char ReadByte(int fd, int timeout_ms) {
  struct pollfd p {
    fd, POLLIN, 0
  };
  if (poll(&p, 1, timeout_ms) != 1) return 0;
  char c = 0;
  return read(fd, &c, 1) == 1 ? c : 0;
}

// Exit code, or -signal if the child was killed.
inline int WaitChild(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1000;
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return WEXITSTATUS(status);
}

}  // namespace netra::store::testing
