#include "store/store_internal.h"

#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>

#include "core/deadline.h"
#include "store/record_codec.h"
#include "store/term_hash.h"

namespace netra::store {

const char* CfName(Cf cf) {
  switch (cf) {
    case kMeta: return "meta";
    case kDict: return "dict";
    case kSpo: return "spo";
    case kPos: return "pos";
    case kOsp: return "osp";
    case kProv: return "prov";
    case kDocs: return "docs";
    case kText: return "text";
    case kNumCfs: break;
  }
  return "?";
}

bool IsOptionalCf(Cf cf) { return cf == kText; }

namespace {

// The best compression this RocksDB build has, for the documents' text
// (read only by `netra evidence`, so ratio matters more than speed).
rocksdb::CompressionType TextCompression() {
  std::vector<rocksdb::CompressionType> supported = rocksdb::GetSupportedCompressions();
  for (rocksdb::CompressionType c : {rocksdb::kZSTD, rocksdb::kLZ4Compression, rocksdb::kSnappyCompression}) {
    if (std::find(supported.begin(), supported.end(), c) != supported.end()) return c;
  }
  return rocksdb::kNoCompression;
}

}  // namespace

Cf IndexCf(IndexOrder order) {
  switch (order) {
    case IndexOrder::kSpo: return kSpo;
    case IndexOrder::kPos: return kPos;
    case IndexOrder::kOsp: return kOsp;
  }
  return kSpo;
}

namespace {

// The writer's info LOG, written with stdio. RocksDB's own file logger goes
// through a WritableFileWriter, and Debian builds RocksDB with assertions:
// once one append to LOG fails (a full disk), RocksDB logs that very error
// to LOG and the second append aborts the process (`sync_without_flush_
// called_`), so the user would see SIGABRT instead of "No space left on
// device". This logger drops what it cannot write.
class StoreLog : public rocksdb::Logger {
 public:
  explicit StoreLog(std::FILE* file) : rocksdb::Logger(rocksdb::InfoLogLevel::INFO_LEVEL), file_(file) {}
  ~StoreLog() override {
    if (file_ != nullptr) std::fclose(file_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    std::fflush(file_);
  }

 private:
  std::mutex mu_;
  std::FILE* file_;
};

}  // namespace

std::shared_ptr<rocksdb::Logger> OpenStoreLog(const std::string& dir) {
  // One previous LOG is kept, as RocksDB keeps a few; a LOG is only read
  // when something went wrong.
  const std::string path = dir + "/LOG";
  std::error_code ec;
  if (std::filesystem::file_size(path, ec) > (4u << 20) && !ec) std::filesystem::rename(path, path + ".old", ec);
  std::FILE* file = std::fopen(path.c_str(), "a");
  if (file == nullptr) return nullptr;  // RocksDB then makes its own
  return std::make_shared<StoreLog>(file);
}

rocksdb::DBOptions BuildDbOptions(const OpenOptions& options) {
  rocksdb::DBOptions db;
  db.max_background_jobs = 2;  // the machine has 2 cores, shared
  db.keep_log_file_num = 4;
  db.max_manifest_file_size = 64ull << 20;
  // Flush all column families together, as one atomic MANIFEST group, so
  // that the flushed state alone is always consistent across column
  // families: a reader that cannot replay the WAL sees it (store_reader.cpp).
  db.atomic_flush = true;
  if (options.read_only) db.max_open_files = -1;  // required by secondary instances
  // Which opens every table file at open, by default with 16 threads per
  // column family: 180 threads for a reader of a 100k store, more than 2
  // cores use.
  db.max_file_opening_threads = 2;
  // Statistics that guide compaction, which a reader never runs; loading
  // them reads the properties of up to a few table files at each open.
  if (options.read_only) db.skip_stats_update_on_db_open = true;
  // Table files are read through mmap: a block read is then a memory copy
  // instead of a pread system call, which on the VMs we measure on costs
  // as much as decoding the block (~8% of a scan-heavy query).
  db.allow_mmap_reads = options.mmap_reads;
  return db;
}

namespace {

// The block cache of OpenOptions::block_cache_bytes: one per size, for the
// life of the process.
std::shared_ptr<rocksdb::Cache> SharedBlockCache(size_t bytes) {
  static std::mutex mu;
  static std::map<size_t, std::shared_ptr<rocksdb::Cache>> caches;
  std::lock_guard<std::mutex> lock(mu);
  std::shared_ptr<rocksdb::Cache>& cache = caches[bytes];
  if (cache == nullptr) cache = rocksdb::NewLRUCache(bytes);
  return cache;
}

}  // namespace

rocksdb::ColumnFamilyOptions BuildCfOptions(Cf cf, const OpenOptions& options) {
  rocksdb::ColumnFamilyOptions cfo;
  rocksdb::BlockBasedTableOptions table;
  if (options.block_cache_bytes > 0) table.block_cache = SharedBlockCache(options.block_cache_bytes);
  // Point reads (dictionary ids, documents, support counts) want a filter;
  // the index column families are only prefix-scanned.
  if (cf == kDict || cf == kDocs || cf == kProv) {
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  }
  if (cf == kText) {
    // Blocks of several articles compress better than one article each.
    table.block_size = 32 << 10;
    cfo.compression = TextCompression();
  }
  cfo.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  if (options.bulk_load) {
    cfo.disable_auto_compactions = true;
    cfo.write_buffer_size = 128ull << 20;
  }
  return cfo;
}

std::vector<rocksdb::ColumnFamilyDescriptor> CfDescriptors(const OpenOptions& options,
                                                           const std::vector<std::string>* present) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, rocksdb::ColumnFamilyOptions());
  for (int i = 0; i < kNumCfs; ++i) {
    auto cf = static_cast<Cf>(i);
    if (present != nullptr && IsOptionalCf(cf) &&
        std::find(present->begin(), present->end(), CfName(cf)) == present->end()) {
      continue;
    }
    descriptors.emplace_back(CfName(cf), BuildCfOptions(cf, options));
  }
  return descriptors;
}

