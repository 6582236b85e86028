// A time limit on the work of the calling thread: `netra query --timeout`
// gives its command one, `netra serve --timeout` each request. Long reads (the store's scans) check it now and
// then and stop with DeadlineExceeded once it has passed, so that a query
// that would run for minutes gives its thread back instead. Work that
// reads nothing (scoring a projection already in memory) is not stopped.
#pragma once

#include <chrono>

#include "core/status.h"

namespace netra {

// While it lives, the calling thread's deadline is `deadline` (an earlier
// one in force stays in force).
class ScopedDeadline {
 public:
  explicit ScopedDeadline(std::chrono::steady_clock::time_point deadline);
  ~ScopedDeadline();
  ScopedDeadline(const ScopedDeadline&) = delete;
  ScopedDeadline& operator=(const ScopedDeadline&) = delete;

 private:
  std::chrono::steady_clock::time_point previous_;
};

// DeadlineExceeded if the calling thread has a deadline and it has passed,
// else OK. One thread-local read without a deadline; a clock read with one.
Status CheckDeadline();

// For loops over many keys: CheckDeadline every 1024th call (the first
// included), so that the clock is read once per 1024 keys.
class DeadlineTicker {
 public:
  Status Tick() { return (count_++ & 1023) == 0 ? CheckDeadline() : Status::Ok(); }

 private:
  unsigned count_ = 0;
};

}  // namespace netra
