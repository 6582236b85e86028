// Outputs that tools can consume (issue 16, items 6 and 7): JSON with ids
// beside names, one JSON document per command, PageRank as NetworkX reports
// it, and `export --out` into folders that do not exist yet. The store is
// two articles of tests/unit/cli/filters_test.cpp's four:
//
//   a1 Kota Lubuk Linggau (16.73): Pj Wali Kota H Koimudin leads an apel on
//      2024-11-21 and cites UU 20/2023
//   a4 Kabupaten Bogor (32.01): Pj Bupati Asmawa Tosepu leads a rapat on
//      2024-10-15, cites Perbup Bogor 5/2023 and UU 20/2023
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
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

const char* kA1 =
    R"({"id":"a1_lubuklinggau","title":"Apel Netralitas ASN di Lubuk Linggau","published":"2024-11-21","tags":["asn","netralitas"],"desk":{"name":"daerah","page":3},"text":"Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel netralitas ASN, Kamis 21 November 2024. Ia mengutip UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara."})"
    "\n";
const char* kA4 =
    R"({"id":"a4_kabbogor","title":"Rapat Netralitas di Kabupaten Bogor","published":"2024-10-15","text":"Pj Bupati Bogor Asmawa Tosepu memimpin rapat koordinasi netralitas ASN di Cibinong, Selasa 15 Oktober 2024. Ia mengutip Perbup Bogor Nomor 5 Tahun 2023 dan UU Nomor 20 Tahun 2023."})"
    "\n";

struct Store {
  TempDir dir;
  std::string a1 = dir.Write("in/a1.jsonl", kA1);
  std::string a4 = dir.Write("in/a4.jsonl", kA4);
  std::string db = (dir.path() / "db").string();
  Store() {
    CommandResult r = RunNetra({"ingest", "--db", db, "--no-progress", a1, a4});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
};

const Store& Shared() {
  static Store s;
  return s;
}

rapidjson::Document Json(const CommandResult& r) {
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  INFO(r.out);
  REQUIRE(!d.HasParseError());
  return d;
}

std::string Str(const rapidjson::Value& v, const char* key) {
  REQUIRE(v.HasMember(key));
  return v[key].IsString() ? std::string(v[key].GetString()) : std::string("null");
}

}  // namespace

