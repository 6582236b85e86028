// Reading a Raw graph: the whole store (LoadAll), or the entities a view
// selects and what their attributes depend on (LoadAround). Both read term
// ids from the indexes, decode each distinct term once, and key nodes by
// their entity's term id: hashing ids as strings, per triple, was most of
// a whole-store export's time.
#include <algorithm>
#include <array>
#include <charconv>

#include "export/builder_internal.h"
#include "model/vocab.h"
#include "store/term_hash.h"

namespace netra::exporter::internal {

namespace {

using model::Term;
using store::TermId;
using store::TripleIds;

// What a literal predicate sets on its subject's node.
enum class Attr : int8_t { kUnknown = -1, kNone, kLabel, kKind, kCode, kRole, kTitle, kStatus, kDate, kYear };

Attr AttrOf(std::string_view pred) {
  if (pred == vocab::kLabel) return Attr::kLabel;
  if (pred == vocab::kKind) return Attr::kKind;
  if (pred == vocab::kCode) return Attr::kCode;
  if (pred == vocab::kRole) return Attr::kRole;
  if (pred == vocab::kTitle) return Attr::kTitle;
  if (pred == vocab::kStatus) return Attr::kStatus;
  if (pred == vocab::kHeldOn || pred == vocab::kPublishedOn) return Attr::kDate;
  if (pred == vocab::kYear) return Attr::kYear;
  return Attr::kNone;
}

// Entities with several `label` literals: resolved by support afterwards.
using LabelChoices = std::map<uint32_t, std::vector<std::string>>;

void SetAttribute(Node& n, uint32_t v, Attr attr, const std::string& pred, const Term& object,
                  LabelChoices* label_choices) {
  n.literals.emplace_back(pred, object);
  const std::string& value = object.value;
  auto first = [&](std::string* field) {
    if (field->empty()) *field = value;
  };
  switch (attr) {
    case Attr::kLabel:
      if (n.label.empty()) {
        n.label = value;
      } else {
        auto& choices = (*label_choices)[v];
        if (choices.empty()) choices.push_back(n.label);
        choices.push_back(value);
      }
      break;
    case Attr::kKind: first(&n.kind); break;
    case Attr::kCode: first(&n.code); break;
    case Attr::kRole: first(&n.role); break;
    case Attr::kTitle: first(&n.title); break;
    case Attr::kStatus: first(&n.status); break;
    case Attr::kDate:
      if (n.date.empty() || value < n.date) n.date = value;
      break;
    case Attr::kYear: {
      int64_t y = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), y);
      if (ec == std::errc() && p == value.data() + value.size()) n.year = y;
      break;
    }
    case Attr::kNone:
    case Attr::kUnknown: break;
  }
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

// The term id of the `Document:` entity of a document id, hashed from a
// buffer (no allocation per support).
class DocumentIds {
 public:
  DocumentIds() : key_(1, static_cast<char>(model::TermKind::kEntity)) {
    key_ += vocab::kDocument;
    key_ += ':';
    prefix_ = key_.size();
  }
  TermId Of(std::string_view doc) {
    key_.resize(prefix_);
    key_.append(doc);
    return store::HashTerm(key_);
  }

 private:
  std::string key_;  // Term::Encode of the entity
  size_t prefix_;
};

// Nodes and facts from `triples` (SPO order, distinct), with the supports of
// the facts that have an end in `scope` (all when null).
Result<Raw> Assemble(const store::Store& store, const std::vector<TripleIds>& triples, const IdMap* scope) {
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
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(term_ids, &terms));

  constexpr uint32_t kUnset = UINT32_MAX;
  std::vector<uint32_t> predicate_of(term_ids.size(), kUnset);  // term -> index into raw.predicates
  std::vector<Attr> attr_of(term_ids.size(), Attr::kUnknown);
  std::vector<TermId> predicate_ids;
  LabelChoices label_choices;
  for (size_t i = 0; i < spo.size(); ++i) {
    const auto& [si, pi, oi] = spo[i];
    uint32_t sv = Intern(raw, triples[i].s, terms[si].value);
    const Term& object = terms[oi];
    if (!object.is_entity()) {
      if (attr_of[pi] == Attr::kUnknown) attr_of[pi] = AttrOf(terms[pi].value);
      SetAttribute(raw.nodes[sv], sv, attr_of[pi], terms[pi].value, object, &label_choices);
      continue;
    }
    uint32_t ov = Intern(raw, triples[i].o, object.value);
    if (predicate_of[pi] == kUnset) {
      predicate_of[pi] = static_cast<uint32_t>(raw.predicates.size());
      raw.predicates.push_back(terms[pi].value);
      predicate_ids.push_back(triples[i].p);
    }
    raw.facts.push_back({sv, ov, predicate_of[pi], {}});
  }
  std::vector<Term>().swap(terms);

