#include "query/pattern_exec.h"

#include <string>
#include <vector>

#include "model/iri.h"
#include "model/vocab.h"
#include "query/pattern_eval.h"
#include "query/pattern_path.h"

namespace netra::query::pattern {

namespace {

using store::TermId;

// A position of a pattern as an index look-up takes it: an id, or nullopt
// for a free variable. `absent`: the term is not in the store, so the
// pattern matches nothing.
struct Key {
  std::optional<TermId> id;
  bool absent = false;
};

class GroupRun {
 public:
  GroupRun(const store::Store& store, const Group& group, const GroupPlan& plan, QueryRun* run, IdRow* row,
           const std::function<bool(const IdRow&)>& emit)
      : store_(store),
        group_(group),
        plan_(plan),
        run_(*run),
        terms_(run->terms),
        row_(*row),
        emit_(emit),
        value_([this](int var) { return ValueOf(var); }) {}

  // Returns false when the consumer asked to stop (or an error happened).
  bool Step(size_t i) {
    if (i == plan_.steps.size()) return Optionals(0);
    const PlanStep& step = plan_.steps[i];
    const TriplePattern& t = group_.triples[step.pattern];
    if (t.path) return PathStep(i, t, *t.path);
    Key s = KeyOf(t.s), p = KeyOf(t.p), o = KeyOf(t.o);
    if (!status_.ok()) return false;
    bool go_on = true;
    bool possible = !s.absent && !p.absent && !o.absent;  // a term the store lacks matches nothing
    if (possible && step.checked_in_memory) {
      const auto* matches = ConstantMatches(t);
      store::TripleIds triple{*s.id, *p.id, *o.id};
      if (matches != nullptr && matches->count(triple) > 0) go_on = Matched(i, t, triple);
    } else if (possible) {
      Fail(store_.MatchIds(s.id, p.id, o.id, [&](const store::TripleIds& triple) {
        go_on = Matched(i, t, triple);
        return go_on;
      }));
    }
    if (go_on && status_.ok() && TypeRowsToo(t)) {
      TermId type = RdfType();
      return PathStep(i, t, kTypePath, &type);
    }
    return go_on && status_.ok();
  }

  const Status& status() const { return status_; }

 private:
  // The rows a stored triple of step i's pattern `t` gives.
  bool Matched(size_t i, const TriplePattern& t, const store::TripleIds& triple) {
    size_t mark = newly_.size();
    bool go_on = true;
    if (Bind(t.s, triple.s) && Bind(t.p, triple.p) && Bind(t.o, triple.o)) {
      go_on = t.in_graph ? PerDocument(i, t, triple) : Continue(i);
    }
    Unbind(mark);
    return go_on;
  }

  // The matches of the pattern's constants, read the first time (null if
  // that failed).
  const std::unordered_set<store::TripleIds, TripleIdsHash>* ConstantMatches(const TriplePattern& t) {
    auto [it, inserted] = run_.checked.try_emplace(&t);
    if (!inserted) return &it->second;
    Key s = t.s.is_var() ? Key{} : KeyOf(t.s), p = t.p.is_var() ? Key{} : KeyOf(t.p),
        o = t.o.is_var() ? Key{} : KeyOf(t.o);
    if (!status_.ok()) return nullptr;
    if (s.absent || p.absent || o.absent) return &it->second;
    auto& matches = it->second;  // clang 14 cannot capture a structured binding
    Fail(store_.MatchIds(s.id, p.id, o.id, [&](const store::TripleIds& triple) {
      matches.insert(triple);
      return true;
    }));
    return status_.ok() ? &it->second : nullptr;
  }

  // A property path (pattern_path.h), which walks terms: one row per pair
  // it connects, with the pattern's predicate variable bound to
  // `predicate` when given.
  bool PathStep(size_t i, const TriplePattern& t, const Path& path, const TermId* predicate = nullptr) {
    std::optional<model::Term> s = TermOf(t.s), o = TermOf(t.o);
    if (!status_.ok()) return false;
    // A path gives the terms the store's triples hold, but for its given
    // ends (a `p*` pairs a node with itself, stored or not) and type names
    // (`a`): those are made terms.
    bool types = NamesTypes(path);
    auto id_of = [&](const model::Term& term, const std::optional<model::Term>& end) {
      return types || (end && term == *end) ? terms_.Intern(term) : terms_.Stored(term);
    };
    bool go_on = true;
    Status st = MatchPath(
        store_, path, s, o,
        [&](const model::Term& a, const model::Term& b) {
          size_t mark = newly_.size();
          if (Bind(t.s, id_of(a, s)) && (predicate == nullptr || Bind(t.p, *predicate)) && Bind(t.o, id_of(b, o))) {
            go_on = Continue(i);
          }
          Unbind(mark);
          return go_on;
        },
        terms_.path_terms());
    Fail(st);
    return go_on && status_.ok();
  }

  static bool NamesTypes(const Path& path) {
    if (path.kind == Path::Kind::kType) return true;
    for (const Path& a : path.args) {
      if (NamesTypes(a)) return true;
    }
    return false;
  }

  // `?s ?p ?o` also matches what `a` does (the export's rdf:type triples),
  // outside GRAPH: no document states a type.
  bool TypeRowsToo(const TriplePattern& t) {
    if (!t.p.is_var() || t.in_graph) return false;
    return !row_[t.p.var] || *row_[t.p.var] == RdfType();
  }

