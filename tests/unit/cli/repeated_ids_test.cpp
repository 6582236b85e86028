// Issue 17: a corpus that gives one document id more than once. Within one
// ingest run the last version wins (pipeline/latest_versions.h), for
// ordinary ingest, `--bulk`, `--facts` and `--bulk --facts` alike, whatever
// --jobs; so the stores dump alike, and re-ingesting the unchanged corpus
// writes nothing: 0 changed, the store's version unmoved, its caches kept.
//
// The corpus, in the order a folder is read (paths in byte order):
//   in/1.jsonl           berita-1 (v1), berita-2 (v1), berita-1 (v2), sekda-bantul (v1)
//   in/2.jsonl           berita-2 (v2)
//   in/sekda-bantul.txt  sekda-bantul (v2: a .txt's id is its file name)
// The articles are the team's own, short and made up.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "query/canned/citations.h"
#include "run_command.h"
#include "store/store.h"
#include "temp_dir.h"

namespace netra::cli {

namespace {

using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

const char* kBerita1v1 =
    R"({"id":"berita-1","title":"Bupati Sleman Ingatkan ASN","published":"2024-08-12","text":"SLEMAN - Bupati )"
    R"(Sleman Kustini Sri Purnomo mengingatkan ASN agar netral, Senin (12/8/2024). Hal itu diatur dalam UU )"
    R"(Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara."})";
const char* kBerita1v2 =
    R"({"id":"berita-1","title":"Bupati Sleman Ingatkan ASN Jelang Pilkada","published":"2024-08-12","text":)"
    R"("SLEMAN - Bupati Sleman Kustini Sri Purnomo kembali mengingatkan ASN agar netral menjelang Pilkada, )"
    R"(Senin (12/8/2024). Ia merujuk UU Nomor 10 Tahun 2016 tentang Pemilihan Kepala Daerah."})";
const char* kBerita2v1 =
    R"({"id":"berita-2","title":"Wali Kota Bima Buka Rapat","text":"BIMA - Wali Kota Bima Muhammad Lutfi )"
    R"(membuka rapat koordinasi, Selasa (13/8/2024). Ia mengacu PP Nomor 94 Tahun 2021 tentang Disiplin PNS."})";
const char* kBerita2v2 =
    R"({"id":"berita-2","title":"Wali Kota Bima Buka Rapat Koordinasi ASN","text":"BIMA - Wali Kota Bima )"
    R"(Muhammad Lutfi membuka rapat koordinasi ASN, Rabu (14/8/2024). Ia mengacu PP Nomor 94 Tahun 2021 )"
    R"(tentang Disiplin PNS dan UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara."})";
const char* kBantulJsonl =
    R"({"id":"sekda-bantul","title":"Sekda Bantul Buka Apel","text":"BANTUL - Sekretaris Daerah Kabupaten )"
    R"(Bantul Agus Budiraharja membuka apel pagi, Jumat (16/8/2024). Ia mengacu PP Nomor 94 Tahun 2021."})";
const char* kBantulTxt =
    "Sekda Bantul Imbau Netralitas\n\n"
    "BANTUL - Sekretaris Daerah Kabupaten Bantul Agus Budiraharja mengimbau ASN menjaga netralitas, Kamis "
    "(15/8/2024). Imbauan itu merujuk UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n";

std::string Lines(const std::vector<const char*>& lines) {
  std::string out;
  for (const char* line : lines) out += std::string(line) + "\n";
  return out;
}

// The corpus above; returns its folder.
std::string RepeatingCorpus(const TempDir& dir) {
  dir.Write("in/1.jsonl", Lines({kBerita1v1, kBerita2v1, kBerita1v2, kBantulJsonl}));
  dir.Write("in/2.jsonl", Lines({kBerita2v2}));
  dir.Write("in/sekda-bantul.txt", kBantulTxt);
  return (dir.path() / "in").string();
}

// The corpus with only the last version of each id, in the same files and
// on the same lines (blank lines in place of the others, which the loader
// passes over): documents record their file and line. Returns the folder.
std::string LastVersionsInPlace(const TempDir& dir) {
  dir.Write("in/1.jsonl", Lines({"", "", kBerita1v2, ""}));
  dir.Write("in/2.jsonl", Lines({kBerita2v2}));
  dir.Write("in/sekda-bantul.txt", kBantulTxt);
  return (dir.path() / "in").string();
}

