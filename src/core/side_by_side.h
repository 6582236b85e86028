// Running a few parts of one job side by side, one thread each: the large
// passes of regions-citing-laws (query/canned/citations.cpp,
// query/canned/regions_citing_laws.cpp) cut their work into parts of
// consecutive items whose results they then put together in order, so that
// the answer does not depend on the threads; the bulk loader
// (store/bulk_loader.cpp) spills and merges its column families this way.
#pragma once

#include <algorithm>
#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace netra {

// Runs task(0), ..., task(n - 1): task(0) on this thread, each other one on
// a thread of its own (or here, after the others started, if no thread can
// be had). Returns when all are done. The tasks must not throw.
template <typename Task>
void RunSideBySide(size_t n, const Task& task) {
  std::vector<std::thread> threads;
  for (size_t i = 1; i < n; ++i) {
    try {
      threads.emplace_back([&task, i] { task(i); });
    } catch (const std::system_error&) {
      task(i);
    }
  }
  if (n > 0) task(0);
  for (std::thread& t : threads) t.join();
}

// The cores this machine has (at least 1): what a thread count of 0 means.
inline size_t CoreCount() { return std::max(1u, std::thread::hardware_concurrency()); }

// How many parts `items` make: one per `min_items_per_part`, at least one,
// at most `threads` (0: one per core).
inline size_t PartsFor(size_t items, size_t min_items_per_part, size_t threads) {
  size_t most = threads > 0 ? threads : CoreCount();
  return std::clamp<size_t>(items / std::max<size_t>(min_items_per_part, 1), 1, most);
}

}  // namespace netra
