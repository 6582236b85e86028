#include <rocksdb/env.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <queue>

#include "core/huge_pages.h"
#include "store/sst_sorter_internal.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

// Records are packed into blocks of this size (a larger record gets a block
// of its own): big enough that allocating them costs nothing, small enough
// that the last, partly used one of each column family wastes little of a
// 64 MiB budget. They are aligned for huge pages, which the blocks ask for:
// a buffer is filled once and thrown away after its spill, so its page
// faults are a real part of the time spent (huge_pages.h).
constexpr size_t kBlockBytes = 4 << 20;
constexpr size_t kBlockAlignment = 2 << 20;
// Per open run: a merge holds every run of its column family open at once
// (hundreds for a million articles), so the read buffer stays modest.
constexpr size_t kRunBufferBytes = 256 << 10;

// Run files are a private, temporary format: records of (fixed32 key length,
// fixed32 value length, key, value), in key order. They are read once, by
// this process, soon after: no index, no checksums and no fsync, which an SST
// run cost (SstFileWriter syncs every file it finishes).
void PutFixed32(char* p, uint32_t v) { std::memcpy(p, &v, 4); }
uint32_t GetFixed32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

Status IoErrorOf(const std::string& what, const std::string& path) {
  return Status::IoError(what + " " + path + ": " + std::strerror(errno));
}

// One source of the merge: a run file, or the sorter's own sorted buffer.
class RunSource {
 public:
  virtual ~RunSource() = default;
  virtual bool Valid() const = 0;
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;
  virtual Status Next() = 0;
};

// Reads a run file in chunks and hands out its records in place: a record
// costs no call into stdio and no copy, which per record (three freads and
// two string copies) were a tenth of a bulk load.
class FileRun : public RunSource {
 public:
  static Result<std::unique_ptr<FileRun>> Open(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return IoErrorOf("opening bulk run", path);
    auto run = std::unique_ptr<FileRun>(new FileRun(path, f));
    NETRA_RETURN_IF_ERROR(run->Next());
    return run;
  }
  ~FileRun() override { std::fclose(file_); }

  bool Valid() const override { return valid_; }
  std::string_view key() const override { return key_; }
  std::string_view value() const override { return value_; }
  Status Next() override {
    if (end_ - at_ < 8 || end_ - at_ < 8 + RecordBytes()) NETRA_RETURN_IF_ERROR(Refill());
    if (at_ == end_ && eof_) {
      valid_ = false;
      return Status::Ok();
    }
    if (end_ - at_ < 8 || end_ - at_ < 8 + RecordBytes()) return Truncated();
    const size_t key_size = GetFixed32(at_), value_size = GetFixed32(at_ + 4);
    key_ = std::string_view(at_ + 8, key_size);
    value_ = std::string_view(at_ + 8 + key_size, value_size);
    at_ += 8 + key_size + value_size;
    return Status::Ok();
  }

 private:
  FileRun(std::string path, std::FILE* f) : path_(std::move(path)), file_(f), buffer_(kRunBufferBytes) {
    at_ = end_ = buffer_.data();
  }
  // The bytes of the record at `at_`, its 8-byte header apart. REQUIRES:
  // the header is buffered.
  ptrdiff_t RecordBytes() const {
    return static_cast<ptrdiff_t>(GetFixed32(at_)) + static_cast<ptrdiff_t>(GetFixed32(at_ + 4));
  }
  // Moves what is left of the buffer to its front and reads more after it,
  // growing the buffer for a record larger than it.
  Status Refill() {
    const size_t left = end_ - at_;
    size_t need = left >= 8 ? 8 + static_cast<size_t>(RecordBytes()) : 8;
    if (need > buffer_.size()) {
      std::vector<char> larger(need);
      std::memcpy(larger.data(), at_, left);
      buffer_.swap(larger);
    } else {
      std::memmove(buffer_.data(), at_, left);
    }
    at_ = buffer_.data();
    end_ = at_ + left;
    while (!eof_ && static_cast<size_t>(end_ - at_) < buffer_.size()) {
      size_t got = std::fread(end_, 1, buffer_.size() - (end_ - at_), file_);
      end_ += got;
      if (got == 0) {
        if (std::ferror(file_)) return IoErrorOf("reading bulk run", path_);
        eof_ = true;
      }
    }
    return Status::Ok();
  }
  Status Truncated() {
    valid_ = false;
    return Status::Corruption("bulk run " + path_ + " ends inside a record");
  }

  std::string path_;
  std::FILE* file_;
  std::vector<char> buffer_;
  char* at_;   // the next record
  char* end_;  // the end of what is buffered
  std::string_view key_, value_;
  bool valid_ = true, eof_ = false;
};

class MemoryRun : public RunSource {
 public:
  explicit MemoryRun(const RunBuffer& buffer) : entries_(buffer.entries()) {}
  bool Valid() const override { return i_ < entries_.size(); }
  std::string_view key() const override { return entries_[i_].key(); }
  std::string_view value() const override { return entries_[i_].value(); }
  Status Next() override {
    ++i_;
    return Status::Ok();
  }

 private:
  const std::vector<RunBuffer::Entry>& entries_;
  size_t i_ = 0;
};

uint64_t LoadHead(const char* p, size_t n) {
  unsigned char bytes[8] = {};
  std::memcpy(bytes, p, std::min<size_t>(n, 8));
  uint64_t v = 0;
  for (unsigned char b : bytes) v = v << 8 | b;
  return v;
}

}  // namespace

