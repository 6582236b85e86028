#include "server/sparql_protocol.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

namespace netra::server {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t");
  size_t b = s.find_last_not_of(" \t");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

const SparqlFormat kJson{"sparql-json", "application/sparql-results+json"};
const SparqlFormat kCsv{"sparql-csv", "text/csv; charset=utf-8"};
const SparqlFormat kTsv{"sparql-tsv", "text/tab-separated-values; charset=utf-8"};

// The format a media type (without parameters) or a short name names.
const SparqlFormat* FormatOf(const std::string& type) {
  if (type == "application/sparql-results+json" || type == "application/json" || type == "json") return &kJson;
  if (type == "text/csv" || type == "csv") return &kCsv;
  if (type == "text/tab-separated-values" || type == "tsv") return &kTsv;
  if (type == "*/*" || type == "application/*") return &kJson;
  if (type == "text/*") return &kCsv;
  return nullptr;
}

}  // namespace

Result<SparqlFormat> NegotiateSparqlFormat(const std::string& accept, const std::string& format_param) {
  if (!format_param.empty()) {
    if (const SparqlFormat* f = FormatOf(Lower(Trim(format_param)))) return *f;
  }
  if (Trim(accept).empty()) return kJson;
  const SparqlFormat* best = nullptr;
  double best_q = 0;
  size_t start = 0;
  while (start <= accept.size()) {
    size_t end = accept.find(',', start);
    if (end == std::string::npos) end = accept.size();
    std::string item = accept.substr(start, end - start);
    start = end + 1;
    size_t semi = item.find(';');
    std::string type = Lower(Trim(item.substr(0, semi)));
    double q = 1;
    for (size_t p = semi; p != std::string::npos;) {
      size_t next = item.find(';', p + 1);
      std::string param = Trim(item.substr(p + 1, next == std::string::npos ? std::string::npos : next - p - 1));
      if (param.rfind("q=", 0) == 0) q = std::strtod(param.c_str() + 2, nullptr);
      p = next;
    }
    const SparqlFormat* f = FormatOf(type);
    if (f != nullptr && q > best_q) {
      best = f;
      best_q = q;
    }
  }
  if (best == nullptr) {
    return Status::Unsupported(
        "netra answers application/sparql-results+json, text/csv or "
        "text/tab-separated-values, not " +
        Trim(accept));
  }
  return *best;
}

Result<std::string> SparqlQueryOf(const std::string& method, const std::string& content_type, const std::string& body,
                                  const std::multimap<std::string, std::string>& params) {
  if (params.count("update") > 0) {
    return Status::Unsupported("netra serve is read-only: SPARQL updates are not answered");
  }
  if (params.count("default-graph-uri") > 0 || params.count("named-graph-uri") > 0) {
    return Status::InvalidArgument(
        "default-graph-uri and named-graph-uri are not supported: netra has one graph "
        "(use GRAPH ?doc { ... } for the documents that state a fact)");
  }
  std::string type = Lower(Trim(content_type.substr(0, content_type.find(';'))));
  if (method == "POST" && type == "application/sparql-query") {
    if (params.count("query") > 0) return Status::InvalidArgument("give the query in the body or as ?query=, not both");
    return body;
  }
  if (method == "POST" && type != "application/x-www-form-urlencoded") {
    return Status::InvalidArgument(
        "POST the query as application/sparql-query or as a form "
        "(application/x-www-form-urlencoded, query=...), not " +
        (type.empty() ? std::string("without a Content-Type") : type));
  }
  size_t n = params.count("query");
  if (n != 1) {
    return Status::InvalidArgument(n == 0 ? "give a query: ?query=SELECT ... (SPARQL 1.1 Protocol)"
                                          : "give one query, not " + std::to_string(n));
  }
  return params.find("query")->second;
}

}  // namespace netra::server
