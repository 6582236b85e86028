#include "pipeline/process_pool.h"

#include <utility>

#include "core/side_by_side.h"

namespace netra::pipeline {

int WorkerCount(int jobs) { return jobs > 0 ? jobs : static_cast<int>(CoreCount()); }

ProcessPool::ProcessPool(const extract::Resources& res, int workers) : res_(res) {
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

void ProcessPool::Submit(model::Document doc) {
  uint64_t seq = submitted_++;
  if (threads_.empty()) {
    std::string source = doc.source;
    Done d{std::move(source), Process(std::move(doc), res_)};
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
  done_cv_.wait(lock, [&] { return done_.count(seq) > 0; });
  auto node = done_.extract(seq);
  return std::move(node.mapped());
}

void ProcessPool::Work() {
  for (;;) {
    std::pair<uint64_t, model::Document> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and nothing left
      job = std::move(queue_.front());
      queue_.pop_front();
    }
    std::string source = job.second.source;
    Done d{std::move(source), Process(std::move(job.second), res_)};
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(job.first, std::move(d));
    }
    done_cv_.notify_all();
  }
}

}  // namespace netra::pipeline
