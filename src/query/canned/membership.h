// Which regions the actors of regions-citing-laws belong to, and which
// statutes the cited articles are part of (query/canned/citations.cpp), read
// straight from the index keys of the membership predicates.
//
// An actor belongs to regions by its kind: a person through the positions
// it holds (`holds_position`, then `position_in`), an event where it was
// held (`held_in`), an organisation where it sits (`located_in`), a
// document the regions it is `about` (the objects whose ids start with
// `Region:`). Only the edges leaving the actors (and their positions) are
// kept, so the answer costs one pass over each predicate's keys and memory
// for the actors' edges only, where a Projection of the same predicates
// numbers every vertex and builds two CSR graphs (a million vertices at a
// million articles).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::query {

enum class ActorKind { kPerson, kEvent, kOrganization, kDocument, kOther };

// The kind an entity id names by its type: "Person:..." is a person.
ActorKind KindOf(std::string_view id);

// The regions of each of a list of actors.
class Membership {
 public:
  // Reads the predicates the kinds present need (`held_in` only if an
  // event acts, and so on). kinds[k] is the kind of actors[k]; `actors`
  // distinct. `threads`: as CitationOptions::threads (0: one per core).
  static Result<Membership> Load(const store::Store& store, const std::vector<store::TermId>& actors,
                                 const std::vector<ActorKind>& kinds, size_t threads);

  // The regions of actors[k]: distinct, in id order.
  std::span<const store::TermId> RegionsOf(size_t k) const {
    return {regions_.data() + start_[k], regions_.data() + start_[k + 1]};
  }

 private:
  // Actor k's regions: regions_[start_[k], start_[k + 1]).
  std::vector<uint32_t> start_;
  std::vector<store::TermId> regions_;
};

// The statutes each article is part of (`part_of`), for the articles of
// `articles` (distinct): statutes_of[i] lists those of articles[i], in id
// order. One pass over the keys of `part_of`.
Result<std::vector<std::vector<store::TermId>>> StatutesOfArticles(const store::Store& store,
                                                                   const std::vector<store::TermId>& articles);

}  // namespace netra::query
