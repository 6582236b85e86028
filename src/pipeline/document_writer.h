// The store side of `ingest --facts` and `sst --facts` (fact_loader.h):
// the thread that reads and parses fact files hands each assembled document
// to a DocumentQueue, and a DocumentWriter on a thread of its own writes them
// to the store (or an SST set), so that parsing the next lines overlaps with
// the store's work (the two take about as long). Internal to netra_pipeline.
//
//   DocumentQueue queue;
//   std::thread writing([&] { written = writer.WriteAll(&queue); });
//   ... queue.Push(std::move(doc)) for each document ...
//   queue.Close();
//   writing.join();
//   writer.Report(&report);
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/status.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace netra::pipeline {

// Documents in order, a few at a time, from one thread to another.
class DocumentQueue {
 public:
  // Blocks while the queue is full. False once closed: the document is dropped.
  bool Push(store::DocumentFacts&& doc);
  // Blocks until a document is there; nullopt once closed and drained.
  std::optional<store::DocumentFacts> Pop();
  // No more documents: the reader has read everything, or the writer failed.
  void Close();

 private:
  static constexpr size_t kCapacity = 64;  // documents: a few MB
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<store::DocumentFacts> docs_;  // GUARDED_BY(mu_)
  bool closed_ = false;                    // GUARDED_BY(mu_)
};

// Where assembled documents go: batches of WriteDocuments into `store`
// (options.batch_documents a batch), or a bulk loader (options.bulk: into
// the store; or a loader given, writing an SST set). Used by one thread at
// a time; its counters and problems are its own until Report.
class DocumentWriter {
 public:
  DocumentWriter(store::Store* store, const IngestOptions& options) : store_(store), options_(options) {}
  DocumentWriter(std::unique_ptr<store::BulkLoader> loader, const IngestOptions& options)
      : store_(nullptr), options_(options), bulk_(std::move(loader)) {}

  // Starts the bulk load, if any (a store error, e.g. Busy, fails it).
  Status Start();

  // Writes the queue's documents until it is closed and drained, then
  // finishes the load; on a store error, closes the queue and stops.
  Status WriteAll(DocumentQueue* queue);

  // Adds what was written, and the documents a bulk load refused, to `report`.
  void Report(IngestReport* report);

 private:
  Status Write(store::DocumentFacts&& doc);
  Status Flush();

  store::Store* store_;
  const IngestOptions& options_;
  std::unique_ptr<store::BulkLoader> bulk_;
  std::vector<store::DocumentFacts> batch_;
  size_t batch_facts_ = 0;
  store::WriteCounters counters_;
  std::vector<ingest::Diagnostic> problems_;
  uint64_t refused_ = 0;
};

}  // namespace netra::pipeline
