// Reading a Raw graph: the whole store (LoadAll), or the entities a view
// selects and what their attributes depend on (LoadAround). Both read term
// ids from the indexes, decode each distinct term once, and key nodes by
// their entity's term id: hashing ids as strings, per triple, was most of
// a whole-store export's time.
#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "export/builder_internal.h"
#include "export/support_table.h"
#include "model/vocab.h"
#include "store/term_hash.h"

namespace netra::exporter::internal {

namespace {

using model::Term;
using store::TermId;
using store::TripleIds;

// Entities with several `label` literals: resolved by support afterwards.
using LabelChoices = std::map<uint32_t, std::vector<std::string>>;

void SetAttribute(Node& n, uint32_t v, Attr attr, const std::string& pred, const Term& object, bool literals,
                  LabelChoices* label_choices) {
  if (literals) n.literals.emplace_back(pred, object);
  MergeAttribute(
      n, attr, object.value, [](const std::string& s) -> const std::string& { return s; },
      [&](const std::string& kept, const std::string& later) {
        auto& choices = (*label_choices)[v];
        if (choices.empty()) choices.push_back(kept);
        choices.push_back(later);
      },
      [&](const std::string&, int64_t year) { n.year = year; });
}

// The label stated by the most documents ("Ayodhia G.L. Kalake" in 3
// articles beats "Ayodhia G. L. Kalake" in 1); ties go to the smaller string.
Status ResolveLabels(const store::Store& store, const LabelChoices& label_choices, Raw& raw) {
  for (const auto& [v, choices] : label_choices) {
    std::string best;
    uint64_t best_count = 0;
    for (const std::string& label : choices) {
      NETRA_ASSIGN_OR_RETURN(uint64_t count, store.SupportCount({Term::Entity(raw.nodes[v].id),
                                                                 Term::Entity(vocab::kLabel), Term::String(label)}));
      if (best.empty() || count > best_count || (count == best_count && label < best)) {
        best = label;
        best_count = count;
      }
    }
    raw.nodes[v].label = best;
  }
  return Status::Ok();
}

uint32_t Intern(Raw& raw, TermId term_id, const std::string& id) {
  auto [v, inserted] = raw.index.Insert(term_id, static_cast<uint32_t>(raw.nodes.size()));
  if (inserted) {
    Node n;
    // A store may hold an empty entity id; Gephi drops nodes without one.
    n.id = id.empty() ? "(empty)" : id;
    auto colon = id.find(':');
    n.type = colon == std::string::npos ? "" : id.substr(0, colon);
    raw.nodes.push_back(std::move(n));
    raw.node_ids.push_back(term_id);
  }
  return v;
}

void SortDistinct(std::vector<TermId>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

// What LoadAround read beyond the triples of the entities it assembles.
struct Surroundings {
  // Entities of the scope that only entities not read point at (each a
  // node, though no triple read names it).
  std::vector<TermId> pointed;
  // Dates of documents that have no node among them.
  std::unordered_map<TermId, std::string> document_dates;
};

// Nodes and facts from `triples` (SPO order, distinct), with the supports of
// the facts between two entities of `scope` (all facts when null).
Result<Raw> Assemble(const store::Store& store, std::vector<TripleIds> triples, const IdMap* scope,
                     const Surroundings& around, bool literals) {
  Raw raw;
  // Each distinct term decoded once, in one sorted pass over the dictionary.
  IdMap term_index(triples.size() / 4);
  std::vector<TermId> term_ids;
  auto index_of = [&](TermId id) {
    auto [i, inserted] = term_index.Insert(id, static_cast<uint32_t>(term_ids.size()));
    if (inserted) term_ids.push_back(id);
    return i;
  };
  std::vector<std::array<uint32_t, 3>> spo;
  spo.reserve(triples.size());
  for (const TripleIds& t : triples) spo.push_back({index_of(t.s), index_of(t.p), index_of(t.o)});
  std::vector<TripleIds>().swap(triples);
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(term_ids, &terms));

  constexpr uint32_t kUnset = UINT32_MAX;
  std::vector<uint32_t> predicate_of(term_ids.size(), kUnset);  // term -> index into raw.predicates
  std::vector<Attr> attr_of(term_ids.size(), Attr::kUnknown);
  std::vector<TermId> predicate_ids;
  LabelChoices label_choices;
  raw.nodes.reserve(term_ids.size());  // nodes are some of the terms
  for (size_t i = 0; i < spo.size(); ++i) {
    const auto& [si, pi, oi] = spo[i];
    uint32_t sv = Intern(raw, term_ids[si], terms[si].value);
    const Term& object = terms[oi];
    if (!object.is_entity()) {
      if (attr_of[pi] == Attr::kUnknown) attr_of[pi] = AttrOf(terms[pi].value);
      SetAttribute(raw.nodes[sv], sv, attr_of[pi], terms[pi].value, object, literals, &label_choices);
      continue;
    }
    uint32_t ov = Intern(raw, term_ids[oi], object.value);
    if (predicate_of[pi] == kUnset) {
      predicate_of[pi] = static_cast<uint32_t>(raw.predicates.size());
      raw.predicates.push_back(terms[pi].value);
      predicate_ids.push_back(term_ids[pi]);
    }
    raw.facts.push_back({sv, ov, predicate_of[pi], {}});
  }
  std::vector<Term>().swap(terms);
  // An entity of the scope that only others' facts point at is a node too.
  std::vector<TermId> pointed;
  for (TermId o : around.pointed) {
    if (!raw.NodeOf(o)) pointed.push_back(o);
  }
  SortDistinct(&pointed);
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(pointed, &terms));
  for (size_t i = 0; i < pointed.size(); ++i) Intern(raw, pointed[i], terms[i].value);

