// `netra shell` (issue 17, warm answers): lines piped in are answered
// exactly as the one-shot commands answer, errors leave the shell running,
// writes are refused, and a write made beside the shell is seen by its next
// command. The store is built from articles written for these tests:
//
//   s1 Kota Palembang (16.71): Sekda Budi Santoso Wirawan leads an apel on
//      2024-09-02 and cites UU 20/2023
//   s2 Kabupaten Muara Enim (16.03): Pj Bupati Hendra Gunawan Saleh leads a
//      rapat on 2024-09-12, cites PP 94/2021 and UU 20/2023
//   s3 Kota Kupang (53.71), ingested while a shell is open: Pj Wali Kota
//      Yohanes Dami Lado leads a sosialisasi on 2024-10-16, cites UU 20/2023
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::CommandResult;
using testing::NetraProcess;
using testing::RunNetra;
using testing::TempDir;

const char* kFirstArticles =
    R"({"id":"s1_palembang","title":"Apel Netralitas ASN Kota Palembang","published":"2024-09-02","text":"Sekretaris Daerah Kota Palembang Budi Santoso Wirawan memimpin apel netralitas ASN, Senin 2 September 2024. Ia mengingatkan UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara."}
{"id":"s2_muaraenim","title":"Rapat Netralitas ASN di Muara Enim","published":"2024-09-12","text":"Pj Bupati Muara Enim Hendra Gunawan Saleh memimpin rapat koordinasi netralitas ASN, Kamis 12 September 2024. Ia merujuk PP Nomor 94 Tahun 2021 dan UU Nomor 20 Tahun 2023."}
)";

const char* kLaterArticle =
    R"({"id":"s3_kupang","title":"Sosialisasi Netralitas ASN Kota Kupang","published":"2024-10-16","text":"Pj Wali Kota Kupang Yohanes Dami Lado memimpin sosialisasi netralitas ASN, Rabu 16 Oktober 2024. Ia mengutip UU Nomor 20 Tahun 2023."}
)";

