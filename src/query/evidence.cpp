#include "query/evidence.h"

#include "model/vocab.h"

namespace netra::query {

namespace {

using model::Term;

// The first object of (subject, predicate, ?), or nullopt.
Result<std::optional<Term>> FirstObject(const store::Store& store, const Term& subject, const char* predicate) {
  std::optional<Term> found;
  NETRA_RETURN_IF_ERROR(store.Match(subject, Term::Entity(predicate), std::nullopt, [&](const model::Triple& t) {
    found = t.object;
    return false;
  }));
  return found;
}

Result<std::string> FirstValue(const store::Store& store, const Term& subject, const char* predicate) {
  NETRA_ASSIGN_OR_RETURN(std::optional<Term> object, FirstObject(store, subject, predicate));
  return object ? object->value : std::string();
}

Result<EvidenceDocument> ReadDocument(const store::Store& store, const std::string& doc_id) {
  EvidenceDocument doc;
  doc.id = doc_id;
  Term entity = Term::Entity(std::string(vocab::kDocument) + ":" + doc_id);
  NETRA_ASSIGN_OR_RETURN(doc.title, FirstValue(store, entity, vocab::kLabel));
  NETRA_ASSIGN_OR_RETURN(doc.date, FirstValue(store, entity, vocab::kPublishedOn));
  NETRA_ASSIGN_OR_RETURN(std::optional<Term> publisher, FirstObject(store, entity, vocab::kPublishedBy));
  if (publisher) {
    NETRA_ASSIGN_OR_RETURN(doc.publisher, FirstValue(store, *publisher, vocab::kLabel));
    if (doc.publisher.empty()) doc.publisher = publisher->value;
  }
  NETRA_ASSIGN_OR_RETURN(doc.text, store.DocumentText(doc_id));
  return doc;
}

// Adds the fact with its supports, and reads each document it cites once.
Status AddFact(const store::Store& store, const model::Triple& triple, Evidence* evidence) {
  FactSupports fact{triple, {}};
  NETRA_RETURN_IF_ERROR(store.Supports(triple, &fact.supports));
  for (const model::Provenance& p : fact.supports) {
    if (evidence->documents.count(p.document) > 0) continue;
    NETRA_ASSIGN_OR_RETURN(EvidenceDocument doc, ReadDocument(store, p.document));
    evidence->documents.emplace(p.document, std::move(doc));
  }
  evidence->facts.push_back(std::move(fact));
  return Status::Ok();
}

// The triples with `entity` as subject, then as object.
Result<std::vector<model::Triple>> FactsOf(const store::Store& store, const Term& entity) {
  std::vector<model::Triple> triples;
  auto keep = [&](const model::Triple& t) {
    triples.push_back(t);
    return true;
  };
  NETRA_RETURN_IF_ERROR(store.Match(entity, std::nullopt, std::nullopt, keep));
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, std::nullopt, entity, keep));
  return triples;
}

}  // namespace

Result<Evidence> CollectFactEvidence(const store::Store& store, const std::vector<model::Triple>& facts) {
  Evidence evidence;
  evidence.store_keeps_text = store.KeepsText();
  for (const model::Triple& triple : facts) {
    NETRA_ASSIGN_OR_RETURN(uint64_t documents, store.SupportCount(triple));
    if (documents == 0) {
      return Status::NotFound("the store holds no fact " + triple.subject.ToString() + " " +
                              triple.predicate.ToString() + " " + triple.object.ToString());
    }
    NETRA_RETURN_IF_ERROR(AddFact(store, triple, &evidence));
  }
  return evidence;
}

Result<Evidence> CollectEntityEvidence(const store::Store& store, const std::vector<std::string>& entity_ids) {
  Evidence evidence;
  evidence.store_keeps_text = store.KeepsText();
  for (const std::string& id : entity_ids) {
    NETRA_ASSIGN_OR_RETURN(std::vector<model::Triple> triples, FactsOf(store, Term::Entity(id)));
    if (triples.empty()) return Status::NotFound("the store holds no fact about " + id);
    for (const model::Triple& triple : triples) NETRA_RETURN_IF_ERROR(AddFact(store, triple, &evidence));
  }
  return evidence;
}

}  // namespace netra::query
