#include "ingest/loader.h"

#include <doctest/doctest.h>
#include <sys/resource.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace netra::ingest {
namespace {

using netra::testing::TempDir;

// What loading some paths produced, in order.
struct Loaded {
  std::vector<model::Document> docs;
  std::vector<Diagnostic> problems;
  uint64_t reported = 0;  // the sum of LoadFile's return values
};

Loaded Load(const std::vector<std::string>& paths, const LoadOptions& options = {}) {
  Loaded out;
  std::vector<InputFile> inputs = ListInputs(paths, &out.problems);
  for (const InputFile& input : inputs) {
    out.reported += LoadFile(
        input, options, [&](model::Document&& doc) { out.docs.push_back(std::move(doc)); },
        [&](const Diagnostic& d) { out.problems.push_back(d); });
  }
  return out;
}

std::vector<std::string> Ids(const Loaded& loaded) {
  std::vector<std::string> ids;
  for (const model::Document& doc : loaded.docs) ids.push_back(doc.id);
  return ids;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Peak resident memory of this process so far, in bytes.
uint64_t PeakRssBytes() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<uint64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

TEST_SUITE("ingest.loader") {
  TEST_CASE("A .txt file is one document whose id is the file name without extension") {
    TempDir dir;
    std::string path = dir.Write("kpu-jakarta-2024.txt", "KPU DKI Jakarta menetapkan hasil.\n");
    Loaded loaded = Load({path});
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.docs.size() == 1);
    CHECK(loaded.reported == 1);
    CHECK(loaded.docs[0].id == "kpu-jakarta-2024");
    CHECK(loaded.docs[0].text == "KPU DKI Jakarta menetapkan hasil.\n");
    CHECK(loaded.docs[0].source == path);
  }

  TEST_CASE("A folder is walked recursively in sorted order and non-article files are skipped") {
    TempDir dir;
    dir.Write("b.txt", "b");
    dir.Write("a/z.txt", "z");
    dir.Write("a/c.jsonl", "{\"id\":\"c\",\"text\":\"c\"}\n");
    dir.Write("a/deeper/d.ndjson", "{\"id\":\"d\",\"text\":\"d\"}\n");
    dir.Write("README.md", "# not an article");
    dir.Write("a/notes.csv", "x,y");
    std::string root = dir.path().string();

    std::vector<Diagnostic> problems;
    std::vector<InputFile> inputs = ListInputs({root}, &problems);
    CHECK(problems.empty());
    REQUIRE(inputs.size() == 4);
    CHECK(inputs[0].path == root + "/a/c.jsonl");
    CHECK(inputs[1].path == root + "/a/deeper/d.ndjson");
    CHECK(inputs[2].path == root + "/a/z.txt");
    CHECK(inputs[3].path == root + "/b.txt");
    CHECK(inputs[0].jsonl);
    CHECK(inputs[1].jsonl);
    CHECK_FALSE(inputs[2].jsonl);
    CHECK(inputs[3].bytes == 1);

    // The same folder lists the same way every time.
    std::vector<InputFile> again = ListInputs({root}, &problems);
    REQUIRE(again.size() == inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) CHECK(again[i].path == inputs[i].path);

    Loaded loaded = Load({root});
    CHECK(loaded.problems.empty());
    CHECK(Ids(loaded) == std::vector<std::string>{"c", "d", "z", "b"});
  }

  TEST_CASE("A JSONL line gives id, title, text, url, publisher, the published date and metadata") {
    TempDir dir;
    std::string path =
        dir.Write("feed.jsonl",
                  R"({"id":"a1","title":"Bawaslu menegur camat","text":"Isi berita.","url":"https://example.org/a1",)"
                  R"("published":"2024-11-21T08:00:00+07:00","publisher":"Harian Contoh",)"
                  R"("tags":["pilkada","asn"],"views":12,"author":{"name":"R"}})"
                  "\n");
    Loaded loaded = Load({path});
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.docs.size() == 1);
    const model::Document& doc = loaded.docs[0];
    CHECK(doc.id == "a1");
    CHECK(doc.title == "Bawaslu menegur camat");
    CHECK(doc.text == "Isi berita.");
    CHECK(doc.url == "https://example.org/a1");
    CHECK(doc.published == "2024-11-21");
    CHECK(doc.publisher == "Harian Contoh");
    CHECK(doc.source == path + ":1");
    using Field = std::pair<std::string, std::string>;
    CHECK(doc.metadata ==
          std::vector<Field>{{"tags", R"(["pilkada","asn"])"}, {"views", "12"}, {"author", R"({"name":"R"})"}});
  }

