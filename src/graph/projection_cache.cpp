#include "graph/projection_cache.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string_view>
#include <system_error>

namespace netra::graph {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFilePrefix = "projection-";

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

// FNV-1a, 64 bits, as hex: short file names for long keys (the whole key
// is in the file's header and compared on reading).
std::string HexHash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

// Saves `p` atomically (a temporary file renamed into place, so a reader
// never sees half a file), then deletes the files of other versions.
Status Save(const Projection& p, const std::string& dir, const std::string& name, const std::string& version_prefix,
            const std::string& key) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError("creating " + dir + ": " + ec.message());
  std::string path = dir + "/" + name;
  std::string temp = path + ".tmp." + std::to_string(::getpid());
  Status s = p.Save(temp, key);
  if (s.ok()) {
    fs::rename(temp, path, ec);
    if (ec) s = Status::IoError("renaming " + temp + ": " + ec.message());
  }
  if (!s.ok()) {
    fs::remove(temp, ec);
    return s;
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    std::string file = entry.path().filename().string();
    if (file.rfind(kFilePrefix, 0) == 0 && file.rfind(version_prefix, 0) != 0) fs::remove(entry.path(), ec);
  }
  return Status::Ok();
}

}  // namespace

std::string ProjectionCacheDir(const store::Store& store) { return store.dir() + "/netra-cache"; }

Result<CachedProjection> LoadProjection(const store::Store& store, const ProjectionFilter& filter,
                                        Projection::Names names, const ProjectionCacheOptions& options) {
  CachedProjection out;
  if (!options.enabled) {
    NETRA_ASSIGN_OR_RETURN(out.projection, Projection::Load(store, filter, names));
    return out;
  }
  NETRA_ASSIGN_OR_RETURN(std::string version, store.Version());
  std::string filter_key = FilterKey(filter, names);
  std::string key = version + "\n" + filter_key;
  std::string version_prefix = std::string(kFilePrefix) + HexHash(version) + "-";
  std::string name = version_prefix + HexHash(filter_key) + ".bin";
  std::string dir = ProjectionCacheDir(store);

  Result<std::unique_ptr<Projection>> cached = Projection::Restore(dir + "/" + name, key);
  if (cached.ok()) {
    out.projection = std::move(cached).value();
    out.from_cache = true;
    return out;
  }
  // Missing, of another key (a hash collision of names) or damaged: load
  // from the indexes, and replace the file.
  NETRA_ASSIGN_OR_RETURN(out.projection, Projection::Load(store, filter, names));
  if (out.projection->num_edges() >= options.min_edges) {
    out.saved = Save(*out.projection, dir, name, version_prefix, key).ok();
  }
  return out;
}

}  // namespace netra::graph
