// Store reads: pattern matching, counts, supports, documents.
#include "core/file_util.h"
#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

// The key after every key that starts with `prefix` (for size estimates).
std::string PrefixLimit(std::string_view prefix) {
  std::string limit(prefix);
  while (!limit.empty() && static_cast<unsigned char>(limit.back()) == 0xff) limit.pop_back();
  if (limit.empty()) return std::string(kTripleKeyBytes + 1, '\xff');
  limit.back() = static_cast<char>(static_cast<unsigned char>(limit.back()) + 1);
  return limit;
}

uint64_t IntProperty(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf, const char* name) {
  uint64_t value = 0;
  return db->GetIntProperty(cf, name, &value) ? value : 0;
}

// The triple's ids if all three terms are in the store.
Status FindTripleIds(const ReadView& view, const model::Triple& triple, TripleIds* ids, bool* missing,
                     std::unordered_map<TermId, model::Term>* cache = nullptr) {
  std::optional<TermId> s, p, o;
  NETRA_RETURN_IF_ERROR(
      FindPatternIds(view, triple.subject, triple.predicate, triple.object, &s, &p, &o, missing, cache));
  if (!*missing) *ids = TripleIds{*s, *p, *o};
  return Status::Ok();
}

}  // namespace

Status Store::Match(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                    const std::optional<model::Term>& o, const std::function<bool(const model::Triple&)>& fn,
                    TermCache* cache) const {
  ReadView view(*impl_);
  std::optional<TermId> sid, pid, oid;
  bool missing = false;
  std::unordered_map<TermId, model::Term>* known = cache != nullptr ? cache->ForCall() : nullptr;
  NETRA_RETURN_IF_ERROR(FindPatternIds(view, s, p, o, &sid, &pid, &oid, &missing, known));
  if (missing) return Status::Ok();
  ScanPlan plan = PlanScan(sid, pid, oid);
  TermReader terms(view, known);
  if (sid && pid && oid) {
    // Is this one triple stored? A point read (the bloom filters answer most
    // misses) instead of an iterator: a query asks it once per row.
    std::string value;
    bool found = false;
    NETRA_RETURN_IF_ERROR(view.Get(IndexCf(plan.order), plan.prefix, &value, &found));
    if (!found) return Status::Ok();
    model::Triple triple;
    NETRA_RETURN_IF_ERROR(terms.GetTriple(TripleIds{*sid, *pid, *oid}, &triple));
    fn(triple);
    return Status::Ok();
  }
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(IndexCf(plan.order), plan.prefix, [&](std::string_view key, std::string_view) {
    TripleIds ids;
    if (!DecodeTripleKey(key, plan.order, &ids)) {
      inner = Status::Corruption(std::string("malformed key in ") + CfName(IndexCf(plan.order)));
      return false;
    }
    model::Triple triple;
    inner = terms.GetTriple(ids, &triple);
    return inner.ok() && fn(triple);
  }));
  return inner;
}

Result<uint64_t> Store::CountMatches(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                                     const std::optional<model::Term>& o) const {
  ReadView view(*impl_);
  std::optional<TermId> sid, pid, oid;
  bool missing = false;
  NETRA_RETURN_IF_ERROR(FindPatternIds(view, s, p, o, &sid, &pid, &oid, &missing));
  if (missing) return uint64_t{0};
  ScanPlan plan = PlanScan(sid, pid, oid);
  uint64_t n = 0;
  NETRA_RETURN_IF_ERROR(view.Scan(IndexCf(plan.order), plan.prefix, [&](std::string_view, std::string_view) {
    ++n;
    return true;
  }));
  return n;
}

Result<uint64_t> Store::EstimateMatches(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                                        const std::optional<model::Term>& o) const {
  std::optional<TermId> sid, pid, oid;
  ScanPlan plan;
  {
    ReadView view(*impl_);
    bool missing = false;
    NETRA_RETURN_IF_ERROR(FindPatternIds(view, s, p, o, &sid, &pid, &oid, &missing));
    if (missing) return uint64_t{0};
    if (!sid && !pid && !oid) {
      StoreCounters counters;
      NETRA_RETURN_IF_ERROR(ReadCounters(view, &counters));
      return counters.triples;
    }
    plan = PlanScan(sid, pid, oid);
    if (plan.prefix.size() == kTripleKeyBytes) {
      std::string value;
      bool found = false;
      NETRA_RETURN_IF_ERROR(view.Get(kSpo, plan.prefix, &value, &found));
      return uint64_t{found ? 1u : 0u};
    }
  }
  // Keys in memtables are counted; bytes in SST files are converted to keys
  // with the column family's average bytes per key.
  rocksdb::DB* db = impl_->db;
  rocksdb::ColumnFamilyHandle* cf = impl_->cf(IndexCf(plan.order));
  std::string limit = PrefixLimit(plan.prefix);
  rocksdb::Range range(ToSlice(plan.prefix), ToSlice(limit));
  uint64_t mem_keys = 0, mem_bytes = 0;
  db->GetApproximateMemTableStats(cf, range, &mem_keys, &mem_bytes);
  rocksdb::SizeApproximationOptions options;
  options.include_memtables = false;
  options.include_files = true;
  options.files_size_error_margin = 0.1;
  uint64_t file_bytes = 0;
  NETRA_RETURN_IF_ERROR(FromRocks(db->GetApproximateSizes(options, cf, &range, 1, &file_bytes), "estimating"));
  uint64_t all_keys = IntProperty(db, cf, "rocksdb.estimate-num-keys");
  uint64_t memtable_keys = IntProperty(db, cf, "rocksdb.num-entries-active-mem-table") +
                           IntProperty(db, cf, "rocksdb.num-entries-imm-mem-tables");
  uint64_t sst_keys = all_keys > memtable_keys ? all_keys - memtable_keys : 0;
  uint64_t sst_bytes = IntProperty(db, cf, "rocksdb.live-sst-files-size");
  uint64_t from_files =
      sst_bytes == 0 ? 0 : static_cast<uint64_t>(static_cast<double>(file_bytes) * sst_keys / sst_bytes);
  return mem_keys + from_files;
}

