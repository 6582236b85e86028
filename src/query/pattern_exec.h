// Runs a planned group: nested index look-ups over the store, streaming, on
// term ids. A row holds the ids of its variables' terms as the index keys
// give them; a term is decoded only where a FILTER reads it (and the
// answer's rows, pattern_query.cpp), through the query's QueryTerms.
#pragma once

#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "query/pattern_ast.h"
#include "query/pattern_planner.h"
#include "query/pattern_terms.h"
#include "store/store.h"

namespace netra::query::pattern {

// A solution as term ids (QueryTerms): the id of the term of each variable
// of Query::vars, or nullopt if it is unbound.
using IdRow = std::vector<std::optional<store::TermId>>;

struct TripleIdsHash {
  size_t operator()(const store::TripleIds& t) const {
    return std::hash<store::TermId>()(t.s ^ (t.p * 0x9e3779b97f4a7c15ULL) ^ (t.o * 0xc2b2ae3d27d4eb4fULL));
  }
};

// What one run of a query keeps across its groups and rows: the terms it
// decoded or made, the store's ids of its constants, and the matches of
// each step it checks in memory (PlanStep::checked_in_memory), read the
// first time the step runs.
struct QueryRun {
  explicit QueryRun(const store::Store& store) : terms(store) {}
  QueryTerms terms;
  std::unordered_map<const Slot*, std::optional<store::TermId>> constants;  // nullopt: not in the store
  std::unordered_map<const TriplePattern*, std::unordered_set<store::TripleIds, TripleIdsHash>> checked;
};

// Calls `emit` once per solution of `group` that extends `*row` (which holds
// the variables bound outside the group; it is restored before returning).
// `emit` returns false to stop early (LIMIT); then the result is OK too.
// Nothing but the current row is held in memory, and what `run` keeps
// (the caller's, for the whole query).
Status ExecuteGroup(const store::Store& store, const Group& group, const GroupPlan& plan, QueryRun* run, IdRow* row,
                    const std::function<bool(const IdRow&)>& emit);

}  // namespace netra::query::pattern
