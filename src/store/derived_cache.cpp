#include "store/derived_cache.h"

#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>

#include "core/replacing_file.h"

namespace netra::store {

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

// A sequence number as sixteen hex digits.
std::string SequenceText(uint64_t sequence) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(sequence));
  return buf;
}

// The sequence number in a file name of this store's ("<identity
// hash>-<sequence>-...", a file or one being written); none for a name of
// another store's or of no version.
std::optional<uint64_t> SequenceOf(const std::string& name, const std::string& identity_prefix) {
  if (name.rfind(identity_prefix, 0) != 0) return std::nullopt;
  size_t from = identity_prefix.size();
  if (name.size() < from + 17 || name[from + 16] != '-') return std::nullopt;
  uint64_t sequence = 0;
  auto [end, ec] = std::from_chars(name.data() + from, name.data() + from + 16, sequence, 16);
  if (ec != std::errc() || end != name.data() + from + 16) return std::nullopt;
  return sequence;
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
  // Store::Version is "<identity>@<sequence number>".
  size_t at = version.rfind('@');
  if (at == std::string::npos) return Status::Corruption("store version `" + version + "` has no sequence number");
  auto [end, ec] = std::from_chars(version.data() + at + 1, version.data() + version.size(), slot.sequence);
  if (ec != std::errc() || end != version.data() + version.size()) {
    return Status::Corruption("store version `" + version + "` has no sequence number");
  }
  slot.identity_prefix = HexHash(version.substr(0, at)) + "-";
  slot.path = slot.dir + "/" + slot.identity_prefix + SequenceText(slot.sequence) + "-" + std::string(kind) + "-" +
              HexHash(what) + ".bin";
  slot.key = version + "\n" + std::string(kind) + "\n" + std::string(what);
  return slot;
}

Status SaveToCacheSlot(const CacheSlot& slot, const std::function<Status(const std::string& path)>& save) {
  std::error_code ec;
  fs::create_directories(slot.dir, ec);
  if (ec) return Status::IoError("creating " + slot.dir + ": " + ec.message());
  NETRA_ASSIGN_OR_RETURN(ReplacingFile file, ReplacingFile::Create(slot.path));
  NETRA_RETURN_IF_ERROR(save(file.temp_path()));
  NETRA_RETURN_IF_ERROR(file.Commit());
  for (const fs::directory_entry& entry : fs::directory_iterator(slot.dir, ec)) {
    // Another process's file being written (".<name>.XXXXXX", ReplacingFile)
    // goes by its sequence too: kept while current, removed once stale.
    std::string name = entry.path().filename().string();
    if (name.rfind('.', 0) == 0) name.erase(0, 1);
    std::optional<uint64_t> sequence = SequenceOf(name, slot.identity_prefix);
    if (!sequence || *sequence < slot.sequence) fs::remove(entry.path(), ec);
  }
  return Status::Ok();
}

}  // namespace netra::store
