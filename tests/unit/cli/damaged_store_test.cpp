// A damaged store is never read as a smaller one: a table file deleted or
// cut short fails every reader with exit 3 and a message naming the file,
// and `netra verify` finds what readers cannot see at open (bytes changed
// inside a file).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A store of a few articles, and its largest table file (the one most of
// the answer lives in).
struct DamagedStore {
  TempDir dir;
  std::string db = (dir.path() / "db").string();
  fs::path largest;
  DamagedStore() {
    std::string feed;
    for (int i = 0; i < 40; ++i) {
      feed += "{\"id\":\"d" + std::to_string(i) +
              "\",\"text\":\"Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel netralitas ASN pada Kamis 21 "
              "November 2024. Ia mengutip UU Nomor 20 Tahun 2023 dan PP Nomor 94 Tahun 2021 di Kota Lubuk "
              "Linggau.\"}\n";
    }
    CommandResult r = RunNetra({"ingest", "--db", db, "--no-progress", dir.Write("in.jsonl", feed)});
    REQUIRE(r.exit_code == 0);
    uintmax_t size = 0;
    for (const auto& entry : fs::directory_iterator(db)) {
      if (entry.path().extension() == ".sst" && entry.file_size() > size) {
        size = entry.file_size();
        largest = entry.path();
      }
    }
    REQUIRE(size > 0);
  }
};

void CheckEveryReaderRefuses(const std::string& db, const std::string& named) {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"query", "regions-citing-laws"}, std::vector<std::string>{"stats"},
        std::vector<std::string>{"verify"}, std::vector<std::string>{"export", "--format", "graphml"}}) {
    args.insert(args.begin() + 1, {"--db", db});
    CommandResult r = RunNetra(args);
    INFO(args[0]);
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(r.out.empty());
    CHECK(Has(r.err, "is damaged"));
    CHECK(Has(r.err, named));
  }
}

}  // namespace

TEST_SUITE("cli.damaged_store") {
  TEST_CASE("verify passes a whole store") {
    DamagedStore s;
    CommandResult r = RunNetra({"verify", "--db", s.db});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(Has(r.out, "files whole, indexes and counts consistent"));
  }

  TEST_CASE("a table file cut short: every reader exits 3 naming it and both sizes") {
    DamagedStore s;
    const auto size = fs::file_size(s.largest);
    fs::resize_file(s.largest, size / 2);
    CheckEveryReaderRefuses(s.db, s.largest.filename().string() + ". Size recorded in manifest " +
                                      std::to_string(size) + ", actual size " + std::to_string(size / 2));
  }

  TEST_CASE("a table file deleted: every reader exits 3 naming it") {
    DamagedStore s;
    fs::remove(s.largest);
    CheckEveryReaderRefuses(s.db, s.largest.filename().string() + ": No such file or directory");
  }

  TEST_CASE("bytes changed inside a file: verify finds it by checksum") {
    DamagedStore s;
    {
      std::fstream f(s.largest, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(100);
      f.write("\xde\xad\xbe\xef\xde\xad\xbe\xef", 8);
    }
    CommandResult r = RunNetra({"verify", "--db", s.db});
    INFO(r.err);
    CHECK(r.exit_code == 3);
    CHECK(Has(r.err, s.largest.filename().string()));
  }
}

}  // namespace netra::cli
