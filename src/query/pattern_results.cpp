#include "query/pattern_results.h"

#include "core/csv.h"
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

// SPARQL 1.1 Results CSV: the IRI or lexical form, as a CSV field. Written
// as it is, formula-like or not: a results format is read by programs,
// which a `'` in front would give a different value (the CLI's `--format
// csv` is the one for spreadsheets, and protects).
std::string CsvValue(const Term& t) {
  std::string out;
  csv::AppendField(t.kind == TermKind::kEntity ? model::iri::TermIri(t) : t.value, ',', &out);
  return out;
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

}  // namespace

const std::vector<std::string>& SparqlResultFormats() {
  static const std::vector<std::string> kFormats = {"sparql-json", "sparql-csv", "sparql-tsv"};
  return kFormats;
}

SparqlResultWriter::SparqlResultWriter(std::string_view format, std::ostream& out)
    : format_(format == "sparql-json"  ? Format::kJson
              : format == "sparql-tsv" ? Format::kTsv
                                       : Format::kCsv),
      out_(out) {}

void SparqlResultWriter::Begin(const std::vector<std::string>& columns) {
  columns_ = columns;
  if (format_ == Format::kJson) {
    Value vars = Value::Array();
    for (const std::string& c : columns_) vars.Push(Value::Str(c));
    out_ << R"({"head":{"vars":)" << vars.ToJson() << R"(},"results":{"bindings":[)";
    return;
  }
  bool tsv = format_ == Format::kTsv;
  for (size_t i = 0; i < columns_.size(); ++i) out_ << (i ? (tsv ? "\t" : ",") : "") << (tsv ? "?" : "") << columns_[i];
  out_ << (tsv ? "\n" : "\r\n");
}

void SparqlResultWriter::Row(std::vector<std::optional<model::Term>>& row) {
  if (format_ == Format::kJson) {
    Value b = Value::Object();
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (row[i]) b.Set(columns_[i], JsonTerm(*row[i]));
    }
    out_ << (first_row_ ? "" : ",") << b.ToJson();
    first_row_ = false;
    return;
  }
  bool tsv = format_ == Format::kTsv;
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i) out_ << (tsv ? "\t" : ",");
    if (row[i]) out_ << (tsv ? TsvValue(*row[i]) : CsvValue(*row[i]));
  }
  out_ << (tsv ? "\n" : "\r\n");
}

void SparqlResultWriter::End(const Value& incomplete) {
  if (format_ == Format::kJson) {
    out_ << "]}";
    if (!incomplete.is_null()) out_ << R"(,"incomplete":)" << incomplete.ToJson();
    out_ << "}\n";
  }
  out_.flush();
}

void WriteSparqlResults(const PatternResult& result, std::string_view format, std::ostream& out) {
  SparqlResultWriter writer(format, out);
  writer.Begin(result.columns);
  for (auto row : result.rows) writer.Row(row);
  writer.End();
}

}  // namespace netra::query
