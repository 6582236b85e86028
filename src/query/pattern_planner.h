// Join order for a pattern query, chosen from index statistics.
//
// Each group's triple patterns are joined by nested index look-ups: the
// first pattern is one prefix scan, each later one a look-up per row with
// the variables bound so far substituted in. The order is greedy: at each
// step the pattern expected to give the fewest rows. A pattern with no
// variable bound yet gives Store::EstimateMatches of its constants (exact
// CountMatches when that is small); one whose subject, predicate and object
// are all known gives 1; one of a constant predicate with its subject or
// its object bound gives the predicate's triples per subject or per object
// (sampled: PlanStatistics::FanOutOf); otherwise each bound position is assumed to keep 1/100
// of the matches. The written order only breaks ties.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "query/pattern_ast.h"
#include "query/pattern_stats.h"
#include "store/store.h"

namespace netra::query::pattern {

struct PlanStep {
  size_t pattern = 0;           // index into Group::triples
  uint64_t estimate = 0;        // expected matches per incoming row
  std::string index;            // "SPO", "POS" or "OSP": the order Store::Match scans
  bool scans_all = false;       // nothing bound: the whole SPO index
  std::vector<size_t> filters;  // Group::filters checked right after this step
  // Every position is known when the step runs (it checks one triple per
  // row), and the pattern's constants match few triples: those are read
  // once, and each row is checked against them in memory instead of by a
  // point read.
  bool checked_in_memory = false;
};

struct GroupPlan {
  std::vector<PlanStep> steps;
  std::vector<size_t> final_filters;  // need OPTIONAL's variables, or bind none
  std::vector<GroupPlan> optionals;   // one per Group::optionals
};

// `bound`: the variables bound before the group runs (an OPTIONAL sees its
// parent's). Reads statistics and samples of keys through `stats` (which
// may know them already), never the matches of the whole query.
Result<GroupPlan> PlanGroup(const store::Store& store, const Group& group, const std::set<int>& bound,
                            PlanStatistics* stats);

// The plan as indented text for --explain, with a warning line for every
// step that scans the whole store.
std::string ExplainPlan(const Query& query, const GroupPlan& plan);

}  // namespace netra::query::pattern