  // Supports: which documents state each fact, from one sorted pass over
  // the provenance keys; a document is numbered where first met.
  std::vector<TripleIds> wanted;
  std::vector<uint32_t> fact_of;
  for (uint32_t i = 0; i < raw.facts.size(); ++i) {
    const Fact& f = raw.facts[i];
    if (scope && !scope->Find(raw.node_ids[f.s]) && !scope->Find(raw.node_ids[f.o])) continue;
    wanted.push_back({raw.node_ids[f.s], predicate_ids[f.pred], raw.node_ids[f.o]});
    fact_of.push_back(i);
  }
  IdMap doc_index;
  DocumentIds document_ids;
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(wanted, [&](size_t i, std::string_view doc) {
    TermId id = document_ids.Of(doc);
    auto [d, inserted] = doc_index.Insert(id, static_cast<uint32_t>(raw.doc_node.size()));
    if (inserted) raw.doc_node.push_back(raw.NodeOf(id).value_or(UINT32_MAX));
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

void SortDistinct(std::vector<TermId>* ids) {
  std::sort(ids->begin(), ids->end());
  ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
}

// Which of `triples`' subjects have a date of their own: a non-empty
// `held_on` or `published_on` literal (what SetAttribute takes as a date).
Result<IdMap> DatedSubjects(const store::Store& store, const std::vector<TripleIds>& triples) {
  const TermId held_on = EntityId(vocab::kHeldOn), published_on = EntityId(vocab::kPublishedOn);
  std::vector<TripleIds> dates;
  std::vector<TermId> values;
  for (const TripleIds& t : triples) {
    if (t.p != held_on && t.p != published_on) continue;
    dates.push_back(t);
    values.push_back(t.o);
  }
  IdMap dated;
  NETRA_RETURN_IF_ERROR(store.ReadTermBytes(values, [&](size_t i, std::string_view encoded) {
    model::TermKind kind;
    std::string_view value;
    if (Term::DecodeView(encoded, &kind, &value) && kind != model::TermKind::kEntity && !value.empty()) {
      dated.Insert(dates[i].s, 0);
    }
  }));
  return dated;
}

}  // namespace

Result<Raw> LoadAll(const store::Store& store) {
  std::vector<TripleIds> all;
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, std::nullopt, [&](const TripleIds& t) {
    all.push_back(t);
    return true;
  }));
  return Assemble(store, all, nullptr);
}

Result<Raw> LoadAround(const store::Store& store, const std::vector<TermId>& scope) {
  IdMap in_scope(scope.size());
  for (TermId id : scope) in_scope.Insert(id, 0);
  auto inside = [&](TermId id) { return in_scope.Find(id).has_value(); };
  // The entities' own triples, and the facts pointing at them.
  std::vector<TripleIds> triples;
  NETRA_RETURN_IF_ERROR(ReadSubjects(store, scope, &triples));
  for (TermId o : scope) {
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, o, [&](const TripleIds& t) {
      if (!inside(t.s)) triples.push_back(t);
      return true;
    }));
  }
  // What their attributes depend on outside the scope: the dates of the
  // events their documents mention (a document's fallback date), the
  // regions of the positions they hold (DOT clusters), and the dates of
  // the documents stating facts between two of them (edge dates).
  const TermId mentions = EntityId(vocab::kMentions), holds_position = EntityId(vocab::kHoldsPosition);
  std::vector<TermId> outside;
  std::vector<TripleIds> internal;
  for (const TripleIds& t : triples) {
    if (!inside(t.s)) continue;
    if ((t.p == mentions || t.p == holds_position) && !inside(t.o)) outside.push_back(t.o);
    if (inside(t.o)) internal.push_back(t);
  }
  DocumentIds document_ids;
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(internal, [&](size_t, std::string_view doc) {
    TermId id = document_ids.Of(doc);
    if (!inside(id)) outside.push_back(id);
  }));
  SortDistinct(&outside);
  std::vector<TripleIds> around;
  NETRA_RETURN_IF_ERROR(ReadSubjects(store, outside, &around));
  // Those documents without a date of their own are dated by the events
  // they mention: read those too.
  NETRA_ASSIGN_OR_RETURN(IdMap dated, DatedSubjects(store, around));
  std::vector<TermId> events;
  for (const TripleIds& t : around) {
    if (t.p == mentions && !dated.Find(t.s) && !inside(t.o) &&
        !std::binary_search(outside.begin(), outside.end(), t.o)) {
      events.push_back(t.o);
    }
  }
  SortDistinct(&events);
  NETRA_RETURN_IF_ERROR(ReadSubjects(store, events, &around));

  triples.insert(triples.end(), around.begin(), around.end());
  std::sort(triples.begin(), triples.end());  // SPO order
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  return Assemble(store, triples, &in_scope);
}

}  // namespace netra::exporter::internal
