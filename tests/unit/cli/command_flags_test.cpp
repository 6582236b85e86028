// Issue 16: every flag of the commands not covered by filters_test,
// evidence_test, row_evidence_test and outputs_test changes the answer as
// its help says, on two short articles the team wrote (hand-checked: two
// components, Sleman's and Bima's; Bima's article is dated 2024-08-13 by its
// event, Sleman's has no date). Each test compares with and without the
// flag, so that it fails if the flag were ignored. docs/flags.md maps every
// command and flag to its test.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

const char* kSleman =
    "Sekda Sleman Ingatkan Netralitas\n\n"
    "SLEMAN - Sekretaris Daerah Kabupaten Sleman Budi Santoso mengingatkan ASN agar netral, Senin (12/8/2024). "
    "Hal itu diatur dalam UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n";  // 215 bytes
const char* kBima =
    "Wali Kota Bima Buka Rapat\n\n"
    "BIMA - Wali Kota Bima Ahmad Yani membuka rapat koordinasi, Selasa (13/8/2024). Ia mengacu PP Nomor 94 "
    "Tahun 2021 tentang Disiplin PNS.\n";  // 162 bytes

std::string Inputs(const TempDir& dir) {
  dir.Write("in/sleman.txt", kSleman);
  dir.Write("in/bima.txt", kBima);
  return (dir.path() / "in").string();
}

