#include "core/rewindable_stdin.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>

namespace netra {

namespace {

off_t g_start = -1;  // where standard input starts, once rewindable

Status CopyAll(int from, int to, const std::string& to_name) {
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(from, buf, sizeof buf);
    if (n == 0) return Status::Ok();
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(std::string("reading standard input: ") + std::strerror(errno));
    }
    for (ssize_t done = 0; done < n;) {
      ssize_t w = ::write(to, buf + done, static_cast<size_t>(n - done));
      if (w < 0 && errno == EINTR) continue;
      if (w < 0) return Status::IoError("writing " + to_name + ": " + std::strerror(errno));
      done += w;
    }
  }
}

}  // namespace

Status MakeStdinRewindable() {
  struct stat st;
  if (::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)) {
    g_start = ::lseek(STDIN_FILENO, 0, SEEK_CUR);
    if (g_start >= 0) return Status::Ok();
  }
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string name = (dir / "netra-stdin-XXXXXX").string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) return Status::IoError("creating " + name + " for a copy of standard input: " + std::strerror(errno));
  ::unlink(name.c_str());  // the descriptor keeps it until the process ends
  Status copied = CopyAll(STDIN_FILENO, fd, name);
  if (copied.ok() && (::lseek(fd, 0, SEEK_SET) != 0 || ::dup2(fd, STDIN_FILENO) < 0)) {
    copied = Status::IoError("putting the copy of standard input in its place: " + std::string(std::strerror(errno)));
  }
  ::close(fd);
  if (!copied.ok()) return copied;
  g_start = 0;
  return RewindStdin();
}

Status RewindStdin() {
  if (g_start < 0 || std::fseek(stdin, g_start, SEEK_SET) != 0) {
    return Status::IoError("standard input cannot be read again");
  }
  std::clearerr(stdin);
  std::cin.clear();
  return Status::Ok();
}

}  // namespace netra
