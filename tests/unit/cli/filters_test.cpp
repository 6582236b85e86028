// Every flag of every command that reads a store changes the answer as the
// README says, or is refused with exit 1 and a message (issue 16, items 1-3).
// The store is built by `netra ingest` from four articles written for it,
// small enough that each answer below was checked by hand:
//
//   Provinsi Sumatera Selatan (16, "Sumsel"):
//     a1 Kota Lubuk Linggau (16.73): Pj Wali Kota H Koimudin leads an apel on
//        2024-11-21 and cites UU 20/2023                       (published 2024-11-21)
//     a2 Kabupaten OKU Timur (16.08, "OKUT"): Pj Bupati Sumarno Adiwijaya
//        leads a deklarasi on 2024-08-12, cites PP 94/2021; the title "Sumarno
//        Ajak ASN OKU Timur Netral" holds the words "OKU Timur" and "Sumarno"  (2024-08-12)
//   Provinsi Jawa Barat (32, "Jabar"):
//     a3 Kota Bogor (32.71): Wali Kota Dedie A Rachim leads a sosialisasi on
//        2024-10-09, cites Perwali Bogor 5/2023 = PERKADA/5/2023@32.71      (2024-10-09)
//     a4 Kabupaten Bogor (32.01): Pj Bupati Asmawa Tosepu leads a rapat on
//        2024-10-15, cites Perbup Bogor 5/2023 = PERKADA/5/2023@32.01 and
//        UU 20/2023                                                         (2024-10-15)
#include <doctest/doctest.h>

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

const char* kArticles =
    R"({"id":"a1_lubuklinggau","title":"Apel Netralitas ASN di Lubuk Linggau","published":"2024-11-21","text":"Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel netralitas ASN, Kamis 21 November 2024. Ia mengutip UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara."}
{"id":"a2_okutimur","title":"Sumarno Ajak ASN OKU Timur Netral","published":"2024-08-12","text":"Pj Bupati OKU Timur Sumarno Adiwijaya memimpin deklarasi netralitas ASN di Martapura, Senin 12 Agustus 2024. Ia mengingatkan PP Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil."}
{"id":"a3_kotabogor","title":"Sosialisasi Perwali di Kota Bogor","published":"2024-10-09","text":"Wali Kota Bogor Dedie A Rachim memimpin sosialisasi netralitas ASN, Rabu 9 Oktober 2024. Ia merujuk Perwali Bogor Nomor 5 Tahun 2023 tentang Kode Etik ASN."}
{"id":"a4_kabbogor","title":"Rapat Netralitas di Kabupaten Bogor","published":"2024-10-15","text":"Pj Bupati Bogor Asmawa Tosepu memimpin rapat koordinasi netralitas ASN di Cibinong, Selasa 15 Oktober 2024. Ia mengutip Perbup Bogor Nomor 5 Tahun 2023 dan UU Nomor 20 Tahun 2023."}
)";

// The store, ingested once for every case.
const std::string& Db() {
  static TempDir dir;
  static const std::string db = [] {
    std::string path = (dir.path() / "db").string();
    CommandResult r = RunNetra({"ingest", "--db", path, "--no-progress", dir.Write("news.jsonl", kArticles)});
    REQUIRE(r.exit_code == 0);
    return path;
  }();
  return db;
}

// `netra ARGS --db DB --format csv`.
CommandResult Netra(std::vector<std::string> args) {
  args.insert(args.end(), {"--db", Db(), "--format", "csv"});
  return RunNetra(args);
}

std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> cells;
  std::istringstream in(line);
  std::string cell;
  while (std::getline(in, cell, ',')) cells.push_back(cell);
  return cells;
}

// Column `column` of each data row of a successful CSV answer, counting the
// columns the table shows (CSV adds `id` and `<column>_id` beside them).
std::vector<std::string> Column(const std::vector<std::string>& args, size_t column) {
  CommandResult r = Netra(args);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  std::vector<std::string> out;
  std::istringstream lines(r.out);
  std::string line;
  std::getline(lines, line);  // the header
  std::vector<size_t> shown;
  const std::vector<std::string> header = SplitCsv(line);
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string& h = header[i];
    if (h != "id" && !(h.size() > 3 && h.compare(h.size() - 3, 3, "_id") == 0)) shown.push_back(i);
  }
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const std::vector<std::string> cells = SplitCsv(line);
    out.push_back(column < shown.size() && shown[column] < cells.size() ? cells[shown[column]] : "");
  }
  return out;
}

