#include "graph/pattern_exec.h"

#include <string>
#include <vector>

#include "graph/pattern_path.h"
#include "model/iri.h"
#include "model/vocab.h"

namespace netra::graph::pattern {

namespace {

class GroupRun {
 public:
  GroupRun(const store::Store& store, const Group& group, const GroupPlan& plan, Row* row,
           const std::function<bool(const Row&)>& emit, store::TermCache* terms)
      : store_(store), group_(group), plan_(plan), row_(*row), emit_(emit), terms_(terms) {}

  // Returns false when the consumer asked to stop (or an error happened).
  bool Step(size_t i) {
    if (i == plan_.steps.size()) return Optionals(0);
    const PlanStep& step = plan_.steps[i];
    const TriplePattern& t = group_.triples[step.pattern];
    if (t.path) return PathStep(i, t, *t.path);
    bool go_on = true;
    Status s = store_.Match(Value(t.s), Value(t.p), Value(t.o), [&](const model::Triple& triple) {
      std::vector<int> newly;
      if (Bind(t.s, triple.subject, &newly) && Bind(t.p, triple.predicate, &newly) &&
          Bind(t.o, triple.object, &newly)) {
        go_on = t.in_graph ? PerDocument(i, t, triple) : Continue(i);
      }
      for (int v : newly) row_[v].reset();
      return go_on;
    }, terms_);
    if (!s.ok() && status_.ok()) status_ = s;
    if (go_on && status_.ok() && TypeRowsToo(t)) return PathStep(i, t, kTypePath, &RdfType());
    return go_on && status_.ok();
  }

  const Status& status() const { return status_; }

 private:
  // A property path (pattern_path.h): one row per pair it connects, with
  // the pattern's predicate variable bound to `predicate` when given.
  bool PathStep(size_t i, const TriplePattern& t, const Path& path, const model::Term* predicate = nullptr) {
    bool go_on = true;
    Status s = MatchPath(store_, path, Value(t.s), Value(t.o), [&](const model::Term& a, const model::Term& b) {
      std::vector<int> newly;
      if (Bind(t.s, a, &newly) && (predicate == nullptr || Bind(t.p, *predicate, &newly)) && Bind(t.o, b, &newly)) {
        go_on = Continue(i);
      }
      for (int v : newly) row_[v].reset();
      return go_on;
    }, terms_);
    if (!s.ok() && status_.ok()) status_ = s;
    return go_on && status_.ok();
  }

  // `?s ?p ?o` also matches what `a` does (the export's rdf:type triples),
  // outside GRAPH: no document states a type.
  bool TypeRowsToo(const TriplePattern& t) const {
    if (!t.p.is_var() || t.in_graph) return false;
    return !row_[t.p.var] || *row_[t.p.var] == RdfType();
  }

  static const model::Term& RdfType() {
    static const model::Term kRdfType = model::Term::Entity(std::string(model::iri::kRdfType));
    return kRdfType;
  }
  inline static const Path kTypePath{Path::Kind::kType, {}, {}};

  std::optional<model::Term> Value(const Slot& s) const {
    if (!s.is_var()) return s.constant;
    return row_[s.var];
  }

  // Binds the slot's variable to `term` if it is unbound; false if it is
  // bound to another term (`?x ?p ?x`).
  bool Bind(const Slot& s, const model::Term& term, std::vector<int>* newly) {
    if (!s.is_var()) return true;
    auto& cell = row_[s.var];
    if (cell) return *cell == term;
    cell = term;
    newly->push_back(s.var);
    return true;
  }

  // GRAPH ?doc { t }: one row per document supporting the triple.
  bool PerDocument(size_t i, const TriplePattern& t, const model::Triple& triple) {
    std::vector<model::Provenance> provs;
    Status s = store_.Supports(triple, &provs, terms_);
    if (!s.ok()) {
      status_ = s;
      return false;
    }
    std::string last;
    for (const model::Provenance& p : provs) {
      if (p.document == last) continue;
      last = p.document;
      std::vector<int> newly;
      if (Bind(t.graph, model::Term::Entity(std::string(vocab::kDocument) + ":" + p.document), &newly)) {
        bool go_on = Continue(i);
        for (int v : newly) row_[v].reset();
        if (!go_on) return false;
      }
    }
    return true;
  }

  bool Continue(size_t i) {
    for (size_t f : plan_.steps[i].filters) {
      if (!FilterHolds(group_.filters[f], row_)) return true;
    }
    return Step(i + 1);
  }

  // OPTIONAL groups, left to right: each extends the row if it can, and
  // leaves it as it is otherwise.
  bool Optionals(size_t j) {
    if (j == group_.optionals.size()) {
      for (size_t f : plan_.final_filters) {
        if (!FilterHolds(group_.filters[f], row_)) return true;
      }
      return emit_(row_);
    }
    bool any = false;
    bool go_on = true;
    Status s = ExecuteGroup(store_, group_.optionals[j], plan_.optionals[j], &row_, [&](const Row&) {
      any = true;
      go_on = Optionals(j + 1);
      return go_on;
    }, terms_);
    if (!s.ok()) {
      status_ = s;
      return false;
    }
    if (!go_on) return false;
    return any ? true : Optionals(j + 1);
  }

  const store::Store& store_;
  const Group& group_;
  const GroupPlan& plan_;
  Row& row_;
  const std::function<bool(const Row&)>& emit_;
  store::TermCache* terms_;
  Status status_;
};

}  // namespace

Status ExecuteGroup(const store::Store& store, const Group& group, const GroupPlan& plan, Row* row,
                    const std::function<bool(const Row&)>& emit, store::TermCache* terms) {
  GroupRun run(store, group, plan, row, emit, terms);
  run.Step(0);
  return run.status();
}

}  // namespace netra::graph::pattern