  TermId RdfType() {
    static const model::Term kRdfType = model::Term::Entity(std::string(model::iri::kRdfType));
    return terms_.Intern(kRdfType);
  }
  inline static const Path kTypePath{Path::Kind::kType, {}, {}};

  // The slot as a look-up key: its constant's or bound variable's id in
  // the store.
  Key KeyOf(const Slot& s) {
    Result<std::optional<TermId>> stored = std::optional<TermId>();
    if (!s.is_var()) {
      auto known = run_.constants.find(&s);
      if (known != run_.constants.end()) return Key{known->second, !known->second};
      stored = terms_.Find(s.constant);
      if (stored.ok()) run_.constants.emplace(&s, *stored);
    } else if (row_[s.var]) {
      stored = terms_.AsStored(*row_[s.var]);
    } else {
      return Key{};
    }
    if (!stored.ok()) {
      Fail(stored.status());
      return Key{std::nullopt, true};
    }
    return Key{*stored, !stored->has_value()};
  }

  // The slot's term, for a path: its constant, or its variable's value.
  std::optional<model::Term> TermOf(const Slot& s) {
    if (!s.is_var()) return s.constant;
    const model::Term* t = ValueOf(s.var);
    return t != nullptr ? std::optional<model::Term>(*t) : std::nullopt;
  }

  // The value of a variable, for a filter or a path; nullptr if unbound
  // (or unreadable: then the run fails).
  const model::Term* ValueOf(int var) {
    if (!row_[var]) return nullptr;
    Result<const model::Term*> t = terms_.Of(*row_[var]);
    if (!t.ok()) {
      Fail(t.status());
      return nullptr;
    }
    return *t;
  }

  // Binds the slot's variable to `id` if it is unbound; false if it is
  // bound to another term (`?x ?p ?x`).
  bool Bind(const Slot& s, TermId id) {
    if (!s.is_var()) return true;
    auto& cell = row_[s.var];
    if (cell) return *cell == id;
    cell = id;
    newly_.push_back(s.var);
    return true;
  }

  // Unbinds what was bound since `mark` (a size of newly_).
  void Unbind(size_t mark) {
    while (newly_.size() > mark) {
      row_[newly_.back()].reset();
      newly_.pop_back();
    }
  }

  // GRAPH ?doc { t }: one row per document supporting the triple.
  // GRAPH <Document:x> { t }: the row if x is one of them. (Bind passes any
  // constant: the other slots' constants are in the match itself, the
  // graph's is checked only here.)
  bool PerDocument(size_t i, const TriplePattern& t, const store::TripleIds& triple) {
    std::vector<std::string> docs;
    Status s = store_.SupportingDocuments({triple}, [&](size_t, std::string_view doc) { docs.emplace_back(doc); });
    if (!s.ok()) {
      Fail(s);
      return false;
    }
    for (const std::string& doc : docs) {
      std::string entity = std::string(vocab::kDocument) + ":" + doc;
      if (!t.graph.is_var() && entity != t.graph.constant.value) continue;
      size_t mark = newly_.size();
      if (Bind(t.graph, terms_.Intern(model::Term::Entity(std::move(entity))))) {
        bool go_on = Continue(i);
        Unbind(mark);
        if (!go_on) return false;
      }
    }
    return true;
  }

  bool Holds(size_t filter) {
    terms_.Trim();  // no term pointer is held between filters
    bool holds = FilterHolds(group_.filters[filter], value_);
    return holds && status_.ok();
  }

  bool Continue(size_t i) {
    for (size_t f : plan_.steps[i].filters) {
      if (!Holds(f)) return status_.ok();
    }
    return Step(i + 1);
  }

  // OPTIONAL groups, left to right: each extends the row if it can, and
  // leaves it as it is otherwise.
  bool Optionals(size_t j) {
    if (j == group_.optionals.size()) {
      for (size_t f : plan_.final_filters) {
        if (!Holds(f)) return status_.ok();
      }
      return emit_(row_);
    }
    bool any = false;
    bool go_on = true;
    Status s = ExecuteGroup(store_, group_.optionals[j], plan_.optionals[j], &run_, &row_, [&](const IdRow&) {
      any = true;
      go_on = Optionals(j + 1);
      return go_on;
    });
    if (!s.ok()) {
      Fail(s);
      return false;
    }
    if (!go_on) return false;
    return any ? true : Optionals(j + 1);
  }

  void Fail(const Status& s) {
    if (!s.ok() && status_.ok()) status_ = s;
  }

  const store::Store& store_;
  const Group& group_;
  const GroupPlan& plan_;
  QueryRun& run_;
  QueryTerms& terms_;
  IdRow& row_;
  const std::function<bool(const IdRow&)>& emit_;
  const VarValue value_;    // ValueOf, for FilterHolds
  std::vector<int> newly_;  // the variables bound by the steps in progress, in order
  Status status_;
};

}  // namespace

Status ExecuteGroup(const store::Store& store, const Group& group, const GroupPlan& plan, QueryRun* run, IdRow* row,
                    const std::function<bool(const IdRow&)>& emit) {
  GroupRun group_run(store, group, plan, run, row, emit);
  group_run.Step(0);
  return group_run.status();
}

}  // namespace netra::query::pattern
