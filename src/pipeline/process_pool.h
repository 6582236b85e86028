// Runs Process on worker threads and hands the results back in the order the
// documents were submitted, so that what is written (to a store, an SST set
// or stdout) does not depend on the number of threads.
//
//   ProcessPool pool(res, 2);  // the caller and one worker
//   for (doc : docs) {
//     while (pool.Full()) Consume(pool.TakeNext());
//     pool.Submit(std::move(doc));
//   }
//   while (pool.in_flight() > 0) Consume(pool.TakeNext());
//
// Extraction is independent per document and the Resources are read-only,
// so the workers share nothing but two queues. One thread (the caller)
// submits and takes; with one thread it processes everything itself.
//
// Documents travel in batches of consecutive documents (up to 64, or to
// 64 KiB of text), each processed on one thread and handed back whole: one
// lock and at most one wake-up per batch rather than per document. While
// the batch the caller waits for is not done, the caller processes queued
// batches itself instead of sleeping, so it is one of the threads that
// extract: `--jobs N` runs N - 1 workers beside it, and N threads in all
// keep N cores busy without switching between them.
//
// A caller that only prints (`netra extract`, `inspect`) gives a Render
// function: each batch's documents are then also formatted on the thread
// that processed them, into one buffer, and the caller only writes that
// buffer in order (TakeBatch).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"

namespace netra::pipeline {

class ProcessPool {
 public:
  // Appends what the caller will write for a processed document to `out`.
  // Called on several threads at once: it must only read `p`.
  using Render = std::function<void(const ProcessedDocument& p, std::string* out)>;

  struct Done {
    std::string source;  // the document's file (and line), for messages
    // Without a Render function: the processed document or why it failed.
    // With one: only whether it failed (an empty document when ok; the
    // document was freed on its thread once rendered).
    Result<ProcessedDocument> processed;
    // For a document processed with facts left out (DroppedFactsMessage):
    // what to tell the user. Its kept facts are written all the same.
    std::string warning;
  };

  // Consecutive submitted documents, processed together on one thread.
  struct Batch {
    std::vector<Done> docs;  // in submission order
    // With a Render function: what it wrote for each document that did not
    // fail, in order; docs[i]'s bytes end at ends[i] (failed ones are empty).
    std::string rendered;
    std::vector<size_t> ends;
    std::string_view Rendered(size_t i) const;

    std::vector<model::Document> input;  // the pool's: the documents until processed
    size_t input_bytes = 0;              // the pool's: their text, to know when it is full
  };

  // `threads` process documents, the caller's included: threads - 1 workers
  // are started (threads <= 0: one per core).
  ProcessPool(const extract::Resources& res, int threads, Render render = nullptr);
  ~ProcessPool();  // finishes what was submitted, then joins
  ProcessPool(const ProcessPool&) = delete;
  ProcessPool& operator=(const ProcessPool&) = delete;

  int workers() const { return static_cast<int>(threads_.size()); }
  // True when the caller should take results before it submits more: enough
  // batches are submitted to keep every thread busy while the caller writes.
  bool Full() const { return next_seq_ - taken_seq_ >= window_; }
  // Documents submitted and not yet taken.
  size_t in_flight() const { return submitted_ - taken_; }

  void Submit(model::Document doc);

  // The two ways to take results; a caller uses one of them.
  // REQUIRES: in_flight() > 0. The oldest batch not yet taken (processing
  // queued batches on the caller's thread while it is not done). Hand it
  // back with Recycle once written.
  std::unique_ptr<Batch> TakeBatch();
  void Recycle(std::unique_ptr<Batch> batch);
  // REQUIRES: in_flight() > 0. The oldest document not yet taken.
  Done TakeNext();

 private:
  // A batch is full at this many documents or this much text (about 2 ms of
  // extraction, ~1 MB of facts): large enough that hand-offs cost nothing,
  // small enough that the last batch does not keep the other threads idle.
  static constexpr size_t kBatchDocuments = 64;
  static constexpr size_t kBatchBytes = 64 << 10;

  void Work();
  void Run(Batch* batch) const;  // Process (and Render) every input document
  // Takes the first queued job, runs it without `lock` and hands in its
  // result; returns its sequence number. REQUIRES: `lock` holds mu_ and the
  // queue is not empty.
  uint64_t RunQueued(std::unique_lock<std::mutex>& lock);
  void Close();  // queues the open batch, if it holds any document
  std::unique_ptr<Batch> NextBatch();
  std::unique_ptr<Batch> SpareBatch();  // REQUIRES: mu_ held

  const extract::Resources& res_;
  const Render render_;
  std::vector<std::thread> threads_;
  uint64_t window_ = 1;  // batches submitted ahead of the caller: Full()

  // The caller's thread only.
  std::unique_ptr<Batch> open_;         // being filled by Submit
  uint64_t next_seq_ = 0;               // the number the next closed batch gets
  uint64_t taken_seq_ = 0;              // the batch the caller takes next
  uint64_t submitted_ = 0, taken_ = 0;  // documents
  std::unique_ptr<Batch> current_;      // TakeNext: the batch it hands out
  size_t current_next_ = 0;             // TakeNext: its next document

  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<uint64_t, std::unique_ptr<Batch>>> queue_;  // GUARDED_BY(mu_)
  std::map<uint64_t, std::unique_ptr<Batch>> done_;                // GUARDED_BY(mu_)
  std::vector<std::unique_ptr<Batch>> spare_;                      // GUARDED_BY(mu_): recycled batches
  bool stopping_ = false;                                          // GUARDED_BY(mu_)
  static constexpr uint64_t kNone = ~uint64_t{0};
  uint64_t awaited_ = kNone;  // GUARDED_BY(mu_): the batch the caller sleeps for, if any
};

// The number of threads a command uses for `--jobs N` (N <= 0: one per core).
int WorkerCount(int jobs);

}  // namespace netra::pipeline