std::string Ingest(const TempDir& dir) {
  const std::string in = Inputs(dir);
  const std::string db = (dir.path() / "db").string();
  REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", in}).exit_code == 0);
  return db;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Runs netra with stderr on a pseudo-terminal (the progress line is only
// drawn on a terminal); returns what it wrote there.
std::string StderrOnTerminal(const std::vector<std::string>& args) {
  int master = posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(grantpt(master) == 0);
  REQUIRE(unlockpt(master) == 0);
  const std::string slave_name = ptsname(master);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int slave = open(slave_name.c_str(), O_RDWR | O_NOCTTY);
    int null = open("/dev/null", O_RDWR);
    if (slave < 0 || null < 0) _exit(127);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(slave, STDERR_FILENO);
    close(master);
    std::vector<std::string> all = {NETRA_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break;  // EIO once the child has closed the terminal
    out.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  return out;
}

}  // namespace

TEST_SUITE("cli.command_flags") {
  TEST_CASE("components --limit keeps the largest components only") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto all = RunNetra({"components", "--db", db, "--format", "csv"});
    auto one = RunNetra({"components", "--db", db, "--format", "csv", "--limit", "1"});
    REQUIRE(all.exit_code == 0);
    REQUIRE(one.exit_code == 0);
    CHECK(Has(all.out, "Ahmad Yani"));
    CHECK(Has(all.out, "Budi Santoso"));
    // Bima's component (6 entities: with its event) is the larger.
    CHECK(Has(one.out, "Ahmad Yani"));
    CHECK_FALSE(Has(one.out, "Budi Santoso"));
  }

  TEST_CASE("components --with-documents puts the articles into their components") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto without = RunNetra({"components", "--db", db, "--format", "csv"});
    auto with = RunNetra({"components", "--db", db, "--format", "csv", "--with-documents"});
    REQUIRE(with.exit_code == 0);
    CHECK_FALSE(Has(without.out, "Document 1"));
    CHECK(Has(without.out, "\n1,6,"));
    CHECK(Has(with.out, "Document 1"));
    CHECK(Has(with.out, "Sekda Sleman Ingatkan Netralitas"));
    CHECK(Has(with.out, "\n1,7,"));
  }

  TEST_CASE("components --format: table, json, csv and tsv") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto table = RunNetra({"components", "--db", db});
    auto csv = RunNetra({"components", "--db", db, "--format", "csv"});
    auto tsv = RunNetra({"components", "--db", db, "--format", "tsv"});
    auto json = RunNetra({"components", "--db", db, "--format", "json"});
    CHECK(table.out.rfind("component  size", 0) == 0);
    CHECK(Has(table.out, "(2 rows)"));
    CHECK(csv.out.rfind("component,size,types,members\n", 0) == 0);
    CHECK(tsv.out.rfind("component\tsize\ttypes\tmembers\n", 0) == 0);
    CHECK(json.out.rfind("[{\"component\":1,\"size\":6,", 0) == 0);
    CHECK(Has(json.out, "\"members\":["));
    CHECK(RunNetra({"components", "--db", db, "--format", "xml"}).exit_code == 1);
  }

  TEST_CASE("components --predicate, --exclude-type, --only-type choose the edges") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto all = RunNetra({"components", "--db", db, "--format", "csv"});
    CHECK(Has(all.out, "UU 20/2023"));
    CHECK(Has(all.out, "Kabupaten Sleman"));
    // Only `cites`: each official with the law he cited, nothing else.
    auto cites = RunNetra({"components", "--db", db, "--format", "csv", "--predicate", "cites"});
    REQUIRE(cites.exit_code == 0);
    CHECK(Has(cites.out, "\n1,2,Person 1; Statute 1,"));
    CHECK(Has(cites.out, "Budi Santoso; UU 20/2023"));
    CHECK_FALSE(Has(cites.out, "Kabupaten Sleman"));
    // Without statutes: the same two components, one entity smaller each.
    auto no_law = RunNetra({"components", "--db", db, "--format", "csv", "--exclude-type", "Statute"});
    REQUIRE(no_law.exit_code == 0);
    CHECK(Has(no_law.out, "\n1,5,"));
    CHECK(Has(no_law.out, "\n2,4,"));
    CHECK_FALSE(Has(no_law.out, "UU 20/2023"));
    // Only edges between persons and statutes.
    auto only =
        RunNetra({"components", "--db", db, "--format", "csv", "--only-type", "Person", "--only-type", "Statute"});
    REQUIRE(only.exit_code == 0);
    CHECK(Has(only.out, "Ahmad Yani; PP 94/2021"));
    CHECK_FALSE(Has(only.out, "Kota Bima"));
    auto persons = RunNetra({"components", "--db", db, "--format", "csv", "--only-type", "Person"});
    REQUIRE(persons.exit_code == 0);
    CHECK_FALSE(Has(persons.out, "Ahmad Yani"));  // no edge between two persons
    CHECK_FALSE(Has(persons.out, "Budi Santoso"));
    CHECK(RunNetra({"components", "--db", db, "--predicate", "likes"}).exit_code == 1);
    CHECK(RunNetra({"components", "--db", db, "--exclude-type", "Planet"}).exit_code == 1);
  }

  TEST_CASE("components --from/--to keep the facts of documents dated in range") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto from = RunNetra({"components", "--db", db, "--format", "csv", "--from", "2024-08-13"});
    REQUIRE(from.exit_code == 0);
    CHECK(Has(from.out, "Ahmad Yani"));
    CHECK_FALSE(Has(from.out, "Budi Santoso"));  // undated
    auto to = RunNetra({"components", "--db", db, "--format", "csv", "--to", "2024-08-12"});
    REQUIRE(to.exit_code == 0);
    CHECK_FALSE(Has(to.out, "Ahmad Yani"));
    auto month = RunNetra({"components", "--db", db, "--format", "csv", "--to", "2024-08"});
    CHECK(Has(month.out, "Ahmad Yani"));
    CHECK(RunNetra({"components", "--db", db, "--from", "13/8/2024"}).exit_code == 1);
  }

  TEST_CASE("--db names the store every store command reads") {
    TempDir dir;
    const std::string db = Ingest(dir);
    const std::string other = (dir.path() / "other").string();
    REQUIRE(RunNetra({"ingest", "--db", other, "--no-progress", (dir.path() / "in" / "bima.txt").string()}).exit_code ==
            0);
    CHECK(Has(RunNetra({"dump", "--db", db}).out, "Budi Santoso"));
    CHECK_FALSE(Has(RunNetra({"dump", "--db", other}).out, "Budi Santoso"));
    CHECK(Has(RunNetra({"components", "--db", db}).out, "(2 rows)"));
    CHECK(Has(RunNetra({"components", "--db", other}).out, "(1 rows)"));
    CHECK(Has(RunNetra({"stats", "--db", other}).out, "documents      1\n"));
    CHECK(Has(RunNetra({"stats", "--db", db}).out, "documents      2\n"));
    // Before the command it is refused, with the command line that works.
    CommandResult before = RunNetra({"--db", db, "stats"});
    CHECK(before.exit_code == 1);
    CHECK(Has(before.err, "did you mean `netra stats --db ...`?"));
  }

  TEST_CASE("stats --format json is one object with the same counts as the text") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto text = RunNetra({"stats", "--db", db});
    auto json = RunNetra({"stats", "--db", db, "--format", "json"});
    CHECK(text.out.rfind("store ", 0) == 0);
    CHECK(Has(text.out, "documents      2\n"));
    CHECK(json.out.rfind("{", 0) == 0);
    CHECK(Has(json.out, "\"documents\":2"));
    CHECK(RunNetra({"stats", "--db", db, "--format", "csv"}).exit_code == 1);
  }

  TEST_CASE("--max-doc-size skips larger documents in inspect, extract and sst, as in ingest") {
    TempDir dir;
    const std::string in = Inputs(dir);
    // Bima's article is 162 bytes, Sleman's 215.
    auto inspect = RunNetra({"inspect", "--max-doc-size", "200", in});
    CHECK(inspect.exit_code == 2);
    CHECK(Has(inspect.out, "# bima"));
    CHECK_FALSE(Has(inspect.out, "# sleman"));
    CHECK(Has(inspect.err, "over the 200 bytes limit"));
    CHECK(Has(RunNetra({"inspect", in}).out, "# sleman"));

    auto extract = RunNetra({"extract", "--max-doc-size", "200", in});
    CHECK(extract.exit_code == 2);
    CHECK(Has(extract.out, "Ahmad Yani"));
    CHECK_FALSE(Has(extract.out, "Budi Santoso"));
    CHECK(Has(RunNetra({"extract", in}).out, "Budi Santoso"));

    const std::string small = (dir.path() / "small").string(), whole = (dir.path() / "whole").string();
    auto sst = RunNetra({"sst", "--no-progress", "--max-doc-size", "200", "--out", small, in});
    CHECK(sst.exit_code == 2);
    CHECK(Has(sst.err, "1 new"));
    CHECK(RunNetra({"sst", "--no-progress", "--out", whole, in}).exit_code == 0);
    const std::string small_db = (dir.path() / "small.db").string(), whole_db = (dir.path() / "whole.db").string();
    REQUIRE(RunNetra({"ingest", "--db", small_db, "--sst", small}).exit_code == 0);
    REQUIRE(RunNetra({"ingest", "--db", whole_db, "--sst", whole}).exit_code == 0);
    CHECK_FALSE(Has(RunNetra({"dump", "--db", small_db}).out, "Budi Santoso"));
    CHECK(Has(RunNetra({"dump", "--db", whole_db}).out, "Budi Santoso"));
  }

  TEST_CASE("--jobs: inspect, extract, ingest and sst answer alike on one thread and on several") {
    // The help promises that the output never changes with --jobs; this
    // checks the promise (it cannot show the flag is read).
    TempDir dir;
    const std::string in = Inputs(dir);
    CHECK(RunNetra({"inspect", "-j", "1", in}).out == RunNetra({"inspect", "--jobs", "4", in}).out);
    CHECK(RunNetra({"extract", "-j", "1", in}).out == RunNetra({"extract", "--jobs", "4", in}).out);
    const std::string a = (dir.path() / "a").string(), b = (dir.path() / "b").string();
    REQUIRE(RunNetra({"ingest", "--db", a, "--no-progress", "-j", "1", in}).exit_code == 0);
    REQUIRE(RunNetra({"ingest", "--db", b, "--no-progress", "-j", "4", in}).exit_code == 0);
    CHECK(RunNetra({"dump", "--db", a}).out == RunNetra({"dump", "--db", b}).out);
  }

  TEST_CASE("ingest --bulk only adds new documents: a changed version is refused, not replaced") {
    TempDir dir;
    const std::string article = dir.Write("in/sleman.txt", kSleman);
    const std::string bulk = (dir.path() / "bulk").string(), plain = (dir.path() / "plain").string();
    REQUIRE(RunNetra({"ingest", "--db", bulk, "--no-progress", article}).exit_code == 0);
    REQUIRE(RunNetra({"ingest", "--db", plain, "--no-progress", article}).exit_code == 0);
    std::string changed = kSleman;
    changed.replace(changed.find("Budi Santoso"), 12, "Budi Hartono");
    dir.Write("in/sleman.txt", changed);
    auto b = RunNetra({"ingest", "--db", bulk, "--bulk", "--no-progress", article});
    auto p = RunNetra({"ingest", "--db", plain, "--no-progress", article});
    CHECK(b.exit_code == 2);
    CHECK(Has(b.err, "the bulk loader only adds new documents"));
    CHECK(p.exit_code == 0);
    CHECK(Has(p.err, "1 changed"));
    CHECK_FALSE(Has(RunNetra({"dump", "--db", bulk}).out, "Budi Hartono"));
    CHECK(Has(RunNetra({"dump", "--db", plain}).out, "Budi Hartono"));
  }

  TEST_CASE("ingest --sst loads an SST set; sst --facts writes one from fact files; without them, refused") {
    TempDir dir;
    const std::string in = Inputs(dir);
    const std::string plain = (dir.path() / "plain").string();
    REQUIRE(RunNetra({"ingest", "--db", plain, "--no-progress", in}).exit_code == 0);
    const std::string plain_dump = RunNetra({"dump", "--db", plain}).out;

    const std::string set = (dir.path() / "set").string();
    REQUIRE(RunNetra({"sst", "--no-progress", "--out", set, in}).exit_code == 0);
    const std::string loaded = (dir.path() / "loaded").string();
    auto r = RunNetra({"ingest", "--db", loaded, "--sst", set});
    REQUIRE(r.exit_code == 0);
    CHECK(Has(r.err, "SST set"));
    CHECK(RunNetra({"dump", "--db", loaded}).out == plain_dump);
    // The same folder read as documents holds none.
    const std::string docs = (dir.path() / "docs").string();
    auto as_docs = RunNetra({"ingest", "--db", docs, "--no-progress", set});
    CHECK(Has(as_docs.err, "0 new"));
    CHECK_FALSE(Has(RunNetra({"dump", "--db", docs}).out, "Budi Santoso"));

    // sst --facts: the paths are fact files, not documents.
    CommandResult facts = RunNetra({"extract", "--format", "jsonl", in});
    REQUIRE(facts.exit_code == 0);
    const std::string facts_file = dir.Write("facts.jsonl", facts.out);
    const std::string fset = (dir.path() / "fset").string();
    REQUIRE(RunNetra({"sst", "--facts", "--out", fset, facts_file}).exit_code == 0);
    const std::string floaded = (dir.path() / "floaded").string();
    REQUIRE(RunNetra({"ingest", "--db", floaded, "--sst", fset}).exit_code == 0);
    CHECK(RunNetra({"dump", "--db", floaded}).out == plain_dump);
    // Several sets are merged; here both hold the same documents, kept once.
    const std::string both = (dir.path() / "both").string();
    auto merged = RunNetra({"ingest", "--db", both, "--sst", set, fset});
    REQUIRE(merged.exit_code == 0);
    CHECK(Has(merged.err, "2 SST sets merged"));
    CHECK(RunNetra({"dump", "--db", both}).out == plain_dump);
    // Without --facts the fact file is read as a JSONL of documents: no document in it has a text.
    const std::string as_docs_set = (dir.path() / "dset").string();
    CHECK(RunNetra({"sst", "--no-progress", "--out", as_docs_set, facts_file}).exit_code != 0);
    CHECK(RunNetra({"sst", "--facts", facts_file}).exit_code == 1);  // --out is required
  }

  TEST_CASE("forget removes a document and the facts only it supported") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto r = RunNetra({"forget", "--db", db, "sleman"});
    CHECK(r.exit_code == 0);
    CHECK(Has(r.err, "1 documents forgotten"));
    const std::string dump = RunNetra({"dump", "--db", db}).out;
    CHECK_FALSE(Has(dump, "Budi Santoso"));
    CHECK(Has(dump, "Ahmad Yani"));
    CHECK(RunNetra({"forget", "--db", db, "sleman"}).exit_code == 2);  // no longer stored
  }

  TEST_CASE("--schema-dir and NETRA_SCHEMA_DIR choose the gazetteer the extractor reads") {
    TempDir dir;
    const std::string in = Inputs(dir);
    const std::filesystem::path schema = dir.path() / "schema";
    std::filesystem::copy(std::filesystem::path(NETRA_SOURCE_DIR) / "schema", schema,
                          std::filesystem::copy_options::recursive);
    // Kabupaten Sleman (34.04) taken out of the copy's gazetteer.
    std::ifstream regions_in(schema / "regions.tsv");
    std::stringstream kept;
    for (std::string line; std::getline(regions_in, line);) {
      if (line.rfind("34.04\t", 0) != 0) kept << line << "\n";
    }
    regions_in.close();
    dir.Write("schema/regions.tsv", kept.str());
    const std::string sleman = (dir.path() / "in" / "sleman.txt").string();
    CHECK(Has(RunNetra({"extract", sleman}).out, "Region:34.04"));
    auto other = RunNetra({"--schema-dir", schema.string(), "extract", sleman});
    CHECK(other.exit_code == 0);
    CHECK_FALSE(Has(other.out, "Region:34.04"));
    CHECK(Has(other.out, "Budi Santoso"));
    CHECK(RunNetra({"--schema-dir", (dir.path() / "missing").string(), "extract", sleman}).exit_code != 0);
    // The environment variable, read when there is no flag (the child inherits it).
    REQUIRE(setenv("NETRA_SCHEMA_DIR", schema.c_str(), 1) == 0);
    auto env = RunNetra({"extract", sleman});
    unsetenv("NETRA_SCHEMA_DIR");
    CHECK_FALSE(Has(env.out, "Region:34.04"));
    CHECK(Has(env.out, "Budi Santoso"));
  }

  TEST_CASE("--no-progress: ingest and sst draw no progress line on a terminal") {
    TempDir dir;
    const std::string in = Inputs(dir);
    const std::string with = StderrOnTerminal({"ingest", "--db", (dir.path() / "a").string(), in});
    const std::string without = StderrOnTerminal({"ingest", "--db", (dir.path() / "b").string(), "--no-progress", in});
    CHECK(Has(with, "documents, "));
    CHECK(Has(with, "MB/s"));
    CHECK_FALSE(Has(without, "MB/s"));
    CHECK(Has(without, "2 new"));
    const std::string sst_with = StderrOnTerminal({"sst", "--out", (dir.path() / "s1").string(), in});
    const std::string sst_without =
        StderrOnTerminal({"sst", "--no-progress", "--out", (dir.path() / "s2").string(), in});
    CHECK(Has(sst_with, "MB/s"));
    CHECK_FALSE(Has(sst_without, "MB/s"));
  }

  TEST_CASE("--facts and --sst refuse the flags that steer extraction") {
    TempDir dir;
    const std::string facts = dir.Write("facts.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");
    const std::string db = (dir.path() / "db").string();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"ingest", "--db", db, "--facts", "--max-doc-size", "150", facts},
          std::vector<std::string>{"ingest", "--db", db, "--facts", "--jobs", "2", facts},
          std::vector<std::string>{"sst", "--facts", "--max-doc-size", "150", "--out", (dir.path() / "set").string(),
                                   facts},
          std::vector<std::string>{"ingest", "--db", db, "--sst", "--jobs", "2", (dir.path() / "set").string()}}) {
      auto r = RunNetra(args);
      CHECK(r.exit_code == 1);
      CHECK(r.err.find("excludes") != std::string::npos);
    }
  }
}

}  // namespace netra::cli
