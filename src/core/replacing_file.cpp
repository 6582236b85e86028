#include "core/replacing_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace netra {

namespace {

std::string ErrnoText() { return std::strerror(errno); }

// The mode open(2) gives a new file: 0666 less the process's umask. The
// umask is read from /proc, not by umask(2), which can only read it by
// setting it, under the feet of other threads creating files.
mode_t NewFileMode() {
  mode_t mask = 022;
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f) != nullptr) {
      unsigned value = 0;
      if (std::sscanf(line, "Umask: %o", &value) == 1) {
        mask = static_cast<mode_t>(value);
        break;
      }
    }
    std::fclose(f);
  }
  return 0666 & ~mask;
}

}  // namespace

Result<ReplacingFile> ReplacingFile::Create(const std::string& path) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return Status::IoError("cannot create a temporary file beside " + path + ": " + ErrnoText());
  ::close(fd);
  return ReplacingFile(path, std::string(name.data()));
}

ReplacingFile::ReplacingFile(ReplacingFile&& other) noexcept
    : path_(std::move(other.path_)), temp_(std::move(other.temp_)) {
  other.temp_.clear();
}

ReplacingFile::~ReplacingFile() {
  if (!temp_.empty()) std::remove(temp_.c_str());
}

Status ReplacingFile::Commit() {
  if (::chmod(temp_.c_str(), NewFileMode()) != 0) return Status::IoError("chmod " + temp_ + ": " + ErrnoText());
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    return Status::IoError("renaming " + temp_ + " to " + path_ + ": " + ErrnoText());
  }
  temp_.clear();
  return Status::Ok();
}

}  // namespace netra
