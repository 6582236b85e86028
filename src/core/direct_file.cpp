#include "core/direct_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace netra {

void DirectFileBuf::Free::operator()(char* p) const { std::free(p); }

Result<std::unique_ptr<DirectFileBuf>> DirectFileBuf::Open(const std::string& path) {
  const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  bool direct = true;
  int fd = ::open(path.c_str(), flags | O_DIRECT, 0666);
  if (fd < 0 && errno == EINVAL) {  // the file system refuses O_DIRECT
    direct = false;
    fd = ::open(path.c_str(), flags, 0666);
  }
  if (fd < 0) return Status::IoError("cannot write " + path + ": " + std::strerror(errno));
  auto buf = std::unique_ptr<DirectFileBuf>(new DirectFileBuf(fd, path, direct));
  if (!buf->buf_) return Status::IoError("cannot write " + path + ": no memory for its buffer");
  return buf;
}

DirectFileBuf::DirectFileBuf(int fd, std::string path, bool direct)
    : fd_(fd),
      path_(std::move(path)),
      direct_(direct),
      buf_(static_cast<char*>(std::aligned_alloc(kBlock, kBufferBytes))) {}

DirectFileBuf::~DirectFileBuf() {
  if (fd_ >= 0) ::close(fd_);
}

bool DirectFileBuf::WriteAll(const char* p, size_t n) {
  while (n > 0) {
    ssize_t done = ::write(fd_, p, n);
    if (done < 0 && errno == EINTR) continue;
    if (done < 0 && errno == EINVAL && direct_) {
      // O_DIRECT accepted at open but not for this write: write through
      // the cache from here on.
      direct_ = false;
      if (::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_DIRECT) != 0) break;
      continue;
    }
    if (done <= 0) {
      if (error_ == 0) error_ = done < 0 ? errno : EIO;
      return false;
    }
    p += done;
    n -= static_cast<size_t>(done);
  }
  return n == 0;
}

bool DirectFileBuf::WriteOut(size_t n) {
  bool ok = error_ == 0 && WriteAll(buf_.get(), n);
  std::memmove(buf_.get(), buf_.get() + n, used_ - n);
  used_ -= n;
  return ok;
}

std::streamsize DirectFileBuf::xsputn(const char* s, std::streamsize count) {
  size_t n = static_cast<size_t>(count);
  while (n > 0) {
    size_t take = std::min(n, kBufferBytes - used_);
    std::memcpy(buf_.get() + used_, s, take);
    used_ += take;
    s += take;
    n -= take;
    if (used_ == kBufferBytes && !WriteOut(kBufferBytes)) return count - static_cast<std::streamsize>(n);
  }
  return count;
}

DirectFileBuf::int_type DirectFileBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  char ch = traits_type::to_char_type(c);
  return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
}

Status DirectFileBuf::Close() {
  // The whole blocks directly, then the tail (shorter than a block)
  // through the cache: O_DIRECT takes only whole blocks.
  WriteOut(used_ / kBlock * kBlock);
  if (used_ > 0 && error_ == 0) {
    if (direct_ && ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_DIRECT) != 0 && error_ == 0) error_ = errno;
    direct_ = false;
    WriteOut(used_);
  }
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0 && error_ == 0) error_ = errno;
  if (error_ != 0) return Status::IoError("writing " + path_ + ": " + std::strerror(error_));
  return Status::Ok();
}

}  // namespace netra
