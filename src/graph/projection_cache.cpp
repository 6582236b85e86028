#include "graph/projection_cache.h"

#include "store/derived_cache.h"

namespace netra::graph {

namespace {

// What a projection is of, besides the store's version: the filter, in a
// canonical form (the sets are sorted), and which names it holds.
std::string FilterKey(const ProjectionFilter& filter, Projection::Names names) {
  std::string key = names == Projection::Names::kAll ? "names=all" : "names=on-demand";
  auto add = [&](const char* what, const std::set<std::string>& values) {
    key.append("\n").append(what).append("=");
    for (const std::string& v : values) key.append(v).append(",");
  };
  add("predicates", filter.predicates);
  add("types", filter.types);
  add("exclude_types", filter.exclude_types);
  key.append("\nfrom=").append(filter.from).append("\nto=").append(filter.to);
  return key;
}

}  // namespace

Result<CachedProjection> LoadProjection(const store::Store& store, const ProjectionFilter& filter,
                                        Projection::Names names, const ProjectionCacheOptions& options) {
  CachedProjection out;
  if (!options.enabled) {
    NETRA_ASSIGN_OR_RETURN(out.projection, Projection::Load(store, filter, names));
    return out;
  }
  NETRA_ASSIGN_OR_RETURN(store::CacheSlot slot, store::CacheSlotFor(store, "projection", FilterKey(filter, names)));
  Result<std::unique_ptr<Projection>> cached = Projection::Restore(slot.path, slot.key);
  if (cached.ok()) {
    out.projection = std::move(cached).value();
    out.from_cache = true;
    return out;
  }
  // Missing, of another key (a hash collision of names) or damaged: load
  // from the indexes, and replace the file.
  NETRA_ASSIGN_OR_RETURN(out.projection, Projection::Load(store, filter, names));
  if (out.projection->num_edges() >= options.min_edges) {
    const Projection& p = *out.projection;
    out.saved = store::SaveToCacheSlot(slot, [&](const std::string& path) { return p.Save(path, slot.key); }).ok();
  }
  return out;
}

Result<std::shared_ptr<const Projection>> ProjectionMemo::Load(const store::Store& store,
                                                               const ProjectionFilter& filter, Projection::Names names,
                                                               const ProjectionCacheOptions& options) {
  NETRA_ASSIGN_OR_RETURN(std::string version, store.Version());
  std::string key = version + "\n" + FilterKey(filter, names);
  // Entries of an older version can never be asked for again: they go
  // first, before a load needs their memory.
  std::erase_if(entries_, [&](const Entry& e) { return e.key.compare(0, version.size() + 1, version + "\n") != 0; });
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->key != key) continue;
    Entry hit = std::move(*it);
    entries_.erase(it);
    entries_.push_front(std::move(hit));
    return entries_.front().projection;
  }
  NETRA_ASSIGN_OR_RETURN(CachedProjection loaded, LoadProjection(store, filter, names, options));
  if (capacity_ == 0) return std::shared_ptr<const Projection>(std::move(loaded.projection));
  if (entries_.size() >= capacity_) entries_.pop_back();
  entries_.push_front({std::move(key), std::move(loaded.projection)});
  return entries_.front().projection;
}

}  // namespace netra::graph
