#include "core/checked_file.h"

#include <cerrno>
#include <functional>
#include <memory>

namespace netra {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

void SectionChecksum::Add(const void* data, size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  uint64_t h = size;
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    h = (h ^ word) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
  }
  for (; i < size; ++i) h = (h ^ p[i]) * 0x100000001b3ull;
  value_ = (value_ ^ h) * 0xff51afd7ed558ccdull;
  value_ ^= value_ >> 33;
}

void CheckedWriter::Put(const void* data, size_t size) {
  sum_.Add(data, size);
  if (size > 0 && std::fwrite(data, 1, size, f_) != size) ok_ = false;
}

bool CheckedReader::Take(size_t size, std::string_view* out) {
  if (size > rest_.size()) return false;
  *out = rest_.substr(0, size);
  rest_.remove_prefix(size);
  sum_.Add(out->data(), size);
  return true;
}

bool CheckedReader::TakeU64(uint64_t* v) {
  std::string_view s;
  if (!Take(sizeof *v, &s)) return false;
  std::memcpy(v, s.data(), sizeof *v);
  return true;
}

bool CheckedReader::TakeChecksum() {
  uint64_t expected = sum_.value(), stored = 0;
  return TakeU64(&stored) && rest_.empty() && stored == expected;
}

namespace {
constexpr uint32_t kByteOrderMark = 0x01020304;
}  // namespace

void PutHead(CheckedWriter* w, const FileHead& head, std::string_view key) {
  w->Put(head.magic.data(), head.magic.size());
  uint32_t words[2] = {head.format, kByteOrderMark};
  w->Put(words, sizeof words);
  w->PutU64(key.size());
  w->Put(key.data(), key.size());
}

Status TakeHead(CheckedReader* r, const FileHead& head, std::string_view key, const std::string& path) {
  std::string_view magic, words_bytes, stored_key;
  uint64_t key_size = 0;
  if (!r->Take(head.magic.size(), &magic) || magic != head.magic) {
    return Status::Corruption(path + ": not a file of this kind");
  }
  uint32_t words[2];
  if (!r->Take(sizeof words, &words_bytes)) return Status::Corruption(path + ": truncated head");
  std::memcpy(words, words_bytes.data(), sizeof words);
  if (words[0] != head.format || words[1] != kByteOrderMark) {
    return Status::Corruption(path + ": another format version or byte order");
  }
  if (!r->TakeU64(&key_size) || !r->Take(key_size, &stored_key)) return Status::Corruption(path + ": truncated key");
  if (stored_key != key) return Status::NotFound(path + " holds data of another key (store version or parameters)");
  return Status::Ok();
}

Status WriteCheckedFile(const std::string& path, const std::function<void(CheckedWriter*)>& write) {
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "wb"));
  if (!f) return Status::IoError("cannot write " + path + ": " + std::strerror(errno));
  CheckedWriter w(f.get());
  write(&w);
  w.PutChecksum();
  if (!w.ok() || std::fflush(f.get()) != 0) return Status::IoError("writing " + path + ": " + std::strerror(errno));
  if (std::fclose(f.release()) != 0) return Status::IoError("closing " + path + ": " + std::strerror(errno));
  return Status::Ok();
}

Status ReadWholeFile(const std::string& path, std::string* bytes) {
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::NotFound("no file " + path);
  if (std::fseek(f.get(), 0, SEEK_END) != 0) return Status::IoError("reading " + path);
  long size = std::ftell(f.get());
  if (size < 0 || std::fseek(f.get(), 0, SEEK_SET) != 0) return Status::IoError("reading " + path);
  bytes->clear();
  ReserveHuge(bytes, static_cast<size_t>(size));
  bytes->resize(static_cast<size_t>(size));
  if (std::fread(bytes->data(), 1, bytes->size(), f.get()) != bytes->size()) return Status::IoError("reading " + path);
  return Status::Ok();
}

}  // namespace netra
