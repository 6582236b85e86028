// Pattern queries: the SPARQL subset netra answers from its indexes.
//
//   PREFIX ex: <Region:>                      # optional; see DefaultPrefixes
//   SELECT [DISTINCT] ?a ?b | * | (COUNT([DISTINCT] ?x|*) AS ?n) ...
//   WHERE {
//     ?person netra:cites Statute:UU/20/2023 ;   # `;` and `,` lists
//             netra:label ?name .
//     GRAPH ?doc { ?person netra:cites ?law }    # ?doc: each supporting Document
//     OPTIONAL { ?person netra:degree ?degree }
//     FILTER (?date > "2024-08-31"^^xsd:date && netra:contains(?name, "linggau"))
//   }
//   GROUP BY ?a  ORDER BY DESC(?n) ?a  LIMIT 10  OFFSET 20
//
// Terms: `?x` variables; entities as `<Region:16.73>` or prefixed
// (`Region:16.73`, `region:16.73`, predicates `netra:cites`); literals
// "text", 42, "2024-08-31"^^xsd:date. FILTER has = != < > <= >= && || !,
// LCASE UCASE STR BOUND YEAR CONTAINS STRSTARTS STRENDS and netra:fold (case
// and accents folded), netra:contains (folded contains), netra:type (an
// entity's type). Dates compare as dates (also with date-shaped strings),
// integers as numbers (also with numeric strings).
//
// Evaluation streams from the SPO/POS/OSP indexes on term ids
// (pattern_exec.h; pattern_planner.h for the join order). Without ORDER BY,
// GROUP BY or COUNT, the answer's rows stream out as they are found, decoded
// a batch at a time; with them, the rows (or the groups, counted as the rows
// come) are held as ids, within a memory budget, and decoded at the end,
// each distinct term once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "core/status.h"
#include "core/value.h"
#include "store/store.h"

namespace netra::query {

namespace pattern {
class PlanStatistics;  // pattern_stats.h
}  // namespace pattern

// True if the text reads as a pattern query rather than a canned query's
// name (it starts with SELECT or PREFIX, after comments).
bool IsPatternQuery(std::string_view text);

// A pattern query's answer as terms: the columns (variable names without
// `?`, in SELECT order) and one term per column and row (nullopt: unbound).
struct PatternResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<model::Term>>> rows;
};

// Receives a pattern query's answer as the query finds it.
class RowSink {
 public:
  virtual ~RowSink() = default;
  // Once, before any row: the columns, as PatternResult's.
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  // One row, a term per column (nullopt: unbound); the sink may move from it.
  virtual void Row(std::vector<std::optional<model::Term>>& row) = 0;
  // The rows given so far should reach their reader now (after each batch).
  virtual void Flush() {}
};

// Runs the query, giving its rows to `sink`. A query without ORDER BY,
// GROUP BY or COUNT gives them while it runs, in batches at most 0.1 s
// apart (of 256 rows, then larger, up to 65536); the others once all rows
// are known. Stops early with
//  - RowLimit after giving `limits.max_rows` rows, when there are more;
//  - MemoryLimit when what it holds (the rows ORDER BY sorts, GROUP BY's
//    groups, the rows DISTINCT has seen) passes `limits.max_memory_mb`;
//  - DeadlineExceeded when the thread's deadline passes (core/deadline.h;
//    the caller sets it: `limits.timeout_seconds` is not read here);
// the rows given before stay given: the sink has a part of the answer.
// InvalidArgument "line L, column C: ..." for a malformed query; `stats`
// as for RunPatternQueryTerms.
Status StreamPatternQuery(const store::Store& store, std::string_view text, const Limits& limits, RowSink* sink,
                          pattern::PlanStatistics* stats = nullptr);

// The answer as terms, for the W3C result formats (pattern_results.h).
// InvalidArgument "line L, column C: ..." for a malformed query. `stats`,
// when given, is what earlier queries read of the store for their plans
// (kept by a caller that asks many: `netra shell`); it is used if the
// store is still at the version it was read at, and learns this query's.
Result<PatternResult> RunPatternQueryTerms(const store::Store& store, std::string_view text,
                                           pattern::PlanStatistics* stats = nullptr);

// The rows, an array of objects keyed by variable name (without `?`), in
// SELECT order; unbound variables are null, entities their id, integers
// numbers, dates and strings text. InvalidArgument "line L, column C: ..."
// for a malformed query.
Result<Value> RunPatternQuery(const store::Store& store, std::string_view text);

// The answer as RunPatternQuery gives it.
Value ResultRows(const PatternResult& result);
// One row of it.
Value RowValue(const std::vector<std::string>& columns, const std::vector<std::optional<model::Term>>& row);

// The plan RunPatternQuery would follow, as text (pattern_planner.h);
// `stats` as for RunPatternQueryTerms.
Result<std::string> ExplainPatternQuery(const store::Store& store, std::string_view text,
                                        pattern::PlanStatistics* stats = nullptr);

}  // namespace netra::query
