// The fact store: triples with their provenance, kept in RocksDB.
//
// A `Store` holds, for every document it was given, the facts extracted from
// it. A triple seen in 40 documents is stored once, with 40 supports (one per
// document, each listing the spans that stated it). Re-giving a document with
// the same content hash is a no-op; with another hash, its old supports are
// retracted and the new ones added; a triple left without support disappears.
//
// The on-disk layout is specified in schema/store_layout.md. This header has
// no RocksDB types: the engine is private to netra_store.
//
// Thread-safety: a Store may be used from several threads. Writes are
// serialized; reads run concurrently with them and each read call sees one
// committed state (a snapshot).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/bulk_loader.h"
#include "store/key_codec.h"
#include "store/store_types.h"

namespace netra::store {

// Terms read from the dictionary, by id, for one reader's many calls
// (Store::Match). A term id names one term for the store's life (ids are
// hashes; a collision is refused on write), so entries never go stale.
// Emptied between calls once it holds kMaxTerms, so that a query that walks
// the whole store does not keep the whole dictionary (~100 bytes a term).
class TermCache {
 public:
  static constexpr size_t kMaxTerms = size_t{1} << 20;
  size_t size() const { return terms_.size(); }

 private:
  friend class Store;
  // The map a call reads and fills, emptied first if it is full.
  std::unordered_map<TermId, model::Term>* ForCall() {
    if (terms_.size() >= kMaxTerms) terms_.clear();
    return &terms_;
  }
  std::unordered_map<TermId, model::Term> terms_;
};

class Store {
 public:
  using Stats = StoreStats;

  // Opens (or creates) the store in `dir`. Fails with:
  //   Busy            another writer (this or another process) holds `dir`;
  //   InvalidArgument `dir` exists, is not empty and is not a netra store
  //                   (checked before anything in it is touched);
  //   Unsupported     the store has a format version this netra cannot read;
  //   NotFound        no store there and create_if_missing is off (or read_only).
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const OpenOptions& options = {});

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& dir() const;
  bool read_only() const;

  // Fast pre-check so callers can skip extraction: true if doc_id is stored
  // with this content hash.
  Result<bool> IsUnchanged(const std::string& doc_id, uint64_t content_hash) const;

  // Writes several documents in ONE atomic batch, in order: each document sees
  // what the earlier ones did (the same doc_id twice: the second wins). A
  // document stored with the same hash is left alone (kUnchanged); with
  // another hash its old supports are retracted and the new ones added
  // (kChanged). Duplicate facts within a document add spans to one support.
  // `outcomes` (resized to docs.size()) and `counters` (added to) may be null.
  // On error nothing is written. Corruption if two terms hash to one id.
  Status WriteDocuments(const std::vector<DocumentFacts>& docs, std::vector<DocOutcome>* outcomes,
                        WriteCounters* counters);

  // Retracts the documents, in one atomic batch. Unknown ids: NotFound listing
  // them, after the known ones were forgotten. `counters` may be null.
  Status Forget(const std::vector<std::string>& doc_ids, WriteCounters* counters);

  // Streams the triples matching the pattern (std::nullopt = variable) in
  // index order; `fn` returns false to stop. Uses SPO, POS or OSP so that
  // every pattern is one prefix scan. `fn` may read this Store but must not
  // call Refresh (it would wait for the Match that calls it).
  // `terms`, when given, keeps the terms met across calls: a pattern query
  // asks for the same few thousand terms again and again, each a dictionary
  // read without it.
  Status Match(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
               const std::optional<model::Term>& o, const std::function<bool(const model::Triple&)>& fn,
               TermCache* terms = nullptr) const;

  // Exact number of matches (scans the keys, decodes nothing).
  Result<uint64_t> CountMatches(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                                const std::optional<model::Term>& o) const;
  // A cheap estimate of CountMatches from RocksDB's size approximations:
  // exact when nothing or everything is bound, otherwise order-of-magnitude.
  Result<uint64_t> EstimateMatches(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                                   const std::optional<model::Term>& o) const;

  // ---- Id-level reads ----
  // For scans too large to decode term by term (projections, canned
  // questions over the whole store): ids come straight from the index keys,
  // and only what is printed is decoded, in one batch.

