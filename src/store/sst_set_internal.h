// SST sets: the sorted files of a bulk load, written by `netra sst` where the
// facts are and ingested by `netra ingest --sst` where the store is.
//
// A set is a folder of ingestible SST files, one or more per column family,
// and a text manifest written last (so a folder without one is an
// interrupted `netra sst`):
//
//   netra-sst-set 1
//   store_format 1
//   documents 10000
//   triples 261200
//   supports 902113
//   file meta meta.0.sst
//   file dict dict.0.sst
//   ...
//
// The counters are the totals of a store holding exactly this set; that is
// why a set is only ingested into an empty store.
// Internal to netra_store.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "store/store_internal.h"

namespace netra::store {

inline constexpr const char* kSstSetManifest = "SST_SET";

struct SstSetManifest {
  uint32_t format_version = 0;  // of the store layout the files follow
  StoreCounters counters;
  std::vector<std::pair<Cf, std::string>> files;  // names relative to the set's folder
};

// Writes the manifest atomically (a temporary file renamed into place).
Status WriteSstSetManifest(const std::string& dir, const SstSetManifest& manifest);

// NotFound if `dir` has no manifest; BadInput naming the line when it is
// malformed; Unsupported for a manifest of a newer set version.
Result<SstSetManifest> ReadSstSetManifest(const std::string& dir);
// ReadSstSetManifest, and Unsupported for a set of a store format this netra
// does not write or read.
Result<SstSetManifest> ReadCompatibleSstSetManifest(const std::string& dir);

// Merges SST sets, given in load order, into one set in `out_dir` (created;
// it must not exist or be empty): the set `netra sst` writes for all their
// documents, where a document in several sets keeps the last one's version
// (sst_set_merge.cpp). On failure `out_dir` is removed.
Status MergeSstSets(const std::vector<std::string>& set_dirs, const std::string& out_dir);

}  // namespace netra::store
