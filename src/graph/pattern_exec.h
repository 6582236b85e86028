// Runs a planned group: nested index look-ups over the store, streaming.
#pragma once

#include <functional>

#include "core/status.h"
#include "graph/pattern_ast.h"
#include "graph/pattern_eval.h"
#include "graph/pattern_planner.h"
#include "store/store.h"

namespace netra::graph::pattern {

// Calls `emit` once per solution of `group` that extends `*row` (which holds
// the variables bound outside the group; it is restored before returning).
// `emit` returns false to stop early (LIMIT); then the result is OK too.
// Nothing but the current row is held in memory, and the terms met
// (`terms`, kept by the caller for the whole query).
Status ExecuteGroup(const store::Store& store, const Group& group, const GroupPlan& plan, Row* row,
                    const std::function<bool(const Row&)>& emit, store::TermCache* terms = nullptr);

}  // namespace netra::graph::pattern
