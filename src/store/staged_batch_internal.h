// The pending state of one write call (WriteDocuments or Forget): what the
// earlier documents of the batch did, layered over the committed state, so
// that a later document sees it. Two documents of one batch sharing a triple
// give it two supports; the same document twice, the second wins.
//
// Nothing touches the database until Commit, which turns the net effect into
// one WriteBatch: a triple whose count went 0 -> n gets its three index keys,
// n -> 0 loses them and its count key, anything else just a new count.
// Internal to netra_store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

class StagedBatch {
 public:
  // REQUIRES: impl->write_mu is held for the batch's lifetime and impl is a
  // writer. Reads go to the latest committed state: this is the only writer.
  explicit StagedBatch(Store::Impl* impl) : impl_(impl) {}

  // Stages one document (see Store::WriteDocuments) and counts its outcome.
  Status StageDocument(const DocumentFacts& doc, DocOutcome* outcome);
  // Stages the retraction of a document; `known` false if there is none.
  Status StageForget(const std::string& doc_id, bool* known);

  // Writes everything in one atomic WriteBatch, then updates impl's counters
  // and term cache. Adds this batch's counts to `counters` (may be null).
  Status Commit(WriteCounters* counters);

 private:
  struct DocState {
    bool present = false;
    bool dirty = false;  // differs from the committed state: write it
    DocRecord record;
    // The text to store with it (owned by the DocumentFacts, which outlive
    // the batch); null: none, any stored text is deleted.
    const std::string* text = nullptr;
  };
  struct CountState {
    uint64_t committed = 0;
    uint64_t current = 0;
  };

  Result<DocState*> LoadDoc(const std::string& doc_id);
  Result<CountState*> LoadCount(const TripleIds& t);
  Result<TermId> Intern(const model::Term& term);
  Status Retract(const std::string& doc_id, DocState* doc);
  Status BuildWriteBatch(rocksdb::WriteBatch* batch, WriteCounters* triples);

  Store::Impl* impl_;
  std::map<std::string, DocState> docs_;
  std::map<TripleIds, CountState> counts_;
  // (triple, document) -> encoded spans, or nullopt for a deleted support.
  std::map<std::pair<TripleIds, std::string>, std::optional<std::string>> supports_;
  std::unordered_map<TermId, std::string> new_terms_;  // id -> Term::Encode()
  int64_t documents_delta_ = 0;
  int64_t supports_delta_ = 0;
  WriteCounters doc_counts_;  // the docs_* fields
};

}  // namespace netra::store
