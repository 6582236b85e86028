// Running the independent passes of one column-family job side by side: the
// bulk loader's spills and merges (bulk_loader.cpp) and the merge of SST sets
// (sst_set_merge.cpp), each pass owning its own files.
// Internal to netra_store.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include "core/side_by_side.h"
#include "core/status.h"

namespace netra::store {

// Runs independent tasks on up to `threads` threads (the caller's included),
// each thread taking the next task not yet started, in the order given (so
// put the longest first), and returns the first failure in that order. Every
// task runs even if another fails: each owns its files, and stopping halfway
// would only leave more to clean up.
inline Status RunTasks(std::vector<std::function<Status()>> tasks, size_t threads) {
  std::vector<Status> results(tasks.size());
  std::atomic<size_t> next{0};
  RunSideBySide(std::min(tasks.size(), std::max<size_t>(threads, 1)), [&](size_t) {
    for (size_t i; (i = next.fetch_add(1)) < tasks.size();) results[i] = tasks[i]();
  });
  for (Status& s : results) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// What a thread count of 0 means: one per core.
inline size_t ThreadCount(int requested) { return requested > 0 ? static_cast<size_t>(requested) : CoreCount(); }

}  // namespace netra::store
