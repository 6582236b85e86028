// The limits on a query's answer (core/limits.h) as the command line gives
// them: `netra query --timeout/--max-rows/--max-memory`, their defaults,
// `netra serve`'s, and what a command says when one cuts its answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/limits.h"
#include "core/status.h"
#include "core/value.h"

namespace CLI {
class App;
}  // namespace CLI

namespace netra::cli {

// What a one-shot `netra query` (and a line of `netra shell`) may spend
// unless its flags say otherwise; docs/limits.md says why these numbers:
//  - 300 s: over 100x the slowest pattern query measured on the 1M-article
//    store (2.5 s), yet a cross product typed by mistake ends in minutes;
//  - 1,000,000 rows of a pattern query (canned questions have no default
//    row limit: query_commands.cpp), 7 s of a runaway cross join's output
//    at 100k articles; a larger answer is a dump: --max-rows 0 asks for it;
//  - 1024 MB held for ORDER BY, GROUP BY and DISTINCT: a laptop of 8 GB
//    keeps room for the store's caches and everything else it runs.
inline constexpr Limits kCommandLimits{300, 1'000'000, 1024};

// `netra serve`'s per request, up to --threads requests at once: 256 MB
// each, so that 8 requests at their limit stay within 2 GB.
inline constexpr Limits kServeLimits{30, 100'000, 256};

// The flags a command was given; nullopt: not given.
struct LimitFlags {
  std::optional<double> timeout_seconds;
  std::optional<uint64_t> max_rows;
  std::optional<uint64_t> max_memory_mb;
};

// Adds --timeout, --max-rows and --max-memory (`netra query`).
void AddLimitOptions(CLI::App* app, LimitFlags* flags);

// Adds `netra serve`'s --timeout, --max-rows and --max-memory, set in
// `limits` (kServeLimits until given).
void AddServeLimitOptions(CLI::App* app, Limits* limits);

// The object a cut answer ends with (cli/output.h RowPrinter::End,
// query/pattern_results.h): {"limit": "timeout"|"max-rows"|"max-memory",
// "rows": the rows printed, "message": what stopped it and how to raise
// the limit}. REQUIRES: IsLimit(s).
Value IncompleteMarker(const Status& s, const Limits& limits, bool served, uint64_t rows_printed);

// Prints "netra: <context>: incomplete answer, N rows printed: <message>"
// on Diagnostics() and returns kExitIncomplete. REQUIRES: IsLimit(s).
int ReportIncomplete(const Status& s, const std::string& context, const Limits& limits, bool served,
                     uint64_t rows_printed);

}  // namespace netra::cli
