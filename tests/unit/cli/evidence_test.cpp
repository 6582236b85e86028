// `netra evidence` end to end on real-looking articles (samples/): every
// sentence it prints is the original document's bytes around the stored
// span, on both write paths, after the source files are gone; a store
// without text says so.
#include "cli/evidence.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "run_command.h"
#include "store/store.h"
#include "store/test_hooks.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::RunNetra;
using testing::TempDir;

const char* kArticles[] = {"s01_lubuklinggau_apel", "s03_okutimur_deklarasi", "s08_ntt_pjgubernur_apel",
                           "s13_kabkupang_sosialisasi"};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The sample articles and feed, copied into `dir/in`; the original text of
// each document by id (a JSONL document's is its `text` field).
std::map<std::string, std::string> CopySamples(const TempDir& dir) {
  std::map<std::string, std::string> originals;
  std::string samples = std::string(NETRA_SOURCE_DIR) + "/samples/";
  for (const char* id : kArticles) {
    originals[id] = ReadFile(samples + id + ".txt");
    dir.Write(std::string("in/") + id + ".txt", originals[id]);
  }
  std::ifstream feed(samples + "feed.jsonl");
  std::string line, all;
  while (std::getline(feed, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE_FALSE(d.HasParseError());
    originals[d["id"].GetString()] = std::string(d["text"].GetString(), d["text"].GetStringLength());
    all += line + "\n";
  }
  dir.Write("in/feed.jsonl", all);
  return originals;
}

std::unique_ptr<store::Store> OpenReader(const std::string& db) {
  auto st = store::Store::Open(db, store::OpenOptions{.read_only = true});
  REQUIRE(st.ok());
  return std::move(st).value();
}

std::vector<model::Triple> AllFacts(const store::Store& store) {
  std::vector<model::Triple> all;
  REQUIRE(store
              .Match(std::nullopt, std::nullopt, std::nullopt,
                     [&](const model::Triple& t) {
                       all.push_back(t);
                       return true;
                     })
              .ok());
  return all;
}

std::string Render(const store::Store& store, const std::vector<model::Triple>& facts, const std::string& format) {
  std::ostringstream out;
  EvidenceOutput output;
  output.format = format;
  Status s = PrintFactEvidence(store, facts, output, out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

std::string Bytes(const std::string& text, int64_t begin, int64_t end) {
  REQUIRE(0 <= begin);
  REQUIRE(begin <= end);
  REQUIRE(end <= static_cast<int64_t>(text.size()));
  return text.substr(begin, end - begin);
}

// The line the text format prints for one span with its sentence.
std::string ExpectedLine(const std::string& original, const rapidjson::Value& span) {
  int64_t b = span["begin"].GetInt64(), e = span["end"].GetInt64();
  const rapidjson::Value& sentence = span["sentence"];
  int64_t sb = sentence["begin"].GetInt64(), se = sentence["end"].GetInt64();
  char head[256];
  std::snprintf(head, sizeof head, "    [%lld,%lld) %s %.2f: ", static_cast<long long>(b), static_cast<long long>(e),
                span["extractor"].GetString(), span["confidence"].GetDouble());
  return head + Bytes(original, sb, b) + "»" + Bytes(original, b, e) + "«" + Bytes(original, e, se) + "\n";
}

// Checks every span of the JSON against the original bytes and the text
// rendering; returns the extractors whose spans were checked.
std::set<std::string> CheckAgainstOriginals(const std::string& json, const std::string& text,
                                            const std::map<std::string, std::string>& originals) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["text_stored_in_store"].GetBool());
  std::set<std::string> checked;
  for (const auto& fact : d["facts"].GetArray()) {
    REQUIRE(fact.HasMember("subject"));
    REQUIRE(fact.HasMember("object_kind"));
    for (const auto& doc : fact["documents"].GetArray()) {
      const std::string& original = originals.at(doc["document"].GetString());
      REQUIRE(doc["text_stored"].GetBool());
      REQUIRE(doc.HasMember("publisher"));
      REQUIRE(doc.HasMember("date"));
      for (const auto& span : doc["spans"].GetArray()) {
        if (span["whole_document"].GetBool()) continue;
        int64_t b = span["begin"].GetInt64(), e = span["end"].GetInt64();
        const rapidjson::Value& sentence = span["sentence"];
        int64_t sb = sentence["begin"].GetInt64(), se = sentence["end"].GetInt64();
        INFO(doc["document"].GetString(), " [", b, ",", e, ") ", span["extractor"].GetString());
        CHECK(span["cited"].GetString() == Bytes(original, b, e));
        CHECK(sentence["text"].GetString() == Bytes(original, sb, se));
        CHECK(sb <= b);
        CHECK(e <= se);
        CHECK(se - sb < static_cast<int64_t>(original.size()));  // a sentence, not the whole article
        CHECK(text.find(ExpectedLine(original, span)) != std::string::npos);
        checked.insert(span["extractor"].GetString());
      }
    }
  }
  return checked;
}

}  // namespace

