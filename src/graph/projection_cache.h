// Projections kept between commands, per store version (derived_cache.h).
//
// Loading the projection of a store of a million articles (14M edges) costs
// seconds of index scans and decoding, and `netra rank`, `components` and
// `path` each load one: asked again of the same store, the same filter gives
// the same projection, which is then read from a file in the store's cache
// folder, one per filter.
#pragma once

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

}  // namespace netra::graph
