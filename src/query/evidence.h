// Evidence: the facts of an entity (or given facts) with every place a
// document states them, and what a reader needs to check each one: the
// document's title, publisher, date and original text, as the store keeps
// them. Cutting the sentence and printing are the caller's (cli/evidence.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::query {

// A document that supports some fact, as `netra evidence` shows it.
struct EvidenceDocument {
  std::string id;         // `s01_lubuklinggau_apel` (the entity is `Document:<id>`)
  std::string title;      // its `label`, or ""
  std::string publisher;  // the `label` of its `published_by`, or ""
  std::string date;       // its `published_on` (ISO), or ""
  // The original bytes its spans point into; nullopt when the store keeps
  // none (loaded from a fact file, or stored before format 3).
  std::optional<std::string> text;
};

// One fact and every span stating it, ordered by document, then span.
struct FactSupports {
  model::Triple triple;
  std::vector<model::Provenance> supports;
};

struct Evidence {
  std::vector<FactSupports> facts;
  std::map<std::string, EvidenceDocument> documents;  // every document `facts` cite, by id
  bool store_keeps_text = false;                      // Store::KeepsText
};

// The facts given, in their order. NotFound naming the first fact the store
// does not hold.
Result<Evidence> CollectFactEvidence(const store::Store& store, const std::vector<model::Triple>& facts);

// Every fact of the entities: for each, the facts it is the subject of, then
// those it is the object of, in index order. NotFound if an entity is in no
// fact.
Result<Evidence> CollectEntityEvidence(const store::Store& store, const std::vector<std::string>& entity_ids);

}  // namespace netra::query
