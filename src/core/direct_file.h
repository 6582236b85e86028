// A file written past the page cache (O_DIRECT): the bytes go from an
// aligned buffer of this process to the device, with no copy into the
// kernel's cache. For big exports written once and read later by another
// program: a whole-store GraphML at 100k articles is 480 MB, and the
// kernel's copy of it into the page cache (copy_folio_from_iter_atomic)
// was 28-38% of the export's CPU on this project's VM, where fresh
// page-cache pages are slow to come by. Where O_DIRECT is refused (tmpfs,
// some network file systems) the same class writes through the cache.
#pragma once

#include <cstddef>
#include <memory>
#include <streambuf>
#include <string>

#include "core/status.h"

namespace netra {

class DirectFileBuf : public std::streambuf {
 public:
  // Opens `path` for writing, truncated (it must exist or be creatable).
  static Result<std::unique_ptr<DirectFileBuf>> Open(const std::string& path);
  ~DirectFileBuf() override;  // closes the file (Close reports errors)
  DirectFileBuf(const DirectFileBuf&) = delete;
  DirectFileBuf& operator=(const DirectFileBuf&) = delete;

  // Writes what is buffered and closes the file; IoError if any write
  // failed (then or before).
  Status Close();

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int_type overflow(int_type c) override;
  // Keeps the bytes short of a whole block for Close: a direct write must
  // be a whole number of blocks.
  int sync() override { return 0; }

 private:
  DirectFileBuf(int fd, std::string path, bool direct);
  // Writes buf_[0, n) (n a multiple of kBlock while direct_), keeping the
  // rest at the front of buf_.
  bool WriteOut(size_t n);
  bool WriteAll(const char* p, size_t n);

  static constexpr size_t kBlock = 4096;           // the alignment O_DIRECT needs
  static constexpr size_t kBufferBytes = 4 << 20;  // a multiple of kBlock
  int fd_;
  std::string path_;
  bool direct_;
  struct Free {
    void operator()(char* p) const;
  };
  std::unique_ptr<char, Free> buf_;
  size_t used_ = 0;
  int error_ = 0;  // errno of the first failed write
};

}  // namespace netra
