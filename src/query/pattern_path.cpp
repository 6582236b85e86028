#include "query/pattern_path.h"

#include <set>
#include <string>
#include <vector>

#include "model/vocab.h"

namespace netra::query::pattern {

namespace {

using model::Term;
using Opt = std::optional<Term>;

class PathRun {
 public:
  PathRun(const store::Store& store, store::TermCache* terms) : store_(store), terms_(terms) {}

  // False when `emit` asked to stop or an error happened.
  bool Eval(const Path& p, const Opt& s, const Opt& o, const PairFn& emit) {
    switch (p.kind) {
      case Path::Kind::kLink: return Link(p.predicate, s, o, emit);
      case Path::Kind::kType: return Type(s, o, emit);
      case Path::Kind::kInverse: return Eval(p.args[0], o, s, [&](const Term& a, const Term& b) { return emit(b, a); });
      case Path::Kind::kAlternative:
        for (const Path& a : p.args) {
          if (!Eval(a, s, o, emit)) return false;
        }
        return true;
      case Path::Kind::kSequence:
        return !s && o ? SequenceBackward(p, p.args.size() - 1, s, *o, emit) : SequenceForward(p, 0, s, o, emit);
      default: return Closure(p, s, o, emit);
    }
  }

  const Status& status() const { return status_; }

 private:
  bool Link(const Term& predicate, const Opt& s, const Opt& o, const PairFn& emit) {
    bool go_on = true;
    Status st = store_.Match(
        s, predicate, o,
        [&](const model::Triple& t) {
          go_on = emit(t.subject, t.object);
          return go_on;
        },
        terms_);
    if (!st.ok()) Fail(st);
    return go_on && status_.ok();
  }

  // `a`: (entity, its type name). Every entity the store holds has a
  // label, so the labelled subjects are the entities.
  bool Type(const Opt& s, const Opt& o, const PairFn& emit) {
    if (o && (!o->is_entity() || o->value.find(':') != std::string::npos)) return true;
    const Term label = Term::Entity(vocab::kLabel);
    if (s) {
      std::string_view type = s->EntityType();
      if (type.empty() || (o && o->value != type)) return true;
      bool held = false;
      Status st = store_.Match(s, label, std::nullopt, [&](const model::Triple&) {
        held = true;
        return false;
      });
      if (!st.ok()) Fail(st);
      return !status_.ok() || !held || emit(*s, Term::Entity(std::string(type)));
    }
    std::set<Term> seen;
    bool go_on = true;
    Status st = store_.Match(std::nullopt, label, std::nullopt, [&](const model::Triple& t) {
      std::string_view type = t.subject.EntityType();
      if (type.empty() || (o && o->value != type) || !seen.insert(t.subject).second) return true;
      go_on = emit(t.subject, Term::Entity(std::string(type)));
      return go_on;
    });
    if (!st.ok()) Fail(st);
    return go_on && status_.ok();
  }

  // args[i..] from `s` (or from anywhere) to `o` (or anywhere).
  bool SequenceForward(const Path& p, size_t i, const Opt& s, const Opt& o, const PairFn& emit) {
    if (i + 1 == p.args.size()) return Eval(p.args[i], s, o, emit);
    return Eval(p.args[i], s, std::nullopt, [&](const Term& a, const Term& mid) {
      return SequenceForward(p, i + 1, mid, o, [&](const Term&, const Term& b) { return emit(a, b); });
    });
  }

  // args[..i] from anywhere to `o`, walked from `o` back.
  bool SequenceBackward(const Path& p, size_t i, const Opt& s, const Term& o, const PairFn& emit) {
    if (i == 0) return Eval(p.args[0], s, o, emit);
    return Eval(p.args[i], std::nullopt, o, [&](const Term& mid, const Term& b) {
      return SequenceBackward(p, i - 1, s, mid, [&](const Term& a, const Term&) { return emit(a, b); });
    });
  }

  // p*, p+, p?: each pair once.
  bool Closure(const Path& p, const Opt& s, const Opt& o, const PairFn& emit) {
    if (s) {
      for (const Term& n : Reach(p, *s, true)) {
        if ((!o || n == *o) && !emit(*s, n)) return false;
      }
      return status_.ok();
    }
    if (o) {
      for (const Term& n : Reach(p, *o, false)) {
        if (!emit(n, *o)) return false;
      }
      return status_.ok();
    }
    for (const Term& start : Starts(p)) {
      if (!Closure(p, start, std::nullopt, emit)) return false;
    }
    return status_.ok();
  }

  // The nodes `p` (a closure) reaches from `start`, forward or backward,
  // each once, in the order met.
  std::vector<Term> Reach(const Path& p, const Term& start, bool forward) {
    std::set<Term> seen;
    std::vector<Term> reached;
    if (p.kind != Path::Kind::kOneOrMore) {
      seen.insert(start);
      reached.push_back(start);
    }
    std::vector<Term> frontier{start};
    bool once = p.kind == Path::Kind::kZeroOrOne;
    while (!frontier.empty() && status_.ok()) {
      std::vector<Term> next;
      for (const Term& n : frontier) {
        Eval(p.args[0], forward ? Opt(n) : std::nullopt, forward ? std::nullopt : Opt(n),
             [&](const Term& a, const Term& b) {
               const Term& to = forward ? b : a;
               if (seen.insert(to).second) {
                 reached.push_back(to);
                 next.push_back(to);
               }
               return true;
             });
      }
      if (once) break;
      frontier = std::move(next);
    }
    return reached;
  }

  // Where a closure with neither end given starts: for `p+` the subjects of
  // p, for `p*` and `p?` every node of the graph a query sees, which holds
  // the `a` triples too: their type terms (`netra:Person`) are nodes.
  std::set<Term> Starts(const Path& p) {
    std::set<Term> starts;
    auto add = [&](const Term& a, const Term& b) {
      starts.insert(a);
      if (p.kind != Path::Kind::kOneOrMore) starts.insert(b);
      return true;
    };
    if (p.kind == Path::Kind::kOneOrMore) {
      Eval(p.args[0], std::nullopt, std::nullopt, add);
    } else {
      Status st = store_.Match(std::nullopt, std::nullopt, std::nullopt,
                               [&](const model::Triple& t) { return add(t.subject, t.object); });
      if (!st.ok()) Fail(st);
      if (status_.ok()) Type(std::nullopt, std::nullopt, add);
    }
    return starts;
  }

  void Fail(const Status& s) {
    if (status_.ok()) status_ = s;
  }

  const store::Store& store_;
  store::TermCache* terms_;
  Status status_;
};

}  // namespace

Status MatchPath(const store::Store& store, const Path& path, const std::optional<model::Term>& s,
                 const std::optional<model::Term>& o, const PairFn& emit, store::TermCache* terms) {
  PathRun run(store, terms);
  run.Eval(path, s, o, emit);
  return run.status();
}

}  // namespace netra::query::pattern
