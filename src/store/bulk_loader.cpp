// BulkLoader: the keys of WriteDocuments, produced through external sorting
// and ingested as SST files into all column families in one atomic step
// (DB::IngestExternalFiles records every file in one MANIFEST edit).
//
// Per document, Add emits: dictionary entries, one support per distinct
// triple (its count key + doc id), its SPO, POS and OSP keys (unless the
// buffers hold them already, from another document) and its document
// record. Support counts are not buffered: Finish derives them
// while merging the supports, which arrive grouped by triple; the count key
// (the bare `P S O`) sorts before its supports, so each triple's supports
// are held until the group ends, then written after its count. (The SPO
// keys were once derived there too, when `prov` was in SPO order; since it
// leads with the predicate they are sorted like the other two orders.)
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "core/check.h"
#include "core/id_map.h"
#include "core/side_by_side.h"
#include "store/record_codec.h"
#include "store/run_tasks_internal.h"
#include "store/sst_set_internal.h"
#include "store/sst_sorter_internal.h"
#include "store/store_internal.h"
#include "store/term_hash.h"
#include "store/triple_set_internal.h"

namespace netra::store {

namespace fs = std::filesystem;

struct BulkLoader::Rep {
  // `store_impl` null: an SST set written to `set_dir`.
  Rep(Store::Impl* store_impl, std::string temp, std::string set, const BulkOptions& opts);
  ~Rep();

  Status Add(DocumentFacts doc);
  Status Finish(WriteCounters* out);

  uint64_t Buffered() const;
  Status SpillInBackground();
  Status WaitForSpill();
  Status AddTerm(const model::Term& term, TermId* id);
  void AddIndexKeys(const TripleIds& t);
  Result<std::optional<uint64_t>> StoredHash(const std::string& doc_id) const;
  Result<uint64_t> StoredCount(const std::string& count_key) const;
  Status MergeDictionary(SstOutput* out);
  Status MergeSupports(SstOutput* prov, uint64_t* triples_added, uint64_t* supports);
  Status MergeKeys(RunSorter* sorter, SstOutput* out);
  Status Ingest(const std::vector<std::pair<Cf, SstOutput*>>& outputs);
  Status WriteSet(const std::vector<std::pair<Cf, SstOutput*>>& outputs, const StoreCounters& counters);

  rocksdb::Options CfOptions(Cf cf) const {
    const OpenOptions& open = impl != nullptr ? impl->options : OpenOptions{};
    return rocksdb::Options(BuildDbOptions(open), BuildCfOptions(cf, open));
  }

  Store::Impl* impl;     // null for an SST set
  bool store_empty;      // nothing stored before: no look-ups needed while merging
  std::string temp_dir;  // run files, removed at the end
  std::string set_dir;   // an SST set's folder, or empty
  BulkOptions options;
  RunSorter dict, prov, spo, pos, osp, docs, text;
  std::unordered_map<std::string, uint64_t> added;  // doc id -> content hash
  // Terms already given to `dict`: id -> a second hash of the encoded term
  // (CheckHash), so a repeated term skips the sort and a hash collision is
  // still caught.
  IdMap buffered_terms;
  // Triples whose index keys the buffers hold: a triple stated by several
  // documents gets its keys once per buffer (emptied at each spill).
  TripleSet buffered_triples;
  WriteCounters counters;
  // The runs being written while Add fills the next buffers: sorting and
  // writing them is most of a spill, and it overlaps with building keys.
  std::future<Status> spilling;
  // Add's buffers, kept between documents so that their memory is reused:
  // besides the time, a request of a kilobyte or more per document makes
  // glibc's malloc sort through every small block the previous documents
  // freed (half the time of a load after a long extraction, measured).
  std::vector<std::pair<TripleIds, Span>> stated;
  std::vector<Span> spans;
  DocRecord record_buf;
  std::string key_buf, value_buf, term_buf;
  bool spent = false;        // finished, or failed beyond repair
  bool set_written = false;  // an SST set with its manifest is complete
};

namespace {

Status KeyConflict(std::string_view key, std::string_view, std::string_view) {
  return Status::Corruption("bulk load produced key '" + std::string(key) + "' twice with different values");
}

Status DictConflict(std::string_view key, std::string_view a, std::string_view b) {
  return CollisionError(DecodeFixed64BE(key.data()), a, b);
}

// FNV-1a, 32 bits: independent enough of HashTerm to tell two terms apart.
// Never UINT32_MAX, which IdMap reserves for its empty slots.
uint32_t CheckHash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h == UINT32_MAX ? h - 1 : h;
}

std::atomic<uint64_t> g_loader_serial{0};

}  // namespace

