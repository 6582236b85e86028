#include "core/deadline.h"

#include <algorithm>

namespace netra {

namespace {

using Clock = std::chrono::steady_clock;

thread_local Clock::time_point deadline = Clock::time_point::max();  // max: none

}  // namespace

ScopedDeadline::ScopedDeadline(Clock::time_point d) : previous_(deadline) { deadline = std::min(deadline, d); }

ScopedDeadline::~ScopedDeadline() { deadline = previous_; }

Status CheckDeadline() {
  if (deadline == Clock::time_point::max() || Clock::now() < deadline) return Status::Ok();
  return Status::DeadlineExceeded("the time limit passed");
}

}  // namespace netra
