// Store::Open: deciding whether a folder is a netra store, taking it for
// writing (or reading beside a writer), and checking the format version.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <thread>

#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

namespace fs = std::filesystem;

namespace {

using DirKey = std::pair<dev_t, ino_t>;

// Writers open in this process, by folder identity. RocksDB's own in-process
// check compares path strings, so `a/db` and a symlink to it would both get
// in; (device, inode) does not care how the folder is named.
std::mutex g_claims_mu;
std::set<DirKey>& Claims() {
  static auto* claims = new std::set<DirKey>();  // never destroyed: used from destructors
  return *claims;
}

std::string BusyMessage(const std::string& dir) {
  return "store " + dir + " is in use by another netra process (RocksDB LOCK held)";
}

Status ClaimWriter(const std::string& dir, DirKey* key) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return Status::IoError(dir + ": " + std::strerror(errno));
  *key = {st.st_dev, st.st_ino};
  std::lock_guard<std::mutex> lock(g_claims_mu);
  if (!Claims().insert(*key).second) return Status::Busy(BusyMessage(dir));
  return Status::Ok();
}

// True if another process holds RocksDB's LOCK file in `dir`. F_GETLK only
// asks; it takes nothing. This is safe only because ClaimWriter ran first and
// so this process holds no lock on that file: closing any descriptor of a file
// drops every fcntl lock the process has on it. Checking before DB::Open
// matters because a failing DB::Open first renames the live writer's LOG.
bool LockHeldElsewhere(const std::string& dir) {
  int fd = ::open((dir + "/LOCK").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // no LOCK file: no writer
  struct flock query {};
  query.l_type = F_WRLCK;
  query.l_whence = SEEK_SET;
  bool held = ::fcntl(fd, F_GETLK, &query) == 0 && query.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

bool IsLockError(const rocksdb::Status& s) {
  if (!s.IsIOError()) return false;
  std::string msg = s.ToString();
  return msg.find("LOCK") != std::string::npos || msg.find("lock") != std::string::npos;
}

enum class DirState { kMissing, kEmpty, kNetra };

// Looks without touching: a missing or empty folder may become a store; a
// non-empty one must be a RocksDB database with a `meta` column family.
Result<DirState> InspectDir(const std::string& dir, std::vector<std::string>* cf_names) {
  std::error_code ec;
  fs::file_status status = fs::status(dir, ec);
  if (ec && ec != std::errc::no_such_file_or_directory) return Status::IoError(dir + ": " + ec.message());
  if (!fs::exists(status)) return DirState::kMissing;
  if (!fs::is_directory(status)) return Status::InvalidArgument("store " + dir + " is not a folder");
  fs::directory_iterator entries(dir, ec);
  if (ec) return Status::IoError(dir + ": " + ec.message());
  if (entries == fs::directory_iterator()) return DirState::kEmpty;
  rocksdb::Status s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, cf_names);
  // A writer opening meanwhile replaces the MANIFEST that CURRENT names: a
  // live store can fail this once. Only a folder with CURRENT is worth a retry.
  for (int retry = 0; !s.ok() && retry < 3 && fs::exists(dir + "/CURRENT", ec); ++retry) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    s = rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, cf_names);
  }
  if (!s.ok()) {
    return Status::InvalidArgument("refusing " + dir + ": it is not empty and is not a netra store (" + s.ToString() +
                                   ")");
  }
  if (std::find(cf_names->begin(), cf_names->end(), CfName(kMeta)) == cf_names->end()) {
    return Status::InvalidArgument("refusing " + dir +
                                   ": it is a RocksDB database but not a netra store (no `meta` column family)");
  }
  return DirState::kNetra;
}

Status CheckEmpty(Store::Impl* impl) {
  std::vector<rocksdb::ColumnFamilyHandle*> all = impl->PresentCfs();
  all.push_back(impl->default_cf);
  for (auto* handle : all) {
    std::unique_ptr<rocksdb::Iterator> it(impl->db->NewIterator(rocksdb::ReadOptions(), handle));
    it->SeekToFirst();
    NETRA_RETURN_IF_ERROR(FromRocks(it->status(), "reading " + impl->dir));
    if (it->Valid()) {
      return Status::InvalidArgument("refusing " + impl->dir + ": it has data but no netra marker in `meta`");
    }
  }
  return Status::Ok();
}