BulkLoader::Rep::Rep(Store::Impl* store_impl, std::string temp, std::string set, const BulkOptions& opts)
    : impl(store_impl),
      store_empty(true),
      temp_dir(std::move(temp)),
      set_dir(std::move(set)),
      options(opts),
      dict(temp_dir, "dict", DictConflict),
      prov(temp_dir, "prov", KeyConflict),
      spo(temp_dir, "spo", KeyConflict),
      pos(temp_dir, "pos", KeyConflict),
      osp(temp_dir, "osp", KeyConflict),
      docs(temp_dir, "docs", KeyConflict),
      text(temp_dir, "text", KeyConflict) {
  if (impl != nullptr) {
    // Terms outlive the documents that used them (the dictionary is never
    // pruned), so "empty" means no triple and no dictionary entry.
    std::lock_guard<std::mutex> lock(impl->write_mu);
    bool any_term = false;
    Status scanned = ReadView(*impl).Scan(kDict, "", [&](std::string_view, std::string_view) {
      any_term = true;
      return false;
    });
    if (!scanned.ok()) any_term = true;  // unknown: keep the look-ups
    store_empty = impl->counters.triples == 0 && impl->counters.documents == 0 && !any_term;
  }
}

BulkLoader::Rep::~Rep() {
  (void)WaitForSpill();  // its files are in temp_dir
  std::error_code ec;
  fs::remove_all(temp_dir, ec);
  if (impl == nullptr) {
    // The folder was empty or absent: a set that was not completed goes.
    if (!set_written) fs::remove_all(set_dir, ec);
    return;
  }
  std::lock_guard<std::mutex> lock(impl->write_mu);
  impl->bulk_active = false;
}

uint64_t BulkLoader::Rep::Buffered() const {
  return dict.buffered_bytes() + prov.buffered_bytes() + spo.buffered_bytes() + pos.buffered_bytes() +
         osp.buffered_bytes() + docs.buffered_bytes() + text.buffered_bytes() + buffered_triples.bytes();
}

// At most one background spill at a time, so at most twice the budget is
// held: the buffers being written and the ones being filled.
Status BulkLoader::Rep::SpillInBackground() {
  NETRA_RETURN_IF_ERROR(WaitForSpill());
  auto runs = std::make_shared<std::vector<RunSorter::PendingRun>>();
  for (RunSorter* sorter : {&prov, &spo, &pos, &osp, &dict, &docs, &text}) runs->push_back(sorter->Detach());
  buffered_triples.Clear();
  // The adding thread keeps one core; the spill takes what is left.
  size_t threads = std::max<size_t>(1, ThreadCount(options.threads) - 1);
  spilling = std::async(std::launch::async, [runs, threads] {
    std::vector<std::function<Status()>> tasks;
    for (RunSorter::PendingRun& run : *runs) tasks.push_back([&run] { return run.Write(); });
    return RunTasks(std::move(tasks), threads);
  });
  return Status::Ok();
}

Status BulkLoader::Rep::WaitForSpill() {
  if (!spilling.valid()) return Status::Ok();
  return spilling.get();
}

