// Issue 19 item 3: `netra query` streams a pattern query's rows and stops
// at --timeout, --max-rows and --max-memory (defaults that protect a
// laptop), with the rows printed so far, a message naming the limit and
// exit 4. The store is samples/ (about 1,900 triples), where two unrelated
// patterns join into millions of rows and three into billions: a query no
// run finishes, made to stop by a limit.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <string>
#include <vector>

#include "run_command.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

const char* kCross = "SELECT ?a ?d WHERE { ?a ?p ?b . ?c ?q ?d }";
const char* kCrossOfThree = "SELECT ?a WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

// The store of samples/, ingested once for all the tests of this file.
const std::string& SamplesDb() {
  static TempDir dir;
  static const std::string db = [] {
    std::string path = (dir.path() / "db").string();
    CommandResult r = RunNetra({"ingest", "--db", path, "--no-progress", std::string(NETRA_SOURCE_DIR) + "/samples"});
    REQUIRE(r.exit_code == 0);
    return path;
  }();
  return db;
}

CommandResult Query(std::vector<std::string> args) {
  args.insert(args.begin(), {"query", "--db", SamplesDb()});
  return RunNetra(args);
}

size_t Lines(const std::string& text) { return static_cast<size_t>(std::count(text.begin(), text.end(), '\n')); }

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("cli.limits") {
  TEST_CASE("--max-rows N prints exactly N rows of a cross join, says which limit cut it and exits 4") {
    CommandResult r = Query({kCross, "--format", "csv", "--max-rows", "25"});
    CHECK(r.exit_code == 4);
    CHECK(Lines(r.out) == 26);  // the header and 25 rows
    CHECK(Has(r.err, "netra: query: incomplete answer, 25 rows printed: the answer has more than 25 rows"));
    CHECK(Has(r.err, "--max-rows 25: raise it, or --max-rows 0 for no limit"));
  }

  TEST_CASE("an answer of exactly --max-rows rows is whole: exit 0") {
    const char* q = "SELECT ?r WHERE { ?r netra:part_of region:16 }";
    CommandResult all = Query({q, "--format", "csv"});
    REQUIRE(all.exit_code == 0);
    const size_t rows = Lines(all.out) - 1;
    REQUIRE(rows > 1);
    CommandResult exact = Query({q, "--format", "csv", "--max-rows", std::to_string(rows)});
    CHECK(exact.exit_code == 0);
    CHECK(exact.out == all.out);
    CHECK(exact.err.empty());
    CommandResult fewer = Query({q, "--format", "csv", "--max-rows", std::to_string(rows - 1)});
    CHECK(fewer.exit_code == 4);
    CHECK(Lines(fewer.out) == rows);
  }

  TEST_CASE("a cut answer is marked where a reader of each format sees it") {
    SUBCASE("json: the array ends with {\"incomplete\": {...}}, which a parser reads") {
      CommandResult r = Query({kCross, "--format", "json", "--max-rows", "3"});
      CHECK(r.exit_code == 4);
      rapidjson::Document doc;
      REQUIRE_FALSE(doc.Parse(r.out.c_str()).HasParseError());
      REQUIRE(doc.IsArray());
      REQUIRE(doc.Size() == 4);
      const auto& marker = doc[3];
      REQUIRE(marker.HasMember("incomplete"));
      CHECK(std::string(marker["incomplete"]["limit"].GetString()) == "max-rows");
      CHECK(marker["incomplete"]["rows"].GetInt() == 3);
      CHECK(doc[0].HasMember("a"));
    }
    SUBCASE("sparql-json: an \"incomplete\" member beside \"results\"") {
      CommandResult r = Query({kCross, "--format", "sparql-json", "--max-rows", "3"});
      CHECK(r.exit_code == 4);
      rapidjson::Document doc;
      REQUIRE_FALSE(doc.Parse(r.out.c_str()).HasParseError());
      CHECK(doc["results"]["bindings"].Size() == 3);
      CHECK(std::string(doc["incomplete"]["limit"].GetString()) == "max-rows");
    }
    SUBCASE("table: the last line says so") {
      CommandResult r = Query({kCross, "--max-rows", "3"});
      CHECK(r.exit_code == 4);
      CHECK(Has(r.out, "(3 rows, incomplete: the answer has more than 3 rows"));
    }
    SUBCASE("a whole answer has no marker") {
      CommandResult r = Query({"SELECT ?r WHERE { ?r netra:part_of region:16 }", "--format", "json"});
      CHECK(r.exit_code == 0);
      CHECK_FALSE(Has(r.out, "incomplete"));
    }
  }

  TEST_CASE("without flags, the default row limit stops a cross join") {
    CommandResult r = Query({kCross, "--format", "tsv"});
    CHECK(r.exit_code == 4);
    CHECK(Lines(r.out) == 1'000'001);
    CHECK(Has(r.err, "--max-rows 1000000: raise it"));
  }

  TEST_CASE("--max-memory stops a query that must hold a cross join to sort it") {
    CommandResult r = Query({std::string(kCross) + " ORDER BY ?a", "--format", "csv", "--max-memory", "4"});
    CHECK(r.exit_code == 4);
    CHECK(Lines(r.out) == 1);  // the header: no row is known before all are sorted
    CHECK(Has(r.err, "the rows it must hold to answer passed 4 MB (--max-memory 4: raise it"));
  }

  TEST_CASE("GROUP BY counts a cross join as it comes, holding its groups, not its rows") {
    CommandResult r = Query({"SELECT ?p (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c netra:part_of ?d } GROUP BY ?p",
                             "--format", "csv", "--max-memory", "1", "--max-rows", "0"});
    CHECK(r.exit_code == 0);
    CHECK(Lines(r.out) > 2);
    CHECK(r.err.empty());
  }

  TEST_CASE("--timeout stops a query that would run for hours, with what it printed") {
    CommandResult r = Query(
        {"SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }", "--format", "csv", "--timeout", "0.5"});
    CHECK(r.exit_code == 4);
    CHECK(Has(r.err,
              "netra: query: incomplete answer, 0 rows printed: the time limit passed (--timeout 0.5: raise "
              "it, or --timeout 0 for no limit)"));
    CHECK(r.out == "n\n");
  }

  TEST_CASE("rows reach the output while the query still runs") {
    // Billions of rows: the first can only be read before the end if they
    // stream (the query is killed once it is).
    testing::NetraProcess query(
        {"query", "--db", SamplesDb(), kCrossOfThree, "--format", "csv", "--max-rows", "0", "--timeout", "600"});
    std::string start = query.ReadUntil("\n", 120000);
    CHECK(start == "a\n");
    std::string first_row = query.ReadUntil("\n", 120000);
    CHECK(Has(first_row, ":"));  // an entity id
  }

  TEST_CASE("canned questions take --max-rows and --timeout too") {
    CommandResult all = Query({"regions", "--format", "csv"});
    REQUIRE(all.exit_code == 0);
    REQUIRE(Lines(all.out) > 3);
    CommandResult cut = Query({"regions", "--format", "csv", "--max-rows", "2"});
    CHECK(cut.exit_code == 4);
    CHECK(Lines(cut.out) == 3);
    CHECK(Has(cut.err, "netra: query regions: incomplete answer, 2 rows printed"));
    CommandResult json = Query({"regions", "--format", "json", "--max-rows", "2"});
    CHECK(Has(json.out, R"({"incomplete":{"limit":"max-rows","rows":2,)"));
  }

  TEST_CASE("limit flags are checked as usage: a negative or unreadable value exits 1") {
    CHECK(Query({kCross, "--max-rows", "-1"}).exit_code == 1);
    CHECK(Query({kCross, "--timeout", "soon"}).exit_code == 1);
    CHECK(Query({kCross, "--max-memory", "x"}).exit_code == 1);
  }
}

}  // namespace netra::cli
