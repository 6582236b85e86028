// External sorting for the bulk loader, ending in SST files.
//
// `RunSorter` buffers the key/value pairs of one column family; Detach takes
// the buffer out as a `PendingRun`, whose Write sorts it into one run file (a
// private record format, see sst_sorter.cpp), on any thread, while the
// sorter fills a new buffer; Merge merges every run and what is still
// buffered in key order. The same key twice with the same value is kept
// once; with different values the conflict callback decides (the dictionary
// reports a hash collision).
//
// `SstOutput` writes the final, ingestible SST files of one column family,
// starting a new file when one passes a size.
// Internal to netra_store.
#pragma once

#include <rocksdb/sst_file_writer.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace netra::store {

// Key/value records packed end to end in blocks that never move, and one
// 40-byte entry per record holding the key's first 24 bytes: sorting
// compares the entries, and reaches into the blocks only when two keys share
// those bytes (24: a whole index key, `S P O` in some order, so that
// triples sharing their first two terms need no memcmp). Where a std::pair of std::strings per record cost two heap
// blocks (the keys are 24 bytes and more) and a pointer chase per comparison.
class RunBuffer {
 public:
  struct Entry {
    uint64_t head[3];  // the key's first 24 bytes, big-endian, zero-padded
    const char* data;  // key, then value
    uint32_t key_size, value_size;
    std::string_view key() const { return {data, key_size}; }
    std::string_view value() const { return {data + key_size, value_size}; }
  };

  void Add(std::string_view key, std::string_view value);
  // Sorts the entries by key, then value (bytewise).
  void Sort();
  const std::vector<Entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  // Bytes held: the blocks (whole, as soon as they are allocated) and the
  // entries.
  uint64_t bytes() const { return bytes_; }

 private:
  struct FreeBlock {
    void operator()(char* block) const { std::free(block); }
  };
  std::vector<std::unique_ptr<char, FreeBlock>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
  std::vector<Entry> entries_;
  uint64_t bytes_ = 0;
};

// Whether two keys are equal, comparing their last eight bytes first: keys
// met in sorted order share long prefixes (a triple's first terms), so a
// difference is found at once instead of by memcmp from the start.
inline bool SameKey(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() >= 8) {
    uint64_t ta, tb;
    std::memcpy(&ta, a.data() + a.size() - 8, 8);
    std::memcpy(&tb, b.data() + b.size() - 8, 8);
    if (ta != tb) return false;
  }
  return a == b;
}

class RunSorter {
 public:
  using Conflict = std::function<Status(std::string_view key, std::string_view a, std::string_view b)>;
  // Run files are `<dir>/<name>.<n>.run`.
  RunSorter(std::string dir, std::string name, Conflict conflict);

  // A buffer taken out of the sorter, with the run file it is to become.
  class PendingRun {
   public:
    // Sorts and writes the run; call once, from any thread.
    Status Write();

   private:
    friend class RunSorter;
    RunBuffer buffer_;
    std::string path_;
    Conflict conflict_;
  };

  void Add(std::string_view key, std::string_view value) { buffer_.Add(key, value); }
  // Bytes held by the buffer.
  uint64_t buffered_bytes() const { return buffer_.bytes(); }
  // Empties the buffer into a run that Merge will read: the caller must have
  // written it (PendingRun::Write succeeded) before calling Merge.
  PendingRun Detach();
  // Calls fn for each distinct key of the runs and the buffer, in order.
  Status Merge(const std::function<Status(std::string_view key, std::string_view value)>& fn);

 private:
  std::string dir_;
  std::string name_;
  Conflict conflict_;
  RunBuffer buffer_;
  std::vector<std::string> runs_;
};

class SstOutput {
 public:
  // Files are `<dir>/<name>.<n>.sst`, written with `options` (those of the
  // column family they will be ingested into).
  SstOutput(std::string dir, std::string name, rocksdb::Options options, uint64_t target_file_bytes);
  ~SstOutput();

  // REQUIRES: keys strictly increasing across calls.
  Status Put(std::string_view key, std::string_view value);
  // Closes the last file; `files` gets every file written (none if no Put).
  Status Finish(std::vector<std::string>* files);

 private:
  std::string dir_;
  std::string name_;
  rocksdb::Options options_;
  uint64_t target_file_bytes_;
  std::unique_ptr<rocksdb::SstFileWriter> writer_;
  std::vector<std::string> files_;
};

}  // namespace netra::store
