#include "pipeline/process_pool.h"

#include <utility>

#include "core/side_by_side.h"

namespace netra::pipeline {

int WorkerCount(int jobs) { return jobs > 0 ? jobs : static_cast<int>(CoreCount()); }

ProcessPool::ProcessPool(const extract::Resources& res, int workers, Render render)
    : res_(res), render_(std::move(render)) {
  if (workers < 0) workers = WorkerCount(0);
  // One worker would only add a hand-off to the caller's own work.
  if (workers == 1) workers = 0;
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

ProcessPool::Done ProcessPool::Run(model::Document doc, std::string buffer) {
  std::string source = doc.source;
  Done d{std::move(source), Process(std::move(doc), res_), {}};
  if (render_ && d.processed.ok()) {
    buffer.clear();
    render_(*d.processed, &buffer);
    d.rendered = std::move(buffer);
    d.processed = ProcessedDocument();  // freed here, on the worker, not by the caller
  }
  return d;
}

std::string ProcessPool::SpareBuffer() {
  if (spare_.empty()) return std::string();
  std::string buffer = std::move(spare_.back());
  spare_.pop_back();
  return buffer;
}

void ProcessPool::Submit(model::Document doc) {
  uint64_t seq = submitted_++;
  if (threads_.empty()) {
    std::string buffer;
    {
      std::lock_guard<std::mutex> lock(mu_);
      buffer = SpareBuffer();
    }
    Done d = Run(std::move(doc), std::move(buffer));
    std::lock_guard<std::mutex> lock(mu_);
    done_.emplace(seq, std::move(d));
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.emplace_back(seq, std::move(doc));
  }
  work_cv_.notify_one();
}

ProcessPool::Done ProcessPool::TakeNext() {
  uint64_t seq = taken_++;
  std::unique_lock<std::mutex> lock(mu_);
  awaited_ = seq;
  done_cv_.wait(lock, [&] { return done_.count(seq) > 0; });
  awaited_ = kNone;
  auto node = done_.extract(seq);
  return std::move(node.mapped());
}

void ProcessPool::Recycle(std::string buffer) {
  std::lock_guard<std::mutex> lock(mu_);
  // As many as can be in use at once; more would only hold memory.
  if (spare_.size() < capacity()) spare_.push_back(std::move(buffer));
}

// One lock per document: handing in a result and taking the next job are
// one critical section.
void ProcessPool::Work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and nothing left
    std::pair<uint64_t, model::Document> job = std::move(queue_.front());
    queue_.pop_front();
    std::string buffer = render_ ? SpareBuffer() : std::string();
    lock.unlock();
    Done d = Run(std::move(job.second), std::move(buffer));
    lock.lock();
    done_.emplace(job.first, std::move(d));
    if (CallerShouldWake()) done_cv_.notify_one();
  }
}

// Each wake of the caller costs two context switches (its sleep and its
// wake). Woken as soon as the document it waits for was done, it took that
// one, submitted one more and slept again: two switches per document, a
// tenth of the CPU of `extract --jobs 2`. So it is woken once a batch of
// results is ready from that document on (it takes them without sleeping),
// or once fewer jobs are queued than there are workers, so that it refills
// the queue before a worker runs out.
bool ProcessPool::CallerShouldWake() const {
  if (awaited_ == kNone || done_.count(awaited_) == 0) return false;
  if (queue_.size() < threads_.size()) return true;
  const uint64_t batch = 4 * threads_.size();
  for (uint64_t seq = awaited_ + 1; seq < awaited_ + batch; ++seq) {
    if (done_.count(seq) == 0) return false;
  }
  return true;
}

}  // namespace netra::pipeline