  // The id `term` has in every store: its hash (term_hash.h), no I/O. It
  // does not say whether the store holds the term; FindId does.
  static TermId IdOf(const model::Term& term);
  // The term's id if the store holds the term, else nullopt (also when another
  // term owns the term's hash, as Match does). One dictionary read.
  Result<std::optional<TermId>> FindId(const model::Term& term) const;

  // Match over ids: the same triples in the same order, with no dictionary
  // read per triple. Ids that are not in the store match nothing.
  Status MatchIds(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o,
                  const std::function<bool(const TripleIds&)>& fn) const;

  // MatchIds(nullopt, predicate, nullopt) restricted to the objects with ids
  // in [objects_from, objects_to) (nullopt: to the last): a slice of the
  // predicate's POS keys, for callers that read a large predicate in
  // parts, side by side.
  Status MatchIdsByObjects(TermId predicate, TermId objects_from, std::optional<TermId> objects_to,
                           const std::function<bool(const TripleIds&)>& fn) const;

  // MatchIds(s, predicate, nullopt) for each subject s of `subjects`, in
  // one pass over the SPO keys with one iterator (a batch of short scans
  // costs a seek each instead of an iterator each): fn(k, triple) for the
  // triples of subjects[k], in SPO order, subjects in id order; `fn`
  // returns false to go on to the next subject. A subject given twice is
  // visited once per time given, consecutively. Predicate nullopt: every
  // triple of each subject (one seek where several predicates cost one each).
  Status MatchIdsBySubjects(const std::vector<TermId>& subjects, std::optional<TermId> predicate,
                            const std::function<bool(size_t k, const TripleIds&)>& fn) const;

  // The terms of `ids` (in their order, duplicates allowed) in one sorted pass
  // over the dictionary. NotFound naming the first id the dictionary lacks.
  Status DecodeTerms(const std::vector<TermId>& ids, std::vector<model::Term>* terms) const;
  // The same pass, without decoding: fn(i, encoded) with the dictionary's
  // bytes of ids[i] (model::Term::Encode's), in id order, valid during the
  // call. For callers that need a byte of each term, not a copy of it (the
  // kinds of 360k actors at a million articles).
  Status ReadTermBytes(const std::vector<TermId>& ids,
                       const std::function<void(size_t i, std::string_view encoded)>& fn) const;

  // The documents supporting each triple of `triples`, in one pass over the
  // provenance keys in key order: fn(i, doc_id) for every document of
  // triples[i], each triple's documents in id order (a triple's calls are
  // consecutive; triples are visited in the provenance keys' order,
  // predicate first, not in the order given).
  // An absent triple has no documents. `doc_id` is valid during the call.
  Status SupportingDocuments(const std::vector<TripleIds>& triples,
                             const std::function<void(size_t i, std::string_view doc_id)>& fn) const;

  // The documents supporting the triples (s, predicate, o) whose subject
  // ids are in [subjects_from, subjects_to) (nullopt: to the last): one
  // stretch of the provenance keys, which lead with the predicate, read in
  // key order. fn(triple, doc_id) for every support: triples by subject,
  // then object, each triple's documents in id order. Callers that read a
  // large predicate cut it into ranges of subjects read side by side.
  // `doc_id` is valid during the call.
  Status SupportsOfPredicate(TermId predicate, TermId subjects_from, std::optional<TermId> subjects_to,
                             const std::function<void(const TripleIds&, std::string_view doc_id)>& fn) const;

  // Number of distinct documents supporting the triple (0 if absent): one read.
  Result<uint64_t> SupportCount(const model::Triple& triple) const;
  // Every span stating the triple, ordered by document, then span. `terms`
  // as for Match.
  Status Supports(const model::Triple& triple, std::vector<model::Provenance>* out, TermCache* terms = nullptr) const;

  // Every document in id order; `fn` returns false to stop.
  Status ListDocuments(
      const std::function<bool(const std::string& id, uint64_t hash, const std::string& metadata)>& fn) const;

  // Every document in id order with the triples it supports (its record's
  // list: sorted, distinct): fn(doc_id, triples), both valid during the
  // call. One pass over the documents' records, for callers that count by
  // document what the provenance keys hold by triple (the distinct
  // documents behind each entity's facts). Corruption for a malformed record.
  Status ForEachDocumentTriples(
      const std::function<void(std::string_view doc_id, const std::vector<TripleIds>& triples)>& fn) const;

