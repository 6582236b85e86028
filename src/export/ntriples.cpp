// N-Triples (RDF 1.1). The base must not name a real host: the default
// `https://netra.invalid/` uses the reserved .invalid TLD (RFC 2606).
#include <string_view>

#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"
#include "model/vocab.h"

namespace netra::exporter {

namespace {

constexpr std::string_view kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
constexpr std::string_view kRdfsLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

bool IsInteger(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

class Writer {
 public:
  Writer(const std::string& base, std::ostream& os) : base_(base), out_(os) {}

  void Iri(std::string_view kind, std::string_view name) {
    std::string* s = out_.str();
    s->push_back('<');
    s->append(base_).append(kind);
    AppendIriSegment(name, s);
    s->push_back('>');
  }
  void Literal(const model::Term& t) {
    std::string* s = out_.str();
    s->push_back('"');
    AppendNTriplesString(t.value, s);
    s->push_back('"');
    // A value that is not the datatype's lexical form stays a plain string:
    // rdflib and rapper warn about ill-typed literals.
    if (t.kind == model::TermKind::kDate && IsIsoDate(t.value)) {
      s->append("^^<").append(kXsd).append("date>");
    } else if (t.kind == model::TermKind::kInteger && IsInteger(t.value)) {
      s->append("^^<").append(kXsd).append("integer>");
    }
  }
  void End() {
    out_ << " .\n";
    out_.Check();
  }
  OutBuffer& out() { return out_; }

 private:
  const std::string& base_;
  OutBuffer out_;
};

}  // namespace

Status WriteNTriples(const ExportGraph& g, const std::string& base, std::ostream& os) {
  Writer w(base, os);
  for (const Node& n : g.nodes) {
    if (!n.type.empty()) {
      w.Iri("id/", n.id);
      w.out() << ' ' << kRdfType << ' ';
      w.Iri("vocab/", n.type);
      w.End();
    }
    w.Iri("id/", n.id);
    w.out() << ' ' << kRdfsLabel << ' ';
    w.Literal(model::Term::String(n.label));
    w.End();
    for (const auto& [pred, value] : n.literals) {
      w.Iri("id/", n.id);
      w.out() << ' ';
      w.Iri("vocab/", pred);
      w.out() << ' ';
      w.Literal(value);
      w.End();
    }
  }
  for (const Edge& e : g.edges) {
    for (uint32_t p : e.predicates) {
      w.Iri("id/", g.nodes[e.source].id);
      w.out() << ' ';
      w.Iri("vocab/", g.predicates[p]);
      w.out() << ' ';
      w.Iri("id/", g.nodes[e.target].id);
      w.End();
    }
  }
  return w.out().Finish();
}

}  // namespace netra::exporter
