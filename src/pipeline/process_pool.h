// Runs Process on worker threads and hands the results back in the order the
// documents were submitted, so that what is written (to a store, an SST set
// or stdout) does not depend on the number of threads.
//
//   ProcessPool pool(res, 2);
//   for (doc : docs) {
//     while (pool.in_flight() >= pool.capacity()) Consume(pool.TakeNext());
//     pool.Submit(std::move(doc));
//   }
//   while (pool.in_flight() > 0) Consume(pool.TakeNext());
//
// Extraction is independent per document and the Resources are read-only,
// so the workers share nothing but two queues. One thread (the caller)
// submits and takes; with 0 workers Submit processes inline on it.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"

namespace netra::pipeline {

class ProcessPool {
 public:
  struct Done {
    std::string source;  // the document's file (and line), for messages
    Result<ProcessedDocument> processed;
  };

  // workers < 0: one per hardware thread.
  ProcessPool(const extract::Resources& res, int workers);
  ~ProcessPool();  // finishes what was submitted, then joins
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  int workers() const { return static_cast<int>(threads_.size()); }
  // Submitted documents beyond which the caller should take results first:
  // enough to keep every worker busy while the caller writes.
  size_t capacity() const { return 4 * threads_.size() + 1; }
  // Submitted and not yet taken.
  size_t in_flight() const { return submitted_ - taken_; }

  void Submit(model::Document doc);
  // REQUIRES: in_flight() > 0. Blocks until the oldest submitted document is
  // processed.
  Done TakeNext();

 private:
  void Work();

  const extract::Resources& res_;
  std::vector<std::thread> threads_;
  uint64_t submitted_ = 0, taken_ = 0;  // the caller's thread only

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<uint64_t, model::Document>> queue_;  // GUARDED_BY(mu_)
  std::map<uint64_t, Done> done_;                            // GUARDED_BY(mu_)
  bool stopping_ = false;                                    // GUARDED_BY(mu_)
};

// The number of workers a command uses for `--jobs N` (N <= 0: all cores).
int WorkerCount(int jobs);

}  // namespace netra::pipeline
