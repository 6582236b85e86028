// Readers: RocksDB secondary instances, made consistent beside a live writer.
//
// A plain secondary instance is not consistent across column families while
// the writer flushes. A stress test (a writer writing and compacting in a
// loop, readers opening, refreshing and running CheckConsistency) found two
// ways it breaks, each confirmed in RocksDB's db_impl_secondary.cc:
//
//  1. A secondary reads the writer's MANIFEST first, then lists the WAL folder
//     and replays it. If the writer finishes a flush and deletes a WAL between
//     those two steps, that WAL's batches are in neither place: some batches
//     in the middle are missing. RocksDB treats the missing file as normal
//     ("already purged by primary"). Seen at open.
//  2. TryCatchUpWithPrimary keeps replayed data in a column family's active
//     memtable after the MANIFEST says it was flushed (it drops only
//     immutable memtables). When a later batch deleting or overwriting such a
//     key is skipped because the secondary learned of its flush first, the
//     stale entry stays, and point lookups return it (a memtable is assumed
//     newer than the SST files) while scans do not. Seen after catch-ups.
//
// So: (1) the secondary replays its own folder of hard links to the writer's
// WALs, made before the MANIFEST is read. A link keeps a deleted WAL readable,
// and shows the writer's appends (same inode), so the WALs replayed run
// without a hole from the last flush the MANIFEST records to the newest batch
// the secondary sees. (2) Refresh opens a new secondary instead of catching up.
// A fresh secondary starts with empty memtables and fills them only with
// batches newer than its SST files. The stress test found an inconsistent
// view about once in seven before; with both, none in 640 views (open_test.cpp
// keeps a short version of it).
//
// Links need the reader's folder on the store's file system. If a link cannot
// be made, the reader replays no WAL: it sees the state as of the writer's
// last flush (consistent too, since flushes are atomic across column
// families; writers also flush when they close).
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <vector>

#include "store/store_internal.h"

