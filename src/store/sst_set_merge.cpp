// Merging SST sets: the sets `netra sst` wrote for parts of a corpus (one per
// partition, where each part was) become the one set `netra sst` would have
// written for the whole corpus, so that `netra ingest --sst A B C` builds the
// store one `netra ingest` of the same documents builds.
//
// Every column family of every set is sorted already, so the merge is one
// pass per family over k sorted streams: no extraction, no sort. What cannot
// be copied is recomputed: a triple's support count (the triple may be stated
// in several parts) and the meta counters. A document in several sets keeps
// the version of the last set that has it (the sets are given in load order,
// and in `netra ingest` the later version wins): the earlier versions'
// supports are left out, and with them a triple that only they stated. Their
// terms stay in the dictionary, as they do after an ordinary re-ingest.
#include <rocksdb/sst_file_reader.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <system_error>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "store/record_codec.h"
#include "store/run_tasks_internal.h"
#include "store/sst_set_internal.h"
#include "store/sst_sorter_internal.h"
#include "store/store_internal.h"

namespace netra::store {

namespace fs = std::filesystem;

namespace {

// The options a set's files of `cf` are written with: those of a store
// opened with default OpenOptions (as BulkLoader::WriteSstSet cuts them).
rocksdb::Options SetCfOptions(Cf cf) {
  return rocksdb::Options(BuildDbOptions(OpenOptions{}), BuildCfOptions(cf, OpenOptions{}));
}

// One column family of one set: its files, cut in key order, read one after
// the other as one sorted stream.
class SetStream {
 public:
  SetStream(std::vector<std::string> files, rocksdb::Options options)
      : files_(std::move(files)), options_(std::move(options)) {}

  // Positions the stream on its first key (or makes it invalid if it has none).
  Status Start() { return SkipToData(); }
  bool Valid() const { return iter_ != nullptr && iter_->Valid(); }
  std::string_view key() const { return ToView(iter_->key()); }
  std::string_view value() const { return ToView(iter_->value()); }
  Status Next() {
    iter_->Next();
    return SkipToData();
  }

 private:
  // Moves on to the next file while the current one is at its end.
  Status SkipToData() {
    while (!Valid()) {
      if (iter_ != nullptr) NETRA_RETURN_IF_ERROR(FromRocks(iter_->status(), "reading " + files_[next_ - 1]));
      iter_.reset();  // before the reader it reads
      reader_.reset();
      if (next_ == files_.size()) return Status::Ok();
      const std::string& file = files_[next_++];
      reader_ = std::make_unique<rocksdb::SstFileReader>(options_);
      NETRA_RETURN_IF_ERROR(FromRocks(reader_->Open(file), "opening " + file));
      rocksdb::ReadOptions read;
      read.fill_cache = false;
      iter_.reset(reader_->NewIterator(read));
      iter_->SeekToFirst();
    }
    return Status::Ok();
  }

  std::vector<std::string> files_;
  rocksdb::Options options_;
  size_t next_ = 0;  // the file after the one being read
  std::unique_ptr<rocksdb::SstFileReader> reader_;
  std::unique_ptr<rocksdb::Iterator> iter_;
};

// A key's value in one set.
struct SetValue {
  size_t set;
  std::string_view value;
};

// Calls fn once per distinct key of the streams, in key order, with the
// key's values in set order.
Status MergeStreams(std::vector<SetStream>* streams,
                    const std::function<Status(std::string_view key, const std::vector<SetValue>& values)>& fn) {
  std::vector<SetStream>& s = *streams;
  // A min-heap of stream numbers by (key, set).
  auto after = [&](size_t a, size_t b) {
    int c = s[a].key().compare(s[b].key());
    return c > 0 || (c == 0 && a > b);
  };
  std::vector<size_t> heap;
  for (size_t i = 0; i < s.size(); ++i) {
    NETRA_RETURN_IF_ERROR(s[i].Start());
    if (s[i].Valid()) heap.push_back(i);
  }
  std::make_heap(heap.begin(), heap.end(), after);
  std::string key;
  std::vector<SetValue> values;
  std::vector<size_t> taken;
  while (!heap.empty()) {
    key.assign(s[heap.front()].key());
    values.clear();
    taken.clear();
    while (!heap.empty() && s[heap.front()].key() == key) {
      std::pop_heap(heap.begin(), heap.end(), after);
      size_t i = heap.back();
      heap.pop_back();
      taken.push_back(i);
      values.push_back({i, s[i].value()});
    }
    NETRA_RETURN_IF_ERROR(fn(key, values));
    for (size_t i : taken) {
      NETRA_RETURN_IF_ERROR(s[i].Next());
      if (s[i].Valid()) {
        heap.push_back(i);
        std::push_heap(heap.begin(), heap.end(), after);
      }
    }
  }
  return Status::Ok();
}

class SetMerge {
 public:
  SetMerge(std::vector<std::string> dirs, std::vector<SstSetManifest> manifests, std::string out_dir)
      : dirs_(std::move(dirs)), manifests_(std::move(manifests)), out_dir_(std::move(out_dir)) {}

