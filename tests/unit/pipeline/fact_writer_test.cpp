// The fact lines `extract --format jsonl` writes: the same bytes as the
// Value form (FactValue), which `extract --format json` nests and which
// netra wrote before the hand-made writer.
#include "pipeline/fact_writer.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "support/extract_fixture.h"

namespace netra::pipeline {
namespace {

model::Fact MakeFact(model::Term object, float confidence = 1.0f) {
  model::Fact f;
  f.triple.subject = model::Term::Entity("Person:ratna-wibowo@11");
  f.triple.predicate = model::Term::Entity("holds_role");
  f.triple.object = std::move(object);
  f.provenance.document = "apel-aceh";
  f.provenance.begin = 17;
  f.provenance.end = 4000000000u;
  f.provenance.extractor = "officials";
  f.provenance.confidence = confidence;
  return f;
}

std::string Line(const model::Fact& f) {
  std::string out = "kept:";  // appended after what the buffer held
  AppendFactLine(f, &out);
  REQUIRE(out.rfind("kept:", 0) == 0);
  return out.substr(5);
}

TEST_SUITE("pipeline.fact_writer") {
  TEST_CASE("a fact line has the bytes of FactValue, for every kind of object") {
    std::vector<model::Term> objects = {
        model::Term::Entity("Region:11"),
        model::Term::String("Pj Gubernur \"Aceh\"\\ \xe2\x80\x93 baris\nbaru\ttab\r\x01\x1f\x7f"),
        model::Term::Integer(-42),
        model::Term::Integer(2024),
        model::Term{model::TermKind::kInteger, "007"},  // read as the number it spells
        model::Term::Date("2024-11-21"),
        model::Term::String(""),
    };
    for (const model::Term& object : objects) {
      model::Fact f = MakeFact(object);
      CHECK(Line(f) == FactValue(f).ToJson());
    }
  }

  TEST_CASE("a confidence prints as Value::Float prints it") {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    for (float c : {1.0f, 0.8f, 0.9f, 0.0f, -0.0f, 0.5f, 0.3f, 0.123456789f, 1e-7f, 0.99999994f,
                    std::numeric_limits<float>::denorm_min(), 123456.0f, nan, inf}) {
      model::Fact f = MakeFact(model::Term::Entity("Region:11"), c);
      CHECK_MESSAGE(Line(f) == FactValue(f).ToJson(), "confidence ", c);
    }
  }

  TEST_CASE("strings that are escapes from end to end fit the room reserved for the line") {
    // Every byte becomes a six-byte \u00XX: the longest line for its size.
    std::string controls;
    for (int i = 0; i < 300; ++i) controls.push_back(static_cast<char>(1 + i % 31));
    model::Fact f = MakeFact(model::Term::String(controls));
    f.triple.subject.value = controls;
    f.provenance.document = controls;
    f.provenance.extractor = controls;
    CHECK(Line(f) == FactValue(f).ToJson());
  }

  TEST_CASE("a document's lines are its header, then a line per fact, each ending in a newline") {
    ProcessedDocument p =
        testing::ProcessText("Apel Netralitas\n\nPj Bupati Sleman memimpin apel netralitas ASN di Sleman.\n", "sleman");
    REQUIRE(p.facts.size() >= 2);
    p.content_hash = 0xab;  // printed as 16 hex digits, zeros first
    std::string out;
    AppendFactLines(p, &out);

    std::string header;
    AppendDocumentHeader(p, &header);
    CHECK(header.rfind("{\"document\":\"sleman\",\"content_hash\":\"00000000000000ab\",\"metadata\":{", 0) == 0);
    CHECK(header.find("\"text\":\"Apel Netralitas\\n\\nPj Bupati Sleman") != std::string::npos);
    std::string expected = header + "\n";
    for (const model::Fact& f : p.facts) expected += FactValue(f).ToJson() + "\n";
    CHECK(out == expected);
  }
}

}  // namespace
}  // namespace netra::pipeline
