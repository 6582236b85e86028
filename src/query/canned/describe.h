// How the canned questions describe the entities their rows name: the
// attributes of entities, read once per query, and the JSON values of a
// region, a statute and a list of documents (the shapes are the scorer's
// contract: ../shared/eval/CONTRACT.md).
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/value.h"
#include "store/store.h"

namespace netra::query::canned {

// Reads and caches the attributes of entities: every triple with the
// entity as subject, by predicate. One index scan of ids per entity; the
// terms are decoded in one batch per entity, each distinct term once per
// query (the same predicates, kinds and regions recur for every entity).
// Not thread-safe: one per query.
class Attributes {
 public:
  explicit Attributes(const store::Store& store) : store_(store) {}

  // The first value of attribute `pred` on `id`, or "".
  std::string Get(const std::string& id, const char* pred);

 private:
  const std::map<std::string, std::vector<std::string>>& All(const std::string& id);
  // Puts the predicates and objects of `triples` into terms_.
  bool Decode(const std::vector<store::TripleIds>& triples);

  const store::Store& store_;
  std::unordered_map<std::string, std::map<std::string, std::vector<std::string>>> cache_;
  std::unordered_map<store::TermId, std::string> terms_;  // values of decoded terms
};

// The documents as a JSON array, in id order.
Value DocsValue(const std::set<std::string>& docs);

// {id, name, kind, code} of the region `id`.
Value RegionValue(Attributes& a, const std::string& id);

// {id, label, type, number, year, title, status, repealed[, replaced_by]}
// of the statute `id`; `label` reads as people write it ("UU No. 20 Tahun
// 2023").
Value StatuteValue(Attributes& a, const std::string& id);

// A document entity's id without its type ("Document:a1" -> "a1"), as the
// canned rows list documents.
std::string DocumentName(const std::string& entity);

}  // namespace netra::query::canned
