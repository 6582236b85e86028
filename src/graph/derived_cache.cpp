#include "graph/derived_cache.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

namespace netra::graph {

namespace fs = std::filesystem;

namespace {

// FNV-1a, 64 bits, as hex: short file names for long keys (the whole key
// is in the file and compared on reading, so a collision only costs a miss).
std::string HexHash(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

std::string DerivedCacheDir(const store::Store& store) { return store.dir() + "/netra-cache"; }

uint64_t DerivedCacheBytes(const store::Store& store) {
  uint64_t bytes = 0;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(DerivedCacheDir(store), ec)) {
    std::error_code size_ec;
    if (!entry.is_regular_file(size_ec)) continue;
    uintmax_t size = entry.file_size(size_ec);
    if (!size_ec) bytes += size;
  }
  return bytes;
}

Result<CacheSlot> CacheSlotFor(const store::Store& store, std::string_view kind, std::string_view what) {
  NETRA_ASSIGN_OR_RETURN(std::string version, store.Version());
  CacheSlot slot;
  slot.dir = DerivedCacheDir(store);
  slot.version_prefix = HexHash(version) + "-";
  slot.path = slot.dir + "/" + slot.version_prefix + std::string(kind) + "-" + HexHash(what) + ".bin";
  slot.key = version + "\n" + std::string(kind) + "\n" + std::string(what);
  return slot;
}

Status SaveToCacheSlot(const CacheSlot& slot, const std::function<Status(const std::string& path)>& save) {
  std::error_code ec;
  fs::create_directories(slot.dir, ec);
  if (ec) return Status::IoError("creating " + slot.dir + ": " + ec.message());
  std::string temp = slot.path + ".tmp." + std::to_string(::getpid());
  Status s = save(temp);
  if (s.ok()) {
    fs::rename(temp, slot.path, ec);
    if (ec) s = Status::IoError("renaming " + temp + ": " + ec.message());
  }
  if (!s.ok()) {
    fs::remove(temp, ec);
    return s;
  }
  for (const fs::directory_entry& entry : fs::directory_iterator(slot.dir, ec)) {
    if (entry.path().filename().string().rfind(slot.version_prefix, 0) != 0) fs::remove(entry.path(), ec);
  }
  return Status::Ok();
}

}  // namespace netra::graph
