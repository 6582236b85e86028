// N-Triples and N-Quads (RDF 1.1). The base must not name a real host: the
// default `https://netra.invalid/` uses the reserved .invalid TLD (RFC 2606).
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"
#include "model/iri.h"
#include "model/vocab.h"
#include "store/store.h"

namespace netra::exporter {

namespace {

void AppendIri(std::string_view iri, std::string* s) {
  s->push_back('<');
  s->append(iri);
  s->push_back('>');
}

void AppendLiteral(const model::Term& t, std::string* s) {
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

class Writer {
 public:
  Writer(const std::string& base, std::ostream& os) : base_(base), out_(os) {}

  void Entity(std::string_view id) { AppendIri(model::iri::EntityIri(id, base_), out_.str()); }
  void Vocab(std::string_view name) { AppendIri(model::iri::VocabIri(name, base_), out_.str()); }
  void Iri(std::string_view iri) { AppendIri(iri, out_.str()); }
  void Literal(const model::Term& t) { AppendLiteral(t, out_.str()); }
  void End() {
    out_ << " .\n";
    out_.Check();
  }
  OutBuffer& out() { return out_; }

 private:
  const std::string& base_;
  OutBuffer out_;
};

// The N-Quads text of stored terms, read from the dictionary a document's
// terms at a time. At most `max_terms` are kept (or one document's, if
// more), then the cache starts afresh: a store's terms may not fit in
// memory, one document's always do.
class TermTexts {
 public:
  TermTexts(const store::Store& store, const std::string& base, size_t max_terms)
      : store_(store), base_(base), max_terms_(max_terms) {}

  Status Load(const std::vector<store::TripleIds>& triples) {
    // Room first, so that every term of this document is in the cache after.
    if (texts_.size() + 3 * triples.size() > max_terms_) texts_.clear();
    ids_.clear();
    for (const store::TripleIds& t : triples) {
      for (store::TermId id : {t.s, t.p, t.o}) {
        if (texts_.try_emplace(id).second) ids_.push_back(id);
      }
    }
    if (ids_.empty()) return Status::Ok();
    NETRA_RETURN_IF_ERROR(store_.DecodeTerms(ids_, &terms_));
    for (size_t i = 0; i < ids_.size(); ++i) {
      const model::Term& term = terms_[i];
      Text& text = texts_[ids_[i]];
      if (term.kind == model::TermKind::kEntity) {
        const std::string iri = model::iri::TermIri(term, base_);
        AppendIri(iri, &text.rendered);
        // An id's type is the part before its `:`; a predicate has none, and
        // an absolute IRI (TermIri passes it through) is no id.
        const size_t colon = term.value.find(':');
        if (colon != std::string::npos && iri != term.value) text.type = term.value.substr(0, colon);
      } else {
        AppendLiteral(term, &text.rendered);
      }
    }
    return Status::Ok();
  }

  struct Text {
    std::string rendered;  // `<iri>` or `"literal"^^<datatype>`
    std::string type;      // an entity's type ("Region"), else empty
  };
  // REQUIRES: the last Load's triples hold `id`.
  const Text& Of(store::TermId id) const { return texts_.at(id); }

 private:
  const store::Store& store_;
  const std::string& base_;
  const size_t max_terms_;
  std::unordered_map<store::TermId, Text> texts_;
  std::vector<store::TermId> ids_;
  std::vector<model::Term> terms_;
};

}  // namespace

Status WriteNQuads(const store::Store& store, const std::string& base, std::ostream& os, size_t max_cached_terms) {
  OutBuffer out(os);
  std::string* s = out.str();
  TermTexts texts(store, base, max_cached_terms);
  std::unordered_set<store::TermId> typed;  // entities whose rdf:type is written
  std::string graph;
  Status failed;
  auto type_once = [&](store::TermId id) {
    const TermTexts::Text& e = texts.Of(id);
    if (e.type.empty() || !typed.insert(id).second) return;
    s->append(e.rendered).append(" ");
    AppendIri(model::iri::kRdfType, s);
    s->push_back(' ');
    AppendIri(model::iri::VocabIri(e.type, base), s);
    s->append(" .\n");
  };
  NETRA_RETURN_IF_ERROR(
      store.ForEachDocumentTriples([&](std::string_view doc, const std::vector<store::TripleIds>& triples) {
        if (!failed.ok()) return;
        failed = texts.Load(triples);
        if (!failed.ok()) return;
        graph.clear();
        AppendIri(model::iri::EntityIri(std::string(vocab::kDocument) + ":" + std::string(doc), base), &graph);
        for (const store::TripleIds& t : triples) {
          s->append(texts.Of(t.s).rendered).append(" ");
          s->append(texts.Of(t.p).rendered).append(" ");
          s->append(texts.Of(t.o).rendered).append(" ");
          s->append(graph).append(" .\n");
          type_once(t.s);
          type_once(t.o);
          out.Check();
        }
      }));
  NETRA_RETURN_IF_ERROR(failed);
  return out.Finish();
}

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
