// Files of data derived from a store (a projection, the citation table),
// kept in the store's folder under `netra-cache/` and named by the store's
// version (Store::Version). Any write to the store gives it a new version,
// so a file is never read for data it does not describe; the files of older
// versions are deleted when one of the current version is saved.
//
// A cache is an optimisation only: callers pass over a file that cannot be
// read (missing, damaged, of another format) or written (a read-only folder,
// a full disk) and compute what it would have held.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "store/store.h"

namespace netra::store {

struct CacheSlot {
  std::string dir;   // the store's cache folder
  std::string path;  // this slot's file
  // Written in the file and compared on reading (file names are hashes):
  // the store version and what the data is of.
  std::string key;
  // File names start with the store's identity (hashed) and the version's
  // sequence number, so that a save deletes only older versions' files.
  std::string identity_prefix;  // "<identity hash>-"
  uint64_t sequence = 0;
};

// The slot of `kind` ("projection", "citations") and `what` (a canonical
// text of the parameters the data depends on), for the store as it is now.
// Take the slot before reading the data: if a write lands in between (a
// writer in the same process), the file is named for an older version than
// its data, so it is never read for a newer one; a reader instance (the
// CLI's) sees no writes until Refresh.
Result<CacheSlot> CacheSlotFor(const store::Store& store, std::string_view kind, std::string_view what);

// Writes the slot's file with `save(path)`, atomically (to a temporary file
// renamed into place: a reader never sees half a file), then deletes the
// files of older versions of the store (and any file not named like one of
// its versions'). A reader still on an older version, saving late, leaves a
// newer version's files alone.
Status SaveToCacheSlot(const CacheSlot& slot, const std::function<Status(const std::string& path)>& save);

// The store's cache folder.
std::string DerivedCacheDir(const store::Store& store);

// The bytes of the files in the store's cache folder (0 if it has none):
// `stats` reports them apart from the store's own.
uint64_t DerivedCacheBytes(const store::Store& store);

}  // namespace netra::store
