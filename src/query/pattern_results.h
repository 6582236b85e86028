// A pattern query's answer in the W3C SPARQL 1.1 result formats, so that
// tools built for SPARQL endpoints read netra's output:
//
//   sparql-json  SPARQL 1.1 Query Results JSON Format
//                {"head":{"vars":[...]},"results":{"bindings":[...]}}
//   sparql-csv   SPARQL 1.1 Query Results CSV: a header of variable names,
//                IRIs and literals' lexical forms, RFC 4180 quoting, CRLF
//   sparql-tsv   SPARQL 1.1 Query Results TSV: a header of ?names, terms in
//                SPARQL syntax (<iri>, "text", 42, "2024-08-31"^^<...#date>)
//
// Entities and predicates are written as the IRIs of the N-Triples export
// (model/iri.h), literals with its datatypes. An empty answer keeps its
// header in every format; an unbound variable is omitted (JSON) or empty.
//
// An answer a limit cut short (core/limits.h) ends as the others do; in
// sparql-json the object then has a member `"incomplete": {"limit": ...,
// "message": ...}` after "results" (CSV and TSV have no place for it: the
// command says it on stderr and in its exit status).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/value.h"
#include "query/pattern_query.h"

namespace netra::query {

// "sparql-json", "sparql-csv", "sparql-tsv".
const std::vector<std::string>& SparqlResultFormats();

// Writes the rows as they come (StreamPatternQuery).
class SparqlResultWriter : public RowSink {
 public:
  // REQUIRES: `format` is one of SparqlResultFormats().
  SparqlResultWriter(std::string_view format, std::ostream& out);
  void Begin(const std::vector<std::string>& columns) override;
  void Row(std::vector<std::optional<model::Term>>& row) override;
  void Flush() override { out_.flush(); }
  // Ends the document; `incomplete`, when not null, is the object saying
  // which limit cut the answer.
  void End(const Value& incomplete = Value());

 private:
  enum class Format { kJson, kCsv, kTsv };
  Format format_;
  std::ostream& out_;
  std::vector<std::string> columns_;
  bool first_row_ = true;
};

// REQUIRES: `format` is one of SparqlResultFormats().
void WriteSparqlResults(const PatternResult& result, std::string_view format, std::ostream& out);

}  // namespace netra::query
