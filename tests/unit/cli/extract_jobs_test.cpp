// `extract` and `inspect` print the same bytes whatever --jobs says, on an
// input long enough to be many batches of the pool (process_pool.h: up to
// 64 documents a batch, a few batches ahead of the reading thread), with
// bad documents among them, whose messages keep their order too.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

const char* kRegencies[] = {"Sleman", "Bantul", "Gresik", "Bima", "Kupang", "Sumenep"};

// One JSONL line: an article on a regent's visit, its length varying with
// `i` so that batches close on their size as well as on their count.
std::string ArticleLine(int i) {
  const std::string regency = kRegencies[i % 6];
  std::string text = "BUPATI " + regency + " - Bupati " + regency + " Hadi Prasetyo meninjau pasar desa ke-" +
                     std::to_string(i) + ", Rabu (14/8/2024). Kunjungan itu merujuk Perda Nomor " +
                     std::to_string(1 + i % 9) + " Tahun 2022 tentang Pasar Rakyat.";
  for (int k = 0; k < i % 5; ++k) text += " Warga " + regency + " menyambut baik rencana itu.";
  return "{\"id\":\"pasar-" + std::to_string(i) + "\",\"title\":\"Bupati " + regency + " Tinjau Pasar\",\"text\":\"" +
         text + "\"}";
}

// 700 articles, among them a broken JSON line every 101st and one whose
// text is not UTF-8 every 67th (both refused as they are read), plus a
// .txt article in the same folder.
std::string Corpus(const TempDir& dir) {
  std::string jsonl;
  for (int i = 0; i < 700; ++i) {
    if (i % 101 == 50) {
      jsonl += "{\"id\":\"rusak-" + std::to_string(i) + "\",\"text\":\n";
    } else if (i % 67 == 20) {
      jsonl += "{\"id\":\"bukan-utf8-" + std::to_string(i) + "\",\"text\":\"Teks \xC3 rusak.\"}\n";
    } else {
      jsonl += ArticleLine(i) + "\n";
    }
  }
  dir.Write("in/pasar.jsonl", jsonl);
  dir.Write("in/sleman.txt",
            "Bupati Sleman Tinjau Pasar\n\nSLEMAN - Bupati Sleman meninjau pasar, Rabu (14/8/2024).\n");
  return (dir.path() / "in").string();
}

// 300 .txt articles, one a file (t000.txt ...), among them empty ones,
// which fail as they are read, and ones that are not UTF-8, which fail in
// the text layer, on a thread, later: a few batches apart with --jobs 2.
std::string TextFiles(const TempDir& dir) {
  for (int i = 0; i < 300; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "txt/t%03d.txt", i);
    if (i % 23 == 5) {
      dir.Write(name, "");
    } else if (i % 29 == 7) {
      dir.Write(name, "Judul\n\nTeks \xC3 rusak.\n");
    } else {
      dir.Write(name, "Bupati Gresik ke-" + std::to_string(i) + "\n\nGRESIK - Bupati Gresik meninjau pasar.\n");
    }
  }
  return (dir.path() / "txt").string();
}

size_t Count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

TEST_SUITE("cli.extract_jobs") {
  TEST_CASE("extract --format jsonl: --jobs 1, 2 and 3 write the same bytes and the same messages") {
    TempDir dir;
    const std::string in = Corpus(dir);
    CommandResult one = RunNetra({"extract", "--format", "jsonl", "--jobs", "1", in});
    CHECK(one.exit_code == 2);  // some documents failed, the rest were written
    // 700 articles, 7 broken lines, 11 not UTF-8 (i = 20, 87, ... 690), and the .txt one.
    CHECK(Count(one.out, "{\"document\":") == 700 - 7 - 11 + 1);
    CHECK(Count(one.out, "\"subject\":") > 1000);
    CHECK(Count(one.err, "\n") == 7 + 11);
    for (const char* jobs : {"2", "3"}) {
      CAPTURE(jobs);
      CommandResult many = RunNetra({"extract", "--format", "jsonl", "--jobs", jobs, in});
      CHECK(many.exit_code == one.exit_code);
      CHECK(many.out == one.out);
      CHECK(many.err == one.err);
    }
  }

  TEST_CASE("messages come in input order, those of reading and of processing alike, for any --jobs") {
    TempDir dir;
    const std::string in = TextFiles(dir);
    CommandResult one = RunNetra({"extract", "--format", "jsonl", "--jobs", "1", in});
    CHECK(one.exit_code == 2);
    // 13 empty files (i % 23 == 5) and 11 not UTF-8 (i % 29 == 7), none both.
    REQUIRE(Count(one.err, "\n") == 13 + 11);
    CHECK(Count(one.err, "empty file") == 13);
    // In file order, though an empty file fails as it is read and the text
    // layer fails later: t210 (not UTF-8) before t212 (empty), t239 before
    // t258, across batches.
    for (auto files : {std::pair{"t005.txt", "t007.txt"},
                       {"t210.txt", "t212.txt"},
                       {"t239.txt", "t258.txt"},
                       {"t281.txt", "t297.txt"}}) {
      // Named, not a structured binding: CAPTURE's lambda cannot take one under clang 14.
      const char* first = files.first;
      const char* second = files.second;
      CAPTURE(first);
      REQUIRE(one.err.find(first) != std::string::npos);
      CHECK(one.err.find(first) < one.err.find(second));
    }
    for (const char* jobs : {"2", "3"}) {
      CAPTURE(jobs);
      CommandResult many = RunNetra({"extract", "--format", "jsonl", "--jobs", jobs, in});
      CHECK(many.out == one.out);
      CHECK(many.err == one.err);
    }
  }

  TEST_CASE("extract --format json and inspect: the same array and text on one thread and on two") {
    TempDir dir;
    const std::string in = Corpus(dir);
    CommandResult one = RunNetra({"extract", "--format", "json", "--jobs", "1", in});
    CHECK(one.out.rfind("[\n{", 0) == 0);
    CHECK(one.out.size() > 3);
    CHECK(one.out.substr(one.out.size() - 3) == "\n]\n");
    CHECK(Count(one.out, "},\n{") == 700 - 7 - 11);  // between the 683 items
    CHECK(RunNetra({"extract", "--format", "json", "--jobs", "2", in}).out == one.out);
    CHECK(RunNetra({"inspect", "--jobs", "1", in}).out == RunNetra({"inspect", "--jobs", "2", in}).out);
  }

  TEST_CASE("a write error (a full disk) stops extract with exit 3 and a message, not a silent short file") {
    if (access("/dev/full", W_OK) != 0) return;  // no such device here: nothing to check
    TempDir dir;
    const std::string in = Corpus(dir);
    const std::string err = (dir.path() / "err").string();
    int status = std::system(
        (std::string(NETRA_BINARY) + " extract --format jsonl --jobs 2 " + in + " > /dev/full 2> " + err).c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 3);
    std::ifstream file(err);
    std::stringstream message;
    message << file.rdbuf();
    CHECK(message.str().find("netra: writing to standard output: No space left on device") != std::string::npos);
  }
}

}  // namespace
}  // namespace netra::cli