void RunBuffer::Add(std::string_view key, std::string_view value) {
  size_t size = key.size() + value.size();
  if (block_used_ + size > block_size_) {
    block_size_ = std::max(kBlockBytes, (size + kBlockAlignment - 1) / kBlockAlignment * kBlockAlignment);
    auto* block = static_cast<char*>(std::aligned_alloc(kBlockAlignment, block_size_));
    if (block == nullptr) throw std::bad_alloc();
    blocks_.emplace_back(block);
    AdviseHugePages(block, block_size_);
    bytes_ += block_size_;
    block_used_ = 0;
  }
  char* data = blocks_.back().get() + block_used_;
  std::memcpy(data, key.data(), key.size());
  std::memcpy(data + key.size(), value.data(), value.size());
  block_used_ += size;
  Entry e;
  for (size_t i = 0; i < 3; ++i) e.head[i] = key.size() > 8 * i ? LoadHead(key.data() + 8 * i, key.size() - 8 * i) : 0;
  e.data = data;
  e.key_size = static_cast<uint32_t>(key.size());
  e.value_size = static_cast<uint32_t>(value.size());
  entries_.push_back(e);
  bytes_ += sizeof(Entry);
}

void RunBuffer::Sort() {
  // Zero padding keeps the order: where two padded heads first differ, the
  // shorter key has ended and the other has a byte above zero after the
  // same bytes. Equal heads fall back to the whole keys, equal keys to
  // their values, so that which of two conflicting values comes first does
  // not depend on the sort.
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.head[0] != b.head[0]) return a.head[0] < b.head[0];
    if (a.head[1] != b.head[1]) return a.head[1] < b.head[1];
    if (a.head[2] != b.head[2]) return a.head[2] < b.head[2];
    if (int c = a.key().compare(b.key()); c != 0) return c < 0;
    return a.value() < b.value();
  });
}

RunSorter::RunSorter(std::string dir, std::string name, Conflict conflict)
    : dir_(std::move(dir)), name_(std::move(name)), conflict_(std::move(conflict)) {}

RunSorter::PendingRun RunSorter::Detach() {
  PendingRun run;
  if (buffer_.empty()) return run;
  run.buffer_ = std::move(buffer_);
  run.path_ = dir_ + "/" + name_ + "." + std::to_string(runs_.size()) + ".run";
  run.conflict_ = conflict_;
  runs_.push_back(run.path_);
  buffer_ = RunBuffer();
  return run;
}

Status RunSorter::PendingRun::Write() {
  if (buffer_.empty()) return Status::Ok();
  buffer_.Sort();
  std::FILE* f = std::fopen(path_.c_str(), "wb");
  if (f == nullptr) return IoErrorOf("creating bulk run", path_);
  std::vector<char> buffer(kRunBufferBytes);
  std::setvbuf(f, buffer.data(), _IOFBF, buffer.size());
  const RunBuffer::Entry* previous = nullptr;
  Status status;
  for (const RunBuffer::Entry& e : buffer_.entries()) {
    if (previous != nullptr && SameKey(previous->key(), e.key())) {
      if (previous->value() != e.value()) {
        status = conflict_(e.key(), previous->value(), e.value());
        if (!status.ok()) break;
      }
      continue;
    }
    char header[8];
    PutFixed32(header, e.key_size);
    PutFixed32(header + 4, e.value_size);
    std::fwrite(header, 1, sizeof header, f);
    std::fwrite(e.data, 1, e.key_size + e.value_size, f);
    previous = &e;
  }
  bool failed = std::ferror(f) != 0;
  if (std::fclose(f) != 0) failed = true;
  buffer_ = RunBuffer();
  if (!status.ok()) return status;
  if (failed) return IoErrorOf("writing bulk run", path_);
  return Status::Ok();
}

Status RunSorter::Merge(const std::function<Status(std::string_view key, std::string_view value)>& fn) {
  // What is still buffered joins the merge from memory, sorted in place: a
  // load that fits in the budget never writes a run.
  buffer_.Sort();
  std::vector<std::unique_ptr<RunSource>> sources;
  for (const std::string& path : runs_) {
    NETRA_ASSIGN_OR_RETURN(std::unique_ptr<FileRun> run, FileRun::Open(path));
    sources.push_back(std::move(run));
  }
  sources.push_back(std::make_unique<MemoryRun>(buffer_));
  // Min-heap of sources by their current key (ties: lower source first).
  auto greater = [&](size_t a, size_t b) {
    int c = sources[a]->key().compare(sources[b]->key());
    return c != 0 ? c > 0 : a > b;
  };
  std::priority_queue<size_t, std::vector<size_t>, decltype(greater)> heap(greater);
  for (size_t i = 0; i < sources.size(); ++i) {
    if (sources[i]->Valid()) heap.push(i);
  }
  std::string key, value;
  bool have = false;
  while (!heap.empty()) {
    size_t i = heap.top();
    heap.pop();
    std::string_view k = sources[i]->key();
    std::string_view v = sources[i]->value();
    if (have && SameKey(k, key)) {
      if (v != value) NETRA_RETURN_IF_ERROR(conflict_(k, value, v));
    } else {
      if (have) NETRA_RETURN_IF_ERROR(fn(key, value));
      key.assign(k);
      value.assign(v);
      have = true;
    }
    NETRA_RETURN_IF_ERROR(sources[i]->Next());
    if (sources[i]->Valid()) heap.push(i);
  }
  if (have) NETRA_RETURN_IF_ERROR(fn(key, value));
  buffer_ = RunBuffer();
  return Status::Ok();
}

SstOutput::SstOutput(std::string dir, std::string name, rocksdb::Options options, uint64_t target_file_bytes)
    : dir_(std::move(dir)),
      name_(std::move(name)),
      options_(std::move(options)),
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
