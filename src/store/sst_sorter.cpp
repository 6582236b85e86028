#include "store/sst_sorter_internal.h"

#include <rocksdb/env.h>
#include <rocksdb/sst_file_reader.h>

#include <algorithm>
#include <queue>

#include "store/store_internal.h"

namespace netra::store {

namespace {

constexpr uint64_t kPairOverhead = 64;  // std::pair of two std::string, roughly

rocksdb::Options RunOptions() {
  rocksdb::Options options;
  options.compression = rocksdb::kNoCompression;  // runs are read once, soon
  return options;
}

}  // namespace

RunSorter::RunSorter(std::string dir, std::string name, Conflict conflict)
    : dir_(std::move(dir)), name_(std::move(name)), conflict_(std::move(conflict)) {}

void RunSorter::Add(std::string key, std::string value) {
  buffered_bytes_ += key.size() + value.size() + kPairOverhead;
  buffer_.emplace_back(std::move(key), std::move(value));
}

RunSorter::PendingRun RunSorter::Detach() {
  PendingRun run;
  if (buffer_.empty()) return run;
  run.pairs_ = std::move(buffer_);
  run.path_ = dir_ + "/" + name_ + "." + std::to_string(runs_.size()) + ".run";
  run.conflict_ = conflict_;
  runs_.push_back(run.path_);
  buffer_ = {};
  buffered_bytes_ = 0;
  return run;
}

Status RunSorter::PendingRun::Write() {
  if (pairs_.empty()) return Status::Ok();
  std::sort(pairs_.begin(), pairs_.end());
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), RunOptions());
  rocksdb::Status s = writer.Open(path_);
  const std::pair<std::string, std::string>* previous = nullptr;
  for (const auto& pair : pairs_) {
    if (!s.ok()) break;
    if (previous != nullptr && previous->first == pair.first) {
      if (previous->second != pair.second) NETRA_RETURN_IF_ERROR(conflict_(pair.first, previous->second, pair.second));
      continue;
    }
    s = writer.Put(pair.first, pair.second);
    previous = &pair;
  }
  if (s.ok()) s = writer.Finish();
  pairs_ = {};
  return FromRocks(s, "writing bulk run " + path_);
}

Status RunSorter::Spill() { return Detach().Write(); }

Status RunSorter::Merge(const std::function<Status(std::string_view key, std::string_view value)>& fn) {
  NETRA_RETURN_IF_ERROR(Spill());
  std::vector<std::unique_ptr<rocksdb::SstFileReader>> readers;
  std::vector<std::unique_ptr<rocksdb::Iterator>> its;
  for (const std::string& path : runs_) {
    readers.push_back(std::make_unique<rocksdb::SstFileReader>(RunOptions()));
    NETRA_RETURN_IF_ERROR(FromRocks(readers.back()->Open(path), "reading bulk run " + path));
    rocksdb::ReadOptions ro;
    ro.verify_checksums = false;
    ro.fill_cache = false;
    its.emplace_back(readers.back()->NewIterator(ro));
    its.back()->SeekToFirst();
  }
  // Min-heap of run indexes by their current key (ties: lower run first).
  auto greater = [&](size_t a, size_t b) {
    int c = its[a]->key().compare(its[b]->key());
    return c != 0 ? c > 0 : a > b;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
  for (size_t i = 0; i < its.size(); ++i) {
    if (its[i]->Valid()) heap.push(i);
    NETRA_RETURN_IF_ERROR(FromRocks(its[i]->status(), "reading bulk run"));
  }
  std::string key, value;
  bool have = false;
  while (!heap.empty()) {
    size_t i = heap.top();
    heap.pop();
    std::string_view k = ToView(its[i]->key());
    std::string_view v = ToView(its[i]->value());
    if (have && k == key) {
      if (v != value) NETRA_RETURN_IF_ERROR(conflict_(k, value, v));
    } else {
      if (have) NETRA_RETURN_IF_ERROR(fn(key, value));
      key.assign(k);
      value.assign(v);
      have = true;
    }
    its[i]->Next();
    if (its[i]->Valid()) heap.push(i);
    NETRA_RETURN_IF_ERROR(FromRocks(its[i]->status(), "reading bulk run"));
  }
  if (have) NETRA_RETURN_IF_ERROR(fn(key, value));
  return Status::Ok();
}

SstOutput::SstOutput(std::string dir, std::string name, rocksdb::Options options, uint64_t target_file_bytes)
    : dir_(std::move(dir)), name_(std::move(name)), options_(std::move(options)),
      target_file_bytes_(target_file_bytes) {}

SstOutput::~SstOutput() = default;

Status SstOutput::Put(std::string_view key, std::string_view value) {
  if (writer_ != nullptr && writer_->FileSize() >= target_file_bytes_) {
    NETRA_RETURN_IF_ERROR(FromRocks(writer_->Finish(), "finishing " + files_.back()));
    writer_.reset();
  }
  if (writer_ == nullptr) {
    files_.push_back(dir_ + "/" + name_ + "." + std::to_string(files_.size()) + ".sst");
    writer_ = std::make_unique<rocksdb::SstFileWriter>(rocksdb::EnvOptions(), options_);
    NETRA_RETURN_IF_ERROR(FromRocks(writer_->Open(files_.back()), "creating " + files_.back()));
  }
  return FromRocks(writer_->Put(ToSlice(key), ToSlice(value)), "writing " + files_.back());
}

Status SstOutput::Finish(std::vector<std::string>* files) {
  if (writer_ != nullptr) {
    NETRA_RETURN_IF_ERROR(FromRocks(writer_->Finish(), "finishing " + files_.back()));
    writer_.reset();
  }
  *files = files_;
  return Status::Ok();
}

}  // namespace netra::store
