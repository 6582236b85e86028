// What one answer may cost: time, rows, and the memory of what a query
// must hold before it can print (the rows ORDER BY sorts, the groups
// GROUP BY counts, the rows DISTINCT has seen). `netra query` takes them
// as --timeout, --max-rows and --max-memory; `netra serve` gives each
// request the same three (cli/limits.h). A limit that stops an answer
// never passes for the whole answer: the command says which limit and
// exits 4 (the server answers 413 or 503).
#pragma once

#include <cstdint>

#include "core/status.h"

namespace netra {

// 0 in any field: no limit.
struct Limits {
  double timeout_seconds = 0;  // set as the thread's deadline (core/deadline.h)
  uint64_t max_rows = 0;       // rows of the answer
  uint64_t max_memory_mb = 0;  // MemoryBudget
};

// Whether `s` says a limit stopped the work (DeadlineExceeded, RowLimit,
// MemoryLimit) rather than that it failed.
bool IsLimit(const Status& s);

// RowLimit for an answer of more than `max_rows` rows.
Status TooManyRows(uint64_t max_rows);

// The bytes a query holds for its answer, as it reckons them: each held
// row, group or seen key is charged what it takes on the heap (an estimate
// from its sizes, within a small factor of what malloc gives). Not
// thread-safe: one per query run.
class MemoryBudget {
 public:
  explicit MemoryBudget(uint64_t max_bytes) : max_bytes_(max_bytes) {}  // 0: no limit

  // Adds `bytes` to what is held; MemoryLimit once that passes the budget
  // (the bytes stay charged: the caller stops).
  Status Charge(uint64_t bytes) {
    held_ += bytes;
    return max_bytes_ == 0 || held_ <= max_bytes_ ? Status::Ok() : Exceeded();
  }
  void Release(uint64_t bytes) { held_ -= bytes < held_ ? bytes : held_; }
  uint64_t held() const { return held_; }

 private:
  Status Exceeded() const;

  uint64_t max_bytes_;
  uint64_t held_ = 0;
};

}  // namespace netra