// A fresh store of s1 and s2 (a case that writes gets its own).
struct Store {
  TempDir dir;
  std::string db = (dir.path() / "db").string();
  Store() {
    CommandResult r = RunNetra({"ingest", "--db", db, "--no-progress", dir.Write("first.jsonl", kFirstArticles)});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

const Store& Shared() {
  static Store s;
  return s;
}

// Each question as the shell takes it (a line) and as the command line
// takes it (arguments, before --db).
struct Question {
  std::string line;
  std::vector<std::string> args;
};

const std::vector<Question>& Questions() {
  static const std::vector<Question> questions = {
      {"neighbors 16.71", {"neighbors", "16.71"}},
      {"neighbors \"Muara Enim\" --format json", {"neighbors", "Muara Enim", "--format", "json"}},
      {"path Region:16.71 'UU 20/2023' --exclude-type Document",
       {"path", "Region:16.71", "UU 20/2023", "--exclude-type", "Document"}},
      {"path 16.71 16.03 --format csv", {"path", "16.71", "16.03", "--format", "csv"}},
      {"query regions-citing-laws --region 16", {"query", "regions-citing-laws", "--region", "16"}},
      {"query 'SELECT ?name WHERE { ?p netra:cites Statute:UU/20/2023 ; netra:label ?name } ORDER BY ?name'",
       {"query", "SELECT ?name WHERE { ?p netra:cites Statute:UU/20/2023 ; netra:label ?name } ORDER BY ?name"}},
      {"evidence \"budi santoso wirawan\" cites \"UU 20/2023\"",
       {"evidence", "budi santoso wirawan", "cites", "UU 20/2023"}},
      {"timeline --region 16", {"timeline", "--region", "16"}},
      {"rank --by pagerank --limit 5", {"rank", "--by", "pagerank", "--limit", "5"}},
      {"components", {"components"}},
      {"stats", {"stats"}},
  };
  return questions;
}

CommandResult Shell(const std::string& db, const std::string& lines) { return RunNetra({"shell", "--db", db}, lines); }

}  // namespace

TEST_SUITE("cli.shell") {
  TEST_CASE("each line prints what the one-shot command prints, on stdout and on stderr") {
    const Store& s = Shared();
    std::string lines, out, err;
    for (const Question& q : Questions()) {
      std::vector<std::string> args = q.args;
      args.insert(args.end(), {"--db", s.db});
      CommandResult one_shot = RunNetra(args);
      INFO(q.line, "\n", one_shot.err);
      REQUIRE(one_shot.exit_code == 0);
      REQUIRE(!one_shot.out.empty());
      lines += q.line + "\n";
      out += one_shot.out;
      err += one_shot.err;
    }
    CommandResult shell = Shell(s.db, lines);
    CHECK(shell.exit_code == 0);
    CHECK(shell.out == out);
    CHECK(shell.err == err);
  }

  TEST_CASE("the same command twice answers alike (its flags do not carry over to the next line)") {
    const Store& s = Shared();
    CommandResult shell = Shell(s.db,
                                "neighbors 16.71 --hops 2 --format csv\nneighbors 16.71 --format csv\n"
                                "path 16.71 16.03 --paths 1\npath 16.71 16.03\n");
    CHECK(shell.exit_code == 0);
    std::string hops2 = RunNetra({"neighbors", "16.71", "--hops", "2", "--format", "csv", "--db", s.db}).out;
    std::string hops1 = RunNetra({"neighbors", "16.71", "--format", "csv", "--db", s.db}).out;
    std::string one_path = RunNetra({"path", "16.71", "16.03", "--paths", "1", "--db", s.db}).out;
    std::string paths = RunNetra({"path", "16.71", "16.03", "--db", s.db}).out;
    REQUIRE(hops1 != hops2);
    CHECK(shell.out == hops2 + hops1 + one_path + paths);
  }

  TEST_CASE("a failing line prints its message and the shell goes on, exiting with the last failure's code") {
    const Store& s = Shared();
    CommandResult shell = Shell(s.db,
                                "neighbors \"no such place anywhere\"\n"
                                "query 'SELECT ?x WHERE { ?x netra:cites'\n"
                                "neighbours 16.71\n"
                                "neighbors 16.71 --hops 9\n"
                                ".frobnicate\n"
                                "neighbors 16.71 --format csv\n");
    CHECK(shell.exit_code == 1);
    CHECK(shell.err.find("no such place anywhere") != std::string::npos);
    CHECK(shell.err.find("netra: query: line 1") != std::string::npos);
    CHECK(shell.err.find("did you mean `neighbors`?") != std::string::npos);
    CHECK(shell.err.find("--hops: Value 9 not in range") != std::string::npos);
    CHECK(shell.err.find("netra: .frobnicate: unknown shell command") != std::string::npos);
    CHECK(shell.out == RunNetra({"neighbors", "16.71", "--format", "csv", "--db", s.db}).out);
    // A failure before the last line still sets the code; none gives 0.
    CHECK(Shell(s.db, "query regions\n").exit_code == 0);
    CHECK(Shell(s.db, "query regions --kind desa\nquery regions\n").exit_code == 1);
  }

  TEST_CASE("an unclosed quote is reported with its column, and the next line runs") {
    const Store& s = Shared();
    CommandResult shell = Shell(s.db, "neighbors \"Muara Enim\nneighbors 'Muara Enim\nquery regions --format csv\n");
    CHECK(shell.exit_code == 1);
    CHECK(shell.err.find("netra: shell: the double quote at column 11 is not closed") != std::string::npos);
    CHECK(shell.err.find("netra: shell: the single quote at column 11 is not closed") != std::string::npos);
    CHECK(shell.out == RunNetra({"query", "regions", "--format", "csv", "--db", s.db}).out);
  }

  TEST_CASE("commands that write, --db and the standard input are refused in the shell") {
    Store s;
    std::string later = s.dir.Write("later.jsonl", kLaterArticle);
    std::string before = RunNetra({"dump", "--db", s.db}).out;
    CommandResult shell = Shell(s.db, "ingest " + later + "\nforget s1_palembang\nsst " + later + " --out " +
                                          (s.dir.path() / "set").string() + "\nshell\nquery regions --db " + s.db +
                                          "\nquery --file -\nextract -\n");
    CHECK(shell.exit_code == 1);
    CHECK(shell.err.find("netra: ingest: `ingest` writes, and the shell only reads its store") != std::string::npos);
    CHECK(shell.err.find("netra: forget: `forget` writes") != std::string::npos);
    CHECK(shell.err.find("netra: sst: `sst` writes") != std::string::npos);
    CHECK(shell.err.find("netra: shell: already in the shell") != std::string::npos);
    CHECK(shell.err.find("netra: query: the shell reads the store it opened: leave out --db") != std::string::npos);
    CHECK(shell.err.find("netra: query: --file - reads standard input") != std::string::npos);
    CHECK(shell.err.find("netra: extract: the path `-` reads standard input") != std::string::npos);
    CHECK(shell.out.empty());
    CHECK(RunNetra({"dump", "--db", s.db}).out == before);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "set"));
  }

  TEST_CASE("a store written beside the open shell is read anew by its next command") {
    Store s;
    NetraProcess shell({"shell", "--db", s.db});
    shell.Write("query regions\n");
    std::string before = shell.ReadUntil("rows)\n");  // the shell has answered from the store it opened
    CHECK(before == RunNetra({"query", "regions", "--db", s.db}).out);
    CommandResult ingest =
        RunNetra({"ingest", "--db", s.db, "--no-progress", s.dir.Write("later.jsonl", kLaterArticle)});
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    shell.Write("query regions\nneighbors 53.71\n");
    CommandResult end = shell.Finish();
    INFO(end.err);
    CHECK(end.exit_code == 0);
    std::string regions = RunNetra({"query", "regions", "--db", s.db}).out;
    std::string kupang = RunNetra({"neighbors", "53.71", "--db", s.db}).out;
    REQUIRE(regions != before);
    CHECK(end.out == regions + kupang);
  }

  TEST_CASE("a pattern query after a write beside the shell is planned from the new store, not the kept statistics") {
    Store s;
    const std::string explain = "query --explain 'SELECT ?p WHERE { ?p netra:cites Statute:UU/20/2023 }'";
    auto one_shot = [&] {
      return RunNetra({"query", "--explain", "SELECT ?p WHERE { ?p netra:cites Statute:UU/20/2023 }", "--db", s.db})
          .out;
    };
    NetraProcess shell({"shell", "--db", s.db});
    shell.Write(explain + "\n" + explain + "\n");
    std::string before = one_shot();
    CHECK(shell.ReadUntil(before + before) == before + before);  // the second answer from the kept statistics
    CommandResult ingest =
        RunNetra({"ingest", "--db", s.db, "--no-progress", s.dir.Write("later.jsonl", kLaterArticle)});
    INFO(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    shell.Write(explain + "\n");
    CommandResult end = shell.Finish();
    INFO(end.err);
    CHECK(end.exit_code == 0);
    std::string after = one_shot();
    REQUIRE(after != before);  // s3 cites the statute too: one more match
    CHECK(end.out == after);
  }

  TEST_CASE("`.timer on` labels each answer's time as in-process, and quit ends the shell") {
    const Store& s = Shared();
    CommandResult shell = Shell(s.db,
                                ".timer on\nquery regions\nneighbors 16.71\n.timer off\nquery regions\n"
                                "quit\nneighbors 16.03\n");
    CHECK(shell.exit_code == 0);
    size_t timed = 0;
    for (size_t at = 0; (at = shell.err.find("ms (in-process", at)) != std::string::npos; ++at) ++timed;
    CHECK(timed == 2);
    std::string regions = RunNetra({"query", "regions", "--db", s.db}).out;
    std::string palembang = RunNetra({"neighbors", "16.71", "--db", s.db}).out;
    CHECK(shell.out == regions + palembang + regions);
    CHECK(Shell(s.db, ".timer maybe\n").exit_code == 1);
  }

  TEST_CASE("help lists the commands that read and leaves out those that write") {
    const Store& s = Shared();
    CommandResult shell = Shell(s.db, "help\n");
    CHECK(shell.exit_code == 0);
    for (const char* name : {"neighbors", "path", "query", "evidence", "timeline", "rank", "export"}) {
      CHECK(shell.out.find("\n  " + std::string(name) + " ") != std::string::npos);
    }
    for (const char* name : {"ingest", "forget", "sst", "shell"}) {
      CHECK(shell.out.find("\n  " + std::string(name) + " ") == std::string::npos);
    }
    CommandResult neighbors_help = Shell(s.db, "help neighbors\n");
    CHECK(neighbors_help.out.find("--hops") != std::string::npos);
  }

  TEST_CASE("a store that cannot be opened ends the shell with exit 3 before any line") {
    TempDir dir;
    CommandResult shell = Shell((dir.path() / "none").string(), "query regions\n");
    CHECK(shell.exit_code == 3);
    CHECK(shell.out.empty());
  }
}

}  // namespace netra::cli