  Status Run();

 private:
  std::vector<SetStream> Streams(Cf cf) const;
  SstOutput Output(Cf cf) const { return SstOutput(out_dir_, CfName(cf), SetCfOptions(cf), kTargetFileBytes); }
  // The value of a document's key (its record, its text, one of its
  // supports) to keep from `values`, or null to leave the key out.
  const SetValue* Kept(std::string_view doc_id, const std::vector<SetValue>& values) const;

  Status MergeDocs(SstOutput* out);
  Status MergeDict(SstOutput* out);
  Status MergeText(SstOutput* out);
  Status MergeSupports(SstOutput* out);
  Status MergeIndex(Cf cf, SstOutput* out, uint64_t* written);

  static constexpr uint64_t kTargetFileBytes = BulkOptions{}.target_file_bytes;

  std::vector<std::string> dirs_;
  std::vector<SstSetManifest> manifests_;
  std::string out_dir_;
  // Documents found in more than one set: the set whose version is kept.
  std::unordered_map<std::string, size_t> kept_set_;
  // Count keys (`P S O`) of the triples that only dropped versions stated.
  std::unordered_set<std::string> dropped_triples_;
  StoreCounters totals_;
};

std::vector<SetStream> SetMerge::Streams(Cf cf) const {
  std::vector<SetStream> streams;
  for (size_t i = 0; i < dirs_.size(); ++i) {
    std::vector<std::string> files;
    for (const auto& [file_cf, name] : manifests_[i].files) {
      if (file_cf == cf) files.push_back(dirs_[i] + "/" + name);
    }
    streams.emplace_back(std::move(files), SetCfOptions(cf));
  }
  return streams;
}

const SetValue* SetMerge::Kept(std::string_view doc_id, const std::vector<SetValue>& values) const {
  if (kept_set_.empty()) return &values.back();
  auto it = kept_set_.find(std::string(doc_id));
  if (it == kept_set_.end()) return &values.back();
  for (const SetValue& v : values) {
    if (v.set == it->second) return &v;
  }
  return nullptr;
}

Status SetMerge::MergeDocs(SstOutput* out) {
  std::vector<SetStream> streams = Streams(kDocs);
  return MergeStreams(&streams, [&](std::string_view doc_id, const std::vector<SetValue>& values) {
    if (values.size() > 1) kept_set_.emplace(doc_id, values.back().set);
    ++totals_.documents;
    return out->Put(doc_id, values.back().value);
  });
}

Status SetMerge::MergeDict(SstOutput* out) {
  std::vector<SetStream> streams = Streams(kDict);
  return MergeStreams(&streams, [&](std::string_view key, const std::vector<SetValue>& values) {
    for (const SetValue& v : values) {
      if (v.value != values.front().value) {
        return CollisionError(DecodeFixed64BE(key.data()), values.front().value, v.value);
      }
    }
    return out->Put(key, values.front().value);
  });
}

Status SetMerge::MergeText(SstOutput* out) {
  std::vector<SetStream> streams = Streams(kText);
  return MergeStreams(&streams, [&](std::string_view doc_id, const std::vector<SetValue>& values) {
    const SetValue* kept = Kept(doc_id, values);
    return kept == nullptr ? Status::Ok() : out->Put(doc_id, kept->value);
  });
}

// As in the bulk loader, a triple's count key (its bare `P S O`) is written
// before its supports, so they are held until the next triple begins; the
// sets' own counts are not read.
Status SetMerge::MergeSupports(SstOutput* out) {
  std::string triple;  // the count key of the current triple
  std::vector<std::pair<std::string, std::string>> supports;
  auto flush = [&]() -> Status {
    if (triple.empty()) return Status::Ok();
    if (supports.empty()) {
      dropped_triples_.insert(triple);
      return Status::Ok();
    }
    NETRA_RETURN_IF_ERROR(out->Put(triple, EncodeCount(supports.size())));
    for (const auto& [key, value] : supports) NETRA_RETURN_IF_ERROR(out->Put(key, value));
    totals_.supports += supports.size();
    supports.clear();
    return Status::Ok();
  };
  std::vector<SetStream> streams = Streams(kProv);
  NETRA_RETURN_IF_ERROR(MergeStreams(&streams, [&](std::string_view key, const std::vector<SetValue>& values) {
    std::string_view key_triple = key.substr(0, kTripleKeyBytes);
    if (key_triple != triple) {
      NETRA_RETURN_IF_ERROR(flush());
      triple.assign(key_triple);
    }
    if (key.size() == kTripleKeyBytes) return Status::Ok();  // a count: recomputed
    const SetValue* kept = Kept(key.substr(kTripleKeyBytes), values);
    if (kept != nullptr) supports.emplace_back(key, kept->value);
    return Status::Ok();
  }));
  return flush();
}

Status SetMerge::MergeIndex(Cf cf, SstOutput* out, uint64_t* written) {
  IndexOrder order = cf == kSpo ? IndexOrder::kSpo : cf == kPos ? IndexOrder::kPos : IndexOrder::kOsp;
  std::vector<SetStream> streams = Streams(cf);
  return MergeStreams(&streams, [&](std::string_view key, const std::vector<SetValue>&) {
    if (!dropped_triples_.empty()) {
      TripleIds t;
      if (!DecodeTripleKey(key, order, &t)) return Status::Corruption(std::string("malformed ") + CfName(cf) + " key");
      if (dropped_triples_.count(EncodeCountKey(t)) > 0) return Status::Ok();
    }
    if (written != nullptr) ++*written;
    return out->Put(key, "");
  });
}

Status SetMerge::Run() {
  SstOutput meta = Output(kMeta), dict = Output(kDict), spo = Output(kSpo), pos = Output(kPos), osp = Output(kOsp),
            prov = Output(kProv), docs = Output(kDocs), text = Output(kText);
  const size_t threads = ThreadCount(0);
  // Which version of a document stays decides its supports and its text, and
  // the supports decide which triples stay: documents first, the indexes last.
  NETRA_RETURN_IF_ERROR(RunTasks({[&] { return MergeDocs(&docs); }, [&] { return MergeDict(&dict); }}, threads));
  NETRA_RETURN_IF_ERROR(RunTasks({[&] { return MergeSupports(&prov); }, [&] { return MergeText(&text); }}, threads));
  NETRA_RETURN_IF_ERROR(
      RunTasks({[&] { return MergeIndex(kSpo, &spo, &totals_.triples); },
                [&] { return MergeIndex(kPos, &pos, nullptr); }, [&] { return MergeIndex(kOsp, &osp, nullptr); }},
               threads));
  if (totals_.documents > 0) {  // in key order, as the bulk loader writes them
    NETRA_RETURN_IF_ERROR(meta.Put(kMetaDocumentsKey, EncodeCount(totals_.documents)));
    NETRA_RETURN_IF_ERROR(meta.Put(kMetaSupportsKey, EncodeCount(totals_.supports)));
    NETRA_RETURN_IF_ERROR(meta.Put(kMetaTriplesKey, EncodeCount(totals_.triples)));
  }
  SstSetManifest manifest;
  manifest.format_version = kFormatVersion;
  manifest.counters = totals_;
  for (auto [cf, output] : std::vector<std::pair<Cf, SstOutput*>>{{kMeta, &meta},
                                                                  {kDict, &dict},
                                                                  {kSpo, &spo},
                                                                  {kPos, &pos},
                                                                  {kOsp, &osp},
                                                                  {kProv, &prov},
                                                                  {kDocs, &docs},
                                                                  {kText, &text}}) {
    std::vector<std::string> files;
    NETRA_RETURN_IF_ERROR(output->Finish(&files));
    for (const std::string& file : files) manifest.files.emplace_back(cf, fs::path(file).filename().string());
  }
  return WriteSstSetManifest(out_dir_, manifest);
}

}  // namespace

Status MergeSstSets(const std::vector<std::string>& set_dirs, const std::string& out_dir) {
  std::vector<SstSetManifest> manifests;
  for (const std::string& dir : set_dirs) {
    NETRA_ASSIGN_OR_RETURN(SstSetManifest manifest, ReadCompatibleSstSetManifest(dir));
    manifests.push_back(std::move(manifest));
  }
  std::error_code ec;
  if (fs::exists(out_dir, ec) && !fs::is_empty(out_dir, ec)) {
    return Status::InvalidArgument(out_dir + " exists and is not empty: an SST set needs a folder of its own");
  }
  fs::create_directories(out_dir, ec);
  if (ec) return Status::IoError("creating " + out_dir + ": " + ec.message());
  Status s = SetMerge(set_dirs, std::move(manifests), out_dir).Run();
  if (!s.ok()) fs::remove_all(out_dir, ec);  // a set without its manifest is of no use
  return s;
}

}  // namespace netra::store
