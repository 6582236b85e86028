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
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "query/pattern_query.h"

namespace netra::query {

// "sparql-json", "sparql-csv", "sparql-tsv".
const std::vector<std::string>& SparqlResultFormats();

// REQUIRES: `format` is one of SparqlResultFormats().
void WriteSparqlResults(const PatternResult& result, std::string_view format, std::ostream& out);

}  // namespace netra::query
