// Bad input end to end: each case is reported with the file and line or
// byte, the good documents are still stored, and the exit status is 2.
#include <doctest/doctest.h>

#include <filesystem>

#include "cli/output.h"
#include "core/file_util.h"
#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::RunNetra;
using testing::TempDir;

const char* kGoodArticle =
    "Apel Netralitas di Lubuk Linggau\n\n"
    "Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel, Kamis 21 November 2024. "
    "Ia mengutip UU Nomor 20 Tahun 2023.\n";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Ingests `paths` into a fresh store in `dir`; returns the run and the
// documents the store then lists in its regions query.
struct IngestRun {
  testing::CommandResult ingest;
  std::string regions_json;
};

IngestRun Ingest(TempDir& dir, const std::vector<std::string>& paths, const std::vector<std::string>& extra = {}) {
  std::string db = (dir.path() / "db").string();
  std::vector<std::string> args = {"ingest", "--db", db, "--no-progress"};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), paths.begin(), paths.end());
  IngestRun run;
  run.ingest = RunNetra(args);
  run.regions_json = RunNetra({"query", "--db", db, "regions", "--format", "json"}).out;
  return run;
}

}  // namespace

TEST_SUITE("cli.bad_input") {
  TEST_CASE("invalid UTF-8 names the file and byte; the good article is still stored") {
    TempDir dir;
    std::string good = dir.Write("in/good.txt", kGoodArticle);
    std::string bad = dir.Write("in/bad.txt", std::string("Judul\n\nTeks rusak \xC3\x28 di sini.\n"));
    IngestRun run = Ingest(dir, {(dir.path() / "in").string()});
    CHECK(run.ingest.exit_code == 2);
    CHECK(Contains(run.ingest.err, bad));
    CHECK(Contains(run.ingest.err, "invalid UTF-8 at byte 18"));  // the \xC3 after "Judul\n\nTeks rusak "
    CHECK(Contains(run.regions_json, "\"good\""));
  }

  TEST_CASE("a line nested 300,000 levels deep is refused by name, not a stack overflow; the rest is processed") {
    TempDir dir;
    const std::string deep =
        "{\"id\":\"deep\",\"text\":\"Teks.\",\"extra\":" + std::string(300000, '[') + std::string(300000, ']') + "}\n";
    std::string feed =
        dir.Write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Pemkot Lubuk Linggau menggelar apel.\"}\n" + deep +
                                    "{\"id\":\"d\",\"text\":\"Pemkab OKI menggelar sosialisasi.\"}\n");
    // Column 100 is the `[` that opens level 65 (the line's `{` is level 1).
    const std::string named = feed + ":2: JSON nested more than 64 levels deep at column 100";
    for (const char* mode : {"", "--bulk"}) {
      INFO(mode);
      IngestRun run = Ingest(dir, {feed}, mode[0] ? std::vector<std::string>{mode} : std::vector<std::string>{});
      CHECK(run.ingest.exit_code == 2);
      CHECK(Contains(run.ingest.err, named));
      CHECK(Contains(run.regions_json, "\"a\""));
      CHECK(Contains(run.regions_json, "\"d\""));
      std::filesystem::remove_all(dir.path() / "db");
    }
    testing::CommandResult extracted = RunNetra({"extract", "--format", "jsonl", feed});
    CHECK(extracted.exit_code == 2);
    CHECK(Contains(extracted.err, named));
    CHECK(Contains(extracted.out, "\"document\":\"d\""));
    testing::CommandResult sst = RunNetra({"sst", "--out", (dir.path() / "set").string(), feed});
    CHECK(sst.exit_code == 2);
    CHECK(Contains(sst.err, named));

    // The same line in a fact file fails its document only.
    std::string facts =
        dir.Write("facts.jsonl", extracted.out + "{\"document\":\"d\",\"subject\":" + std::string(300000, '[') +
                                     std::string(300000, ']') + "}\n");
    for (const char* mode : {"", "--bulk"}) {
      INFO(mode);
      std::vector<std::string> extra = {"--facts"};
      if (mode[0]) extra.push_back(mode);
      IngestRun run = Ingest(dir, {facts}, extra);
      CHECK(run.ingest.exit_code == 2);
      CHECK(Contains(run.ingest.err, "JSON nested more than 64 levels deep at column 90"));
      CHECK(Contains(run.regions_json, "\"a\""));
      std::filesystem::remove_all(dir.path() / "db");
    }
  }

  TEST_CASE("ids with terminal escapes and bidi overrides print escaped in tables, raw in JSON") {
    TempDir dir;
    std::string feed = dir.Write(
        "feed.jsonl", "{\"id\":\"x\\u001b[2Jy\\u202etxt.exe\",\"text\":\"Pemkot Lubuk Linggau menggelar apel.\"}\n");
    IngestRun run = Ingest(dir, {feed});
    REQUIRE(run.ingest.exit_code == 0);
    const std::string db = (dir.path() / "db").string();
    testing::CommandResult table = RunNetra({"query", "--db", db, "regions"});
    CHECK(table.exit_code == 0);
    CHECK_FALSE(Contains(table.out, "\x1b"));
    CHECK_FALSE(Contains(table.out, "\u202e"));
    CHECK(Contains(table.out, "x\\x1b[2Jy\\u202etxt.exe"));
    CHECK(Contains(run.regions_json, "x\\u001b[2Jy\u202etxt.exe"));  // JSON keeps the id, escaped as JSON
  }

  TEST_CASE("CSV and TSV put a ' before cells a spreadsheet would run; --csv-raw keeps them; numbers stay") {
    TempDir dir;
    std::string feed =
        dir.Write("feed.jsonl", "{\"id\":\"=cmd|' /C calc'!A0\",\"text\":\"Pemkot Lubuk Linggau menggelar apel.\"}\n");
    IngestRun run = Ingest(dir, {feed});
    REQUIRE(run.ingest.exit_code == 0);
    const std::string db = (dir.path() / "db").string();
    for (const char* format : {"csv", "tsv"}) {
      INFO(format);
      testing::CommandResult safe = RunNetra({"query", "--db", db, "regions", "--format", format});
      CHECK(safe.exit_code == 0);
      CHECK(Contains(safe.out, "'=cmd|"));
      testing::CommandResult raw = RunNetra({"query", "--db", db, "regions", "--format", format, "--csv-raw"});
      CHECK(raw.exit_code == 0);
      CHECK_FALSE(Contains(raw.out, "'=cmd|"));
      CHECK(Contains(raw.out, "=cmd|"));
    }
    CHECK(Contains(run.regions_json, "\"=cmd|' /C calc'!A0\""));  // JSON is data, not a sheet: unchanged
  }

  TEST_CASE("pattern-query CSV and the exported node list protect formula-like cells too; sparql-csv keeps values") {
    TempDir dir;
    std::string feed =
        dir.Write("feed.jsonl", "{\"id\":\"d1\",\"text\":\"=HYPERLINK(1) Pemkot Lubuk Linggau menggelar apel.\"}\n");
    IngestRun run = Ingest(dir, {feed});
    REQUIRE(run.ingest.exit_code == 0);
    const std::string db = (dir.path() / "db").string();
    const std::string labels = "SELECT ?l WHERE { ?r netra:label ?l }";
    testing::CommandResult safe = RunNetra({"query", "--db", db, labels, "--format", "csv"});
    CHECK(safe.exit_code == 0);
    CHECK(Contains(safe.out, "\n'=HYPERLINK(1)"));
    testing::CommandResult w3c = RunNetra({"query", "--db", db, labels, "--format", "sparql-csv"});
    CHECK(w3c.exit_code == 0);
    CHECK(Contains(w3c.out, "\n=HYPERLINK(1)"));
    for (bool raw : {false, true}) {
      INFO("--csv-raw: " << raw);
      const std::string out = (dir.path() / (raw ? "raw.csv" : "safe.csv")).string();
      std::vector<std::string> args = {"export", "--db", db, "--format", "csv", "--out", out};
      if (raw) args.push_back("--csv-raw");
      REQUIRE(RunNetra(args).exit_code == 0);
      Result<std::string> nodes = ReadFile((dir.path() / (raw ? "raw.nodes.csv" : "safe.nodes.csv")).string());
      REQUIRE(nodes.ok());
      CHECK(Contains(*nodes, raw ? "Document:d1,=HYPERLINK(1)" : "Document:d1,'=HYPERLINK(1)"));
    }
  }

  TEST_CASE("export --out never writes through a symlink planted at a guessable temporary name") {
    TempDir dir;
    std::string article = dir.Write("in/a.txt", kGoodArticle);
    IngestRun run = Ingest(dir, {article});
    REQUIRE(run.ingest.exit_code == 0);
    const std::string victim = dir.Write("victim.txt", "jangan diubah");
    const auto out = dir.path() / "graph.graphml";
    std::filesystem::create_symlink(victim, out.string() + ".tmp");
    testing::CommandResult r =
        RunNetra({"export", "--db", (dir.path() / "db").string(), "--format", "graphml", "--out", out.string()});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(Contains(*ReadFile(out.string()), "<graphml"));
    CHECK(*ReadFile(victim) == "jangan diubah");
  }

  TEST_CASE("a broken JSON line names file:line and column; the other lines are stored") {
    TempDir dir;
    std::string feed = dir.Write("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"Pemkot Lubuk Linggau menggelar apel.\"}\n"
                                 "{\"id\":\"b\",\"text\": oops}\n"
                                 "{\"id\":\"c\",\"title\":\"tanpa isi\"}\n"
                                 "{\"id\":\"d\",\"text\":\"Pemkab OKI menggelar sosialisasi.\"}\n");
    IngestRun run = Ingest(dir, {feed});
    CHECK(run.ingest.exit_code == 2);
    CHECK(Contains(run.ingest.err, feed + ":2: invalid JSON at column"));
    CHECK(Contains(run.ingest.err, feed + ":3: document `c` has no text"));
    CHECK(Contains(run.regions_json, "\"a\""));
    CHECK(Contains(run.regions_json, "\"d\""));
  }

  TEST_CASE("empty, binary and oversized files are reported and skipped") {
    TempDir dir;
    dir.Write("in/good.txt", kGoodArticle);
    std::string empty = dir.Write("in/empty.txt", "");
    std::string binary = dir.Write("in/junk.txt", std::string("\x7f"
                                                              "ELF\0\0\x01\x02",
                                                              8));
    std::string big = dir.Write("in/big.txt", std::string(5000, 'a'));
    IngestRun run = Ingest(dir, {(dir.path() / "in").string()}, {"--max-doc-size", "4096"});
    CHECK(run.ingest.exit_code == 2);
    CHECK(Contains(run.ingest.err, empty + ": empty file"));
    CHECK(Contains(run.ingest.err, binary + ": binary file"));
    CHECK(Contains(run.ingest.err, big + ": file is"));
    CHECK(Contains(run.regions_json, "\"good\""));
  }

  TEST_CASE("a missing path is reported and the rest is processed") {
    TempDir dir;
    std::string good = dir.Write("good.txt", kGoodArticle);
    IngestRun run = Ingest(dir, {good, (dir.path() / "nope.txt").string()});
    CHECK(run.ingest.exit_code == 2);
    CHECK(Contains(run.ingest.err, "nope.txt: no such file or folder"));
    CHECK(Contains(run.regions_json, "\"good\""));
  }

  TEST_CASE("JSONL on standard input is read with -") {
    TempDir dir;
    std::string db = (dir.path() / "db").string();
    auto r = RunNetra({"ingest", "--db", db, "--no-progress", "-"},
                      "{\"id\":\"s1\",\"text\":\"Pemkot Lubuk Linggau menggelar apel.\"}\n");
    CHECK(r.exit_code == 0);
    CHECK(Contains(RunNetra({"query", "--db", db, "regions", "--format", "json"}).out, "\"s1\""));
  }
}

