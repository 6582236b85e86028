// The SPARQL 1.1 Protocol's query operation (https://www.w3.org/TR/sparql11-protocol/),
// as far as netra answers it: the query by GET `?query=`, by POST with an
// `application/sparql-query` body or a form-encoded `query=`, and the
// results format by the Accept header.
#pragma once

#include <map>
#include <string>

#include "core/status.h"

namespace netra::server {

// A format netra writes (query/pattern_results.h) and its Content-Type.
struct SparqlFormat {
  std::string name;          // "sparql-json", "sparql-csv", "sparql-tsv"
  std::string content_type;  // "application/sparql-results+json" ...
};

// The format an Accept header asks for: the supported media type with the
// highest q (SPARQL JSON for none, `*/*` or `application/*`).
// `format_param`, if not empty (the `format` or `output` parameter some
// clients send: json, csv, tsv or a media type), wins. Unsupported (406)
// if the header accepts none of them.
Result<SparqlFormat> NegotiateSparqlFormat(const std::string& accept, const std::string& format_param);

// The query text of a request: `method`, its Content-Type, its body and
// its (decoded) parameters, query string and form body together.
// InvalidArgument (400) for a request without exactly one query, with
// `default-graph-uri`/`named-graph-uri` (netra has one graph), or a POST of
// another content type; Unsupported for an update.
Result<std::string> SparqlQueryOf(const std::string& method, const std::string& content_type, const std::string& body,
                                  const std::multimap<std::string, std::string>& params);

}  // namespace netra::server