namespace netra::store {

namespace fs = std::filesystem;

namespace {

// RocksDB names WALs `<number>.log`.
bool IsWalName(const std::string& name) {
  const std::string suffix = ".log";
  if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return false;
  }
  return name.find_first_not_of("0123456789") == name.size() - suffix.size();
}

// Hard-links every WAL of `store_dir` into `wal_dir`. False if some link
// could not be made (another file system, no permission); a WAL deleted
// while we link is fine: its batches are flushed, and the MANIFEST, read
// later, records that.
bool LinkWals(const std::string& store_dir, const std::string& wal_dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(store_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (!IsWalName(name)) continue;
    std::string from = store_dir + "/" + name;
    std::string to = wal_dir + "/" + name;
    if (::link(from.c_str(), to.c_str()) != 0 && errno != ENOENT) return false;
  }
  return !ec;
}

// What a writer's commits change in the store folder, as one text: the
// names, sizes and modification times of the write-ahead logs (every write
// appends to one: the WAL is always on), of the MANIFESTs (every flush,
// compaction and SST ingestion appends to one) and of CURRENT (which names
// the MANIFEST). Two equal trails, one taken before a view was opened, mean
// that nothing was committed in between. A file that vanishes while we list
// is left out: the trail differs from the one before, which is what matters.
std::string WriteTrail(const std::string& store_dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(store_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (!IsWalName(name) && name.rfind("MANIFEST-", 0) != 0 && name != "CURRENT") continue;
    struct stat st;
    if (::stat(entry.path().c_str(), &st) != 0) continue;
    files.push_back(name + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
                    std::to_string(st.st_mtim.tv_nsec) + "\n");
  }
  if (ec) return "unlisted: " + ec.message();
  std::sort(files.begin(), files.end());  // the file system's order need not repeat
  std::string trail;
  for (const std::string& f : files) trail += f;
  return trail;
}

// `<temp>/netra-reader-XXXXXX` with the secondary's LOG and `wal/`.
Status MakeReaderFolder(Store::Impl* impl, std::string* wal_dir) {
  std::string pattern = (fs::temp_directory_path() / "netra-reader-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Status::IoError("creating a folder for a reader of " + impl->dir + ": " + std::strerror(errno));
  }
  impl->secondary_path = pattern;
  *wal_dir = pattern + "/wal";
  std::error_code ec;
  fs::create_directory(*wal_dir, ec);
  if (ec) return Status::IoError("creating " + *wal_dir + ": " + ec.message());
  return Status::Ok();
}

// The MANIFEST the store's CURRENT names, with its size and modification
// time: it changes with every flush and compaction the writer records.
std::string ManifestState(const std::string& dir) {
  std::string current;
  if (std::FILE* f = std::fopen((dir + "/CURRENT").c_str(), "r")) {
    char name[256] = "";
    if (std::fgets(name, sizeof name, f) != nullptr) current = name;
    std::fclose(f);
  }
  while (!current.empty() && (current.back() == '\n' || current.back() == '\r')) current.pop_back();
  struct stat st {};
  if (current.empty() || ::stat((dir + "/" + current).c_str(), &st) != 0) return current;
  return current + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

// A secondary instance replays the MANIFEST "point in time": when a table
// file it lists is missing or cut short, the secondary falls back to the
// last state whose files are all there, an older and smaller store, and
// says nothing. A read-only instance takes the MANIFEST as it is and, with
// paranoid checks, compares every table file with it (RocksDB's
// DBImpl::CheckConsistency: there, and of the size recorded); opening one
// for that alone (max_open_files small: no table file is opened) is the
// reader's check that it sees the whole store.
//
// A live writer's compaction deletes files that the MANIFEST read a moment
// earlier still listed: a failure while the MANIFEST changed is looked at
// again, one while it stood still is damage.
Status CheckTableFiles(const Store::Impl& impl, const std::vector<rocksdb::ColumnFamilyDescriptor>& descriptors) {
  rocksdb::DBOptions options = BuildDbOptions(impl.options);
  options.max_open_files = 16;
  options.paranoid_checks = true;
  options.db_log_dir = impl.secondary_path;        // its LOG goes beside the secondary's, not into the store
  options.wal_dir = impl.secondary_path + "/wal";  // the links the secondary replays: the same batches
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (;;) {
    const std::string before = ManifestState(impl.dir);
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    rocksdb::Status s = rocksdb::DB::OpenForReadOnly(options, impl.dir, descriptors, &handles, &db);
    if (db != nullptr) {
      for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
      db->Close().PermitUncheckedError();
      delete db;
    }
    if (s.ok()) return Status::Ok();
    if (ManifestState(impl.dir) == before || std::chrono::steady_clock::now() > give_up) {
      std::string what = s.ToString();
      while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
      return Status::Corruption("store " + impl.dir + " is damaged: " + what + "; `netra verify --db " + impl.dir +
                                "` checks the rest");
    }
  }
}

}  // namespace

Status OpenSecondary(Store::Impl* impl) {
  // Taken first: a commit that lands while we open changes the trail, so
  // the next RefreshIfChanged refreshes again rather than miss it.
  impl->opened_trail = WriteTrail(impl->dir);
  std::string wal_dir;
  NETRA_RETURN_IF_ERROR(MakeReaderFolder(impl, &wal_dir));
  if (!LinkWals(impl->dir, wal_dir)) {
    std::error_code ec;  // flushed state only: an empty WAL folder
    fs::remove_all(wal_dir, ec);
    fs::create_directory(wal_dir, ec);
    if (ec) return Status::IoError("creating " + wal_dir + ": " + ec.message());
  }
  rocksdb::DBOptions db_options = BuildDbOptions(impl->options);
  db_options.wal_dir = wal_dir;
  // A store of an older format may lack a column family: open what it has.
  // (If listing fails, as it can while a writer replaces the MANIFEST, the
  // open below says what is wrong.)
  std::vector<std::string> present;
  bool listed = rocksdb::DB::ListColumnFamilies(db_options, impl->dir, &present).ok();
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = CfDescriptors(impl->options, listed ? &present : nullptr);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s =
      rocksdb::DB::OpenAsSecondary(db_options, impl->dir, impl->secondary_path, descriptors, &handles, &impl->db);
  if (!s.ok()) return FromRocks(s, "opening store " + impl->dir + " for reading");
  TakeHandles(impl, descriptors, handles);
  return CheckTableFiles(*impl, descriptors);
}

namespace {

// A secondary instance over whatever column families `dir` has, closed and
// cleaned up on destruction.
struct Peeker {
  ~Peeker() {
    for (auto* handle : handles) db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    if (db != nullptr) db->Close().PermitUncheckedError();
    delete db;
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  std::string path;
};

}  // namespace

Status PeekStore(const std::string& dir, const std::vector<std::string>& cf_names, StorePeek* peek) {
  Peeker peeker;
  std::string pattern = (fs::temp_directory_path() / "netra-peek-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    return Status::IoError("creating a folder to inspect " + dir + ": " + std::strerror(errno));
  }
  peeker.path = pattern;
  std::error_code ec;
  fs::create_directory(pattern + "/wal", ec);
  if (ec) return Status::IoError("creating " + pattern + "/wal: " + ec.message());
  // Data may be only in the WAL (a database never flushed): replay links to
  // it. If links are impossible, the SST files alone must do.
  if (!LinkWals(dir, pattern + "/wal")) {
    fs::remove_all(pattern + "/wal", ec);
    fs::create_directory(pattern + "/wal", ec);
  }
  rocksdb::DBOptions options;
  options.wal_dir = pattern + "/wal";
  options.max_open_files = 64;  // open table files lazily: only a few are read
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  int meta = -1;
  for (const std::string& name : cf_names) {
    if (name == CfName(kMeta)) meta = static_cast<int>(descriptors.size());
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  if (meta < 0) return Status::InvalidArgument("refusing " + dir + ": no `meta` column family");
  NETRA_RETURN_IF_ERROR(
      FromRocks(rocksdb::DB::OpenAsSecondary(options, dir, pattern, descriptors, &peeker.handles, &peeker.db),
                "inspecting " + dir));
  rocksdb::ReadOptions ro;
  rocksdb::Status s = peeker.db->Get(ro, peeker.handles[meta], ToSlice(kMetaMagicKey), &peek->magic);
  peek->has_magic = s.ok();
  if (s.ok()) s = peeker.db->Get(ro, peeker.handles[meta], ToSlice(kMetaVersionKey), &peek->version_text);
  peek->has_version = peek->has_magic && s.ok();
  if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "inspecting " + dir);
  for (auto* handle : peeker.handles) {
    std::unique_ptr<rocksdb::Iterator> it(peeker.db->NewIterator(ro, handle));
    it->SeekToFirst();
    NETRA_RETURN_IF_ERROR(FromRocks(it->status(), "inspecting " + dir));
    peek->has_data = peek->has_data || it->Valid();
  }
  return Status::Ok();
}

Status Store::Refresh() {
  if (!impl_->secondary) return Status::Ok();  // a writer always reads its latest commit
  auto fresh = std::make_unique<Impl>();
  fresh->dir = impl_->dir;
  fresh->options = impl_->options;
  fresh->secondary = true;
  NETRA_RETURN_IF_ERROR(OpenSecondary(fresh.get()));
  {
    std::unique_lock<std::shared_mutex> lock(impl_->refresh_mu);
    std::swap(impl_->db, fresh->db);
    std::swap(impl_->default_cf, fresh->default_cf);
    std::swap(impl_->cfs, fresh->cfs);
    std::swap(impl_->secondary_path, fresh->secondary_path);
    std::swap(impl_->opened_trail, fresh->opened_trail);
  }
  return Status::Ok();  // `fresh` now holds the old instance and closes it here, outside the lock
}

bool Store::MayHaveChanged() const {
  if (!impl_->secondary) return false;
  std::shared_lock<std::shared_mutex> lock(impl_->refresh_mu);
  return WriteTrail(impl_->dir) != impl_->opened_trail;
}

Result<bool> Store::RefreshIfChanged() {
  if (!MayHaveChanged()) return false;
  NETRA_RETURN_IF_ERROR(Refresh());
  return true;
}

}  // namespace netra::store
