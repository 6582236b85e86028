// A file written under a temporary name beside its target and renamed into
// place once complete: readers never see half of it, a failed write leaves
// nothing behind, and the temporary name cannot be planted in advance.
//
// The temporary file is made by mkstemp in the target's folder (a rename
// within one file system is atomic): its name is unpredictable and it is
// created exclusively, so a symlink an attacker leaves at a guessable
// `F.tmp` is never followed. Whoever can write the folder itself can replace
// F anyway, so reopening the new file by name to write it is no weaker.
#pragma once

#include <string>

#include "core/status.h"

namespace netra {

class ReplacingFile {
 public:
  // Creates the temporary file for `path` (`<folder>/.<name>.XXXXXX`).
  static Result<ReplacingFile> Create(const std::string& path);

  ReplacingFile(ReplacingFile&& other) noexcept;
  ReplacingFile& operator=(ReplacingFile&&) = delete;
  ReplacingFile(const ReplacingFile&) = delete;
  ReplacingFile& operator=(const ReplacingFile&) = delete;
  // Removes the temporary file unless Commit succeeded.
  ~ReplacingFile();

  // Where to write: an empty regular file, only this process's.
  const std::string& temp_path() const { return temp_; }
  const std::string& path() const { return path_; }

  // Gives the file the mode a newly created file would have (0666 less the
  // umask; mkstemp makes it 0600) and renames it to path().
  Status Commit();

 private:
  ReplacingFile(std::string path, std::string temp) : path_(std::move(path)), temp_(std::move(temp)) {}
  std::string path_;
  std::string temp_;  // empty once committed or moved from
};

}  // namespace netra
