// Hooks for tests that need a store, or a folder, in a state netra never
// produces by itself. Not for production use. No RocksDB types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace netra::store {

// Rewrites the format version in `meta` (e.g. to one newer than netra's).
Status SetFormatVersionForTesting(Store* store, uint32_t version);

// Turns a writer's store into one of format 2, as an older netra left it:
// drops the `text` column family (with every text in it) and rewrites the
// format version. Close the store and open it again to see the result.
Status MakeFormat2ForTesting(Store* store);

// Puts (or, with std::nullopt, deletes) one raw key in the column family
// named `cf` ("spo", "prov", ...), bypassing every invariant.
Status PutRawForTesting(Store* store, const std::string& cf, const std::string& key,
                        const std::optional<std::string>& value);

// Creates a RocksDB database in `dir` that is not a netra store: one key in
// `default` if `with_data`, plus an empty column family `extra_cf` if not
// empty. Without data and with extra_cf "meta", it looks like a netra store
// whose creation was interrupted.
Status CreateForeignRocksDbForTesting(const std::string& dir, const std::string& extra_cf, bool with_data = true);

}  // namespace netra::store
