// N-Triples (RDF 1.1). The base must not name a real host: the default
// `https://netra.invalid/` uses the reserved .invalid TLD (RFC 2606).
#include <string_view>

#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"
#include "model/iri.h"
#include "model/vocab.h"

namespace netra::exporter {

namespace {

void AppendIri(std::string_view iri, std::string* s) {
  s->push_back('<');
  s->append(iri);
  s->push_back('>');
}

class Writer {
 public:
  Writer(const std::string& base, std::ostream& os) : base_(base), out_(os) {}

  void Entity(std::string_view id) { AppendIri(model::iri::EntityIri(id, base_), out_.str()); }
  void Vocab(std::string_view name) { AppendIri(model::iri::VocabIri(name, base_), out_.str()); }
  void Iri(std::string_view iri) { AppendIri(iri, out_.str()); }
  void Literal(const model::Term& t) {
    std::string* s = out_.str();
    s->push_back('"');
    AppendNTriplesString(t.value, s);
    s->push_back('"');
    // A value that is not the datatype's lexical form stays a plain string:
    // rdflib and rapper warn about ill-typed literals.
    std::string datatype = model::iri::DatatypeOf(t);
    if (!datatype.empty()) {
      s->append("^^");
      AppendIri(datatype, s);
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
      w.Entity(n.id);
      w.out() << ' ';
      w.Iri(model::iri::kRdfType);
      w.out() << ' ';
      w.Vocab(n.type);
      w.End();
    }
    w.Entity(n.id);
    w.out() << ' ';
    w.Iri(model::iri::kRdfsLabel);
    w.out() << ' ';
    w.Literal(model::Term::String(n.label));
    w.End();
    for (const auto& [pred, value] : n.literals) {
      w.Entity(n.id);
      w.out() << ' ';
      w.Vocab(pred);
      w.out() << ' ';
      w.Literal(value);
      w.End();
    }
  }
  for (const Edge& e : g.edges) {
    for (uint32_t p : e.predicates) {
      w.Entity(g.nodes[e.source].id);
      w.out() << ' ';
      w.Vocab(g.predicates[p]);
      w.out() << ' ';
      w.Entity(g.nodes[e.target].id);
      w.End();
    }
  }
  return w.out().Finish();
}

}  // namespace netra::exporter