Status InitializeMeta(Store::Impl* impl) {
  NETRA_RETURN_IF_ERROR(CheckEmpty(impl));
  rocksdb::WriteBatch batch;
  auto* meta = impl->cf(kMeta);
  std::string version = std::to_string(kFormatVersion);
  rocksdb::Status s = batch.Put(meta, ToSlice(kMetaMagicKey), ToSlice(kMetaMagicValue));
  if (s.ok()) s = batch.Put(meta, ToSlice(kMetaVersionKey), version);
  for (std::string_view key : {kMetaDocumentsKey, kMetaTriplesKey, kMetaSupportsKey}) {
    if (s.ok()) s = batch.Put(meta, ToSlice(key), EncodeCount(0));
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  if (s.ok()) s = impl->db->Write(wo, &batch);
  // Flushed at once, so that CheckBeforeWriting finds it even where it
  // cannot replay the WAL.
  if (s.ok()) s = impl->db->Flush(rocksdb::FlushOptions(), impl->PresentCfs());
  return FromRocks(s, "initializing store " + impl->dir);
}

// Checks the marker and format version read from `meta`.
Status CheckMarker(const std::string& dir, const std::string& magic, bool has_version,
                   const std::string& version_text) {
  if (magic != kMetaMagicValue) return Status::InvalidArgument("refusing " + dir + ": its meta marker is not netra's");
  uint32_t version = 0;
  auto [end, ec] = std::from_chars(version_text.data(), version_text.data() + version_text.size(), version);
  if (!has_version || ec != std::errc() || end != version_text.data() + version_text.size()) {
    return Status::Corruption("store " + dir + " has no readable format version");
  }
  if (version > kFormatVersion) {
    return Status::Unsupported("store " + dir + " has format version " + std::to_string(version) +
                               ", newer than format version " + std::to_string(kFormatVersion) +
                               " that this netra reads: use a newer netra");
  }
  if (version < kOldestReadableVersion) {
    return Status::Unsupported("store " + dir + " has format version " + std::to_string(version) +
                               "; this netra reads format versions " + std::to_string(kOldestReadableVersion) + " to " +
                               std::to_string(kFormatVersion) +
                               ": ingest the documents again into a new store (schema/store_layout.md lists the "
                               "changes)");
  }
  return Status::Ok();
}

// Before a writer opens an existing folder (which rewrites RocksDB's
// MANIFEST, OPTIONS and LOG), reads its marker without modifying anything.
// A folder with data but no marker is refused; one with no data at all is a
// creation interrupted before the marker was written.
Status CheckBeforeWriting(const std::string& dir, const std::vector<std::string>& cf_names) {
  StorePeek peek;
  NETRA_RETURN_IF_ERROR(PeekStore(dir, cf_names, &peek));
  if (peek.has_magic) return CheckMarker(dir, peek.magic, peek.has_version, peek.version_text);
  if (peek.has_data) {
    return Status::InvalidArgument("refusing " + dir +
                                   ": it is a RocksDB database with data but not a netra store (no marker in `meta`)");
  }
  return Status::Ok();
}

// A writer opening a store of an older readable format: DB::Open created
// the column families it lacked (create_missing_column_families), so it now
// has every family of the current format; the marker says so, which keeps a
// netra that knows only the older format (and would fail on the unknown
// family) from opening it. Documents stored before keep no text.
Status UpgradeFormat(Store::Impl* impl) {
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = impl->db->Put(wo, impl->cf(kMeta), ToSlice(kMetaVersionKey), std::to_string(kFormatVersion));
  return FromRocks(s, "upgrading store " + impl->dir + " to format version " + std::to_string(kFormatVersion));
}

// After opening: the marker must be there (a writer adds it to an empty store).
Status CheckMeta(Store::Impl* impl) {
  std::string magic;
  std::string version_text;
  bool has_magic = false;
  bool has_version = false;
  {
    ReadView view(*impl);
    NETRA_RETURN_IF_ERROR(view.Get(kMeta, kMetaMagicKey, &magic, &has_magic));
    NETRA_RETURN_IF_ERROR(view.Get(kMeta, kMetaVersionKey, &version_text, &has_version));
  }
  if (!has_magic) {
    if (impl->secondary)
      return Status::InvalidArgument("refusing " + impl->dir + ": it is not a netra store (no marker)");
    return InitializeMeta(impl);
  }
  NETRA_RETURN_IF_ERROR(CheckMarker(impl->dir, magic, has_version, version_text));
  if (impl->secondary || version_text == std::to_string(kFormatVersion)) return Status::Ok();
  return UpgradeFormat(impl);
}

Status OpenWriter(Store::Impl* impl, DirState state, const std::vector<std::string>& cf_names) {
  const std::string& dir = impl->dir;
  if (state != DirState::kNetra) {
    if (!impl->options.create_if_missing) {
      return Status::NotFound("no netra store at " + dir + " (and create_if_missing is off)");
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::IoError("creating " + dir + ": " + ec.message());
  }
  DirKey key;
  NETRA_RETURN_IF_ERROR(ClaimWriter(dir, &key));
  impl->writer_claim = key;
  if (LockHeldElsewhere(dir)) return Status::Busy(BusyMessage(dir));
  if (state == DirState::kNetra) NETRA_RETURN_IF_ERROR(CheckBeforeWriting(dir, cf_names));

  rocksdb::DBOptions db_options = BuildDbOptions(impl->options);
  db_options.info_log = OpenStoreLog(dir);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = CfDescriptors(impl->options);
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s;
  if (state == DirState::kNetra) {
    // Also finishes a creation that was interrupted after `meta` was created.
    db_options.create_missing_column_families = true;
    s = rocksdb::DB::Open(db_options, dir, descriptors, &handles, &impl->db);
  } else {
    // A new store: `default` first, then ours in one call, which writes the
    // OPTIONS file once instead of once per column family (2 fsyncs each).
    db_options.create_if_missing = true;
    s = rocksdb::DB::Open(db_options, dir, {descriptors[0]}, &handles, &impl->db);
    std::vector<rocksdb::ColumnFamilyHandle*> created;
    if (s.ok()) {
      s = impl->db->CreateColumnFamilies({descriptors.begin() + 1, descriptors.end()}, &created);
      handles.insert(handles.end(), created.begin(), created.end());
    }
    if (s.ok() && handles.size() != descriptors.size()) s = rocksdb::Status::Corruption("missing column families");
  }
  if (IsLockError(s)) return Status::Busy(BusyMessage(dir));  // lost a race with another process
  if (!s.ok()) {
    for (auto* handle : handles) impl->db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    return FromRocks(s, "opening store " + dir);
  }
  TakeHandles(impl, descriptors, handles);
  return Status::Ok();
}

Status OpenReader(Store::Impl* impl, DirState state, const std::vector<std::string>& cf_names) {
  const std::string& dir = impl->dir;
  if (state != DirState::kNetra) return Status::NotFound("no netra store at " + dir);
  for (int i = 0; i < kNumCfs; ++i) {
    const char* name = CfName(static_cast<Cf>(i));
    if (!IsOptionalCf(static_cast<Cf>(i)) && std::find(cf_names.begin(), cf_names.end(), name) == cf_names.end()) {
      // The marker is written after every column family exists: this is a
      // foreign database, or a creation interrupted before the marker.
      return Status::InvalidArgument("refusing " + dir + ": it is not a netra store (no `" + name +
                                     "` column family), or its creation was interrupted");
    }
  }
  impl->secondary = true;
  return OpenSecondary(impl);
}

// Temporary folders of a bulk load that never finished.
void RemoveStaleBulkFolders(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind(kBulkTempPrefix, 0) == 0) {
      std::error_code ignored;
      fs::remove_all(entry.path(), ignored);
    }
  }
}

}  // namespace