// The dump of a store of the last versions only: what every way of
// ingesting the corpus must build.
std::string ExpectedDump(const TempDir& dir) {
  const std::string db = (dir.path() / "reference").string();
  REQUIRE(RunNetra({"ingest", "--db", db, "--no-progress", LastVersionsInPlace(dir)}).exit_code == 0);
  CommandResult r = RunNetra({"dump", "--db", db});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

CommandResult Ingest(const std::string& db, const std::vector<std::string>& flags, const std::string& input,
                     const std::string& stdin_text = "") {
  std::vector<std::string> args = {"ingest", "--db", db, "--no-progress"};
  args.insert(args.end(), flags.begin(), flags.end());
  args.push_back(input);
  return RunNetra(args, stdin_text);
}

std::string Dump(const std::string& db) {
  CommandResult r = RunNetra({"dump", "--db", db});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::string StoreVersion(const std::string& db) {
  store::OpenOptions read_only;
  read_only.read_only = true;
  auto store = store::Store::Open(db, read_only);
  REQUIRE(store.ok());
  auto version = (*store)->Version();
  REQUIRE(version.ok());
  return *version;
}

// Reads the regions-citing-laws table through the store's cache, saving it
// whatever the store's size; true if it came from the cache file.
bool CitationsFromCache(const std::string& db) {
  store::OpenOptions read_only;
  read_only.read_only = true;
  auto store = store::Store::Open(db, read_only);
  REQUIRE(store.ok());
  query::CitationCacheOptions always;
  always.min_supports = 0;
  bool from_cache = false;
  auto table = query::CachedCitationRows(**store, always, &from_cache);
  REQUIRE(table.ok());
  return from_cache;
}

// The flags of each way to ingest documents that the tests compare.
const std::vector<std::vector<std::string>> kDocumentWays = {
    {"--jobs", "1"}, {"--jobs", "2"}, {"--bulk", "--jobs", "1"}, {"--bulk", "--jobs", "2"}};

}  // namespace

TEST_SUITE("cli.repeated_ids") {
  TEST_CASE("ordinary and bulk ingest store the last version of a repeated id, and dump alike") {
    TempDir dir;
    const std::string expected = ExpectedDump(dir);
    const std::string in = RepeatingCorpus(dir);
    for (size_t i = 0; i < kDocumentWays.size(); ++i) {
      const std::vector<std::string>& flags = kDocumentWays[i];
      CAPTURE(flags.size());
      CAPTURE(flags[0]);
      const std::string db = (dir.path() / ("db" + std::to_string(i))).string();
      CommandResult r = Ingest(db, flags, in);
      CHECK(r.exit_code == 0);
      CHECK(Has(r.err, "documents: 3 new, 0 changed, 0 unchanged, 0 failed, 3 skipped for a later version;"));
      CHECK(Dump(db) == expected);
    }
  }

  TEST_CASE("re-ingesting an unchanged corpus with repeated ids writes nothing and keeps the caches") {
    TempDir dir;
    const std::string in = RepeatingCorpus(dir);
    for (size_t i = 0; i < kDocumentWays.size(); ++i) {
      const std::vector<std::string>& flags = kDocumentWays[i];
      CAPTURE(flags[0]);
      const std::string db = (dir.path() / ("db" + std::to_string(i))).string();
      REQUIRE(Ingest(db, flags, in).exit_code == 0);
      const std::string dump = Dump(db);
      const std::string version = StoreVersion(db);
      CHECK_FALSE(CitationsFromCache(db));  // computed and saved
      CHECK(CitationsFromCache(db));
      for (const auto& again : kDocumentWays) {
        CommandResult r = Ingest(db, again, in);
        CHECK(r.exit_code == 0);
        CHECK(Has(r.err, "documents: 0 new, 0 changed, 3 unchanged, 0 failed, 3 skipped for a later version;"));
        CHECK(Has(r.err, "triples: +0 -0;"));
      }
      CHECK(StoreVersion(db) == version);
      CHECK(CitationsFromCache(db));  // the file of this version is still there, and still read
      CHECK(Dump(db) == dump);
    }
  }

  TEST_CASE("fact files: --facts and --bulk --facts keep the last version, from files or stdin, like ingest") {
    TempDir dir;
    const std::string expected = ExpectedDump(dir);
    const std::string in = RepeatingCorpus(dir);
    // Extraction keeps every version: the fact files repeat ids, within
    // one file (1.jsonl) and across files.
    std::vector<std::string> fact_files;
    std::string all_facts;
    for (const char* name : {"1.jsonl", "2.jsonl", "sekda-bantul.txt"}) {
      CommandResult facts = RunNetra({"extract", "--format", "jsonl", (dir.path() / "in" / name).string()});
      REQUIRE(facts.exit_code == 0);
      fact_files.push_back(dir.Write(std::string("facts/") + name + ".facts", facts.out));
      all_facts += facts.out;
    }
    for (const std::vector<std::string>& flags :
         std::vector<std::vector<std::string>>{{"--facts"}, {"--facts", "--bulk"}}) {
      CAPTURE(flags.size());
      const std::string db = (dir.path() / ("facts" + std::to_string(flags.size()))).string();
      std::vector<std::string> args = {"ingest", "--db", db};
      args.insert(args.end(), flags.begin(), flags.end());
      args.insert(args.end(), fact_files.begin(), fact_files.end());
      CommandResult r = RunNetra(args);
      CHECK(r.exit_code == 0);
      CHECK(Has(r.err, "documents: 3 new, 0 changed, 0 unchanged, 0 failed, 3 skipped for a later version;"));
      CHECK(Dump(db) == expected);
      const std::string version = StoreVersion(db);
      r = RunNetra(args);
      CHECK(r.exit_code == 0);
      CHECK(Has(r.err, "documents: 0 new, 0 changed, 3 unchanged, 0 failed, 3 skipped for a later version;"));
      CHECK(StoreVersion(db) == version);

      // The same facts on standard input, read twice through a copy.
      const std::string piped = db + "-stdin";
      r = Ingest(piped, flags, "-", all_facts);
      CHECK(r.exit_code == 0);
      CHECK(Has(r.err, "3 new, 0 changed, 0 unchanged, 0 failed, 3 skipped for a later version;"));
      CHECK(Dump(piped) == expected);
    }
  }

  TEST_CASE("fact lines written by hand: both passes of --facts split them into the same versions") {
    // The first pass reads only a line's document and header-ness, and
    // stops early on fact lines of the current document; the second parses
    // every line. Keys out of extract's order, a "document" nested in the
    // metadata, a repeated "document" key (the first counts) and a broken
    // line must not make them disagree (they would keep a replaced version,
    // which a bulk load refuses), nor count a refused document twice.
    TempDir dir;
    const std::string facts = dir.Write(
        "facts.jsonl",
        Lines({
            R"({"content_hash":"0000000000000001","metadata":{"title":"v1","document":"nested"},"document":"d1"})",
            R"({"document":"d1","subject":"Region:1","predicate":"label","object":"Satu","object_type":"string",)"
            R"("span":[0,4],"extractor":"hand","confidence":1})",
            R"({"subject":"Region:2","predicate":"label","object":"Dua","object_type":"string","document":"d2",)"
            R"("span":[0,3],"extractor":"hand","confidence":1})",
            "not JSON {{",
            R"({"document":"d1","content_hash":"0000000000000002","metadata":{"title":"v2"}})",
            R"({"subject":"Region:3","predicate":"label","object":"Tiga","object_type":"string","document":"d1",)"
            R"("span":[0,4],"extractor":"hand","confidence":1,"document":"d9"})",
            R"({"subject":"Region:4","predicate":"label","object":"Empat","object_type":"string","document":"d2",)"
            R"("span":[0,5],"extractor":"hand","confidence":1})",
        }));
    std::string dumps[2];
    for (int bulk = 0; bulk < 2; ++bulk) {
      const std::string db = (dir.path() / ("db" + std::to_string(bulk))).string();
      std::vector<std::string> args = {"ingest", "--db", db, "--facts", facts};
      if (bulk) args.push_back("--bulk");
      CommandResult r = RunNetra(args);
      CHECK(r.exit_code == 2);  // the broken line fails d2; d2's facts after d1's are refused
      CHECK(Has(r.err, "facts.jsonl:4: invalid JSON"));
      CHECK(Has(r.err, "facts.jsonl:7: facts of document \"d2\" are not contiguous"));
      CHECK(Has(r.err, "documents: 1 new, 0 changed, 0 unchanged, 2 failed, 1 skipped for a later version;"));
      dumps[bulk] = Dump(db);
      CHECK(Has(dumps[bulk], "Tiga"));
      CHECK_FALSE(Has(dumps[bulk], "Satu"));
      CHECK_FALSE(Has(dumps[bulk], "Dua"));
      CHECK_FALSE(Has(dumps[bulk], "Empat"));
    }
    CHECK(dumps[0] == dumps[1]);
  }

  TEST_CASE("documents on standard input: the last version of a repeated id wins") {
    TempDir dir;
    const std::string reference = (dir.path() / "reference").string();
    REQUIRE(Ingest(reference, {}, "-", Lines({"", "", kBerita1v2, kBerita2v2})).exit_code == 0);
    const std::string jsonl = Lines({kBerita1v1, kBerita2v1, kBerita1v2, kBerita2v2});
    for (const std::vector<std::string>& flags : std::vector<std::vector<std::string>>{{}, {"--bulk"}}) {
      const std::string db = (dir.path() / ("db" + std::to_string(flags.size()))).string();
      CommandResult r = Ingest(db, flags, "-", jsonl);
      CHECK(r.exit_code == 0);
      CHECK(Has(r.err, "documents: 2 new, 0 changed, 0 unchanged, 0 failed, 2 skipped for a later version;"));
      CHECK(Dump(db) == Dump(reference));
    }
  }
}

}  // namespace netra::cli