Status BulkLoader::Rep::Add(DocumentFacts doc) {
  if (spent) return Status::InvalidArgument("the bulk loader is finished or failed");
  NETRA_RETURN_IF_ERROR(ValidateDocument(doc));
  if (auto it = added.find(doc.doc_id); it != added.end()) {
    if (it->second != doc.content_hash) {
      return Status::InvalidArgument("document " + doc.doc_id + " was given twice with different hashes");
    }
    ++counters.docs_unchanged;
    return Status::Ok();
  }
  NETRA_ASSIGN_OR_RETURN(std::optional<uint64_t> stored, StoredHash(doc.doc_id));
  if (stored.has_value()) {
    if (*stored != doc.content_hash) {
      return Status::InvalidArgument("document " + doc.doc_id +
                                     " is stored with another hash: the bulk loader only adds new documents");
    }
    added.emplace(doc.doc_id, doc.content_hash);
    ++counters.docs_unchanged;
    return Status::Ok();
  }
  // (triple, span) pairs sorted by triple: one support per distinct triple,
  // and the document record lists its triples in id order.
  stated.clear();
  for (const model::Fact& fact : doc.facts) {
    TripleIds t;
    Status s = AddTerm(fact.triple.subject, &t.s);
    if (s.ok()) s = AddTerm(fact.triple.predicate, &t.p);
    if (s.ok()) s = AddTerm(fact.triple.object, &t.o);
    if (!s.ok()) {
      spent = true;  // part of the document's terms are buffered
      return s;
    }
    stated.emplace_back(t, SpanOf(fact.provenance));
  }
  std::sort(stated.begin(), stated.end(), [](const auto& a, const auto& b) {
    return a.first < b.first || (!(b.first < a.first) && SpanLess(a.second, b.second));
  });
  DocRecord& record = record_buf;
  record.content_hash = doc.content_hash;
  record.metadata = std::move(doc.metadata);
  record.triples.clear();
  for (size_t i = 0; i < stated.size();) {
    const TripleIds& t = stated[i].first;
    spans.clear();
    for (; i < stated.size() && !(t < stated[i].first); ++i) spans.push_back(std::move(stated[i].second));
    key_buf.clear();
    AppendSupportKey(&key_buf, t, doc.doc_id);
    value_buf.clear();
    AppendSpans(&value_buf, spans.data(), spans.size());
    prov.Add(key_buf, value_buf);
    if (buffered_triples.Insert(t)) AddIndexKeys(t);
    record.triples.push_back(t);
  }
  value_buf.clear();
  AppendDocRecord(&value_buf, record);
  docs.Add(doc.doc_id, value_buf);
  if (doc.text) text.Add(doc.doc_id, *doc.text);
  added.emplace(std::move(doc.doc_id), doc.content_hash);
  ++counters.docs_new;
  if (Buffered() >= options.memory_budget_bytes) {
    Status s = SpillInBackground();
    if (!s.ok()) spent = true;
    return s;
  }
  return Status::Ok();
}

void BulkLoader::Rep::AddIndexKeys(const TripleIds& t) {
  key_buf.clear();
  AppendTripleKey(&key_buf, t, IndexOrder::kSpo);
  spo.Add(key_buf, "");
  key_buf.clear();
  AppendTripleKey(&key_buf, t, IndexOrder::kPos);
  pos.Add(key_buf, "");
  key_buf.clear();
  AppendTripleKey(&key_buf, t, IndexOrder::kOsp);
  osp.Add(key_buf, "");
}

Status BulkLoader::Rep::AddTerm(const model::Term& term, TermId* id) {
  term_buf.clear();
  term.EncodeTo(&term_buf);
  *id = HashTerm(term_buf);
  uint32_t check = CheckHash(term_buf);
  auto [held, inserted] = buffered_terms.Insert(*id, check);
  if (!inserted) {
    if (held == check) return Status::Ok();
    return Status::Corruption("hash collision: term " + term_buf + " has the id " + std::to_string(*id) +
                              " of another term of this load");
  }
  key_buf.clear();
  PutFixed64BE(&key_buf, *id);
  dict.Add(key_buf, term_buf);
  return Status::Ok();
}

Result<std::optional<uint64_t>> BulkLoader::Rep::StoredHash(const std::string& doc_id) const {
  if (store_empty) return std::optional<uint64_t>();
  ReadView view(*impl);
  std::string value;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view.Get(kDocs, doc_id, &value, &found));
  if (!found) return std::optional<uint64_t>();
  uint64_t stored = 0;
  if (!DecodeDocHash(value, &stored)) return Status::Corruption("malformed record of " + doc_id);
  return std::optional<uint64_t>(stored);
}

Result<uint64_t> BulkLoader::Rep::StoredCount(const std::string& count_key) const {
  if (store_empty) return uint64_t{0};
  rocksdb::PinnableSlice pinned;
  rocksdb::Status s = impl->db->Get(rocksdb::ReadOptions(), impl->cf(kProv), count_key, &pinned);
  if (s.IsNotFound()) return uint64_t{0};
  NETRA_RETURN_IF_ERROR(FromRocks(s, "reading a support count"));
  uint64_t n = 0;
  if (!DecodeCount(ToView(pinned), &n)) return Status::Corruption("malformed support count");
  return n;
}

// Entries the store already has are left out; a different term under a
// stored id is a collision.
Status BulkLoader::Rep::MergeDictionary(SstOutput* out) {
  return dict.Merge([&](std::string_view key, std::string_view encoded) -> Status {
    if (store_empty) return out->Put(key, encoded);
    rocksdb::PinnableSlice pinned;
    rocksdb::Status s = impl->db->Get(rocksdb::ReadOptions(), impl->cf(kDict), ToSlice(key), &pinned);
    if (s.ok()) {
      if (ToView(pinned) != encoded) return CollisionError(DecodeFixed64BE(key.data()), ToView(pinned), encoded);
      return Status::Ok();
    }
    if (!s.IsNotFound()) return FromRocks(s, "reading the dictionary");
    return out->Put(key, encoded);
  });
}

