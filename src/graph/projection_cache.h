// Projections kept between commands, per store version (derived_cache.h).
//
// Loading the projection of a store of a million articles (14M edges) costs
// seconds of index scans and decoding, and `netra rank`, `components` and
// `path` each load one: asked again of the same store, the same filter gives
// the same projection, which is then read from a file in the store's cache
// folder, one per filter.
#pragma once

#include <deque>
#include <memory>
#include <string>

#include "core/status.h"
#include "graph/projection.h"
#include "store/store.h"

namespace netra::graph {

struct ProjectionCacheOptions {
  bool enabled = true;
  // Smaller projections are not saved: they load from the indexes in a
  // fraction of a second (500k edges: about 0.25 s here), and a file per
  // filter would only clutter the store's folder.
  size_t min_edges = 500'000;
};

struct CachedProjection {
  std::unique_ptr<Projection> projection;
  bool from_cache = false;  // read from a file, not from the indexes
  bool saved = false;       // loaded from the indexes and saved for next time
};

// Projection::Load, through the cache.
Result<CachedProjection> LoadProjection(const store::Store& store, const ProjectionFilter& filter,
                                        Projection::Names names = Projection::Names::kAll,
                                        const ProjectionCacheOptions& options = {});

// Projections kept in memory by a process that answers many questions over
// one store (`netra shell`): the last `capacity` loaded, each under its
// store's version and its filter, so that a question over a graph already
// loaded reads neither the indexes nor a file. A write gives the store a
// new version: a projection of an older one is never returned again, and
// makes way for new ones. Not thread-safe.
class ProjectionMemo {
 public:
  explicit ProjectionMemo(size_t capacity) : capacity_(capacity) {}

  // LoadProjection(store, filter, names, options), or the projection loaded
  // for the same store version, filter and names before.
  Result<std::shared_ptr<const Projection>> Load(const store::Store& store, const ProjectionFilter& filter,
                                                 Projection::Names names = Projection::Names::kAll,
                                                 const ProjectionCacheOptions& options = {});

 private:
  struct Entry {
    std::string key;  // store version and FilterKey
    std::shared_ptr<const Projection> projection;
  };
  size_t capacity_;
  std::deque<Entry> entries_;  // the most recently used first
};

}  // namespace netra::graph