  TEST_CASE("A JSONL line without text takes its text from body, then from content") {
    TempDir dir;
    std::string path = dir.Write("feed.jsonl",
                                 "{\"id\":\"b\",\"body\":\"from body\"}\n"
                                 "{\"id\":\"c\",\"content\":\"from content\"}\n"
                                 "{\"id\":\"t\",\"text\":\"from text\",\"body\":\"ignored\"}\n"
                                 "{\"id\":\"e\",\"text\":\"\",\"body\":\"empty text falls back\"}\n");
    Loaded loaded = Load({path});
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.docs.size() == 4);
    CHECK(loaded.docs[0].text == "from body");
    CHECK(loaded.docs[1].text == "from content");
    CHECK(loaded.docs[2].text == "from text");
    CHECK(loaded.docs[3].text == "empty text falls back");
    // body/content are the text, not metadata.
    CHECK(loaded.docs[2].metadata.empty());
  }

  TEST_CASE("A date-only published field is kept and a number id becomes its text") {
    auto doc = ParseJsonLine(R"({"id":42,"text":"x","published":"2024-02-14"})", "f.jsonl:1");
    REQUIRE(doc.ok());
    CHECK(doc->id == "42");
    CHECK(doc->published == "2024-02-14");
  }

  TEST_CASE("Blank JSONL lines are skipped but still counted in line numbers") {
    TempDir dir;
    std::string path = dir.Write("feed.jsonl",
                                 "\n"
                                 "{\"id\":\"a\",\"text\":\"A\"}\r\n"
                                 "   \t\n"
                                 "\r\n"
                                 "{\"id\":\"b\",\"text\":\"B\"}");  // no final newline
    Loaded loaded = Load({path});
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.docs.size() == 2);
    CHECK(loaded.docs[0].source == path + ":2");
    CHECK(loaded.docs[1].source == path + ":5");
    CHECK(loaded.docs[1].text == "B");
  }

  TEST_CASE("A broken JSON line is reported with its file, line and column") {
    TempDir dir;
    std::string path = dir.Write("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"A\"}\n"
                                 "{\"id\":\"b\",\"text\":}\n");
    Loaded loaded = Load({path});
    CHECK(Ids(loaded) == std::vector<std::string>{"a"});
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].where == path + ":2");
    // Column 18 is the `}` where a value was expected.
    CHECK(Contains(loaded.problems[0].message, "invalid JSON at column 18"));
  }

  TEST_CASE("A JSONL line without text is reported") {
    auto doc = ParseJsonLine(R"({"id":"x","title":"only a title"})", "f.jsonl:3");
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kBadInput);
    CHECK(Contains(doc.status().message(), "`x` has no text"));

    auto blank = ParseJsonLine(R"({"id":"y","text":"  \n "})", "f.jsonl:4");
    CHECK_FALSE(blank.ok());
  }

  TEST_CASE("A JSONL line without id is reported") {
    auto doc = ParseJsonLine(R"({"text":"no id here"})", "f.jsonl:1");
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.status().code() == StatusCode::kBadInput);
    CHECK(Contains(doc.status().message(), "no `id` field"));
  }

  TEST_CASE("A JSONL line that is not an object or has a field of the wrong type is reported") {
    CHECK_FALSE(ParseJsonLine("[1,2]", "f:1").ok());
    CHECK_FALSE(ParseJsonLine(R"({"id":"a","text":["x"]})", "f:1").ok());
    CHECK_FALSE(ParseJsonLine(R"({"id":"a","text":"x","published":"21/11/2024"})", "f:1").ok());
  }

  TEST_CASE("Good JSONL lines around bad ones are still loaded") {
    TempDir dir;
    std::string path = dir.Write("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"A\"}\n"
                                 "{broken\n"
                                 "{\"id\":\"b\",\"text\":\"B\"}\n"
                                 "{\"id\":\"no-text\"}\n"
                                 "{\"text\":\"no id\"}\n"
                                 "{\"id\":\"c\",\"text\":\"C\"}\n");
    Loaded loaded = Load({path});
    CHECK(Ids(loaded) == std::vector<std::string>{"a", "b", "c"});
    CHECK(loaded.reported == 3);
    REQUIRE(loaded.problems.size() == 3);
    CHECK(loaded.problems[0].where == path + ":2");
    CHECK(loaded.problems[1].where == path + ":4");
    CHECK(loaded.problems[2].where == path + ":5");
  }

  TEST_CASE("An empty file is reported") {
    TempDir dir;
    std::string txt = dir.Write("empty.txt", "");
    std::string jsonl = dir.Write("empty.jsonl", "");
    std::string blank = dir.Write("blank.jsonl", "\n  \n");
    Loaded loaded = Load({txt, jsonl, blank});
    CHECK(loaded.docs.empty());
    REQUIRE(loaded.problems.size() == 3);
    CHECK(loaded.problems[0].where == txt);
    CHECK(loaded.problems[1].where == jsonl);
    CHECK(loaded.problems[2].where == blank);
    for (const Diagnostic& d : loaded.problems) CHECK(d.message == "empty file");
  }

  TEST_CASE("A binary file with NUL bytes is reported, not loaded") {
    TempDir dir;
    std::string path = dir.Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    Loaded loaded = Load({path});
    CHECK(loaded.docs.empty());
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].where == path);
    CHECK(Contains(loaded.problems[0].message, "binary"));
  }

  TEST_CASE("A document over the size limit is reported and skipped") {
    TempDir dir;
    LoadOptions small;
    small.max_document_bytes = 100;
    std::string big_txt = dir.Write("big.txt", std::string(101, 'x'));
    std::string ok_txt = dir.Write("ok.txt", std::string(100, 'y'));
    std::string feed = dir.Write("feed.jsonl", "{\"id\":\"big\",\"text\":\"" + std::string(150, 'z') +
                                                   "\"}\n{\"id\":\"small\",\"text\":\"s\"}\n");
    Loaded loaded = Load({big_txt, ok_txt, feed}, small);
    CHECK(Ids(loaded) == std::vector<std::string>{"ok", "small"});
    REQUIRE(loaded.problems.size() == 2);
    CHECK(loaded.problems[0].where == big_txt);
    CHECK(Contains(loaded.problems[0].message, "over the 100 bytes limit"));
    CHECK(loaded.problems[1].where == feed + ":1");
    CHECK(Contains(loaded.problems[1].message, "over the 100 bytes limit"));
  }

  TEST_CASE("A JSONL line over the limit is skipped without being read into memory") {
    TempDir dir;
    std::string path = (dir.path() / "huge.jsonl").string();
    constexpr uint64_t kLineBytes = 32ull << 20;  // far over 100 bytes + the 64 KiB allowance
    {
      // The middle of the line is a hole in a sparse file: no disk, all NULs.
      std::ofstream out(path, std::ios::binary);
      out << "{\"id\":\"before\",\"text\":\"first\"}\n";
      out << "{\"id\":\"huge\",\"text\":\"";
      out.seekp(static_cast<std::streamoff>(kLineBytes));
      out << "\"}\n{\"id\":\"after\",\"text\":\"still read\"}\n";
      REQUIRE(out.good());
    }
    LoadOptions small;
    small.max_document_bytes = 100;
    uint64_t peak_before = PeakRssBytes();
    Loaded loaded = Load({path}, small);
    uint64_t peak_growth = PeakRssBytes() - peak_before;

    REQUIRE(Ids(loaded) == std::vector<std::string>{"before", "after"});
    CHECK(loaded.docs[1].source == path + ":3");
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].where == path + ":2");
    CHECK(Contains(loaded.problems[0].message, "line is over the 100 bytes document limit"));
    // Holding the line would take at least kLineBytes more.
    CHECK(peak_growth < kLineBytes / 2);
  }

  TEST_CASE("JSONL lines are read whole across the reader's 64 KiB blocks, CRLF or not, the last without newline") {
    TempDir dir;
    std::string feed;
    std::vector<std::string> texts;
    for (int i = 0; i < 40; ++i) {
      // Lengths from 1 byte to ~13 KiB, so that lines start and end at every
      // kind of place in a block, and one line spans several blocks.
      size_t length = i == 20 ? 200000 : 1 + (static_cast<size_t>(i) * 7919) % 13000;
      texts.push_back(std::string(length, static_cast<char>('a' + i % 26)));
      feed += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + texts.back() + "\"}";
      if (i < 39) feed += i % 3 == 0 ? "\r\n" : "\n";
    }
    std::string path = dir.Write("feed.jsonl", feed);
    LoadOptions options;
    options.max_document_bytes = 300000;
    Loaded loaded = Load({path}, options);
    CHECK(loaded.problems.empty());
    REQUIRE(loaded.docs.size() == 40);
    for (int i = 0; i < 40; ++i) {
      CHECK(loaded.docs[i].id == "d" + std::to_string(i));
      CHECK(loaded.docs[i].text == texts[i]);
      CHECK(loaded.docs[i].source == path + ":" + std::to_string(i + 1));
    }
  }

  TEST_CASE("Invalid UTF-8 in a JSONL line is named with its column, in any field") {
    for (const std::string& line : {std::string("{\"id\":\"a\",\"title\":\"Judul \xC3\",\"text\":\"teks\"}"),
                                    std::string("{\"id\":\"a\",\"text\":\"teks\",\"sumber\":\"\xED\xA0\x80\"}")}) {
      auto doc = ParseJsonLine(line, "f.jsonl:1");
      REQUIRE_FALSE(doc.ok());
      CHECK(doc.status().code() == StatusCode::kBadInput);
      CHECK(Contains(doc.status().message(), "invalid JSON at column"));
      CHECK(Contains(doc.status().message(), "Invalid encoding in string."));
    }
    auto good = ParseJsonLine("{\"id\":\"a\",\"text\":\"Kota \xe2\x80\x9cLubuk\xe2\x80\x9d\",\"tag\":\"\\u00e9\"}",
                              "f.jsonl:2");
    REQUIRE(good.ok());
    CHECK(good->text == "Kota \xe2\x80\x9cLubuk\xe2\x80\x9d");
    REQUIRE(good->metadata.size() == 1);
    CHECK(good->metadata[0].second == "\"\xc3\xa9\"");
  }

  TEST_CASE("A path that does not exist is reported") {
    TempDir dir;
    std::string missing = (dir.path() / "nope.jsonl").string();
    std::string good = dir.Write("good.txt", "ada");
    Loaded loaded = Load({missing, good});
    CHECK(Ids(loaded) == std::vector<std::string>{"good"});
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].where == missing);
    CHECK(loaded.problems[0].message == "no such file or folder");
  }
}

}  // namespace
}  // namespace netra::ingest