void ReleaseWriterClaim(const std::pair<dev_t, ino_t>& key) {
  std::lock_guard<std::mutex> lock(g_claims_mu);
  Claims().erase(key);
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const OpenOptions& options) {
  if (dir.empty()) return Status::InvalidArgument("no store folder given");
  std::vector<std::string> cf_names;
  NETRA_ASSIGN_OR_RETURN(DirState state, InspectDir(dir, &cf_names));
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->options = options;
  if (options.read_only) {
    NETRA_RETURN_IF_ERROR(OpenReader(impl.get(), state, cf_names));
  } else {
    NETRA_RETURN_IF_ERROR(OpenWriter(impl.get(), state, cf_names));
  }
  NETRA_RETURN_IF_ERROR(CheckMeta(impl.get()));
  {
    ReadView view(*impl);
    NETRA_RETURN_IF_ERROR(ReadCounters(view, &impl->counters));
  }
  if (!options.read_only) RemoveStaleBulkFolders(dir);
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

const std::string& Store::dir() const { return impl_->dir; }
bool Store::read_only() const { return impl_->secondary; }

Status Store::Compact() {
  if (impl_->secondary) return Status::InvalidArgument("store " + impl_->dir + " is open read-only");
  rocksdb::CompactRangeOptions options;
  for (auto* handle : impl_->PresentCfs()) {
    NETRA_RETURN_IF_ERROR(
        FromRocks(impl_->db->CompactRange(options, handle, nullptr, nullptr), "compacting " + impl_->dir));
  }
  return Status::Ok();
}

}  // namespace netra::store
