// `netra stats` end to end: the store's size is its own, the cache of
// derived data in the same folder is reported apart.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::RunNetra;
using testing::TempDir;

rapidjson::Document StatsJson(const std::string& db) {
  auto r = RunNetra({"stats", "--db", db, "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_SUITE("cli.stats") {
  TEST_CASE("the cache of derived data is counted apart from the store's size") {
    TempDir dir;
    std::string article = dir.Write("a.txt",
                                    "Apel Netralitas di Lubuk Linggau\n\n"
                                    "Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel, Kamis 21 November 2024. "
                                    "Ia mengutip UU Nomor 20 Tahun 2023.\n");
    std::string db = (dir.path() / "db").string();
    REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", article}).exit_code == 0);
    rapidjson::Document before = StatsJson(db);
    REQUIRE(before["cache_bytes_on_disk"].GetInt64() == 0);
    int64_t store_bytes = before["bytes_on_disk"].GetInt64();
    CHECK(store_bytes > 0);

    dir.Write("db/netra-cache/0000000000000000-citations-0000000000000000.bin", std::string(100000, 'x'));
    rapidjson::Document after = StatsJson(db);
    CHECK(after["cache_bytes_on_disk"].GetInt64() == 100000);
    // The store's own files may grow a little between two opens (RocksDB's
    // LOG and OPTIONS files), never by the cache's size.
    CHECK(after["bytes_on_disk"].GetInt64() < store_bytes + 100000);
    CHECK(after["bytes_on_disk"].GetInt64() >= store_bytes - 100000);

    auto text = RunNetra({"stats", "--db", db});
    CHECK(text.out.find("MB (and 0.1 MB of cached derived data in netra-cache/)") != std::string::npos);
  }
}

}  // namespace netra::cli
