// Binary fact files (pipeline/fact_binary.h, docs/fact_format.md): what
// `extract --format binary` writes loads into the store that the JSONL
// facts and the articles themselves build, and a damaged file is reported
// with its byte offset while the documents before the damage are stored.
// The articles are the team's own, short and made up.
#include "pipeline/fact_binary.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/crc32c.h"
#include "run_command.h"
#include "temp_dir.h"

namespace netra::pipeline {
namespace {

using testing::CommandResult;
using testing::RunNetra;
using testing::TempDir;

const char* kArticles =
    R"({"id":"apel-kendari","title":"Pj Wali Kota Kendari Pimpin Apel ASN","published":"2024-10-07","publisher":"kendarinews.id","text":"KENDARI - Penjabat Wali Kota Kendari Muhammad Yusuf memimpin apel netralitas ASN, Senin (7/10/2024). Ia mengingatkan UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara dan PP Nomor 94 Tahun 2021 tentang Disiplin PNS."})"
    "\n"
    R"({"id":"sosialisasi-garut","title":"Sekda Garut Sosialisasikan Netralitas","text":"GARUT - Sekretaris Daerah Kabupaten Garut Nurdin Yana menyosialisasikan netralitas ASN kepada camat, Rabu (9/10/2024). Dasarnya UU Nomor 10 Tahun 2016 tentang Pemilihan Kepala Daerah."})"
    "\n"
    R"({"id":"rapat-sumbawa","title":"Bupati Sumbawa Buka Rapat","published":"2024-10-11","text":"SUMBAWA - Bupati Sumbawa Mahmud Abdullah membuka rapat koordinasi pengawasan pilkada, Jumat (11/10/2024). Ia merujuk Perbawaslu Nomor 6 Tahun 2024 dan UU Nomor 20 Tahun 2023."})"
    "\n";

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string Dump(const std::string& db) {
  CommandResult r = RunNetra({"dump", "--db", db});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

CommandResult IngestFacts(const std::string& db, const std::vector<std::string>& flags, const std::string& path,
                          const std::string& stdin_text = "") {
  std::vector<std::string> args = {"ingest", "--db", db, "--no-progress", "--facts"};
  args.insert(args.end(), flags.begin(), flags.end());
  args.push_back(path);
  return RunNetra(args, stdin_text);
}

// The binary facts of kArticles, and where each of its records starts.
struct BinaryFacts {
  std::string bytes;
  std::vector<size_t> records;
};

BinaryFacts ExtractBinary(const TempDir& dir) {
  const std::string in = dir.Write("articles.jsonl", kArticles);
  CommandResult r = RunNetra({"extract", "--format", "binary", in});
  REQUIRE(r.exit_code == 0);
  BinaryFacts facts{r.out, {}};
  std::istringstream stream(facts.bytes);
  BinaryFactReader reader(&stream);
  while (reader.Next()) facts.records.push_back(reader.offset());
  REQUIRE(reader.status().ok());
  REQUIRE(facts.records.size() == 3);
  return facts;
}

// The store of the JSONL facts of the first `n` documents only (their
// header lines and fact lines): what a load must build that keeps the
// records before some damage. REQUIRES: ExtractBinary(dir) ran.
std::string DumpOfFirst(const TempDir& dir, size_t n) {
  CommandResult jsonl = RunNetra({"extract", "--format", "jsonl", (dir.path() / "articles.jsonl").string()});
  REQUIRE(jsonl.exit_code == 0);
  size_t cut = 0;
  for (size_t headers = 0; cut < jsonl.out.size(); cut = jsonl.out.find('\n', cut) + 1) {
    if (jsonl.out.compare(cut, 12, "{\"document\":") == 0 && headers++ == n) break;
  }
  const std::string db = (dir.path() / ("first" + std::to_string(n))).string();
  CommandResult r = IngestFacts(db, {}, dir.Write("first.jsonl", jsonl.out.substr(0, cut)));
  REQUIRE(r.exit_code == 0);
  REQUIRE(Has(r.err, "documents: " + std::to_string(n) + " new"));
  return Dump(db);
}

model::Fact MakeFact(model::Term object, uint32_t begin, uint32_t end, float confidence) {
  model::Fact f;
  f.triple.subject = model::Term::Entity("Person:nurdin-yana@32.05");
  f.triple.predicate = model::Term::Entity("holds_role");
  f.triple.object = std::move(object);
  f.provenance.document = "sosialisasi-garut";
  f.provenance.begin = begin;
  f.provenance.end = end;
  f.provenance.extractor = "officials";
  f.provenance.confidence = confidence;
  return f;
}

}  // namespace

TEST_SUITE("pipeline.fact_binary") {
  TEST_CASE("CRC-32C gives the standard check value, piece by piece as at once") {
    CHECK(Crc32c("123456789") == 0xE3069283u);
    CHECK(Crc32c("") == 0u);
    CHECK(Crc32c("56789", Crc32c("1234")) == 0xE3069283u);
    std::string long_text(1000, 'x');  // the eight-byte steps and the tail
    CHECK(Crc32c(long_text) == Crc32c(long_text.substr(3), Crc32c(long_text.substr(0, 3))));
  }

  TEST_CASE("a record decodes to the document and facts it was written from, every kind of object") {
    ProcessedDocument p;
    p.doc.id = "sosialisasi-garut";
    p.doc.title = "Sekda Garut";
    p.doc.text = "GARUT - Sekretaris Daerah \xe2\x80\x93 teks asli\n";
    p.content_hash = 0x0123456789abcdefULL;
    p.facts = {MakeFact(model::Term::Entity("Role:sekda"), 8, 26, 1.0f),
               MakeFact(model::Term::String("Nurdin \"Yana\"\n"), 0, 0, 0.8f),
               MakeFact(model::Term::Integer(-9000000000LL), 3, 4000000000u, 0.0f),
               MakeFact(model::Term::Integer(2024), 1, 2, 0.123456789f),
               MakeFact(model::Term::Date("2024-10-09"), 5, 9, 0.5f),
               MakeFact(model::Term::String(""), 5, 9, 1.0f)};
    std::string file;
    AppendBinaryFactHeader(&file);
    AppendBinaryFactRecord(p, &file);
    std::istringstream in(file);
    BinaryFactReader reader(&in);
    REQUIRE(reader.Next());
    CHECK(reader.offset() == kFactFileHeaderBytes);
    auto id = BinaryRecordDocumentId(reader.payload());
    REQUIRE(id.ok());
    CHECK(*id == "sosialisasi-garut");
    store::DocumentFacts doc;
    REQUIRE(DecodeBinaryFactRecord(reader.payload(), &doc).ok());
    CHECK(doc.doc_id == p.doc.id);
    CHECK(doc.content_hash == p.content_hash);
    CHECK(doc.metadata == DocumentMetadata(p.doc));
    REQUIRE(doc.text.has_value());
    CHECK(*doc.text == p.doc.text);
    REQUIRE(doc.facts.size() == p.facts.size());
    for (size_t i = 0; i < p.facts.size(); ++i) {
      CAPTURE(i);
      CHECK(doc.facts[i].triple == p.facts[i].triple);
      CHECK(doc.facts[i].provenance == p.facts[i].provenance);
    }
    CHECK_FALSE(reader.Next());
    CHECK(reader.status().ok());
    CHECK(reader.bytes_read() == file.size());
  }

  TEST_CASE("binary facts load into the store that the JSONL facts and the articles build, bulk or not") {
    TempDir dir;
    const std::string articles = dir.Write("articles.jsonl", kArticles);
    CommandResult jsonl = RunNetra({"extract", "--format", "jsonl", articles});
    REQUIRE(jsonl.exit_code == 0);
    const std::string jsonl_file = dir.Write("facts.jsonl", jsonl.out);
    const std::string binary = ExtractBinary(dir).bytes;
    const std::string binary_file = dir.Write("facts.nfb", binary);
    CHECK(std::filesystem::file_size(binary_file) < jsonl.out.size() / 2);

    const std::string reference = (dir.path() / "articles.db").string();
    REQUIRE(RunNetra({"ingest", "--db", reference, "--no-progress", articles}).exit_code == 0);
    const std::string expected = Dump(reference);
    REQUIRE(Has(expected, "sosialisasi-garut"));
    for (const std::vector<std::string>& flags : std::vector<std::vector<std::string>>{{}, {"--bulk"}}) {
      CAPTURE(flags.size());
      const std::string tag = std::to_string(flags.size());
      CommandResult from_jsonl = IngestFacts((dir.path() / ("jsonl" + tag)).string(), flags, jsonl_file);
      CommandResult from_binary = IngestFacts((dir.path() / ("binary" + tag)).string(), flags, binary_file);
      CHECK(from_jsonl.exit_code == 0);
      CHECK(from_binary.exit_code == 0);
      CHECK(Has(from_binary.err, "documents: 3 new, 0 changed, 0 unchanged, 0 failed;"));
      CHECK(Dump((dir.path() / ("jsonl" + tag)).string()) == expected);
      CHECK(Dump((dir.path() / ("binary" + tag)).string()) == expected);
      // Standard input, read twice, as JSONL is.
      CommandResult piped = IngestFacts((dir.path() / ("stdin" + tag)).string(), flags, "-", binary);
      CHECK(piped.exit_code == 0);
      CHECK(Dump((dir.path() / ("stdin" + tag)).string()) == expected);
    }
    // An SST set from the binary facts, ingested, is the same store again.
    const std::string set = (dir.path() / "set").string();
    REQUIRE(RunNetra({"sst", "--facts", "--no-progress", "--out", set, binary_file}).exit_code == 0);
    REQUIRE(RunNetra({"ingest", "--db", (dir.path() / "sst.db").string(), "--sst", set}).exit_code == 0);
    CHECK(Dump((dir.path() / "sst.db").string()) == expected);
  }

  TEST_CASE("concatenated binary files, and binary beside JSONL in one run, keep the last version of an id") {
    TempDir dir;
    BinaryFacts facts = ExtractBinary(dir);
    const std::string reference = (dir.path() / "articles.db").string();
    REQUIRE(
        RunNetra({"ingest", "--db", reference, "--no-progress", (dir.path() / "articles.jsonl").string()}).exit_code ==
        0);
    // The whole file twice: every id given twice, the later copy kept.
    const std::string twice = dir.Write("twice.nfb", facts.bytes + facts.bytes);
    CommandResult r = IngestFacts((dir.path() / "twice").string(), {"--bulk"}, twice);
    CHECK(r.exit_code == 0);
    CHECK(Has(r.err, "documents: 3 new, 0 changed, 0 unchanged, 0 failed, 3 skipped for a later version;"));
    CHECK(Dump((dir.path() / "twice").string()) == Dump(reference));

    CommandResult jsonl = RunNetra({"extract", "--format", "jsonl", (dir.path() / "articles.jsonl").string()});
    REQUIRE(jsonl.exit_code == 0);
    const std::string both = (dir.path() / "both").string();
    r = RunNetra({"ingest", "--db", both, "--no-progress", "--facts", dir.Write("facts.jsonl", jsonl.out),
                  dir.Write("facts.nfb", facts.bytes)});
    CHECK(r.exit_code == 0);
    CHECK(Has(r.err, "3 skipped for a later version;"));
    CHECK(Dump(both) == Dump(reference));
  }

  TEST_CASE("a truncated file: the records before the cut are stored, the cut is named by its byte, exit 2") {
    TempDir dir;
    BinaryFacts facts = ExtractBinary(dir);
    const std::string expected = DumpOfFirst(dir, 2);
    for (size_t cut : {facts.records[2] + 5, facts.records[2] + 40, facts.bytes.size() - 1}) {
      CAPTURE(cut);
      const std::string path = dir.Write("cut.nfb", facts.bytes.substr(0, cut));
      for (const std::vector<std::string>& flags : std::vector<std::vector<std::string>>{{}, {"--bulk"}}) {
        const std::string db =
            (dir.path() / ("cut" + std::to_string(cut) + "-" + std::to_string(flags.size()))).string();
        CommandResult r = IngestFacts(db, flags, path);
        CHECK(r.exit_code == 2);
        CHECK(Has(r.err, path + ": byte " + std::to_string(facts.records[2]) + ": the file ends inside a record"));
        CHECK(Has(r.err, "documents: 2 new, 0 changed, 0 unchanged, 1 failed;"));
        CHECK(Dump(db) == expected);
      }
    }
  }

  TEST_CASE("a file of another format version is refused, naming the version and its byte") {
    TempDir dir;
    BinaryFacts facts = ExtractBinary(dir);
    std::string bytes = facts.bytes;
    bytes[kFactFileMagic.size()] = 2;  // version 2, little-endian
    const std::string path = dir.Write("v2.nfb", bytes);
    const std::string db = (dir.path() / "v2").string();
    CommandResult r = IngestFacts(db, {"--bulk"}, path);
    CHECK(r.exit_code == 2);
    CHECK(Has(r.err, path + ": byte 8: binary fact file version 2: this netra reads version 1"));
    CHECK(Has(r.err, "documents: 0 new, 0 changed, 0 unchanged, 0 failed;"));
  }

  TEST_CASE("damaged bytes: a checksum that does not match or bytes that are no record end the file there") {
    TempDir dir;
    BinaryFacts facts = ExtractBinary(dir);
    const std::string expected = DumpOfFirst(dir, 1);
    struct Damage {
      const char* what;
      std::string bytes;
      std::string message;
    };
    std::string flipped = facts.bytes;
    flipped[facts.records[1] + 30] ^= 0x20;  // inside the second record's payload
    std::string garbage = facts.bytes.substr(0, facts.records[1]) + "garbage that is not a record\n" +
                          facts.bytes.substr(facts.records[1]);
    std::string magic_only = facts.bytes.substr(0, facts.records[1]) + std::string(kFactFileMagic) + "xyz";
    for (const Damage& d : {Damage{"a flipped bit", flipped, "a record's checksum does not match"},
                            Damage{"garbage between records", garbage, "not a record"},
                            Damage{"a header cut short", magic_only, "not the header of a binary fact file"}}) {
      CAPTURE(d.what);
      const std::string path = dir.Write("damaged.nfb", d.bytes);
      const std::string db = (dir.path() / ("damaged-" + std::to_string(d.message.size()))).string();
      CommandResult r = IngestFacts(db, {"--bulk"}, path);
      CHECK(r.exit_code == 2);
      CHECK(Has(r.err, path + ": byte " + std::to_string(facts.records[1]) + ": " + d.message));
      CHECK(Dump(db) == expected);
    }
  }

  TEST_CASE("a whole record that breaks a fact's rules fails its document only") {
    TempDir dir;
    ProcessedDocument good, bad;
    good.doc.id = "apel-kendari";
    good.doc.text = "KENDARI - apel";
    good.facts = {MakeFact(model::Term::Entity("Role:sekda"), 0, 7, 1.0f)};
    good.facts[0].provenance.document = "apel-kendari";
    bad.doc.id = "sosialisasi-garut";
    bad.doc.text = "GARUT - sosialisasi";
    bad.facts = {MakeFact(model::Term::Entity("Role:sekda"), 9, 3, 1.0f)};  // begin > end
    std::string file;
    AppendBinaryFactHeader(&file);
    AppendBinaryFactRecord(bad, &file);
    AppendBinaryFactRecord(good, &file);
    const std::string path = dir.Write("rules.nfb", file);
    const std::string db = (dir.path() / "rules").string();
    CommandResult r = IngestFacts(db, {}, path);
    CHECK(r.exit_code == 2);
    CHECK(Has(r.err, path + ": byte 12: document \"sosialisasi-garut\": a span is not [begin, end] byte offsets"));
    CHECK(Has(r.err, "documents: 1 new, 0 changed, 0 unchanged, 1 failed;"));
    CHECK(Has(Dump(db), "apel-kendari"));
    CHECK_FALSE(Has(Dump(db), "sosialisasi-garut"));
  }
}

}  // namespace netra::pipeline
