// The reading half of the fact loader (pipeline/fact_loader_internal.h),
// without a store: what the fuzz target fuzz/fact_loader_fuzzer.cpp runs.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pipeline/fact_loader_internal.h"

namespace netra::pipeline {
namespace {

std::string FactLine(const std::string& document, const std::string& object) {
  return R"({"subject":"Person:budi","predicate":"label","object":")" + object +
         R"(","object_type":"string","document":")" + document +
         R"(","span":[0,4],"extractor":"officials","confidence":1})";
}

std::string Header(const std::string& document) {
  return R"({"document":")" + document +
         R"(","content_hash":"00000000000000aa","metadata":{"title":"T"},"text":"Budi"})";
}

struct Read {
  std::vector<store::DocumentFacts> documents;
  IngestReport report;
};

Read ReadAll(const std::string& bytes) {
  Read r;
  ReadFactBytes(
      bytes, "f.jsonl", [&](store::DocumentFacts&& doc) { r.documents.push_back(std::move(doc)); }, &r.report);
  return r;
}

}  // namespace

TEST_SUITE("pipeline.fact_loader") {
  TEST_CASE("of an id given twice, only the last version is handed on") {
    Read r = ReadAll(Header("a") + "\n" + FactLine("a", "Budi") + "\n" + Header("b") + "\n" + Header("a") + "\n" +
                     FactLine("a", "Budi Santoso") + "\n");
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].doc_id == "b");
    CHECK(r.documents[1].doc_id == "a");
    REQUIRE(r.documents[1].facts.size() == 1);
    CHECK(r.documents[1].facts[0].triple.object.value == "Budi Santoso");
    CHECK(r.documents[1].text == "Budi");
    CHECK(r.report.documents_superseded == 1);
    CHECK(r.report.problems.empty());
  }

  TEST_CASE("numbers that give RapidJSON's full-precision strtod a zero significand fail only their line") {
    // 18446744073709551615 then a digit of 5 to 9 wraps its significand; a
    // zero beyond 10^±22 starts at one. Under UBSan (the sanitizer suite)
    // its clz(0) stopped the process here.
    for (const char* number : {"1844674407370955161575", "0.001844674407370955161575", "18446744073709551615.9e3",
                               "0e40", "-0.0e-99", "0.00000000000000000000000000"}) {
      INFO(number);
      std::string fact = FactLine("a", "Budi");
      fact.replace(fact.find("[0,4]"), 5, std::string("[0,") + number + "]");
      Read r = ReadAll(Header("a") + "\n" + fact + "\n" + Header("b") + "\n" + FactLine("b", "Budi") + "\n");
      REQUIRE(r.documents.size() == 1);
      CHECK(r.documents[0].doc_id == "b");
      CHECK(r.report.documents_failed == 1);
      REQUIRE(r.report.problems.size() == 1);
      CHECK(r.report.problems[0].where == "f.jsonl:2");
    }
  }

  TEST_CASE("a header's metadata doubles read back with the digits written; an unsafe one does not stop the line") {
    Read r = ReadAll(
        R"({"document":"a","content_hash":"00000000000000aa","metadata":{"score":0.1,"w":[123.456,1e-7]},"text":"Budi"})"
        "\n" +
        FactLine("a", "Budi") + "\n" +
        R"({"document":"b","content_hash":"00000000000000ab","metadata":{"zero":0e40},"text":"Budi"})" + "\n" +
        FactLine("b", "Budi") + "\n");
    REQUIRE(r.documents.size() == 2);
    CHECK(r.documents[0].metadata.find(R"("score":0.1)") != std::string::npos);
    CHECK(r.documents[0].metadata.find(R"([123.456,1e-7])") != std::string::npos);
    CHECK(r.documents[1].metadata.find(R"("zero":0.0)") != std::string::npos);
    CHECK(r.report.problems.empty());
  }

  TEST_CASE("a broken line fails its document, named with its line, and the others go on") {
    Read r = ReadAll(Header("a") + "\n" + FactLine("a", "Budi") + "\n{\"subject\":\n" + Header("b") + "\n");
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].doc_id == "b");
    CHECK(r.report.documents_failed == 1);
    REQUIRE(r.report.problems.size() == 1);
    CHECK(r.report.problems[0].where == "f.jsonl:3");
  }
}

}  // namespace netra::pipeline