TEST_SUITE("cli.usage") {
  TEST_CASE("usage errors exit 1, help and version exit 0") {
    CHECK(RunNetra({"no-such-command"}).exit_code == 1);
    CHECK(RunNetra({"query", "--db", "x", "not-a-query"}).exit_code == 1);
    CHECK(RunNetra({"--version"}).exit_code == 0);
    for (const char* cmd : {"inspect", "extract", "ingest", "forget", "stats", "query"}) {
      auto r = RunNetra({cmd, "--help"});
      CHECK_MESSAGE(r.exit_code == 0, cmd);
      CHECK_MESSAGE(Contains(r.out, "Usage"), cmd);
    }
  }

  TEST_CASE("a store that is not there is a store error for readers") {
    TempDir dir;
    auto r = RunNetra({"stats", "--db", (dir.path() / "missing").string()});
    CHECK(r.exit_code == 3);
    CHECK(Contains(r.err, "missing"));
  }

  TEST_CASE("a folder that is not a netra store is refused and left alone") {
    TempDir dir;
    std::string other = dir.Write("other/notes.txt", "my notes");
    auto r = RunNetra({"ingest", "--db", (dir.path() / "other").string(), "--no-progress", other});
    CHECK(r.exit_code == 3);
    CHECK(Contains(r.err, "not a netra store"));
  }
}

}  // namespace netra::cli
