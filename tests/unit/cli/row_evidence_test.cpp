// `query ... --evidence`: each canned row followed by the facts it rests on,
// in its own documents, each with the original sentence; CSV carries ids.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::RunNetra;
using testing::TempDir;

// Two short articles the team wrote: two regions, one law each.
const char* kSleman =
    "Sekda Sleman Ingatkan Netralitas\n\n"
    "SLEMAN - Sekretaris Daerah Kabupaten Sleman Budi Santoso mengingatkan ASN agar netral, Senin (12/8/2024). "
    "Hal itu diatur dalam UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n";
const char* kBima =
    "Wali Kota Bima Buka Rapat\n\n"
    "BIMA - Wali Kota Bima Ahmad Yani membuka rapat koordinasi, Selasa (13/8/2024). Ia mengacu PP Nomor 94 "
    "Tahun 2021 tentang Disiplin PNS.\n";

std::string Ingest(const TempDir& dir) {
  dir.Write("in/sleman.txt", kSleman);
  dir.Write("in/bima.txt", kBima);
  const std::string db = (dir.path() / "db").string();
  REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", (dir.path() / "in").string()}).exit_code == 0);
  return db;
}

}  // namespace

TEST_SUITE("cli.row_evidence") {
  TEST_CASE("each row of regions-citing-laws is followed by the citation and its sentence") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto r = RunNetra({"query", "--db", db, "regions-citing-laws", "--region", "Sleman", "--evidence"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("row 1:") != std::string::npos);
    CHECK(r.out.find("cites Statute:UU/20/2023") != std::string::npos);
    CHECK(r.out.find("»UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara«") != std::string::npos);
    // Bima's law is another row, filtered out by --region.
    CHECK(r.out.find("PP/94/2021") == std::string::npos);
  }

  TEST_CASE("the JSON form gives the rows and, per row, the facts with offsets into the original") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto r = RunNetra({"query", "--db", db, "officials", "--evidence", "--format", "json"});
    REQUIRE(r.exit_code == 0);
    rapidjson::Document d;
    d.Parse(r.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d["results"].Size() == 2);
    REQUIRE(d["evidence"].Size() == 2);
    const std::string original = kSleman;
    bool sliced = false;
    for (const auto& row : d["evidence"].GetArray()) {
      for (const auto& fact : row["facts"].GetArray()) {
        for (const auto& doc : fact["documents"].GetArray()) {
          if (std::string(doc["document"].GetString()) != "sleman") continue;
          for (const auto& span : doc["spans"].GetArray()) {
            const size_t begin = span["begin"].GetUint(), end = span["end"].GetUint();
            CHECK(original.substr(begin, end - begin) == span["cited"].GetString());
            sliced = true;
          }
        }
      }
    }
    CHECK(sliced);
  }

  TEST_CASE("--evidence is refused where it has no meaning") {
    TempDir dir;
    const std::string db = Ingest(dir);
    CHECK(RunNetra({"query", "--db", db, "officials", "--evidence", "--format", "csv"}).exit_code == 1);
    CHECK(RunNetra({"query", "--db", db, "SELECT ?s WHERE { ?s netra:cites ?o }", "--evidence"}).exit_code == 1);
  }

  TEST_CASE("evidence looks entities up as every command does: a region's name beats a title's words") {
    TempDir dir;
    const std::string db = Ingest(dir);
    // "Sleman" is in a document's title too; the region is meant.
    auto r = RunNetra({"evidence", "--db", db, "Sleman"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("is Region:34.04") != std::string::npos);
  }

  TEST_CASE("CSV and TSV rows carry ids beside names") {
    TempDir dir;
    const std::string db = Ingest(dir);
    auto r = RunNetra({"query", "--db", db, "regions-citing-laws", "--format", "csv"});
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.rfind("region,region_id,statute,statute_id,", 0) == 0);
    CHECK(r.out.find("Region:34.04") != std::string::npos);
    auto t = RunNetra({"query", "--db", db, "officials", "--format", "tsv"});
    CHECK(t.out.rfind("id\tname\t", 0) == 0);
  }
}

}  // namespace netra::cli
