// `netra lookup`: the entity look-up every command uses, as rows (the
// explorer's search box asks it through netra serve).
#include <doctest/doctest.h>

#include <string>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::RunNetra;
using testing::TempDir;

const char* kSleman =
    "Sekda Sleman Ingatkan Netralitas\n\n"
    "SLEMAN - Sekretaris Daerah Kabupaten Sleman Budi Santoso mengingatkan ASN agar netral, Senin (12/8/2024). "
    "Hal itu diatur dalam UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n";
const char* kRapat =
    "Bupati Sleman Buka Rapat Netralitas\n\n"
    "SLEMAN - Bupati Sleman Kustini Sri Purnomo bersama Wakil Bupati Sleman Danang Maharsa membuka rapat "
    "netralitas ASN, Selasa (13/8/2024).\n";

std::string Ingest(const TempDir& dir) {
  dir.Write("in/sleman.txt", kSleman);
  dir.Write("in/rapat.txt", kRapat);
  const std::string db = (dir.path() / "db").string();
  REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", (dir.path() / "in").string()}).exit_code == 0);
  return db;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_SUITE("cli.lookup") {
  TEST_CASE("lookup prints each candidate with its type, label and the rule that matched") {
    TempDir dir;
    std::string db = Ingest(dir);
    auto name = RunNetra({"lookup", "--db", db, "kabupaten sleman", "--format", "json"});
    REQUIRE(name.exit_code == 0);
    CHECK(Has(name.out, R"("type":"Region")"));
    CHECK(Has(name.out, R"("match":"name")"));
    CHECK(Has(name.out, R"("score":1)"));
    auto id = RunNetra({"lookup", "--db", db, "statute:UU/20/2023", "--format", "json"});
    REQUIRE(id.exit_code == 0);
    CHECK(Has(id.out, R"("id":"Statute:UU/20/2023")"));
    CHECK(Has(id.out, R"("match":"id")"));
    auto statute = RunNetra({"lookup", "--db", db, "UU Nomor 20 Tahun 2023", "--format", "csv"});
    REQUIRE(statute.exit_code == 0);
    CHECK(statute.out.rfind("id,type,label,match,score\n", 0) == 0);
    CHECK(Has(statute.out, "Statute:UU/20/2023,Statute,"));
    CHECK(Has(statute.out, ",statute,1\n"));
  }

  TEST_CASE("a misspelt region is offered as \"near\"; nothing found is no rows and exit 0") {
    TempDir dir;
    std::string db = Ingest(dir);
    auto near = RunNetra({"lookup", "--db", db, "Slemn", "--type", "Region", "--format", "json"});
    REQUIRE(near.exit_code == 0);
    CHECK(Has(near.out, R"("match":"near")"));
    auto none = RunNetra({"lookup", "--db", db, "zzzz qqqq", "--format", "json"});
    CHECK(none.exit_code == 0);
    CHECK(none.out == "[]\n");
    CHECK(Has(none.err, "no entity matches"));
  }

  TEST_CASE("--type keeps one type and --limit cuts the rows") {
    TempDir dir;
    std::string db = Ingest(dir);
    auto all = RunNetra({"lookup", "--db", db, "sleman", "--format", "csv"});
    REQUIRE(all.exit_code == 0);
    CHECK(Has(all.out, "Region:34.04,Region,"));  // the region's name beats the words of positions' labels
    auto positions = RunNetra({"lookup", "--db", db, "sleman", "--type", "Position", "--format", "csv"});
    REQUIRE(positions.exit_code == 0);
    CHECK_FALSE(Has(positions.out, ",Region,"));
    CHECK(Has(positions.out, "Position:bupati@34.04,Position,Bupati Sleman,words,0.5\n"));
    CHECK(Has(positions.out, "Position:wakil-bupati@34.04,"));
    auto one = RunNetra({"lookup", "--db", db, "sleman", "--type", "Position", "--limit", "1", "--format", "csv"});
    REQUIRE(one.exit_code == 0);
    CHECK(one.out == "id,type,label,match,score\nPosition:bupati@34.04,Position,Bupati Sleman,words,0.5\n");
  }
}

}  // namespace

}  // namespace netra::cli
