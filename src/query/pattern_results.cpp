#include "query/pattern_results.h"

#include "core/value.h"
#include "model/iri.h"

namespace netra::query {

namespace {

using model::Term;
using model::TermKind;

Value JsonTerm(const Term& t) {
  Value v = Value::Object();
  if (t.kind == TermKind::kEntity) {
    v.Set("type", Value::Str("uri"));
    v.Set("value", Value::Str(model::iri::TermIri(t)));
    return v;
  }
  v.Set("type", Value::Str("literal"));
  v.Set("value", Value::Str(t.value));
  std::string datatype = model::iri::DatatypeOf(t);
  if (!datatype.empty()) v.Set("datatype", Value::Str(datatype));
  return v;
}

void WriteJson(const PatternResult& r, std::ostream& out) {
  Value vars = Value::Array();
  for (const std::string& c : r.columns) vars.Push(Value::Str(c));
  Value bindings = Value::Array();
  for (const auto& row : r.rows) {
    Value b = Value::Object();
    for (size_t i = 0; i < r.columns.size(); ++i) {
      if (row[i]) b.Set(r.columns[i], JsonTerm(*row[i]));
    }
    bindings.Push(std::move(b));
  }
  Value head = Value::Object();
  head.Set("vars", std::move(vars));
  Value results = Value::Object();
  results.Set("bindings", std::move(bindings));
  Value doc = Value::Object();
  doc.Set("head", std::move(head));
  doc.Set("results", std::move(results));
  out << doc.ToJson() << "\n";
}

// RFC 4180: quoted when it holds `"`, `,`, CR or LF, with `"` doubled.
std::string CsvField(const std::string& s) {
  if (s.find_first_of("\",\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::string CsvValue(const Term& t) {
  return CsvField(t.kind == TermKind::kEntity ? model::iri::TermIri(t) : t.value);
}

// A term in SPARQL/Turtle syntax, as the TSV format wants.
std::string TsvValue(const Term& t) {
  if (t.kind == TermKind::kEntity) return "<" + model::iri::TermIri(t) + ">";
  std::string datatype = model::iri::DatatypeOf(t);
  if (t.kind == TermKind::kInteger && !datatype.empty()) return t.value;
  std::string out = "\"";
  for (char c : t.value) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
  out += "\"";
  if (!datatype.empty()) out += "^^<" + datatype + ">";
  return out;
}

void WriteDelimited(const PatternResult& r, bool tsv, std::ostream& out) {
  const char* sep = tsv ? "\t" : ",";
  const char* eol = tsv ? "\n" : "\r\n";
  for (size_t i = 0; i < r.columns.size(); ++i) out << (i ? sep : "") << (tsv ? "?" : "") << r.columns[i];
  out << eol;
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < r.columns.size(); ++i) {
      if (i) out << sep;
      if (row[i]) out << (tsv ? TsvValue(*row[i]) : CsvValue(*row[i]));
    }
    out << eol;
  }
}

}  // namespace

const std::vector<std::string>& SparqlResultFormats() {
  static const std::vector<std::string> kFormats = {"sparql-json", "sparql-csv", "sparql-tsv"};
  return kFormats;
}

void WriteSparqlResults(const PatternResult& result, std::string_view format, std::ostream& out) {
  if (format == "sparql-json") {
    WriteJson(result, out);
  } else {
    WriteDelimited(result, format == "sparql-tsv", out);
  }
}

}  // namespace netra::query