Status BulkLoader::Rep::MergeSupports(SstOutput* prov_out, uint64_t* triples_added, uint64_t* supports) {
  // The current triple's supports, held until the next triple shows how
  // many there are: keys and values end to end in one reused buffer.
  std::string group_key;  // the count key of the current triple (`P S O`)
  std::string group_bytes;
  struct Held {
    size_t key_size, value_size;
  };
  std::vector<Held> group;
  auto flush = [&]() -> Status {
    if (group.empty()) return Status::Ok();
    NETRA_ASSIGN_OR_RETURN(uint64_t stored, StoredCount(group_key));
    NETRA_RETURN_IF_ERROR(prov_out->Put(group_key, EncodeCount(stored + group.size())));
    std::string_view bytes = group_bytes;
    for (const Held& held : group) {
      std::string_view key = bytes.substr(0, held.key_size), value = bytes.substr(held.key_size, held.value_size);
      NETRA_RETURN_IF_ERROR(prov_out->Put(key, value));
      bytes.remove_prefix(held.key_size + held.value_size);
    }
    if (stored == 0) ++*triples_added;
    *supports += group.size();
    group.clear();
    group_bytes.clear();
    return Status::Ok();
  };
  NETRA_RETURN_IF_ERROR(prov.Merge([&](std::string_view key, std::string_view value) -> Status {
    std::string_view triple_key = key.substr(0, kTripleKeyBytes);
    if (!SameKey(triple_key, group_key)) {
      NETRA_RETURN_IF_ERROR(flush());
      group_key.assign(triple_key);
    }
    group_bytes.append(key);
    group_bytes.append(value);
    group.push_back({key.size(), value.size()});
    return Status::Ok();
  }));
  return flush();
}

Status BulkLoader::Rep::MergeKeys(RunSorter* sorter, SstOutput* out) {
  return sorter->Merge([&](std::string_view key, std::string_view value) { return out->Put(key, value); });
}

