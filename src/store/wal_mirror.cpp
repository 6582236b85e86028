#include "store/wal_mirror.h"

#include <errno.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <system_error>
#include <utility>

namespace netra::store {

namespace {

// RocksDB names WALs `<number>.log`.
bool IsWalName(const std::string& name) {
  const std::string suffix = ".log";
  if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return false;
  }
  for (size_t i = 0; i + suffix.size() < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return false;
  }
  return true;
}

}  // namespace

WalMirror::WalMirror(std::string store_dir, std::string mirror_dir)
    : store_dir_(std::move(store_dir)), mirror_dir_(std::move(mirror_dir)) {}

Status WalMirror::LinkNew(std::set<std::string>* present) {
  present->clear();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(store_dir_, ec)) {
    std::string name = entry.path().filename().string();
    if (IsWalName(name)) present->insert(name);
  }
  if (ec) return Status::IoError("listing " + store_dir_ + ": " + ec.message());
  for (const std::string& name : *present) {
    if (linked_.count(name) > 0) continue;
    std::string from = store_dir_ + "/" + name;
    std::string to = mirror_dir_ + "/" + name;
    if (::link(from.c_str(), to.c_str()) == 0 || errno == EEXIST) {
      linked_.insert(name);
    } else if (errno != ENOENT) {  // ENOENT: deleted since the listing, so already flushed
      return Status::IoError("linking " + from + " to " + to + ": " + std::strerror(errno));
    }
  }
  return Status::Ok();
}

void WalMirror::Prune(const std::set<std::string>& present) {
  for (auto it = linked_.begin(); it != linked_.end();) {
    if (present.count(*it) > 0) {
      ++it;
      continue;
    }
    std::error_code ignored;
    std::filesystem::remove(mirror_dir_ + "/" + *it, ignored);
    it = linked_.erase(it);
  }
}

}  // namespace netra::store
