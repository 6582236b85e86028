#include "query/id_reads.h"

#include <algorithm>

#include "store/object_ranges.h"

namespace netra::query {

using model::Term;

Result<KeptTriples> TriplesWhereObject(const store::Store& store, const char* predicate,
                                       const std::function<bool(model::TermKind, std::string_view)>& keep) {
  KeptTriples out;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> pid, store.FindId(Term::Entity(predicate)));
  if (!pid) return out;
  std::vector<store::TripleIds> triples;
  store::ObjectRange all = store::ObjectRangeOf(0, 1);
  NETRA_RETURN_IF_ERROR(store.MatchIdsByObjects(*pid, all.from, all.to, [&](const store::TripleIds& t) {
    triples.push_back(t);
    return true;
  }));
  std::vector<store::TermId> objects;
  for (const store::TripleIds& t : triples) {
    if (objects.empty() || objects.back() != t.o) objects.push_back(t.o);
  }
  constexpr uint32_t kDropped = UINT32_MAX;
  std::vector<uint32_t> place(objects.size(), kDropped);
  NETRA_RETURN_IF_ERROR(store.ReadTermBytes(objects, [&](size_t i, std::string_view encoded) {
    model::TermKind kind;
    std::string_view value;
    if (Term::DecodeView(encoded, &kind, &value) && keep(kind, value)) {
      place[i] = static_cast<uint32_t>(out.objects.size());
      out.objects.emplace_back(value);
    }
  }));
  for (size_t i = 0, k = 0; i < triples.size(); ++i) {
    if (i > 0 && triples[i].o != triples[i - 1].o) ++k;
    if (place[k] == kDropped) continue;
    out.triples.push_back(triples[i]);
    out.object_of.push_back(place[k]);
  }
  return out;
}

Result<std::map<std::string, std::vector<std::string>>> SubjectsOfTyped(
    const store::Store& store, const char* predicate, const std::set<std::string_view>& types,
    const std::function<bool(const std::string& id)>& also) {
  NETRA_ASSIGN_OR_RETURN(KeptTriples kept,
                         TriplesWhereObject(store, predicate, [&](model::TermKind kind, std::string_view id) {
                           return kind == model::TermKind::kEntity && types.count(Term::EntityTypeOf(id)) > 0 &&
                                  (!also || also(std::string(id)));
                         }));
  std::vector<store::TermId> subjects;
  for (const store::TripleIds& t : kept.triples) subjects.push_back(t.s);
  std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  std::vector<Term> subject_terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(subjects, &subject_terms));
  std::map<std::string, std::vector<std::string>> out;
  for (size_t i = 0; i < kept.triples.size(); ++i) {
    size_t at = std::lower_bound(subjects.begin(), subjects.end(), kept.triples[i].s) - subjects.begin();
    out[kept.objects[kept.object_of[i]]].push_back(subject_terms[at].value);
  }
  return out;
}

Result<std::vector<store::TermId>> SubjectsWhereObject(const store::Store& store, const char* predicate,
                                                       const std::function<bool(const std::string&)>& keep) {
  NETRA_ASSIGN_OR_RETURN(KeptTriples kept,
                         TriplesWhereObject(store, predicate, [&](model::TermKind, std::string_view value) {
                           return keep(std::string(value));
                         }));
  std::vector<store::TermId> subjects;
  for (const store::TripleIds& t : kept.triples) subjects.push_back(t.s);
  std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  return subjects;
}

Result<std::vector<std::optional<store::TermId>>> FirstObjects(const store::Store& store, const char* predicate,
                                                               const std::vector<store::TermId>& subjects) {
  std::vector<std::optional<store::TermId>> first(subjects.size());
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> pid, store.FindId(Term::Entity(predicate)));
  if (!pid || subjects.empty()) return first;
  NETRA_RETURN_IF_ERROR(store.MatchIdsBySubjects(subjects, *pid, [&](size_t k, const store::TripleIds& t) {
    first[k] = t.o;
    return false;
  }));
  return first;
}

Result<std::vector<std::vector<store::TripleIds>>> AllTriples(const store::Store& store, const char* predicate,
                                                              const std::vector<store::TermId>& subjects) {
  std::vector<std::vector<store::TripleIds>> all(subjects.size());
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> pid, store.FindId(Term::Entity(predicate)));
  if (!pid || subjects.empty()) return all;
  NETRA_RETURN_IF_ERROR(store.MatchIdsBySubjects(subjects, *pid, [&](size_t k, const store::TripleIds& t) {
    all[k].push_back(t);
    return true;
  }));
  return all;
}

Result<std::vector<store::TermId>> AsEntities(const store::Store& store, const std::vector<store::TermId>& ids,
                                              std::vector<std::string>* values) {
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(ids, &terms));
  std::vector<store::TermId> entities;
  values->clear();
  for (Term& t : terms) {
    entities.push_back(store::Store::IdOf(Term::Entity(t.value)));
    values->push_back(std::move(t.value));
  }
  return entities;
}

Status TermValues::Decode(const store::Store& store) {
  std::sort(ids_.begin(), ids_.end());
  ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
  return store.DecodeTerms(ids_, &terms_);
}

const std::string& TermValues::Of(store::TermId id) const {
  return terms_[std::lower_bound(ids_.begin(), ids_.end(), id) - ids_.begin()].value;
}

const std::string& TermValues::Of(const std::optional<store::TermId>& id) const {
  static const std::string kNone;
  return id ? Of(*id) : kNone;
}

}  // namespace netra::query