TEST_SUITE("cli.evidence") {
  TEST_CASE("the sentence printed for each support slices the original document at the stored span") {
    TempDir dir;
    std::map<std::string, std::string> originals = CopySamples(dir);
    std::string in = (dir.path() / "in").string();
    for (const char* mode : {"ordinary", "bulk"}) {
      SUBCASE(mode) {
        std::string db = (dir.path() / mode).string();
        std::vector<std::string> args = {"ingest", "--db", db, "--no-progress", in};
        if (std::string(mode) == "bulk") args.push_back("--bulk");
        auto ingested = RunNetra(args);
        INFO(ingested.err);
        REQUIRE(ingested.exit_code == 0);
        auto store = OpenReader(db);
        std::vector<model::Triple> facts = AllFacts(*store);
        std::set<std::string> checked =
            CheckAgainstOriginals(Render(*store, facts, "json"), Render(*store, facts, "text"), originals);
        // Facts of every kind of extractor: a region, an official, a statute citation, an event.
        for (const char* extractor : {"regions", "officials", "statutes", "events"}) {
          INFO(extractor);
          CHECK(checked.count(extractor) == 1);
        }
      }
    }
  }

  TEST_CASE("evidence works after the source files are deleted, for an entity and for a fact") {
    TempDir dir;
    CopySamples(dir);
    std::string db = (dir.path() / "db").string();
    REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", (dir.path() / "in").string()}).exit_code == 0);
    std::filesystem::remove_all(dir.path() / "in");

    auto entity = RunNetra({"evidence", "--db", db, "UU 20/2023"});
    INFO(entity.err);
    REQUIRE(entity.exit_code == 0);
    CHECK(entity.out.find("Statute:UU/20/2023 ") != std::string::npos);
    CHECK(entity.out.find("»") != std::string::npos);
    CHECK(entity.out.find("text not stored") == std::string::npos);
    CHECK(entity.out.find("\x1b[") == std::string::npos);  // not a terminal: plain markers

    // A fact with an entity object, then one with a literal object.
    auto fact = RunNetra({"evidence", "--db", db, "--format", "json", "Kota Lubuk Linggau", "part_of", "Region:16"});
    INFO(fact.err);
    REQUIRE(fact.exit_code == 0);
    rapidjson::Document d;
    d.Parse(fact.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    REQUIRE(d["facts"].Size() == 1);
    CHECK(std::string(d["facts"][0]["subject"].GetString()) == "Region:16.73");
    CHECK(std::string(d["facts"][0]["object_kind"].GetString()) == "entity");
    CHECK(d["facts"][0]["documents"][0]["text_stored"].GetBool());

    auto literal = RunNetra({"evidence", "--db", db, "Region:16.73", "netra:label", "Kota Lubuk Linggau"});
    INFO(literal.err);
    CHECK(literal.exit_code == 0);
    CHECK(literal.out.find("Region:16.73 label \"Kota Lubuk Linggau\"") != std::string::npos);
  }

  TEST_CASE("an unknown entity or fact is refused with exit 1 and a message") {
    TempDir dir;
    CopySamples(dir);
    std::string db = (dir.path() / "db").string();
    REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", (dir.path() / "in").string()}).exit_code == 0);
    auto entity = RunNetra({"evidence", "--db", db, "Atlantis Raya"});
    CHECK(entity.exit_code == 1);
    CHECK(entity.err.find("netra: evidence: ") != std::string::npos);
    CHECK(entity.out.empty());
    auto fact = RunNetra({"evidence", "--db", db, "Region:16.73", "cites", "Region:16"});
    CHECK(fact.exit_code == 1);
    CHECK(fact.err.find("no fact Region:16.73 cites Region:16") != std::string::npos);
    auto two = RunNetra({"evidence", "--db", db, "Region:16.73", "cites"});
    CHECK(two.exit_code == 1);
    CHECK(two.err.find("three arguments") != std::string::npos);
  }

  TEST_CASE("a store without the text column family says the text is absent") {
    TempDir dir;
    CopySamples(dir);
    std::string db = (dir.path() / "db").string();
    REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", (dir.path() / "in").string()}).exit_code == 0);
    {
      auto st = store::Store::Open(db);
      REQUIRE(st.ok());
      REQUIRE(store::MakeFormat2ForTesting(st->get()).ok());
    }
    auto text = RunNetra({"evidence", "--db", db, "UU 20/2023"});
    INFO(text.err);
    REQUIRE(text.exit_code == 0);
    CHECK(text.out.find("keeps no documents' text") != std::string::npos);
    CHECK(text.out.find("text not stored") != std::string::npos);
    CHECK(text.out.find("»") == std::string::npos);
    auto json = RunNetra({"evidence", "--db", db, "--format", "json", "UU 20/2023"});
    REQUIRE(json.exit_code == 0);
    rapidjson::Document d;
    d.Parse(json.out.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK_FALSE(d["text_stored_in_store"].GetBool());
    const auto& doc = d["facts"][0]["documents"][0];
    CHECK_FALSE(doc["text_stored"].GetBool());
    CHECK(doc["spans"][0]["sentence"].IsNull());
    CHECK(doc["spans"][0]["begin"].IsInt64());
  }

  TEST_CASE("fact files carry the text; without a header line, evidence says the text is not stored") {
    TempDir dir;
    CopySamples(dir);
    auto extracted =
        RunNetra({"extract", "--format", "jsonl", (dir.path() / "in" / "s01_lubuklinggau_apel.txt").string()});
    REQUIRE(extracted.exit_code == 0);
    std::string with_header = dir.Write("facts.jsonl", extracted.out);
    std::string db = (dir.path() / "db").string();
    auto ingested = RunNetra({"ingest", "--db", db, "--facts", with_header});
    REQUIRE(ingested.exit_code == 0);
    CHECK(ingested.err.find("text not stored") == std::string::npos);
    auto shown = RunNetra({"evidence", "--db", db, "UU 20/2023"});
    REQUIRE(shown.exit_code == 0);
    CHECK(shown.out.find("»UU Nomor 20 Tahun 2023") != std::string::npos);

    std::string facts_only = dir.Write("bare.jsonl", extracted.out.substr(extracted.out.find('\n') + 1));
    std::string bare_db = (dir.path() / "bare").string();
    auto bare = RunNetra({"ingest", "--db", bare_db, "--facts", facts_only});
    REQUIRE(bare.exit_code == 0);
    CHECK(bare.err.find("1 documents' text not stored") != std::string::npos);
    auto absent = RunNetra({"evidence", "--db", bare_db, "UU 20/2023"});
    REQUIRE(absent.exit_code == 0);
    CHECK(absent.out.find("text not stored") != std::string::npos);
  }
}

}  // namespace netra::cli