Status BulkLoader::Rep::Ingest(const std::vector<std::pair<Cf, SstOutput*>>& outputs) {
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (auto& [cf, output] : outputs) {
    rocksdb::IngestExternalFileArg arg;
    NETRA_RETURN_IF_ERROR(output->Finish(&arg.external_files));
    if (arg.external_files.empty()) continue;
    NETRA_CHECK(impl->HasCf(cf));  // a writer opens (creating if needed) every column family
    arg.column_family = impl->cf(cf);
    arg.options.move_files = true;  // hard links: the temp folder is inside the store folder
    arg.options.allow_blocking_flush = true;
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::Ok();
  return FromRocks(impl->db->IngestExternalFiles(args), "ingesting bulk files into " + impl->dir);
}

Status BulkLoader::Rep::WriteSet(const std::vector<std::pair<Cf, SstOutput*>>& outputs, const StoreCounters& totals) {
  SstSetManifest manifest;
  manifest.format_version = kFormatVersion;
  manifest.counters = totals;
  for (auto& [cf, output] : outputs) {
    std::vector<std::string> files;
    NETRA_RETURN_IF_ERROR(output->Finish(&files));
    for (const std::string& file : files) manifest.files.emplace_back(cf, fs::path(file).filename().string());
  }
  NETRA_RETURN_IF_ERROR(WriteSstSetManifest(set_dir, manifest));
  set_written = true;
  return Status::Ok();
}

Status BulkLoader::Rep::Finish(WriteCounters* out) {
  if (spent) return Status::InvalidArgument("the bulk loader is finished or failed");
  spent = true;
  // What is still buffered is merged from memory, not spilled.
  NETRA_RETURN_IF_ERROR(WaitForSpill());
  // Final files go straight to an SST set's folder, or next to the runs.
  const std::string& files_dir = impl != nullptr ? temp_dir : set_dir;
  const uint64_t target = options.target_file_bytes;
  SstOutput dict_out(files_dir, "dict", CfOptions(kDict), target);
  SstOutput spo_out(files_dir, "spo", CfOptions(kSpo), target);
  SstOutput pos_out(files_dir, "pos", CfOptions(kPos), target);
  SstOutput osp_out(files_dir, "osp", CfOptions(kOsp), target);
  SstOutput prov_out(files_dir, "prov", CfOptions(kProv), target);
  SstOutput docs_out(files_dir, "docs", CfOptions(kDocs), target);
  SstOutput text_out(files_dir, "text", CfOptions(kText), target);
  SstOutput meta_out(files_dir, "meta", CfOptions(kMeta), target);

  // Each merge reads its own runs and writes its own files (the store reads
  // in MergeDictionary and MergeSupports are thread-safe), so they run at
  // once; the supports, the largest, first.
  uint64_t triples_added = 0, supports = 0;
  NETRA_RETURN_IF_ERROR(
      RunTasks({[&] { return MergeSupports(&prov_out, &triples_added, &supports); },
                [&] { return MergeKeys(&spo, &spo_out); }, [&] { return MergeKeys(&pos, &pos_out); },
                [&] { return MergeKeys(&osp, &osp_out); }, [&] { return MergeDictionary(&dict_out); },
                [&] { return MergeKeys(&docs, &docs_out); }, [&] { return MergeKeys(&text, &text_out); }},
               ThreadCount(options.threads)));

  // The counters ride in the same atomic ingestion (keys in sorted order).
  StoreCounters next;
  if (impl != nullptr) {
    std::lock_guard<std::mutex> lock(impl->write_mu);
    next = impl->counters;  // unchanged since: bulk_active keeps other writes out
  }
  next.documents += counters.docs_new;
  next.triples += triples_added;
  next.supports += supports;
  if (counters.docs_new > 0) {
    NETRA_RETURN_IF_ERROR(meta_out.Put(kMetaDocumentsKey, EncodeCount(next.documents)));
    NETRA_RETURN_IF_ERROR(meta_out.Put(kMetaSupportsKey, EncodeCount(next.supports)));
    NETRA_RETURN_IF_ERROR(meta_out.Put(kMetaTriplesKey, EncodeCount(next.triples)));
  }
  std::vector<std::pair<Cf, SstOutput*>> outputs = {{kMeta, &meta_out}, {kDict, &dict_out}, {kSpo, &spo_out},
                                                    {kPos, &pos_out},   {kOsp, &osp_out},   {kProv, &prov_out},
                                                    {kDocs, &docs_out}, {kText, &text_out}};
  if (impl == nullptr) {
    NETRA_RETURN_IF_ERROR(WriteSet(outputs, next));
  } else {
    NETRA_RETURN_IF_ERROR(Ingest(outputs));
    std::lock_guard<std::mutex> lock(impl->write_mu);
    impl->counters = next;
  }
  counters.triples_added = triples_added;
  if (out != nullptr) {
    out->docs_new += counters.docs_new;
    out->docs_unchanged += counters.docs_unchanged;
    out->triples_added += counters.triples_added;
  }
  return Status::Ok();
}

BulkLoader::BulkLoader(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
BulkLoader::~BulkLoader() = default;

Status BulkLoader::Add(DocumentFacts doc) { return rep_->Add(std::move(doc)); }
Status BulkLoader::Finish(WriteCounters* counters) { return rep_->Finish(counters); }

Result<std::unique_ptr<BulkLoader>> Store::NewBulkLoader(const BulkOptions& options) {
  {
    std::lock_guard<std::mutex> lock(impl_->write_mu);
    if (impl_->secondary) return Status::InvalidArgument("store " + impl_->dir + " is open read-only");
    if (impl_->bulk_active) return Status::Busy("a bulk load into " + impl_->dir + " is in progress");
    impl_->bulk_active = true;
  }
  std::string temp = impl_->dir + "/" + std::string(kBulkTempPrefix) + std::to_string(::getpid()) + "." +
                     std::to_string(g_loader_serial.fetch_add(1));
  auto rep = std::make_unique<BulkLoader::Rep>(impl_.get(), temp, "", options);  // clears bulk_active when gone
  std::error_code ec;
  fs::create_directories(temp, ec);
  if (ec) return Status::IoError("creating " + temp + ": " + ec.message());
  return std::unique_ptr<BulkLoader>(new BulkLoader(std::move(rep)));
}

Result<std::unique_ptr<BulkLoader>> BulkLoader::WriteSstSet(const std::string& out_dir, const BulkOptions& options) {
  std::error_code ec;
  if (fs::exists(out_dir, ec) && !fs::is_empty(out_dir, ec)) {
    return Status::InvalidArgument(out_dir + " exists and is not empty: an SST set needs a folder of its own");
  }
  std::string temp = out_dir + "/" + std::string(kBulkTempPrefix) + std::to_string(::getpid());
  fs::create_directories(temp, ec);
  if (ec) return Status::IoError("creating " + temp + ": " + ec.message());
  auto rep = std::make_unique<BulkLoader::Rep>(nullptr, temp, out_dir, options);
  return std::unique_ptr<BulkLoader>(new BulkLoader(std::move(rep)));
}

}  // namespace netra::store