  // Supports: which documents state each fact, from one sorted pass over
  // the provenance keys; a document is numbered where first met.
  std::vector<TripleIds> wanted;
  std::vector<uint32_t> fact_of;
  for (uint32_t i = 0; i < raw.facts.size(); ++i) {
    const Fact& f = raw.facts[i];
    if (scope && !(scope->Find(raw.node_ids[f.s]) && scope->Find(raw.node_ids[f.o]))) continue;
    wanted.push_back({raw.node_ids[f.s], predicate_ids[f.pred], raw.node_ids[f.o]});
    fact_of.push_back(i);
  }
  IdMap doc_index;
  DocumentIds document_ids;
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(wanted, [&](size_t i, std::string_view doc) {
    TermId id = document_ids.Of(doc);
    auto [d, inserted] = doc_index.Insert(id, static_cast<uint32_t>(raw.doc_node.size()));
    if (inserted) {
      std::optional<uint32_t> node = raw.NodeOf(id);
      raw.doc_node.push_back(node.value_or(UINT32_MAX));
      auto date = around.document_dates.find(id);
      raw.doc_dates.push_back(node || date == around.document_dates.end() ? std::string() : date->second);
    }
    raw.facts[fact_of[i]].docs.push_back(d);
  }));
  for (Fact& f : raw.facts) std::sort(f.docs.begin(), f.docs.end());
  NETRA_RETURN_IF_ERROR(ResolveLabels(store, label_choices, raw));

  // Predicates sorted by name, so output does not depend on scan order.
  std::vector<uint32_t> order(raw.predicates.size()), rank(raw.predicates.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return raw.predicates[a] < raw.predicates[b]; });
  std::vector<std::string> sorted;
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    sorted.push_back(raw.predicates[order[i]]);
  }
  raw.predicates = std::move(sorted);
  for (Fact& f : raw.facts) f.pred = rank[f.pred];
  return raw;
}

TermId EntityId(const char* id) { return store::Store::IdOf(Term::Entity(id)); }

// Appends every triple of each of `subjects` (SPO order).
Status ReadSubjects(const store::Store& store, const std::vector<TermId>& subjects, std::vector<TripleIds>* out) {
  for (TermId s : subjects) {
    NETRA_RETURN_IF_ERROR(store.MatchIds(s, std::nullopt, std::nullopt, [&](const TripleIds& t) {
      out->push_back(t);
      return true;
    }));
  }
  return Status::Ok();
}

