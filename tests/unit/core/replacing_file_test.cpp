#include "core/replacing_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "core/file_util.h"
#include "support/temp_dir.h"

namespace netra {

namespace fs = std::filesystem;

TEST_SUITE("core.replacing_file") {
  TEST_CASE("a file appears whole at its path on Commit, with the mode a new file gets") {
    testing::TempDir dir;
    const std::string path = (dir.path() / "out.graphml").string();
    {
      auto file = ReplacingFile::Create(path);
      REQUIRE(file.ok());
      CHECK(fs::path(file->temp_path()).parent_path() == dir.path());
      std::ofstream(file->temp_path()) << "isi";
      CHECK_FALSE(fs::exists(path));
      REQUIRE(file->Commit().ok());
    }
    CHECK(*ReadFile(path) == "isi");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK((st.st_mode & 0777) == (0666 & ~mask));
  }

  TEST_CASE("without Commit nothing is left; a symlink planted at a guessable name is never written through") {
    testing::TempDir dir;
    const std::string path = (dir.path() / "out.svg").string();
    const std::string victim = (dir.path() / "victim").string();
    REQUIRE(WriteFile(victim, "jangan diubah").ok());
    for (const char* planted : {"out.svg.tmp", ".out.svg.tmp", ".out.svg.XXXXXX"}) {
      fs::create_symlink(victim, dir.path() / planted);
    }
    {
      auto file = ReplacingFile::Create(path);
      REQUIRE(file.ok());
      CHECK(fs::is_regular_file(fs::symlink_status(file->temp_path())));
      std::ofstream(file->temp_path()) << "setengah";
    }
    CHECK_FALSE(fs::exists(path));
    CHECK(*ReadFile(victim) == "jangan diubah");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 4);  // victim + 3 links
  }

  TEST_CASE("a folder that cannot be written is an I/O error naming the path") {
    auto file = ReplacingFile::Create("/proc/netra-no-such/out.csv");
    REQUIRE_FALSE(file.ok());
    CHECK(file.status().code() == StatusCode::kIoError);
    CHECK(file.status().message().find("/proc/netra-no-such/out.csv") != std::string::npos);
  }
}

}  // namespace netra