  // Whether the store keeps documents' text: false only for a store of
  // format 2 (no `text` column family) opened read-only; a writer adds the
  // family when it opens one.
  bool KeepsText() const;
  // The original bytes of a stored document, into which its facts' spans
  // point, or nullopt if the store keeps none for it: no such document, a
  // document loaded from a fact file, or stored before format 3. One read.
  Result<std::optional<std::string>> DocumentText(const std::string& doc_id) const;

  Result<StoreCounters> Counters() const;

  // Canonical sorted text of everything the store means: counters, triples
  // with their supports, documents. Two stores holding the same facts dump
  // byte-identically, whatever order or path (WriteDocuments or BulkLoader)
  // built them; tests compare stores with it. Holds all triples in memory.
  Status Dump(std::ostream& out) const;

  // Scans everything. See StoreStats.
  Result<Stats> ComputeStats() const;

  // Cross-checks every invariant of the layout: indexes agree with each other
  // and with the support counts, counts with the support keys, supports with
  // the documents' contribution lists, every id with the dictionary, and the
  // meta counters with all of it. Corruption naming the first violation.
  Status CheckConsistency() const;

  // Reads every block of every table file and checks its checksum (the
  // files' presence and sizes are checked whenever a reader opens).
  // Corruption naming the file.
  Status VerifyFiles() const;

  // What the store holds, as a name for caches of derived data: the
  // database's identity and the sequence number of its latest write (every
  // write, bulk load or retraction moves it; compactions do not). Two
  // stores created apart, or one store before and after a change, never
  // share a version; a copied folder shares its original's identity, and
  // its own cache folder with it. A reader and the writer it reads see the
  // same version of the same data.
  Result<std::string> Version() const;

  // Reader only: move to the writer's latest committed state (by opening a
  // new secondary instance, see store_reader.cpp). Waits for reads in
  // progress on this Store; a no-op on a writer.
  Status Refresh();

  // Reader only: Refresh if a writer may have committed anything since this
  // view was opened (or last refreshed); true if it refreshed. It tells from
  // the store folder's write-ahead logs and MANIFEST, which every commit,
  // flush, compaction and SST ingestion changes: a directory listing (tens
  // of microseconds), where Refresh opens a new instance (milliseconds and
  // up), so that a long-lived reader (`netra shell`) can call it before
  // every question. It may refresh when nothing new was committed (a writer
  // that opened and closed), never the other way round. False on a writer.
  Result<bool> RefreshIfChanged();

  // Reader only: whether a writer may have committed anything since this
  // view was opened (or last refreshed), by the check RefreshIfChanged
  // makes, without refreshing: for a process that keeps a view per request
  // and opens a new one for new requests (`netra serve`). False on a writer.
  bool MayHaveChanged() const;

  // Writer only: compacts every column family (after a bulk_load session).
  Status Compact();

  // Starts a bulk load (see bulk_loader.h). While the loader lives, writes
  // through WriteDocuments and Forget fail with Busy.
  Result<std::unique_ptr<BulkLoader>> NewBulkLoader(const BulkOptions& options = {});

  // Ingests an SST set written by BulkLoader::WriteSstSet (`netra sst`), in
  // one atomic step, into a store that holds no document (InvalidArgument
  // otherwise: the set's counts are totals). The set is left as it was.
  // NotFound if `set_dir` is not a complete set; Unsupported if it follows
  // another store format.
  Status IngestSstSet(const std::string& set_dir, WriteCounters* counters);
  // Several sets at once (`netra sst` run per partition of a corpus), given
  // in load order: merged into one set inside the store folder, then
  // ingested as above. The store is the one a single `netra sst` of all
  // their documents would give; a document in several sets keeps the last
  // set's version, as a later version wins in ordinary ingest. Errors as
  // IngestSstSet, and Corruption if two sets hold one term id for two terms.
  Status IngestSstSets(const std::vector<std::string>& set_dirs, WriteCounters* counters);
  // What IngestSstSet checks of the set before touching a store, for callers
  // that should not create a store for a set that cannot be ingested.
  static Status CheckSstSet(const std::string& set_dir);

  struct Impl;  // store_internal.h

 private:
  friend struct StoreTestAccess;  // test_hooks.cpp
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace netra::store
