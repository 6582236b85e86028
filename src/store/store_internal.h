// Internals of netra_store shared by its .cpp files: the RocksDB handles,
// column families, meta keys, read views and the term dictionary helpers.
// The only header of the module that includes RocksDB; never include it
// outside src/store/.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <sys/types.h>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/key_codec.h"
#include "store/store.h"

namespace netra::store {

// The layout version in schema/store_layout.md; stored in meta at creation
// and checked at every open.
inline constexpr uint32_t kFormatVersion = 3;
// The oldest version this netra opens. Format 3 only added the `text` column
// family: a format-2 store opens without it (no document has its text), and
// a writer that opens one creates the family and marks the store format 3.
inline constexpr uint32_t kOldestReadableVersion = 2;

// Column families after `default` (which netra leaves empty). Their names are
// persisted. `meta` is created first: a folder with a `meta` column family but
// no marker and no data is a creation that was interrupted, which the next
// writer finishes. DO NOT renumber. `text` (format 3) may be absent from an
// open store: its handle is then null (HasCf).
enum Cf : int { kMeta = 0, kDict, kSpo, kPos, kOsp, kProv, kDocs, kText, kNumCfs };
const char* CfName(Cf cf);
// True for the column families a store of an older format may lack.
bool IsOptionalCf(Cf cf);
Cf IndexCf(IndexOrder order);

// Keys in `meta`.
inline constexpr std::string_view kMetaMagicKey = "netra.magic";
inline constexpr std::string_view kMetaMagicValue = "netra-store";
inline constexpr std::string_view kMetaVersionKey = "netra.format_version";  // decimal ASCII
inline constexpr std::string_view kMetaDocumentsKey = "count.documents";     // EncodeCount
inline constexpr std::string_view kMetaTriplesKey = "count.triples";
inline constexpr std::string_view kMetaSupportsKey = "count.supports";

// Prefix of the bulk loader's temporary folders inside the store folder.
inline constexpr std::string_view kBulkTempPrefix = "bulk.tmp.";

rocksdb::DBOptions BuildDbOptions(const OpenOptions& options);
// A writer's info log: `dir`/LOG, appended with stdio (store_internal.cpp
// says why); null if it cannot be opened.
std::shared_ptr<rocksdb::Logger> OpenStoreLog(const std::string& dir);
rocksdb::ColumnFamilyOptions BuildCfOptions(Cf cf, const OpenOptions& options);
// `default`, then every Cf in order: what DB::Open and OpenAsSecondary take.
// With `present` (the folder's column families), an optional Cf it lacks is
// left out: a reader cannot create it.
std::vector<rocksdb::ColumnFamilyDescriptor> CfDescriptors(const OpenOptions& options,
                                                           const std::vector<std::string>* present = nullptr);

// rocksdb::Status -> netra Status, with `context` in front of the message.
Status FromRocks(const rocksdb::Status& s, const std::string& context);

inline rocksdb::Slice ToSlice(std::string_view v) { return {v.data(), v.size()}; }
inline std::string_view ToView(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

struct Store::Impl {
  ~Impl();  // closes the database, removes the secondary folder, releases the claim

  std::string dir;
  OpenOptions options;
  rocksdb::DB* db = nullptr;
  rocksdb::ColumnFamilyHandle* default_cf = nullptr;
  std::array<rocksdb::ColumnFamilyHandle*, kNumCfs> cfs{};
  bool secondary = false;
  std::string secondary_path;  // reader only: the secondary's LOG and WAL links
  // Reader only: the store folder's write trail (WriteTrail) as it was just
  // before this view was opened: RefreshIfChanged compares it with today's.
  std::string opened_trail;
  std::optional<std::pair<dev_t, ino_t>> writer_claim;  // writer only

  // Reader: reads hold it shared; Refresh takes it exclusively to swap in a
  // new secondary instance (secondaries have no snapshots: a secondary that
  // nobody refreshes is what keeps one read call on one state).
  mutable std::shared_mutex refresh_mu;

  // Serializes writers. The fields below are GUARDED_BY(write_mu).
  std::mutex write_mu;
  StoreCounters counters;  // mirrors meta; updated after each commit
  bool bulk_active = false;
  // A write or flush failed (a full disk, an I/O error): RocksDB keeps the
  // error, and a flush on close would only trip its assertions.
  bool write_failed = false;
  // Dictionary entries known to be committed, to spare a read per term.
  // Bounded: cleared when it passes kMaxVerifiedTerms.
  std::unordered_map<TermId, std::string> verified_terms;
  static constexpr size_t kMaxVerifiedTerms = 1 << 20;

  rocksdb::ColumnFamilyHandle* cf(Cf c) const { return cfs[c]; }
  bool HasCf(Cf c) const { return cfs[c] != nullptr; }
  // The handles of the column families the store has (not `default`).
  std::vector<rocksdb::ColumnFamilyHandle*> PresentCfs() const;
  rocksdb::WriteOptions WriteOpts() const;
  // Destroys the handles, closes the database and removes a reader's
  // folder (the destructor's work, less a writer's final flush).
  void CloseDatabase();
};

// One consistent state to read from: a snapshot on a writer; on a reader the
// shared refresh lock.
class ReadView {
 public:
  explicit ReadView(const Store::Impl& impl);
  ~ReadView();
  ReadView(const ReadView&) = delete;
  ReadView& operator=(const ReadView&) = delete;

  const Store::Impl& impl() const { return impl_; }
  // `found` false (and OK) if the key is absent.
  Status Get(Cf cf, std::string_view key, std::string* value, bool* found) const;
  // Calls fn(key, value) for each key starting with `prefix`, in order, until
  // fn returns false.
  Status Scan(Cf cf, std::string_view prefix,
              const std::function<bool(std::string_view key, std::string_view value)>& fn) const;
  // An iterator over this view, for callers that walk or seek many keys in
  // order (store_ids.cpp). It must not outlive the view; `upper_bound` (null:
  // none) must outlive it. `fill_cache` false keeps a scan larger than the
  // block cache from evicting what point reads need.
  std::unique_ptr<rocksdb::Iterator> NewIterator(Cf cf, const rocksdb::Slice* upper_bound = nullptr,
                                                 bool fill_cache = true) const;

 private:
  const Store::Impl& impl_;
  const rocksdb::Snapshot* snapshot_ = nullptr;
  std::shared_lock<std::shared_mutex> lock_;
  rocksdb::ReadOptions read_options_;
};

// Decodes term ids through the dictionary, caching what it read.
class TermReader {
 public:
  // `shared`, when given, is the map read and filled instead of the
  // reader's own (TermCache: kept across calls).
  explicit TermReader(const ReadView& view, std::unordered_map<TermId, model::Term>* shared = nullptr)
      : view_(view), terms_(shared != nullptr ? shared : &cache_) {}
  // Corruption if the dictionary has no entry for `id`.
  Result<const model::Term*> Get(TermId id);
  Status GetTriple(const TripleIds& ids, model::Triple* triple);

 private:
  const ReadView& view_;
  std::unordered_map<TermId, model::Term> cache_;
  std::unordered_map<TermId, model::Term>* terms_;
};

// The id under which the store holds `term`, or nullopt if it holds no such
// term (including when another term owns the term's hash).
Result<std::optional<TermId>> FindTermId(const ReadView& view, const model::Term& term);
// FindTermId for each bound position; `missing` is set if a bound term is not
// in the store (then nothing can match). With `known` (a TermCache's terms),
// a term met before is known by its id without a dictionary read, and each
// term found is added to it.
Status FindPatternIds(const ReadView& view, const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                      const std::optional<model::Term>& o, std::optional<TermId>* sid, std::optional<TermId>* pid,
                      std::optional<TermId>* oid, bool* missing,
                      std::unordered_map<TermId, model::Term>* known = nullptr);
// InvalidArgument unless doc_id is set and every fact names it as its document.
Status ValidateDocument(const DocumentFacts& doc);

// Corruption naming both terms of a hash collision.
Status CollisionError(TermId id, std::string_view stored, std::string_view incoming);

// What a folder with a `meta` column family holds, read through a secondary
// instance that replays links to its WALs: nothing in the folder is modified.
struct StorePeek {
  bool has_magic = false;
  std::string magic;
  bool has_version = false;
  std::string version_text;
  bool has_data = false;  // any key in any column family
};
// `cf_names` as listed by DB::ListColumnFamilies (store_reader.cpp).
Status PeekStore(const std::string& dir, const std::vector<std::string>& cf_names, StorePeek* peek);

// Stores the handles DB::Open returned for `descriptors` (CfDescriptors()),
// by name; a Cf left out of them keeps a null handle.
void TakeHandles(Store::Impl* impl, const std::vector<rocksdb::ColumnFamilyDescriptor>& descriptors,
                 const std::vector<rocksdb::ColumnFamilyHandle*>& handles);

// Opens impl->dir as a consistent secondary instance into impl's db, handles,
// secondary_path and opened_trail (store_reader.cpp). REQUIRES: impl->secondary.
Status OpenSecondary(Store::Impl* impl);

// Lets another Store of this process open the folder for writing again
// (store_open.cpp keeps the registry).
void ReleaseWriterClaim(const std::pair<dev_t, ino_t>& key);

// Reads the meta counters (not the cache in Impl).
Status ReadCounters(const ReadView& view, StoreCounters* counters);

}  // namespace netra::store