// The dates of `docs` (`Document:` entity ids, sorted) as their nodes would
// have them: the smallest `held_on` or `published_on` literal, else the
// earliest date of the events they mention (builder.cpp's DateDocuments).
// One seek per document (its triples read whole) and one per event.
Result<std::unordered_map<TermId, std::string>> DocumentDates(const store::Store& store,
                                                              const std::vector<TermId>& docs) {
  const TermId held_on = EntityId(vocab::kHeldOn), published_on = EntityId(vocab::kPublishedOn),
               mentions = EntityId(vocab::kMentions);
  // Each subject's date literals, in SPO order; `mentioned` (optional) gets
  // their `mentions` facts.
  auto own_dates = [&](const std::vector<TermId>& subjects,
                       std::vector<TripleIds>* mentioned) -> Result<std::vector<std::string>> {
    std::vector<TripleIds> found;
    NETRA_RETURN_IF_ERROR(store.MatchIdsBySubjects(subjects, std::nullopt, [&](size_t, const TripleIds& t) {
      if (t.p == held_on || t.p == published_on) found.push_back(t);
      if (mentioned && t.p == mentions) mentioned->push_back(t);
      return true;
    }));
    std::sort(found.begin(), found.end());
    std::vector<TermId> values;
    for (const TripleIds& t : found) values.push_back(t.o);
    std::vector<Term> terms;
    NETRA_RETURN_IF_ERROR(store.DecodeTerms(values, &terms));
    std::vector<std::string> dates(subjects.size());
    for (size_t i = 0; i < found.size(); ++i) {
      if (terms[i].is_entity()) continue;
      size_t k = std::lower_bound(subjects.begin(), subjects.end(), found[i].s) - subjects.begin();
      MergeDate(&dates[k], terms[i].value);
    }
    return dates;
  };
  std::vector<TripleIds> mentioned;
  NETRA_ASSIGN_OR_RETURN(std::vector<std::string> dates, own_dates(docs, &mentioned));
  std::unordered_map<TermId, std::string> out;
  std::vector<char> undated(docs.size(), 0);
  for (size_t k = 0; k < docs.size(); ++k) {
    if (dates[k].empty()) {
      undated[k] = 1;
    } else {
      out.emplace(docs[k], std::move(dates[k]));
    }
  }
  // The undated ones: the earliest date of the events they mention.
  std::erase_if(mentioned, [&](const TripleIds& t) {
    return !undated[std::lower_bound(docs.begin(), docs.end(), t.s) - docs.begin()];
  });
  std::vector<TermId> targets;
  for (const TripleIds& t : mentioned) targets.push_back(t.o);
  SortDistinct(&targets);
  std::vector<Term> target_terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(targets, &target_terms));
  std::vector<TermId> events;
  for (size_t i = 0; i < targets.size(); ++i) {
    if (target_terms[i].is_entity() && Term::EntityTypeOf(target_terms[i].value) == vocab::kEvent) {
      events.push_back(targets[i]);
    }
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<std::string> event_dates, own_dates(events, nullptr));
  for (const TripleIds& t : mentioned) {
    auto e = std::lower_bound(events.begin(), events.end(), t.o);
    if (e == events.end() || *e != t.o) continue;
    const std::string& date = event_dates[e - events.begin()];
    if (date.empty()) continue;
    std::string& d = out[t.s];
    if (d.empty() || date < d) d = date;
  }
  return out;
}

}  // namespace

Result<Raw> LoadAll(const store::Store& store, bool literals) {
  std::vector<TripleIds> all;
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, std::nullopt, [&](const TripleIds& t) {
    all.push_back(t);
    return true;
  }));
  return Assemble(store, std::move(all), nullptr, {}, literals);
}

Result<Raw> LoadAround(const store::Store& store, const std::vector<TermId>& scope, bool literals) {
  IdMap in_scope(scope.size());
  for (TermId id : scope) in_scope.Insert(id, 0);
  auto inside = [&](TermId id) { return in_scope.Find(id).has_value(); };
  // The entities' own triples. The facts pointing at them from elsewhere
  // count only in their support, which the support table holds: one such
  // fact is enough to make an entity a node, and their subjects are not
  // even decoded.
  std::vector<TripleIds> triples;
  Surroundings around;
  NETRA_RETURN_IF_ERROR(ReadSubjects(store, scope, &triples));
  for (TermId o : scope) {
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, o, [&](const TripleIds& t) {
      if (inside(t.s)) return true;
      around.pointed.push_back(o);
      return false;
    }));
  }
  // What their attributes depend on outside the scope: the events their
  // documents mention (a document's fallback date) and the positions they
  // hold (a person's region, for DOT clusters), read whole; and the dates
  // of the documents stating facts between two of them (edge dates).
  const TermId mentions = EntityId(vocab::kMentions), holds_position = EntityId(vocab::kHoldsPosition);
  std::vector<TermId> outside;
  std::vector<TripleIds> internal;
  for (const TripleIds& t : triples) {
    if ((t.p == mentions || t.p == holds_position) && !inside(t.o)) outside.push_back(t.o);
    if (inside(t.o)) internal.push_back(t);
  }
  SortDistinct(&outside);
  NETRA_RETURN_IF_ERROR(ReadSubjects(store, outside, &triples));
  std::vector<TermId> documents;
  DocumentIds document_ids;
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(internal, [&](size_t, std::string_view doc) {
    TermId id = document_ids.Of(doc);
    if (!inside(id)) documents.push_back(id);
  }));
  SortDistinct(&documents);
  NETRA_ASSIGN_OR_RETURN(around.document_dates, DocumentDates(store, documents));

  std::sort(triples.begin(), triples.end());  // SPO order
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  NETRA_ASSIGN_OR_RETURN(Raw raw, Assemble(store, std::move(triples), &in_scope, around, literals));
  // Only the scope's nodes are drawn, and the table has their support over
  // the whole store (the others' is never written).
  NETRA_ASSIGN_OR_RETURN(SupportTable supports, CachedSupportTable(store));
  for (size_t v = 0; v < raw.nodes.size(); ++v) raw.nodes[v].support = supports.Of(raw.node_ids[v]);
  raw.support_counted = true;
  return raw;
}

}  // namespace netra::exporter::internal