TEST_SUITE("cli.outputs") {
  TEST_CASE("path --format json: every step carries the ids of its two ends") {
    const Store& s = Shared();
    auto d = Json(RunNetra(
        {"path", "--db", s.db, "Region:16.73", "Region:32.01", "--format", "json", "--exclude-type", "Document"}));
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() > 0);
    CHECK(Str(d[0], "from_id") == "Region:16.73");
    CHECK(Str(d[d.Size() - 1], "to_id") == "Region:32.01");
    for (const auto& row : d.GetArray()) {
      CHECK(Str(row, "from").find(Str(row, "from_id")) != std::string::npos);
      CHECK(Str(row, "to").find(Str(row, "to_id")) != std::string::npos);
    }
    // The table shows names; the ids stay for JSON and CSV.
    CommandResult table =
        RunNetra({"path", "--db", s.db, "Region:16.73", "Region:32.01", "--exclude-type", "Document"});
    CHECK(table.out.find("from_id") == std::string::npos);
    CommandResult csv = RunNetra(
        {"path", "--db", s.db, "Region:16.73", "Region:32.01", "--exclude-type", "Document", "--format", "csv"});
    CHECK(csv.out.rfind("path,step,from,fact,to,documents,from_id,to_id\n", 0) == 0);
  }

  TEST_CASE("timeline --format json: ids beside the title, region and who") {
    const Store& s = Shared();
    auto d = Json(RunNetra({"timeline", "--db", s.db, "--region", "16.73", "--format", "json"}));
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() >= 2);
    bool event = false, citation = false;
    for (const auto& row : d.GetArray()) {
      CHECK(Str(row, "region_id") == "Region:16.73");
      if (Str(row, "what") == "event") {
        event = true;
        CHECK(Str(row, "title_id").rfind("Event:", 0) == 0);
      } else {
        citation = true;
        CHECK(Str(row, "title_id") == "Statute:UU/20/2023");
      }
      if (Str(row, "who") != "null") CHECK(Str(row, "who_id").find(':') != std::string::npos);
    }
    CHECK(event);
    CHECK(citation);
  }

  TEST_CASE("extract --format json over several files is one JSON array") {
    const Store& s = Shared();
    auto d = Json(RunNetra({"extract", "--format", "json", s.a1, s.a4}));
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 2);
    CHECK(Str(d[0], "id") == "a1_lubuklinggau");
    CHECK(Str(d[1], "id") == "a4_kabbogor");
    // No documents: an empty array, still JSON.
    TempDir empty;
    std::filesystem::create_directories(empty.path() / "none");
    CommandResult none = RunNetra({"extract", "--format", "json", (empty.path() / "none").string()});
    CHECK(none.out == "[]\n");
  }

  TEST_CASE("inspect --format json: metadata is an object, a JSONL record's other fields JSON values") {
    const Store& s = Shared();
    auto d = Json(RunNetra({"inspect", "--format", "json", s.a1}));
    REQUIRE(d.IsArray());
    REQUIRE(d.Size() == 1);
    const rapidjson::Value& meta = d[0]["metadata"];
    REQUIRE(meta.IsObject());
    REQUIRE(meta["tags"].IsArray());
    CHECK(std::string(meta["tags"][1].GetString()) == "netralitas");
    REQUIRE(meta["desk"].IsObject());
    CHECK(meta["desk"]["page"].GetInt() == 3);
  }

  TEST_CASE("extract --format jsonl: the header's metadata is an object, and ingest --facts stores the same record") {
    // A title with a tab, a form feed and a control character, and other
    // fields with doubles, nesting and non-ASCII: the record that `ingest
    // --facts` stores from the object is byte for byte the one `ingest` does.
    TempDir dir;
    std::string in = dir.Write(
        "odd.jsonl",
        "{\"id\":\"odd\",\"title\":\"Tab\\there, feed\\f and \\u0001 Lubuk Linggau\",\"published\":\"2024-11-21\","
        "\"score\":0.30000000000000004,\"geo\":{\"lat\":-3.2966,\"lon\":102.8617,\"names\":[\"Lubuklinggau\",\"Bumi "
        "Sebiduk Semare\u00e1\"]},\"text\":\"Pj Wali Kota Lubuk Linggau, H Koimudin memimpin apel netralitas ASN, "
        "Kamis "
        "21 November 2024. Ia mengutip UU Nomor 20 Tahun 2023.\"}\n");
    CommandResult facts = RunNetra({"extract", "--format", "jsonl", in});
    INFO(facts.err);
    REQUIRE(facts.exit_code == 0);
    std::string header = facts.out.substr(0, facts.out.find('\n'));
    rapidjson::Document h;
    h.Parse(header.c_str());
    REQUIRE(!h.HasParseError());
    REQUIRE(h["metadata"].IsObject());
    CHECK(std::string(h["metadata"]["metadata"]["geo"]["names"][1].GetString()) == "Bumi Sebiduk Semare\u00e1");
    std::string facts_file = dir.Write("odd.facts.jsonl", facts.out);

    std::string direct = (dir.path() / "direct").string(), split = (dir.path() / "split").string();
    REQUIRE(RunNetra({"ingest", "--db", direct, "--no-progress", in}).exit_code == 0);
    CommandResult loaded = RunNetra({"ingest", "--db", split, "--no-progress", "--facts", facts_file});
    INFO(loaded.err);
    REQUIRE(loaded.exit_code == 0);
    CommandResult a = RunNetra({"dump", "--db", direct}), b = RunNetra({"dump", "--db", split});
    REQUIRE(a.exit_code == 0);
    CHECK(a.out.find("metadata=") != std::string::npos);
    CHECK(a.out == b.out);
  }

  TEST_CASE("rank --by pagerank: the scores of every entity sum to 1") {
    const Store& s = Shared();
    auto d = Json(RunNetra({"rank", "--db", s.db, "--by", "pagerank", "--limit", "100000", "--format", "json"}));
    REQUIRE(d.IsArray());
    double sum = 0;
    for (const auto& row : d.GetArray()) sum += row["score"].GetDouble();
    CHECK(sum == doctest::Approx(1.0).epsilon(1e-4));
  }

  TEST_CASE("export --out DIR/file makes DIR, or says why not with the OS's reason") {
    const Store& s = Shared();
    TempDir out;
    std::string file = (out.path() / "a" / "b" / "g.gexf").string();
    CommandResult r = RunNetra({"export", "--db", s.db, "--format", "gexf", "--out", file});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::is_regular_file(file));

    std::string blocker = out.Write("plain", "a file, not a folder");
    CommandResult bad = RunNetra({"export", "--db", s.db, "--format", "dot", "--out", blocker + "/sub/g.dot"});
    CHECK(bad.exit_code != 0);
    CHECK(bad.err.find("cannot create directory") != std::string::npos);
    CHECK(bad.err.find("Not a directory") != std::string::npos);
  }

  TEST_CASE("export --gexf-version 1.2 writes GEXF 1.2draft; refused for other formats") {
    const Store& s = Shared();
    CommandResult r = RunNetra({"export", "--db", s.db, "--format", "gexf", "--gexf-version", "1.2"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(r.out.find("version=\"1.2\"") != std::string::npos);
    CommandResult v13 = RunNetra({"export", "--db", s.db, "--format", "gexf"});
    CHECK(v13.out.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
    CommandResult dot = RunNetra({"export", "--db", s.db, "--format", "dot", "--gexf-version", "1.2"});
    CHECK(dot.exit_code == 1);
    CHECK(dot.err.find("--gexf-version") != std::string::npos);
  }

  // One header per kind of answer, for every canned question and graph
  // command: an empty answer and one with rows print the same, and the
  // header holds every field of the JSON rows (an entity's id as
  // `<field>_id`), so a script reading the file finds its columns.
  TEST_CASE("csv and tsv: one header per kind of answer, with rows or without, holding every JSON field") {
    const Store& st = Shared();
    auto header = [](const CommandResult& r) {
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      return r.out.substr(0, r.out.find('\n'));
    };
    struct Case {
      std::vector<std::string> with_rows, without;
    };
    const std::vector<Case> cases = {
        {{"query", "regions-citing-laws"}, {"query", "regions-citing-laws", "--from", "2030"}},
        {{"query", "regions"}, {"query", "regions", "--region", "16.73", "--kind", "provinsi"}},
        {{"query", "officials"}, {"query", "officials", "--region", "16.73", "--statute", "Perbup Bogor 5/2023"}},
        {{"query", "statutes"}, {"query", "statutes", "--from", "2030"}},
        {{"query", "events"}, {"query", "events", "--from", "2030"}},
        {{"query", "co-cited-laws"}, {"query", "co-cited-laws", "--from", "2030"}},
        {{"rank"}, {"rank", "--from", "2030"}},
        {{"components"}, {"components", "--from", "2030"}},
        {{"timeline", "--region", "16.73"}, {"timeline", "--region", "16.73", "--from", "2030"}},
    };
    for (const Case& c : cases) {
      for (const char* format : {"csv", "tsv"}) {
        auto run = [&](std::vector<std::string> args) {
          args.insert(args.end(), {"--db", st.db, "--format", format});
          return RunNetra(args);
        };
        auto run_json = [&](std::vector<std::string> args) {
          args.insert(args.end(), {"--db", st.db, "--format", "json"});
          return RunNetra(args);
        };
        CommandResult full = run(c.with_rows), empty = run(c.without);
        INFO(c.with_rows[0] << " " << (c.with_rows.size() > 1 ? c.with_rows[1] : "") << " " << format);
        INFO(full.out);
        REQUIRE(std::count(full.out.begin(), full.out.end(), '\n') > 1);
        CHECK(empty.out == header(full) + "\n");
        const std::string sep = format == std::string("csv") ? "," : "\t";
        const std::string cols = sep + header(full) + sep;
        rapidjson::Document rows = Json(run_json(c.with_rows));
        for (const auto& row : rows.GetArray()) {
          for (const auto& field : row.GetObject()) {
            const std::string name = field.name.GetString();
            CHECK_MESSAGE(cols.find(sep + name + sep) != std::string::npos, name);
            if (field.value.IsObject() && field.value.HasMember("id")) {
              CHECK_MESSAGE(cols.find(sep + name + "_id" + sep) != std::string::npos, (name + "_id"));
            }
          }
        }
      }
    }
  }
}

}  // namespace netra::cli
