// Reads of many entities' facts at once, as term ids from the indexes,
// decoding each distinct term once: what the canned questions (query/canned/)
// and the timeline use where a million-article store would otherwise be
// read one entity, and one iterator, at a time, or scanned as decoded
// terms.
//
// "First" and "every" follow the store's key order, which is what reading
// one entity's facts through Store::Match gives: a subject's objects of
// one predicate in id order, a predicate's triples by object, then subject.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::query {

// The triples of a predicate whose object a filter kept, in POS order (by
// object, then subject), with the kept objects' values.
struct KeptTriples {
  std::vector<store::TripleIds> triples;
  std::vector<std::string> objects;  // the values of the distinct objects kept, in key order
  std::vector<uint32_t> object_of;   // triples[i]'s object: objects[object_of[i]]
};

// The triples of `predicate` whose object `keep(kind, value)` accepts
// (none if the store lacks the predicate). Each distinct object is read
// once from the dictionary, in place.
Result<KeptTriples> TriplesWhereObject(const store::Store& store, const char* predicate,
                                       const std::function<bool(model::TermKind, std::string_view)>& keep);

// The subjects of the triples of `predicate` whose object is an entity of
// one of `types` (and, if given, whose id `also` accepts), by the object's
// id, as the subjects' values (each object's in subject id order); only
// those subjects are decoded.
Result<std::map<std::string, std::vector<std::string>>> SubjectsOfTyped(
    const store::Store& store, const char* predicate, const std::set<std::string_view>& types,
    const std::function<bool(const std::string& id)>& also = nullptr);

// The subjects (ids, sorted, distinct) of the triples of `predicate` whose
// object's value, of any kind, `keep` accepts.
Result<std::vector<store::TermId>> SubjectsWhereObject(const store::Store& store, const char* predicate,
                                                       const std::function<bool(const std::string&)>& keep);

// The first object of `predicate` for each of `subjects`: one pass over the
// SPO keys.
Result<std::vector<std::optional<store::TermId>>> FirstObjects(const store::Store& store, const char* predicate,
                                                               const std::vector<store::TermId>& subjects);

// Every triple of `predicate` for each of `subjects`: one pass over the SPO
// keys.
Result<std::vector<std::vector<store::TripleIds>>> AllTriples(const store::Store& store, const char* predicate,
                                                              const std::vector<store::TermId>& subjects);

// The term ids of `ids`' values taken as entity ids, which is how a value
// is looked up as an entity (the same id for an entity); `values` gets the
// values.
Result<std::vector<store::TermId>> AsEntities(const store::Store& store, const std::vector<store::TermId>& ids,
                                              std::vector<std::string>* values);

// The values of many term ids, decoded in one batch, each distinct id
// once: Want the ids, Decode, then read them with Of.
class TermValues {
 public:
  void Want(store::TermId id) { ids_.push_back(id); }
  void Want(const std::optional<store::TermId>& id) {
    if (id) ids_.push_back(*id);
  }
  Status Decode(const store::Store& store);
  // REQUIRES: Decode succeeded, and `id` was wanted before it.
  const std::string& Of(store::TermId id) const;
  // "" for no id, as an absent attribute reads.
  const std::string& Of(const std::optional<store::TermId>& id) const;

 private:
  std::vector<store::TermId> ids_;
  std::vector<model::Term> terms_;
};

}  // namespace netra::query
