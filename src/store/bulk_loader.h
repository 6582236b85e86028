// Bulk loading: the same keys as Store::WriteDocuments, built into sorted SST
// files and ingested in one atomic step instead of going through the WAL and
// memtables. For a first load into an empty store, or for documents the store
// does not have yet. The resulting store dumps byte-identically to one built
// with WriteDocuments from the same documents.
//
//   NETRA_ASSIGN_OR_RETURN(auto loader, store->NewBulkLoader());
//   for (...) NETRA_RETURN_IF_ERROR(loader->Add(std::move(doc)));
//   NETRA_RETURN_IF_ERROR(loader->Finish(&counters));
//
// Memory is bounded: keys are buffered until `memory_budget_bytes`, then
// sorted and spilled as run files by a background thread while the next
// buffers fill (so up to twice the budget is held); Finish merges the runs
// into the final files, the column families at once. Two structures are
// not spilled: the set of document ids added (about 50 bytes per
// document), used to refuse repeated ids, and the ids of the terms already
// buffered (16-32 bytes per distinct term), so that a term used by a
// million facts is sorted once, not a million times.
//
// A loader made by WriteSstSet has no store: its Finish leaves the SST files
// and a manifest in a folder (an "SST set", see sst_set.h) that
// Store::IngestSstSet later ingests into an empty store, possibly on another
// machine: the sort runs where the facts are.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/status.h"
#include "store/store_types.h"

namespace netra::store {

struct BulkOptions {
  // Buffered keys and values, all column families together, before a spill.
  uint64_t memory_budget_bytes = 256ull << 20;
  // Final SST files are cut when they pass this size.
  uint64_t target_file_bytes = 128ull << 20;
  // Threads that sort, spill and merge the column families at once (each
  // family's runs are independent of the others'); 0: one per core. The
  // files are the same whatever the number.
  int threads = 0;
};

// REQUIRES: the Store that made the loader outlives it. Not thread-safe: one
// thread adds and finishes (the loader runs its own threads inside).
class BulkLoader {
 public:
  // Abandons the load if Finish was not called: nothing reaches the store and
  // the temporary files are removed.
  ~BulkLoader();
  BulkLoader(const BulkLoader&) = delete;
  BulkLoader& operator=(const BulkLoader&) = delete;

  // Buffers one document. A document the store (or this loader) already has
  // with the same hash is skipped and counted unchanged; with another hash it
  // is refused with InvalidArgument (use Store::WriteDocuments for changes;
  // an ingest run gives a loader only the last version of each id, see
  // pipeline/latest_versions.h).
  // Corruption if two terms hash to one id. After an error other than
  // InvalidArgument the loader is unusable.
  Status Add(DocumentFacts doc);

  // Merges, writes and ingests everything in one atomic step (or, for an SST
  // set, writes the files and the manifest). Afterwards the loader is spent.
  // `counters` (added to) may be null.
  Status Finish(WriteCounters* counters);

  // A loader that writes an SST set into `out_dir` (created; it must not
  // exist or be empty) instead of into a store. Its files are cut for a
  // store opened with default OpenOptions.
  static Result<std::unique_ptr<BulkLoader>> WriteSstSet(const std::string& out_dir, const BulkOptions& options = {});

  struct Rep;  // bulk_loader.cpp

 private:
  friend class Store;
  explicit BulkLoader(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace netra::store
