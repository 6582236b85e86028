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
//
// A caller that only prints (`netra extract`, `inspect`) gives a Render
// function: each worker then also formats its documents, and the caller
// only writes bytes in order. Without it the caller would format every
// document on its one thread, and more workers would not go faster.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"

namespace netra::pipeline {

class ProcessPool {
 public:
  // Appends what the caller will write for a processed document to `out`.
  // Called on the worker threads, several at once: it must only read `p`.
  using Render = std::function<void(const ProcessedDocument& p, std::string* out)>;

  struct Done {
    std::string source;  // the document's file (and line), for messages
    // Without a Render function: the processed document or why it failed.
    // With one: only whether it failed (an empty document when ok; the
    // document was freed on its worker once rendered).
    Result<ProcessedDocument> processed;
    std::string rendered;  // with a Render function: its output (empty on failure)
  };

  // workers < 0: one per hardware thread.
  ProcessPool(const extract::Resources& res, int workers, Render render = nullptr);
  ~ProcessPool();  // finishes what was submitted, then joins
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  int workers() const { return static_cast<int>(threads_.size()); }
  // Submitted documents beyond which the caller should take results first:
  // enough to keep every worker busy while the caller writes, and while the
  // oldest document, which the caller waits for, is a long one.
  size_t capacity() const { return 8 * threads_.size() + 1; }
  // Submitted and not yet taken.
  size_t in_flight() const { return submitted_ - taken_; }

  void Submit(model::Document doc);
  // REQUIRES: in_flight() > 0. Blocks until the oldest submitted document is
  // processed.
  Done TakeNext();
  // Hands back a Done's `rendered` once written: a later document is rendered
  // into its memory, so that buffers are not allocated and grown per document.
  void Recycle(std::string buffer);

 private:
  void Work();
  // Process, then Render into `buffer` if there is a Render function.
  Done Run(model::Document doc, std::string buffer);
  std::string SpareBuffer();        // REQUIRES: mu_ held
  bool CallerShouldWake() const;    // REQUIRES: mu_ held

  const extract::Resources& res_;
  const Render render_;
  std::vector<std::thread> threads_;
  uint64_t submitted_ = 0, taken_ = 0;  // the caller's thread only

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<uint64_t, model::Document>> queue_;  // GUARDED_BY(mu_)
  std::map<uint64_t, Done> done_;                            // GUARDED_BY(mu_)
  std::vector<std::string> spare_;                           // GUARDED_BY(mu_): recycled buffers
  bool stopping_ = false;                                    // GUARDED_BY(mu_)
  static constexpr uint64_t kNone = ~uint64_t{0};
  uint64_t awaited_ = kNone;  // GUARDED_BY(mu_): the document TakeNext waits for, if any
};

// The number of workers a command uses for `--jobs N` (N <= 0: all cores).
int WorkerCount(int jobs);

}  // namespace netra::pipeline