Result<uint64_t> Store::SupportCount(const model::Triple& triple) const {
  ReadView view(*impl_);
  TripleIds ids;
  bool missing = false;
  NETRA_RETURN_IF_ERROR(FindTripleIds(view, triple, &ids, &missing));
  if (missing) return uint64_t{0};
  std::string value;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view.Get(kProv, EncodeCountKey(ids), &value, &found));
  if (!found) return uint64_t{0};
  uint64_t n = 0;
  if (!DecodeCount(value, &n)) return Status::Corruption("malformed support count");
  return n;
}

Status Store::Supports(const model::Triple& triple, std::vector<model::Provenance>* out, TermCache* terms) const {
  out->clear();
  ReadView view(*impl_);
  TripleIds ids;
  bool missing = false;
  NETRA_RETURN_IF_ERROR(FindTripleIds(view, triple, &ids, &missing, terms != nullptr ? terms->ForCall() : nullptr));
  if (missing) return Status::Ok();
  Status inner;
  std::vector<Span> spans;
  NETRA_RETURN_IF_ERROR(view.Scan(kProv, EncodeCountKey(ids), [&](std::string_view key, std::string_view value) {
    if (key.size() == kTripleKeyBytes) return true;  // the count key
    if (!DecodeSpans(value, &spans)) {
      inner = Status::Corruption("malformed support of document " + std::string(key.substr(kTripleKeyBytes)));
      return false;
    }
    for (const Span& span : spans) out->push_back(ProvenanceOf(key.substr(kTripleKeyBytes), span));
    return true;
  }));
  return inner;
}

Status Store::ListDocuments(
    const std::function<bool(const std::string& id, uint64_t hash, const std::string& metadata)>& fn) const {
  ReadView view(*impl_);
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kDocs, "", [&](std::string_view key, std::string_view value) {
    uint64_t hash = 0;
    std::string_view metadata;
    if (!DecodeDocHeader(value, &hash, &metadata)) {
      inner = Status::Corruption("document record of " + std::string(key) + " is malformed");
      return false;
    }
    return fn(std::string(key), hash, std::string(metadata));
  }));
  return inner;
}

Status Store::ForEachDocumentTriples(
    const std::function<void(std::string_view doc_id, const std::vector<TripleIds>& triples)>& fn) const {
  ReadView view(*impl_);
  Status inner;
  DocRecord record;
  NETRA_RETURN_IF_ERROR(view.Scan(kDocs, "", [&](std::string_view key, std::string_view value) {
    if (!DecodeDocRecord(value, &record)) {
      inner = Status::Corruption("document record of " + std::string(key) + " is malformed");
      return false;
    }
    fn(key, record.triples);
    return true;
  }));
  return inner;
}

bool Store::KeepsText() const {
  ReadView view(*impl_);  // holds off Refresh, which replaces the handles
  return impl_->HasCf(kText);
}

Result<std::optional<std::string>> Store::DocumentText(const std::string& doc_id) const {
  ReadView view(*impl_);
  if (!impl_->HasCf(kText)) return std::optional<std::string>();
  std::string text;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view.Get(kText, doc_id, &text, &found));
  if (!found) return std::optional<std::string>();
  return std::optional<std::string>(std::move(text));
}

Result<std::string> Store::Version() const {
  ReadView view(*impl_);  // holds off Refresh, which replaces the instance
  std::string identity;
  NETRA_RETURN_IF_ERROR(FromRocks(view.impl().db->GetDbIdentity(identity), "reading the identity of " + impl_->dir));
  if (identity.empty()) {
    // A secondary instance (every reader) answers with an empty identity:
    // RocksDB sets it only when it opens a database as its primary. Without
    // it, two stores at the same sequence number (bulk-loaded stores all
    // sit near 6) would share versions, and a reader's version would differ
    // from a writer's. The primary's IDENTITY file is what it would say.
    NETRA_ASSIGN_OR_RETURN(identity, ReadFile(impl_->dir + "/IDENTITY"));
    while (!identity.empty() && (identity.back() == '\n' || identity.back() == '\r')) identity.pop_back();
    if (identity.empty()) return Status::Corruption("store " + impl_->dir + " has an empty IDENTITY file");
  }
  return identity + "@" + std::to_string(view.impl().db->GetLatestSequenceNumber());
}

Result<StoreCounters> Store::Counters() const {
  ReadView view(*impl_);
  StoreCounters counters;
  NETRA_RETURN_IF_ERROR(ReadCounters(view, &counters));
  return counters;
}

}  // namespace netra::store
