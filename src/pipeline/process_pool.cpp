#include "pipeline/process_pool.h"

#include <utility>

#include "core/side_by_side.h"

namespace netra::pipeline {

int WorkerCount(int jobs) { return jobs > 0 ? jobs : static_cast<int>(CoreCount()); }

std::string_view ProcessPool::Batch::Rendered(size_t i) const {
  size_t begin = i == 0 ? 0 : ends[i - 1];
  return std::string_view(rendered).substr(begin, ends[i] - begin);
}

ProcessPool::ProcessPool(const extract::Resources& res, int threads, Render render)
    : res_(res), render_(std::move(render)) {
  const int workers = WorkerCount(threads) - 1;
  // Alone, the caller needs no batch ahead; with workers, a few per thread,
  // so that the caller finds one queued when the one it waits for is not
  // done, and the workers find one when they finish theirs.
  if (workers > 0) window_ = 4 * (static_cast<uint64_t>(workers) + 1);
  for (int i = 0; i < workers; ++i) threads_.emplace_back([this] { Work(); });
}

ProcessPool::~ProcessPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  for (std::thread& t : threads_) t.join();
}

void ProcessPool::Run(Batch* batch) const {
  for (model::Document& doc : batch->input) {
    std::string source = doc.source;
    Done d{std::move(source), Process(std::move(doc), res_), {}};
    if (d.processed.ok()) d.warning = DroppedFactsMessage(d.processed->facts.size(), d.processed->facts_dropped);
    if (render_ && d.processed.ok()) {
      render_(*d.processed, &batch->rendered);
      d.processed = ProcessedDocument();  // freed here, on its thread, not by the caller
    }
    batch->ends.push_back(batch->rendered.size());
    batch->docs.push_back(std::move(d));
  }
  batch->input.clear();
}

std::unique_ptr<ProcessPool::Batch> ProcessPool::SpareBatch() {
  if (spare_.empty()) return std::make_unique<Batch>();
  std::unique_ptr<Batch> batch = std::move(spare_.back());
  spare_.pop_back();
  return batch;
}

void ProcessPool::Recycle(std::unique_ptr<Batch> batch) {
  batch->docs.clear();
  batch->rendered.clear();  // keeps its memory: the next batch renders into it
  batch->ends.clear();
  batch->input_bytes = 0;
  std::lock_guard<std::mutex> lock(mu_);
  // As many as can be in use at once; more would only hold memory.
  if (spare_.size() < window_ + 2) spare_.push_back(std::move(batch));
}

void ProcessPool::Submit(model::Document doc) {
  if (open_ == nullptr) {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = SpareBatch();
  }
  open_->input_bytes += doc.text.size();
  open_->input.push_back(std::move(doc));
  ++submitted_;
  if (open_->input.size() >= kBatchDocuments || open_->input_bytes >= kBatchBytes) Close();
}

void ProcessPool::Close() {
  if (open_ == nullptr || open_->input.empty()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.emplace_back(next_seq_++, std::move(open_));
  }
  // Without a sleeping worker this costs no system call.
  work_cv_.notify_one();
}

// The caller sleeps only when the batch it needs is being processed by a
// worker and no other batch is queued for it to process meanwhile.
std::unique_ptr<ProcessPool::Batch> ProcessPool::NextBatch() {
  if (taken_seq_ == next_seq_) Close();  // the one it needs is still open
  const uint64_t seq = taken_seq_++;
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    if (auto node = done_.extract(seq)) return std::move(node.mapped());
    if (!queue_.empty()) {
      RunQueued(lock);
      continue;
    }
    awaited_ = seq;
    done_cv_.wait(lock, [&] { return done_.count(seq) > 0; });
    awaited_ = kNone;
  }
}

std::unique_ptr<ProcessPool::Batch> ProcessPool::TakeBatch() {
  std::unique_ptr<Batch> batch = NextBatch();
  taken_ += batch->docs.size();
  return batch;
}

ProcessPool::Done ProcessPool::TakeNext() {
  if (current_ == nullptr || current_next_ == current_->docs.size()) {
    if (current_ != nullptr) Recycle(std::move(current_));
    current_ = NextBatch();
    current_next_ = 0;
  }
  ++taken_;
  return std::move(current_->docs[current_next_++]);
}

uint64_t ProcessPool::RunQueued(std::unique_lock<std::mutex>& lock) {
  std::pair<uint64_t, std::unique_ptr<Batch>> job = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  Run(job.second.get());
  lock.lock();
  const uint64_t seq = job.first;
  done_.emplace(seq, std::move(job.second));
  return seq;
}

// One lock per batch: handing in a result and taking the next job are one
// critical section. The caller is woken only when it sleeps for this batch.
void ProcessPool::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left
    if (RunQueued(lock) == awaited_) done_cv_.notify_one();
  }
}

}  // namespace netra::pipeline
