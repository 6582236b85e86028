// The terms of one pattern query run, by id. The evaluator joins on term
// ids straight from the index keys (pattern_exec.h) and decodes a term only
// when a FILTER reads it or the answer prints it; this is where those
// decoded terms, and the terms the query makes itself, are kept.
//
// Two kinds of term have ids here:
//  - stored terms, met in the indexes: their id is the store's, and their
//    value is read from the dictionary when first asked for;
//  - made terms (Intern): a document a support names (`GRAPH ?doc`), a
//    type name (`?x a ?t`), a path's ends: their id is Store::IdOf, the id
//    the store would give them, so that a made term the store also holds
//    joins with its stored occurrences.
// An id names one term in a query as in the store: a made term that the
// store does not hold and that hashes to the id of one it does (about one
// chance in 2^64 per pair of terms) would be taken for it.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::query::pattern {

class QueryTerms {
 public:
  explicit QueryTerms(const store::Store& store) : store_(store) {}

  // The id of a term the query made. Its value is kept for the whole run.
  store::TermId Intern(const model::Term& term);

  // The id of a term known to be stored (read through Store::Match, as a
  // property path reads), remembered as a decoded one is.
  store::TermId Stored(const model::Term& term);

  // The store's id for `term`, or nullopt if the store holds no such term
  // (then a pattern naming it matches nothing). Remembered per term.
  Result<std::optional<store::TermId>> Find(const model::Term& term);

  // The store's id for `id` as a look-up key: `id` itself for a stored
  // term, and for a made term its id if the store holds it too, else
  // nullopt (a made id another term owns in the store must not match it).
  Result<std::optional<store::TermId>> AsStored(store::TermId id);

  // The value of `id`: made, or read from the dictionary (one read the
  // first time). Valid until the next Trim().
  Result<const model::Term*> Of(store::TermId id);

  // Reads the values of all `ids` not known yet in one pass over the
  // dictionary, for the answer's rows.
  Status Load(const std::vector<store::TermId>& ids);

  // Forgets the values read from the dictionary once they are more than
  // store::TermCache::kMaxTerms, so that a filter over the whole store
  // does not keep the whole dictionary. Made terms stay. Call it only
  // where no pointer from Of() is held.
  void Trim();

  // The cache property paths (pattern_path.h), which walk terms, read the
  // dictionary through.
  store::TermCache* path_terms() { return &path_terms_; }

 private:
  const store::Store& store_;
  std::unordered_map<store::TermId, model::Term> read_;  // stored terms, by id
  std::unordered_map<store::TermId, model::Term> made_;  // Intern's
  // Find's and AsStored's answers: the stored id, or nullopt.
  std::unordered_map<store::TermId, std::optional<store::TermId>> found_;
  store::TermCache path_terms_;
};

}  // namespace netra::query::pattern
