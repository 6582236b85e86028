#include "query/pattern_planner.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "model/vocab.h"
#include "query/pattern_eval.h"

namespace netra::query::pattern {

namespace {

// Below this many estimated matches an exact count is cheap (a short scan of
// keys, nothing decoded) and keeps plans stable on small stores.
constexpr uint64_t kExactCountBelow = 20000;
// How much of a pattern's matches a position bound by an earlier variable is
// assumed to keep: most entities have few facts per predicate.
constexpr uint64_t kBoundVariableSelectivity = 100;
// What a point read (a look-up of one triple) costs in keys read by a scan:
// a step that checks more rows than its constants' matches over this is
// cheaper read once and checked in memory.
constexpr double kKeysPerPointRead = 16;

std::optional<model::Term> Constant(const Slot& s) {
  if (s.is_var()) return std::nullopt;
  return s.constant;
}

// A path's matches with no end given: those of its predicates, added up
// (RocksDB's estimates); a closure that may match zero steps (`p*`, `p?`)
// pairs every node with itself, so it is taken as the whole store.
Result<uint64_t> PathMatches(const store::Store& store, const Path& path, PlanStatistics* stats) {
  if (path.kind == Path::Kind::kLink) return stats->Estimate(store, std::nullopt, path.predicate, std::nullopt);
  if (path.kind == Path::Kind::kType) {
    return stats->Estimate(store, std::nullopt, model::Term::Entity(vocab::kLabel), std::nullopt);
  }
  if (path.kind == Path::Kind::kZeroOrMore || path.kind == Path::Kind::kZeroOrOne) {
    return stats->Estimate(store, std::nullopt, std::nullopt, std::nullopt);
  }
  uint64_t sum = 0;
  for (const Path& a : path.args) {
    NETRA_ASSIGN_OR_RETURN(uint64_t n, PathMatches(store, a, stats));
    sum += n;
  }
  return sum;
}

Result<uint64_t> ConstantMatches(const store::Store& store, const TriplePattern& t, PlanStatistics* stats) {
  if (t.path) {
    NETRA_ASSIGN_OR_RETURN(uint64_t n, PathMatches(store, *t.path, stats));
    bool end_given = !t.s.is_var() || !t.o.is_var();
    return end_given ? std::max<uint64_t>(1, n / kBoundVariableSelectivity) : n;
  }
  auto s = Constant(t.s), p = Constant(t.p), o = Constant(t.o);
  NETRA_ASSIGN_OR_RETURN(uint64_t est, stats->Estimate(store, s, p, o));
  if ((s || p || o) && est < kExactCountBelow) return stats->Count(store, s, p, o);
  return est;
}

bool Bound(const Slot& s, const std::set<int>& bound) { return !s.is_var() || bound.count(s.var) > 0; }

// The index Store::Match uses for this binding pattern (see
// store/key_codec.cpp PlanScan).
std::string IndexFor(bool s, bool p, bool o) {
  if (s && !p && o) return "OSP";
  if (!s && p) return "POS";
  if (!s && !p && o) return "OSP";
  return "SPO";
}

std::set<int> VarsOf(const TriplePattern& t) {
  std::set<int> v;
  for (const Slot* s : {&t.s, &t.p, &t.o}) {
    if (s->is_var()) v.insert(s->var);
  }
  if (t.in_graph && t.graph.is_var()) v.insert(t.graph.var);
  return v;
}

void Explain(const Query& q, const Group& g, const GroupPlan& plan, const std::string& indent, int* warnings,
             std::string* out) {
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    const PlanStep& st = plan.steps[i];
    const TriplePattern& t = g.triples[st.pattern];
    *out += indent + std::to_string(i + 1) + ". " + t.text + "\n" + indent + "   " + st.index + " " +
            (i == 0 ? "scan" : "look-up per row") + ", ~" + std::to_string(st.estimate) +
            (i == 0 ? " matches" : " matches per row") + " (written as pattern " + std::to_string(st.pattern + 1) +
            ", line " + std::to_string(t.pos.line) + ")\n";
    if (st.checked_in_memory) {
      *out += indent + "   (each row checked in memory against its constants' few matches, read once)\n";
    }
    if (st.scans_all) {
      *out += indent + "   WARNING: this step scans every triple in the store (no constant, no bound variable)\n";
      ++*warnings;
    }
    for (size_t f : st.filters) *out += indent + "   FILTER " + ExprText(g.filters[f], q.vars) + "\n";
  }
  for (size_t i = 0; i < plan.optionals.size(); ++i) {
    *out += indent + "OPTIONAL (left join, per row):\n";
    Explain(q, g.optionals[i], plan.optionals[i], indent + "  ", warnings, out);
  }
  for (size_t f : plan.final_filters)
    *out += indent + "FILTER " + ExprText(g.filters[f], q.vars) + " (after the group)\n";
}

}  // namespace