void TakeHandles(Store::Impl* impl, const std::vector<rocksdb::ColumnFamilyDescriptor>& descriptors,
                 const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  impl->default_cf = handles[0];
  impl->cfs.fill(nullptr);
  for (size_t k = 1; k < descriptors.size() && k < handles.size(); ++k) {
    for (int i = 0; i < kNumCfs; ++i) {
      if (descriptors[k].name == CfName(static_cast<Cf>(i))) impl->cfs[i] = handles[k];
    }
  }
}

std::vector<rocksdb::ColumnFamilyHandle*> Store::Impl::PresentCfs() const {
  std::vector<rocksdb::ColumnFamilyHandle*> present;
  for (auto* handle : cfs) {
    if (handle != nullptr) present.push_back(handle);
  }
  return present;
}

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  std::string msg = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsBusy() || s.IsTryAgain()) return Status::Busy(msg);
  if (s.IsNotSupported()) return Status::Unsupported(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  return Status::IoError(msg);
}

Store::Impl::~Impl() {
  if (db != nullptr && !secondary && cfs[0] != nullptr && !write_failed) {  // handles are set once the open succeeded
    // Readers that cannot link WAL files see only flushed data: flush what
    // this session wrote (all column families at once: atomic_flush).
    db->Flush(rocksdb::FlushOptions(), PresentCfs()).PermitUncheckedError();
  }
  CloseDatabase();
  if (writer_claim) ReleaseWriterClaim(*writer_claim);  // only once RocksDB let go of LOCK
}

void Store::Impl::CloseDatabase() {
  if (db != nullptr) {
    for (auto*& handle : cfs) {
      if (handle != nullptr) db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
      handle = nullptr;
    }
    if (default_cf != nullptr) db->DestroyColumnFamilyHandle(default_cf).PermitUncheckedError();
    default_cf = nullptr;
    db->Close().PermitUncheckedError();  // nothing to do about it when closing
    delete db;
    db = nullptr;
  }
  if (!secondary_path.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(secondary_path, ec);
    secondary_path.clear();
  }
}

rocksdb::WriteOptions Store::Impl::WriteOpts() const {
  rocksdb::WriteOptions wo;
  wo.sync = options.sync_writes;
  wo.disableWAL = false;
  return wo;
}

ReadView::ReadView(const Store::Impl& impl) : impl_(impl) {
  if (impl.secondary) {
    lock_ = std::shared_lock<std::shared_mutex>(impl.refresh_mu);
  } else {
    snapshot_ = impl.db->GetSnapshot();
    read_options_.snapshot = snapshot_;
  }
}

ReadView::~ReadView() {
  if (snapshot_ != nullptr) impl_.db->ReleaseSnapshot(snapshot_);
}

Status ReadView::Get(Cf cf, std::string_view key, std::string* value, bool* found) const {
  rocksdb::PinnableSlice pinned;
  rocksdb::Status s = impl_.db->Get(read_options_, impl_.cf(cf), ToSlice(key), &pinned);
  if (s.IsNotFound()) {
    *found = false;
    return Status::Ok();
  }
  if (!s.ok()) return FromRocks(s, std::string("reading ") + CfName(cf));
  *found = true;
  value->assign(pinned.data(), pinned.size());
  return Status::Ok();
}

