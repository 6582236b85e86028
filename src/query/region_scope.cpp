#include "query/region_scope.h"

#include <deque>
#include <vector>

#include "model/vocab.h"

namespace netra::query {

namespace {

using model::Term;

// Subjects of `?x predicate object`.
Result<std::vector<std::string>> SubjectsOf(const store::Store& store, const char* predicate,
                                            const std::string& object) {
  std::vector<std::string> out;
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(predicate), Term::Entity(object), [&](const model::Triple& t) {
        out.push_back(t.subject.value);
        return true;
      }));
  return out;
}

// Adds the entity objects of every triple about `id` to `out`.
Status AddPointedAt(const store::Store& store, const std::string& id, std::set<std::string>* out) {
  return store.Match(Term::Entity(id), std::nullopt, std::nullopt, [&](const model::Triple& t) {
    if (t.object.is_entity()) out->insert(t.object.value);
    return true;
  });
}

// The entities anchored in `region`: positions and their holders, events,
// organisations and documents about it.
Status AddAnchored(const store::Store& store, const std::string& region, std::set<std::string>* anchored) {
  NETRA_ASSIGN_OR_RETURN(auto positions, SubjectsOf(store, vocab::kPositionIn, region));
  for (const std::string& position : positions) {
    anchored->insert(position);
    NETRA_ASSIGN_OR_RETURN(auto holders, SubjectsOf(store, vocab::kHoldsPosition, position));
    anchored->insert(holders.begin(), holders.end());
  }
  for (const char* predicate : {vocab::kHeldIn, vocab::kLocatedIn, vocab::kAbout}) {
    NETRA_ASSIGN_OR_RETURN(auto subjects, SubjectsOf(store, predicate, region));
    anchored->insert(subjects.begin(), subjects.end());
  }
  return Status::Ok();
}

}  // namespace

Result<std::set<std::string>> RegionsWithin(const store::Store& store, const std::string& region_id, bool subregions) {
  std::set<std::string> regions{region_id};
  std::deque<std::string> queue{region_id};
  while (subregions && !queue.empty()) {
    NETRA_ASSIGN_OR_RETURN(auto parts, SubjectsOf(store, vocab::kPartOf, queue.front()));
    queue.pop_front();
    for (std::string& part : parts) {
      if (Term::EntityTypeOf(part) == vocab::kRegion && regions.insert(part).second) queue.push_back(part);
    }
  }
  return regions;
}

Result<std::set<std::string>> EntitiesOfRegions(const store::Store& store, const std::set<std::string>& regions) {
  std::set<std::string> anchored;
  for (const std::string& region : regions) NETRA_RETURN_IF_ERROR(AddAnchored(store, region, &anchored));
  std::set<std::string> out(regions.begin(), regions.end());
  for (const std::string& id : anchored) {
    out.insert(id);
    if (Term::EntityTypeOf(id) != vocab::kDocument) NETRA_RETURN_IF_ERROR(AddPointedAt(store, id, &out));
  }
  return out;
}

}  // namespace netra::query
