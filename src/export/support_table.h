// Every entity's `support` (export_graph.h: the distinct documents stating
// an entity-to-entity fact that links it), for the whole store. A filtered
// export (--region, --statute, --ego) writes a few thousand nodes, but a
// hub among them (a province, a publisher) is linked by the facts of tens
// of thousands of documents: reading those to count them cost most of such
// an export. The table is kept per store version in the store's cache
// folder (store/derived_cache.h), so each export looks its nodes up.
#pragma once

#include <cstdint>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::exporter {

class SupportTable {
 public:
  // Counts them in two passes over the documents' records (each document
  // once, its entities deduplicated within it) and one dictionary pass
  // over the objects met (which of them are entities).
  static Result<SupportTable> Compute(const store::Store& store);

  // From each entity's count, as a whole-store export has counted them
  // (ids distinct, in any order; zeros are dropped).
  static SupportTable FromCounts(const std::vector<store::TermId>& ids, const std::vector<uint64_t>& counts);

  // The support of `entity`; 0 for an entity no fact links (or no entity).
  uint64_t Of(store::TermId entity) const;

  size_t size() const { return ids_.size(); }

 private:
  friend struct SupportTableFile;  // support_table.cpp: saves and restores
  SupportTable SortedById() const;
  std::vector<store::TermId> ids_;  // sorted; the entities with support > 0
  std::vector<uint32_t> counts_;    // by ids_
};

// Saves `table`, which must be the store's as it is now, for the
// filtered exports that follow (unless one is saved already).
void KeepSupportTable(const store::Store& store, const SupportTable& table);

// The table of the store as it is now: read from the cache folder, else
// computed and saved there (a save that fails only leaves the computation
// to the next export). Store errors as they come.
Result<SupportTable> CachedSupportTable(const store::Store& store);

}  // namespace netra::exporter
