// A fresh folder for one test, removed with everything in it when the
// TempDir goes out of scope.
//
//   netra::testing::TempDir dir;
//   std::string a = dir.Write("feeds/a.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");
//   ... dir.path() / "feeds" ...
#pragma once

#include <stdlib.h>  // mkdtemp

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace netra::testing {

class TempDir {
 public:
  // Creates `<system temp dir>/netra-test-XXXXXX`. Throws std::runtime_error
  // if it cannot (a test cannot go on without it).
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "netra-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("cannot create a temporary folder from " + pattern);
    }
    path_ = pattern;
  }

  // Removes the folder and everything in it; errors are ignored.
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }

  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `bytes` (binary, replacing) to `relative` inside the folder,
  // creating parent folders; returns the file's full path.
  std::string Write(const std::string& relative, std::string_view bytes) const {
    std::filesystem::path file = path_ / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file.string();
  }

 private:
  std::filesystem::path path_;
};

}  // namespace netra::testing
