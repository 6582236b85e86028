#include "cli/limits.h"

#include <CLI/CLI.hpp>

#include "cli/common.h"
#include "core/value.h"

namespace netra::cli {

namespace {

struct LimitNames {
  const char* flag;   // "max-rows"
  std::string value;  // "1000", "30 s"
};

LimitNames NamesOf(const Status& s, const Limits& limits) {
  switch (s.code()) {
    case StatusCode::kRowLimit: return {"max-rows", std::to_string(limits.max_rows)};
    case StatusCode::kMemoryLimit: return {"max-memory", std::to_string(limits.max_memory_mb)};
    default: return {"timeout", FormatNumber(limits.timeout_seconds)};
  }
}

// What stopped the answer and how to raise the limit. A request cannot
// raise the server's limits (its flags only narrow them).
std::string LimitMessage(const Status& s, const Limits& limits, bool served) {
  LimitNames names = NamesOf(s, limits);
  std::string flag = std::string("--") + names.flag;
  if (served) {
    return s.message() + " (netra serve " + flag + " " + names.value + ": narrow the question or add LIMIT)";
  }
  return s.message() + " (" + flag + " " + names.value + ": raise it, or " + flag + " 0 for no limit)";
}

// A number of rows or MB: CLI11 would read "-1" into an unsigned as its
// wrap-around, a limit of 2^64.
CLI::Validator Count() {
  return CLI::Validator([](std::string& s) { return s.empty() || s[0] != '-' ? std::string() : "0 or more, not " + s; },
                        "N");
}

}  // namespace

void AddLimitOptions(CLI::App* app, LimitFlags* flags) {
  app->add_option("--timeout", flags->timeout_seconds,
                  "stop after this many seconds (default " + FormatNumber(kCommandLimits.timeout_seconds) +
                      "; 0: no limit); what was printed stays, marked incomplete, exit 4")
      ->check(CLI::Range(0.0, 1e9));
  app->add_option("--max-rows", flags->max_rows,
                  "stop after this many rows (default " + std::to_string(kCommandLimits.max_rows) +
                      " for a pattern query, none for a canned one; 0: no limit); the rows printed stay, marked "
                      "incomplete, exit 4")
      ->check(Count());
  app->add_option("--max-memory", flags->max_memory_mb,
                  "MB a pattern query may hold for ORDER BY, GROUP BY/COUNT and DISTINCT (default " +
                      std::to_string(kCommandLimits.max_memory_mb) + "; 0: no limit); more: stopped, exit 4")
      ->check(Count());
}

void AddServeLimitOptions(CLI::App* app, Limits* limits) {
  app->add_option("--timeout", limits->timeout_seconds,
                  "seconds a request may run before it is stopped with 503 (default " +
                      FormatNumber(kServeLimits.timeout_seconds) + ")")
      ->check(CLI::Range(0.001, 86400.0));
  app->add_option("--max-rows", limits->max_rows,
                  "most rows a query's answer may have; more: 413 (default " + std::to_string(kServeLimits.max_rows) +
                      "; 0: no limit)")
      ->check(Count());
  app->add_option("--max-memory", limits->max_memory_mb,
                  "MB a query may hold for ORDER BY, GROUP BY/COUNT and DISTINCT; more: 413 (default " +
                      std::to_string(kServeLimits.max_memory_mb) + "; 0: no limit)")
      ->check(Count());
}

Value IncompleteMarker(const Status& s, const Limits& limits, bool served, uint64_t rows_printed) {
  Value v = Value::Object();
  v.Set("limit", Value::Str(NamesOf(s, limits).flag));
  v.Set("rows", Value::Int(static_cast<int64_t>(rows_printed)));
  v.Set("message", Value::Str(LimitMessage(s, limits, served)));
  return v;
}

int ReportIncomplete(const Status& s, const std::string& context, const Limits& limits, bool served,
                     uint64_t rows_printed) {
  Diagnostics() << "netra: " << context << ": incomplete answer, " << rows_printed
                << (rows_printed == 1 ? " row" : " rows") << " printed: " << LimitMessage(s, limits, served) << "\n";
  return kExitIncomplete;
}

}  // namespace netra::cli
