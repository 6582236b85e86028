// Runs a planned group: nested index look-ups over the store, streaming, on
// term ids. A row holds the ids of its variables' terms as the index keys
// give them; a term is decoded only where a FILTER reads it (and the
// answer's rows, pattern_query.cpp), through the query's QueryTerms.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "core/status.h"
#include "graph/pattern_ast.h"
#include "graph/pattern_planner.h"
#include "graph/pattern_terms.h"
#include "store/store.h"

namespace netra::graph::pattern {

// A solution as term ids (QueryTerms): the id of the term of each variable
// of Query::vars, or nullopt if it is unbound.
using IdRow = std::vector<std::optional<store::TermId>>;

// Calls `emit` once per solution of `group` that extends `*row` (which holds
// the variables bound outside the group; it is restored before returning).
// `emit` returns false to stop early (LIMIT); then the result is OK too.
// Nothing but the current row is held in memory, and the terms the query
// decoded or made (`terms`, kept by the caller for the whole query).
Status ExecuteGroup(const store::Store& store, const Group& group, const GroupPlan& plan, QueryTerms* terms,
                    IdRow* row, const std::function<bool(const IdRow&)>& emit);

}  // namespace netra::graph::pattern