Result<GroupPlan> PlanGroup(const store::Store& store, const Group& group, const std::set<int>& entry_bound,
                            PlanStatistics* stats) {
  GroupPlan plan;
  std::vector<uint64_t> base(group.triples.size());
  for (size_t i = 0; i < group.triples.size(); ++i) {
    NETRA_ASSIGN_OR_RETURN(base[i], ConstantMatches(store, group.triples[i], stats));
  }
  // The fan-outs of the constant predicates.
  std::vector<std::optional<FanOut>> fan_out(group.triples.size());
  for (size_t i = 0; i < group.triples.size(); ++i) {
    const TriplePattern& t = group.triples[i];
    if (t.path || t.p.is_var() || base[i] == 0) continue;
    NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> pid, stats->FindId(store, t.p.constant));
    if (pid) {
      NETRA_ASSIGN_OR_RETURN(fan_out[i], stats->FanOutOf(store, *pid));
    }
  }
  std::set<int> bound = entry_bound;
  // Expected matches of pattern i per incoming row, given what is bound.
  auto per_row = [&](size_t i) -> uint64_t {
    const TriplePattern& t = group.triples[i];
    bool bs = Bound(t.s, bound), bp = Bound(t.p, bound), bo = Bound(t.o, bound);
    bool any_var_bound = false;
    for (const Slot* s : {&t.s, &t.p, &t.o}) any_var_bound |= s->is_var() && bound.count(s->var) > 0;
    if (!any_var_bound) return base[i];
    if (bs && bp && bo) return 1;  // a look-up of one triple
    if (fan_out[i] && bs != bo) {
      double fan = bo ? fan_out[i]->per_object : fan_out[i]->per_subject;
      return std::max<uint64_t>(1, std::min<uint64_t>(base[i], static_cast<uint64_t>(std::llround(fan))));
    }
    uint64_t est = base[i];
    for (const Slot* s : {&t.s, &t.p, &t.o}) {
      if (s->is_var() && bound.count(s->var)) est = std::max<uint64_t>(1, est / kBoundVariableSelectivity);
    }
    return est;
  };
  std::vector<bool> done(group.triples.size(), false);
  double rows_in = 1;  // expected rows reaching the step
  for (size_t step = 0; step < group.triples.size(); ++step) {
    size_t best = 0;
    uint64_t best_est = UINT64_MAX;
    for (size_t i = 0; i < group.triples.size(); ++i) {
      if (done[i]) continue;
      uint64_t est = per_row(i);
      if (est < best_est) {
        best = i;
        best_est = est;
      }
    }
    const TriplePattern& t = group.triples[best];
    bool bs = Bound(t.s, bound), bp = Bound(t.p, bound), bo = Bound(t.o, bound);
    if (t.path) {
      plan.steps.push_back({best, best_est, bs || bo ? "PATH from a bound end" : "PATH", false, {}});
    } else {
      plan.steps.push_back({best, best_est, IndexFor(bs, bp, bo), !bs && !bp && !bo, {}});
      plan.steps.back().checked_in_memory = bs && bp && bo && base[best] > 0 && base[best] <= kExactCountBelow &&
                                            rows_in * kKeysPerPointRead >= static_cast<double>(base[best]);
    }
    rows_in *= static_cast<double>(std::max<uint64_t>(1, best_est));
    done[best] = true;
    for (int v : VarsOf(t)) bound.insert(v);
  }
  // Each filter runs as soon as the required patterns bind all it reads;
  // one that reads a variable only OPTIONAL binds waits for the optionals.
  std::set<int> required = entry_bound;
  std::vector<std::set<int>> bound_after;
  for (const PlanStep& st : plan.steps) {
    for (int v : VarsOf(group.triples[st.pattern])) required.insert(v);
    bound_after.push_back(required);
  }
  for (size_t f = 0; f < group.filters.size(); ++f) {
    std::set<int> reads;
    ExprVars(group.filters[f], &reads);
    bool placed = false;
    for (size_t i = 0; i < bound_after.size() && !placed; ++i) {
      if (std::includes(bound_after[i].begin(), bound_after[i].end(), reads.begin(), reads.end())) {
        plan.steps[i].filters.push_back(f);
        placed = true;
      }
    }
    if (!placed) plan.final_filters.push_back(f);
  }
  for (const Group& opt : group.optionals) {
    NETRA_ASSIGN_OR_RETURN(GroupPlan op, PlanGroup(store, opt, required, stats));
    plan.optionals.push_back(std::move(op));
  }
  return plan;
}

std::string ExplainPlan(const Query& query, const GroupPlan& plan) {
  std::string out = "plan: nested index look-ups in this order (chosen from index statistics, not the written order)\n";
  int warnings = 0;
  Explain(query, query.where, plan, "  ", &warnings, &out);
  std::string after;
  if (query.has_aggregates()) after += " GROUP BY/COUNT,";
  if (!query.order_by.empty()) after += " ORDER BY,";
  if (query.distinct) after += " DISTINCT,";
  if (query.offset) after += " OFFSET " + std::to_string(query.offset) + ",";
  if (query.limit) after += " LIMIT " + std::to_string(*query.limit) + ",";
  if (!after.empty()) {
    after.pop_back();
    out += "then:" + after + "\n";
  }
  if (warnings)
    out += "warning: " + std::to_string(warnings) +
           " step(s) scan the whole store; add a constant to make them selective\n";
  return out;
}

}  // namespace netra::query::pattern
