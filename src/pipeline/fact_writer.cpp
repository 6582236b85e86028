// Fact lines written by hand rather than built as a Value (views.cpp) and
// printed: that tree cost a dozen allocations per fact and was half of
// `extract --format jsonl`'s time. RapidJSON's Writer would be as fast, but
// its bytes differ from what netra has always written (control characters
// as "\u001F", doubles as "1.0"), and the files must stay byte-identical.
#include "pipeline/fact_writer.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>

namespace netra::pipeline {

namespace {

template <typename Number>
void AppendNumber(Number n, std::string* out) {
  char buf[32];
  out->append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr - buf);
}

}  // namespace

const char* ObjectTypeName(model::TermKind kind) {
  switch (kind) {
    case model::TermKind::kEntity: return "entity";
    case model::TermKind::kString: return "string";
    case model::TermKind::kInteger: return "integer";
    case model::TermKind::kDate: return "date";
  }
  return "?";
}

void AppendDocumentHeader(const ProcessedDocument& p, std::string* out) {
  *out += "{\"document\":";
  AppendJsonString(p.doc.id, out);
  char hash[17];
  auto hex = std::to_chars(hash, hash + sizeof hash, p.content_hash, 16);
  // The record as a JSON object (it is JSON already), not a string of JSON.
  *out += ",\"content_hash\":\"";
  out->append(16 - (hex.ptr - hash), '0');
  out->append(hash, hex.ptr - hash);
  *out += "\",\"metadata\":";
  *out += DocumentMetadata(p.doc);
  *out += ",\"text\":";  // for `netra evidence` after `ingest --facts`
  AppendJsonString(p.doc.text, out);
  *out += "}";
}

void AppendFactLine(const model::Fact& f, std::string* out) {
  const model::Term& object = f.triple.object;
  *out += "{\"subject\":";
  AppendJsonString(f.triple.subject.value, out);
  *out += ",\"predicate\":";
  AppendJsonString(f.triple.predicate.value, out);
  *out += ",\"object\":";
  if (object.kind == model::TermKind::kInteger) {
    AppendNumber(std::atoll(object.value.c_str()), out);
  } else {
    AppendJsonString(object.value, out);
  }
  *out += ",\"object_type\":\"";
  *out += ObjectTypeName(object.kind);
  *out += "\",\"document\":";
  AppendJsonString(f.provenance.document, out);
  *out += ",\"span\":[";
  AppendNumber(f.provenance.begin, out);
  out->push_back(',');
  AppendNumber(f.provenance.end, out);
  *out += "],\"extractor\":";
  AppendJsonString(f.provenance.extractor, out);
  // The float's shortest text, as Value::Float prints it: a float's shortest
  // text (at most 9 digits) is also the shortest text of the double it reads
  // back as, so the float is printed directly, without that round trip. Nine
  // facts in ten are certain: 1 is spelled out rather than computed.
  *out += ",\"confidence\":";
  float confidence = f.provenance.confidence;
  if (confidence == 1.0f) {
    out->push_back('1');
  } else if (std::isfinite(confidence)) {
    AppendNumber(confidence, out);
  } else {
    *out += "null";  // as Value prints a non-finite double
  }
  out->push_back('}');
}

void AppendFactLines(const ProcessedDocument& p, std::string* out) {
  AppendDocumentHeader(p, out);
  out->push_back('\n');
  for (const model::Fact& f : p.facts) {
    AppendFactLine(f, out);
    out->push_back('\n');
  }
}

}  // namespace netra::pipeline