Status ReadView::Scan(Cf cf, std::string_view prefix,
                      const std::function<bool(std::string_view key, std::string_view value)>& fn) const {
  rocksdb::ReadOptions ro = read_options_;
  std::string upper;
  rocksdb::Slice upper_slice;
  // The smallest key after every key with this prefix: the prefix with its
  // last non-0xff byte incremented (none if the prefix is all 0xff or empty).
  upper.assign(prefix);
  while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
  if (!upper.empty()) {
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    upper_slice = ToSlice(upper);
    ro.iterate_upper_bound = &upper_slice;
  }
  std::unique_ptr<rocksdb::Iterator> it(impl_.db->NewIterator(ro, impl_.cf(cf)));
  DeadlineTicker deadline;
  for (it->Seek(ToSlice(prefix)); it->Valid(); it->Next()) {
    NETRA_RETURN_IF_ERROR(deadline.Tick());
    std::string_view key = ToView(it->key());
    if (key.substr(0, prefix.size()) != prefix) break;
    if (!fn(key, ToView(it->value()))) break;
  }
  return FromRocks(it->status(), std::string("scanning ") + CfName(cf));
}

std::unique_ptr<rocksdb::Iterator> ReadView::NewIterator(Cf cf, const rocksdb::Slice* upper_bound,
                                                         bool fill_cache) const {
  rocksdb::ReadOptions ro = read_options_;
  ro.iterate_upper_bound = upper_bound;
  ro.fill_cache = fill_cache;
  return std::unique_ptr<rocksdb::Iterator>(impl_.db->NewIterator(ro, impl_.cf(cf)));
}

Result<const model::Term*> TermReader::Get(TermId id) {
  auto it = terms_->find(id);
  if (it != terms_->end()) return &it->second;
  std::string key;
  PutFixed64BE(&key, id);
  std::string value;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view_.Get(kDict, key, &value, &found));
  if (!found) return Status::Corruption("term id " + std::to_string(id) + " is not in the dictionary");
  Result<model::Term> term = model::Term::Decode(value);
  if (!term.ok()) return term.status().WithContext("dictionary entry " + std::to_string(id));
  return &terms_->emplace(id, std::move(term).value()).first->second;
}

Status TermReader::GetTriple(const TripleIds& ids, model::Triple* triple) {
  NETRA_ASSIGN_OR_RETURN(const model::Term* s, Get(ids.s));
  triple->subject = *s;
  NETRA_ASSIGN_OR_RETURN(const model::Term* p, Get(ids.p));
  triple->predicate = *p;
  NETRA_ASSIGN_OR_RETURN(const model::Term* o, Get(ids.o));
  triple->object = *o;
  return Status::Ok();
}

Result<std::optional<TermId>> FindTermId(const ReadView& view, const model::Term& term) {
  std::string encoded = term.Encode();
  TermId id = HashTerm(encoded);
  std::string key;
  PutFixed64BE(&key, id);
  std::string stored;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view.Get(kDict, key, &stored, &found));
  if (!found || stored != encoded) return std::optional<TermId>();
  return std::optional<TermId>(id);
}

Status FindPatternIds(const ReadView& view, const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                      const std::optional<model::Term>& o, std::optional<TermId>* sid, std::optional<TermId>* pid,
                      std::optional<TermId>* oid, bool* missing, std::unordered_map<TermId, model::Term>* known) {
  *missing = false;
  const std::optional<model::Term>* terms[3] = {&s, &p, &o};
  std::optional<TermId>* ids[3] = {sid, pid, oid};
  for (int i = 0; i < 3; ++i) {
    ids[i]->reset();
    if (!terms[i]->has_value()) continue;
    const model::Term& term = **terms[i];
    if (known != nullptr) {
      TermId id = HashTerm(term.Encode());
      auto it = known->find(id);
      if (it != known->end() && it->second == term) {
        *ids[i] = id;
        continue;
      }
    }
    NETRA_ASSIGN_OR_RETURN(std::optional<TermId> id, FindTermId(view, term));
    if (!id) {
      *missing = true;
      return Status::Ok();
    }
    *ids[i] = id;
    if (known != nullptr) known->emplace(*id, term);
  }
  return Status::Ok();
}

Status CollisionError(TermId id, std::string_view stored, std::string_view incoming) {
  auto show = [](std::string_view encoded) {
    Result<model::Term> t = model::Term::Decode(encoded);
    return t.ok() ? t->ToString() : std::string("<undecodable>");
  };
  return Status::Corruption("term id collision: " + show(incoming) + " hashes to id " + std::to_string(id) +
                            ", which the dictionary holds for " + show(stored));
}

Status ReadCounters(const ReadView& view, StoreCounters* counters) {
  struct Field {
    std::string_view key;
    uint64_t* value;
  };
  Field fields[] = {{kMetaDocumentsKey, &counters->documents},
                    {kMetaTriplesKey, &counters->triples},
                    {kMetaSupportsKey, &counters->supports}};
  for (const Field& f : fields) {
    std::string value;
    bool found = false;
    NETRA_RETURN_IF_ERROR(view.Get(kMeta, f.key, &value, &found));
    *f.value = 0;
    if (found && !DecodeCount(value, f.value)) {
      return Status::Corruption("meta counter " + std::string(f.key) + " is malformed");
    }
  }
  return Status::Ok();
}

}  // namespace netra::store
