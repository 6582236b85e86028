#include "export/out_buffer.h"

#include <utility>

namespace netra::exporter {

OutBuffer::~OutBuffer() { StopWriting(); }

void OutBuffer::Flush() {
  if (!writer_.joinable()) writer_ = std::thread([this] { WriteChunks(); });
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [&] { return !has_queued_; });
  std::swap(buf_, queued_);  // queued_ held the writer's last chunk, cleared
  has_queued_ = true;
  cv_.notify_all();
}

void OutBuffer::WriteChunks() {
  std::string chunk;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return has_queued_ || done_; });
      if (!has_queued_) return;
      chunk.clear();
      std::swap(chunk, queued_);
      has_queued_ = false;
      cv_.notify_all();
    }
    out_.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  }
}

void OutBuffer::StopWriting() {
  if (!writer_.joinable()) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    done_ = true;
  }
  cv_.notify_all();
  writer_.join();
}

Status OutBuffer::Finish() {
  StopWriting();  // every queued chunk written, in order
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
  out_.flush();
  if (!out_) return Status::IoError("writing the export failed");
  return Status::Ok();
}

}  // namespace netra::exporter
