// The evidence behind a canned question's rows (`query ... --evidence`):
// for each row, the facts that tie the entity the row is about to others
// (who cites the law, who holds the post), as stated in the documents the
// row lists, each with its sentence.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "cli/evidence.h"
#include "core/status.h"
#include "core/value.h"
#include "store/store.h"

namespace netra::cli {

// The entity a row is about: its own `id` (regions, officials, statutes,
// events), else the statute it relates (`statute` of regions-citing-laws,
// `statute_a` and `statute_b` of co-cited-laws). Empty when the row names
// none.
std::vector<std::string> RowEntities(const Value& row);

// Prints the rows and, after each, its evidence. Text: the row's cells on
// one line, then the evidence blocks. JSON: {"results": [row ...],
// "evidence": [{"row": i, ...evidence as `netra evidence --format json`}]}.
Status PrintRowsWithEvidence(const store::Store& store, const Value& rows, const EvidenceOutput& output,
                             std::ostream& out);

}  // namespace netra::cli