using Rows = std::vector<std::string>;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A refusal: exit 1 and a message that says `why`.
void Refused(const std::vector<std::string>& args, const std::string& why) {
  CommandResult r = Netra(args);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(Contains(r.err, why));
  CHECK(r.out.empty());
}

}  // namespace

TEST_SUITE("cli.filters") {
  TEST_CASE("query regions: --region takes the regions inside, --no-subregions only it, --kind") {
    CHECK(Column({"query", "regions"}, 2) == Rows{"16.08", "16.73", "32.01", "32.71"});
    CHECK(Column({"query", "regions", "--region", "Sumsel"}, 2) == Rows{"16.08", "16.73"});
    CHECK(Column({"query", "regions", "--region", "Sumsel", "--no-subregions"}, 2).empty());
    CHECK(Column({"query", "regions", "--kind", "kota"}, 2) == Rows{"16.73", "32.71"});
    Refused({"query", "regions", "--kind", "kot"}, "did you mean `kota`?");
    Refused({"query", "regions", "--statute", "UU 20/2023"}, "`regions` does not take --statute");
    Refused({"query", "regions", "--from", "2024-01-01"}, "`regions` does not take --from");
  }

  TEST_CASE("query officials: a province's kabupaten/kota are in it; --statute keeps who cites it") {
    CHECK(Column({"query", "officials"}, 0).size() == 4);
    CHECK(Column({"query", "officials", "--region", "Sumatera Selatan"}, 0) == Rows{"Sumarno Adiwijaya", "Koimudin"});
    CHECK(Column({"query", "officials", "--region", "Sumatera Selatan", "--no-subregions"}, 0).empty());
    CHECK(Column({"query", "officials", "--region", "OKU Timur"}, 0) == Rows{"Sumarno Adiwijaya"});
    CHECK(Column({"query", "officials", "--statute", "UU 20/2023"}, 0) == Rows{"Asmawa Tosepu", "Koimudin"});
    CHECK(Column({"query", "officials", "--statute", "Undang-Undang Nomor 20 Tahun 2023"}, 0) ==
          Rows{"Asmawa Tosepu", "Koimudin"});
    CHECK(Column({"query", "officials", "--statute", "UU 20/2023", "--region", "Jabar"}, 0) == Rows{"Asmawa Tosepu"});
    Refused({"query", "officials", "--kind", "apel"}, "`officials` does not take --kind");
  }

  TEST_CASE("query statutes: --region keeps the laws cited there; --statute; --from/--to by publication date") {
    CHECK(Column({"query", "statutes"}, 0).size() == 4);
    CHECK(Column({"query", "statutes", "--region", "16.73"}, 0) == Rows{"UU No. 20 Tahun 2023"});
    CHECK(Column({"query", "statutes", "--region", "16.73"}, 8) == Rows{"a1_lubuklinggau"});
    CHECK(Column({"query", "statutes", "--statute", "UU 20/2023"}, 8) == Rows{"a1_lubuklinggau; a4_kabbogor"});
    CHECK(Column({"query", "statutes", "--from", "2024-10", "--to", "2024-10"}, 8) ==
          Rows{"a4_kabbogor", "a3_kotabogor", "a4_kabbogor"});
    CHECK(Column({"query", "statutes", "--to", "2024"}, 0).size() == 4);
  }

  TEST_CASE("query events: --region, --from/--to as days, months or years, --kind; bad dates refused") {
    CHECK(Column({"query", "events"}, 2).size() == 4);
    CHECK(Column({"query", "events", "--region", "Jawa Barat"}, 2) == Rows{"2024-10-15", "2024-10-09"});
    CHECK(Column({"query", "events", "--from", "2024-10", "--to", "2024-10"}, 2) == Rows{"2024-10-15", "2024-10-09"});
    CHECK(Column({"query", "events", "--from", "2024-10-10"}, 2) == Rows{"2024-11-21", "2024-10-15"});
    CHECK(Column({"query", "events", "--to", "2024-08-12"}, 2) == Rows{"2024-08-12"});
    CHECK(Column({"query", "events", "--from", "2025"}, 2).empty());
    CHECK(Column({"query", "events", "--kind", "rapat"}, 2) == Rows{"2024-10-15"});
    Refused({"query", "events", "--from", "12/08/2024"}, "`12/08/2024` is not a date");
    Refused({"query", "events", "--from", "2024-13-01"}, "`2024-13-01` is not a date");
    Refused({"query", "events", "--to", "2023-02-29"}, "is not a date");
    Refused({"query", "events", "--kind", "rapt"}, "did you mean `rapat`?");
    Refused({"query", "events", "--statute", "UU 20/2023"}, "`events` does not take --statute");
  }

  TEST_CASE("query regions-citing-laws and co-cited-laws: --region, --statute, --from, --to") {
    CHECK(Column({"query", "regions-citing-laws"}, 0).size() == 5);
    CHECK(Column({"query", "regions-citing-laws", "--region", "Jabar"}, 0) ==
          Rows{"Kabupaten Bogor", "Kabupaten Bogor", "Kota Bogor"});
    CHECK(Column({"query", "regions-citing-laws", "--statute", "UU 20/2023"}, 0) ==
          Rows{"Kabupaten Bogor", "Kota Lubuk Linggau"});
    CHECK(Column({"query", "regions-citing-laws", "--from", "2024-10-10", "--to", "2024-10-31"}, 4) ==
          Rows{"a4_kabbogor", "a4_kabbogor"});
    CHECK(Column({"query", "co-cited-laws"}, 0) == Rows{"PERKADA No. 5 Tahun 2023"});
    CHECK(Column({"query", "co-cited-laws", "--region", "Sumsel"}, 0).empty());
    CHECK(Column({"query", "co-cited-laws", "--statute", "UU 20/2023"}, 0) == Rows{"PERKADA No. 5 Tahun 2023"});
    CHECK(Column({"query", "co-cited-laws", "--statute", "PP 94/2021"}, 0).empty());
    CHECK(Column({"query", "co-cited-laws", "--to", "2024-10-12"}, 0).empty());
    Refused({"query", "co-cited-laws", "--kind", "apel"}, "does not take --kind");
  }

  TEST_CASE("query: canned flags on a pattern query, --explain on a canned one, are refused") {
    Refused({"query", "SELECT ?s WHERE { ?s netra:cites ?o }", "--region", "Sumsel"}, "are for canned questions");
    Refused({"query", "regions", "--explain"}, "--explain is for pattern queries");
  }

  TEST_CASE("timeline: --region with its kabupaten/kota unless --no-subregions; --from/--to") {
    CHECK(Column({"timeline", "--region", "Sumsel"}, 0) ==
          Rows{"2024-08-12", "2024-08-12", "2024-11-21", "2024-11-21"});
    CHECK(Column({"timeline", "--region", "Sumsel", "--no-subregions"}, 0).empty());
    CHECK(Column({"timeline", "--region", "Sumsel", "--to", "2024-10"}, 0) == Rows{"2024-08-12", "2024-08-12"});
    CHECK(Column({"timeline", "--region", "Sumsel", "--from", "2024-11"}, 0) == Rows{"2024-11-21", "2024-11-21"});
    Refused({"timeline", "--region", "Sumsel", "--from", "21-11-2024"}, "is not a date");
  }

  TEST_CASE("rank: --type checked against the vocabulary, --region lists the region's entities") {
    CHECK(Column({"rank", "--type", "Person"}, 1).size() == 4);
    CHECK(Column({"rank", "--type", "Person", "--region", "OKUT"}, 1) == Rows{"Person:sumarno-adiwijaya@16.08"});
    CHECK(Column({"rank", "--type", "Person", "--region", "Jabar", "--limit", "1"}, 1) ==
          Rows{"Person:asmawa-tosepu@32.01"});
    CHECK(Column({"rank", "--type", "Statute", "--region", "Sumsel"}, 1) ==
          Rows{"Statute:UU/20/2023", "Statute:PP/94/2021"});  // by degree
    Refused({"rank", "--type", "Persn"}, "did you mean `Person`?");
    Refused({"rank", "--only-type", "Regoin"}, "did you mean `Region`?");
    Refused({"rank", "--no-subregions"}, "--region");
  }

  TEST_CASE("path: --region keeps the walk in the region; --exclude-type; --from/--to") {
    Rows through_documents = Column({"path", "Koimudin", "Sumarno", "--paths", "1"}, 3);
    CHECK(through_documents.front() == "← mentions");
    CHECK(Column({"path", "Koimudin", "Sumarno", "--paths", "1", "--exclude-type", "Document"}, 3).front() ==
          "leads →");
    Refused({"path", "Koimudin", "Sumarno", "--region", "Lubuk Linggau", "--no-subregions"}, "no path joins");
    CHECK(Column({"path", "Koimudin", "Sumarno", "--region", "Sumsel", "--paths", "1"}, 3).size() == 6);
    CHECK(Column({"path", "Koimudin", "Asmawa Tosepu", "--paths", "1"}, 3) == Rows{"cites →", "← cites"});
    Refused({"path", "Koimudin", "Asmawa Tosepu", "--from", "2024-11"}, "no path joins");
    Refused({"path", "Koimudin", "Sumarno", "--exclude-type", "Documnet"}, "did you mean `Document`?");
  }

  TEST_CASE("neighbors: names, aliases and statutes resolve as the gazetteer and the extractor read them") {
    CommandResult r = Netra({"neighbors", "OKU Timur"});
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.err, "netra: \"OKU Timur\" is Region:16.08 Kabupaten Ogan Komering Ulu Timur"));
    for (const char* alias : {"OKUT", "Kab. OKU Timur", "kabupaten ogan komering ulu timur"}) {
      CHECK_MESSAGE(Contains(Netra({"neighbors", alias}).err, "is Region:16.08"), alias);
    }
    CHECK(Contains(Netra({"neighbors", "Sumatra Selatan"}).err, "is Region:16 Provinsi Sumatera Selatan"));
    CHECK(Contains(Netra({"neighbors", "Kab. Bogor"}).err, "is Region:32.01 Kabupaten Bogor"));
    CHECK(Contains(Netra({"neighbors", "Kota Bogor"}).err, "is Region:32.71 Kota Bogor"));
    // A person's name beats the same word in a document's title.
    CHECK(Contains(Netra({"neighbors", "Sumarno"}).err, "is Person:sumarno-adiwijaya@16.08"));
    CHECK(Contains(Netra({"neighbors", "Perwali Bogor 5/2023"}).err, "is Statute:PERKADA/5/2023@32.71"));
    CHECK(Contains(Netra({"neighbors", "Perbup Bogor Nomor 5 Tahun 2023"}).err, "is Statute:PERKADA/5/2023@32.01"));
    Refused({"neighbors", "Bogor"}, "`Bogor` is ambiguous");
    Refused({"neighbors", "PERKADA 5/2023"}, "Statute:PERKADA/5/2023@32.01");
    CHECK(Column({"neighbors", "Koimudin", "--predicate", "cites"}, 1) == Rows{"Statute:UU/20/2023"});
    CHECK(Column({"neighbors", "Sumarno", "--exclude-type", "Document"}, 3).size() == 3);
    Refused({"neighbors", "Koimudin", "--predicate", "cite"}, "did you mean `cites`?");
  }

  TEST_CASE("statutes: a same-numbered regional act is found by its region, never picked silently") {
    Refused({"query", "statutes", "--statute", "PERKADA 5/2023"}, "ambiguous");
    CHECK(Column({"query", "statutes", "--statute", "PERKADA 5/2023", "--region", "Kota Bogor"}, 8) ==
          Rows{"a3_kotabogor"});
    CHECK(Column({"query", "statutes", "--statute", "Perbup Bogor 5/2023"}, 8) == Rows{"a4_kabbogor"});
  }

  TEST_CASE("export: --region with or without its kabupaten/kota, --statute by name, vocabulary checked") {
    auto nodes = [](std::vector<std::string> args) {
      args.insert(args.begin(), {"export", "--format", "dot", "--db", Db()});
      CommandResult r = RunNetra(args);
      INFO(r.err);
      CHECK(r.exit_code == 0);
      return r.out;
    };
    std::string province = nodes({"--region", "Sumsel"});
    CHECK(Contains(province, "\"Person:koimudin@16.73\""));
    CHECK(Contains(province, "\"Person:sumarno-adiwijaya@16.08\""));
    CHECK(!Contains(province, "\"Person:asmawa-tosepu@32.01\""));
    CHECK(!Contains(nodes({"--region", "Sumsel", "--no-subregions"}), "\"Person:koimudin@16.73\""));
    std::string act = nodes({"--statute", "Perwali Bogor 5/2023"});
    CHECK(Contains(act, "\"Person:dedie-a-rachim@32.71\""));
    CHECK(!Contains(act, "\"Person:asmawa-tosepu@32.01\""));
    CommandResult bad = RunNetra({"export", "--format", "dot", "--db", Db(), "--types", "Persn"});
    CHECK(bad.exit_code == 1);
    CHECK(Contains(bad.err, "did you mean `Person`?"));
    CommandResult date = RunNetra({"export", "--format", "dot", "--db", Db(), "--from", "2024-13"});
    CHECK(date.exit_code == 1);
  }

  TEST_CASE("a mistyped command or flag gets the nearest as a hint") {
    CommandResult command = RunNetra({"qurey", "regions"});
    CHECK(command.exit_code == 1);
    CHECK(Contains(command.err, "did you mean `query`?"));
    CommandResult flag = RunNetra({"query", "regions", "--db", Db(), "--regoin", "Sumsel"});
    CHECK(flag.exit_code == 1);
    CHECK(Contains(flag.err, "did you mean `--region`?"));
  }
}

}  // namespace netra::cli
