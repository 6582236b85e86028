// Printing evidence: for each fact, every document that states it, with its
// publisher and date, and the sentence of the original text around each
// span, the cited bytes marked. Used by `netra evidence` and reusable by any
// command that shows facts (a canned question's rows: `query --evidence`).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "query/evidence.h"
#include "store/store.h"

namespace netra::cli {

struct EvidenceOutput {
  std::string format = "text";  // "text" or "json"
  // Text only: the cited bytes in terminal bold instead of between » and «
  // (for a terminal; files and pipes get the plain markers).
  bool bold = false;
};

// Every fact of the entities (as subject, then as object), grouped by fact.
// NotFound if an entity is in no fact; store errors as they come.
Status PrintEvidence(const store::Store& store, const std::vector<std::string>& entity_ids,
                     const EvidenceOutput& output, std::ostream& out);

// The facts given. NotFound naming the first one the store does not hold.
Status PrintFactEvidence(const store::Store& store, const std::vector<model::Triple>& facts,
                         const EvidenceOutput& output, std::ostream& out);

// Prints collected evidence. Text: one block per fact, one line per
// document (id, publisher, date, title) and one per span with its sentence;
// "text not stored" where the store keeps no text. JSON: one object
// {"text_stored_in_store", "facts": [{subject, predicate, object,
// object_kind, documents: [{document, title, publisher, date, text_stored,
// spans: [{begin, end, extractor, confidence, whole_document, cited,
// sentence: {begin, end, text}}]}]}]}, offsets in bytes of the original text.
void RenderEvidence(const query::Evidence& evidence, const EvidenceOutput& output, std::ostream& out);

}  // namespace netra::cli
