// Binary files of derived data (caches) written and read in sections with a
// checksum: a truncated, overwritten or foreign file is refused, never
// half-read. Host byte order: such files stay on the machine that wrote them.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/huge_pages.h"
#include "core/status.h"

namespace netra {

// A checksum of sections, each hashed eight bytes at a time: fast enough
// for the hundreds of megabytes of a large projection (a cache must cost
// little to check), and it catches a truncated or overwritten file.
class SectionChecksum {
 public:
  void Add(const void* data, size_t size);
  uint64_t value() const { return value_; }

 private:
  uint64_t value_ = 0;
};

// Writes sections to an open file, summing them.
class CheckedWriter {
 public:
  explicit CheckedWriter(std::FILE* f) : f_(f) {}
  void Put(const void* data, size_t size);
  void PutU64(uint64_t v) { Put(&v, sizeof v); }
  template <typename T>
  void PutVector(const std::vector<T>& v) {
    Put(v.data(), v.size() * sizeof(T));
  }
  // Ends the file with the checksum of what was put.
  void PutChecksum() {
    uint64_t sum = sum_.value();
    Put(&sum, sizeof sum);
  }
  bool ok() const { return ok_; }

 private:
  std::FILE* f_;
  SectionChecksum sum_;
  bool ok_ = true;
};

// Reads sections from a file's bytes, each checked against what is left.
class CheckedReader {
 public:
  explicit CheckedReader(std::string_view bytes) : rest_(bytes) {}
  bool Take(size_t size, std::string_view* out);
  bool TakeU64(uint64_t* v);
  template <typename T>
  bool TakeVector(uint64_t n, std::vector<T>* v) {
    if (n > rest_.size() / sizeof(T)) return false;
    std::string_view s;
    if (!Take(n * sizeof(T), &s)) return false;
    ReserveHuge(v, n);
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), s.data(), n * sizeof(T));
    return true;
  }
  // True if the checksum PutChecksum wrote follows and ends the bytes.
  bool TakeChecksum();

 private:
  std::string_view rest_;
  SectionChecksum sum_;
};

// The head of every such file: `magic` (which kind of file), a format
// version, a byte-order mark, and `key` (what the data is of: the reader
// asks for a key and takes only a file of that key).
struct FileHead {
  std::string_view magic;
  uint32_t format = 1;
};
void PutHead(CheckedWriter* w, const FileHead& head, std::string_view key);
// Corruption (naming `path`) unless the head is `head`'s; NotFound if the
// file is of another key.
Status TakeHead(CheckedReader* r, const FileHead& head, std::string_view key, const std::string& path);

// Writes a file with `write`, which puts its sections: IoError naming the
// file if anything fails.
Status WriteCheckedFile(const std::string& path, const std::function<void(CheckedWriter*)>& write);

// The whole file in `bytes` (advised huge pages). NotFound if it does not
// exist.
Status ReadWholeFile(const std::string& path, std::string* bytes);

}  // namespace netra
