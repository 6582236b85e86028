// A write buffer in front of a std::ostream: writers append to a string and
// hand the stream 1 MiB at a time, which is what makes a 1M-edge GraphML
// take a second rather than ten (one ostream call per fragment is the slow
// path). Once a first chunk is full, a thread of its own writes the chunks
// while the next one is formatted: the write into the file (the kernel's
// copy into the page cache) was a fifth of a whole-store export's time.
#pragma once

#include <charconv>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <thread>

#include "core/status.h"

namespace netra::exporter {

class OutBuffer {
 public:
  explicit OutBuffer(std::ostream& out) : out_(out) { buf_.reserve(kChunk + size_t{64} * 1024); }
  // Waits for the chunks handed over (a writer that returns early without
  // Finish leaves nothing behind in another thread).
  ~OutBuffer();
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  // The string to append to; call Check() after each record.
  std::string* str() { return &buf_; }

  OutBuffer& operator<<(std::string_view s) {
    buf_.append(s);
    return *this;
  }
  OutBuffer& operator<<(char c) {
    buf_.push_back(c);
    return *this;
  }
  // Integers and doubles in their shortest round-trip form ("5", "12.25").
  template <typename T>
  OutBuffer& Num(T v) {
    char tmp[32];
    buf_.append(tmp, std::to_chars(tmp, tmp + sizeof(tmp), v).ptr - tmp);
    return *this;
  }

  // Passes the buffer on once it is big enough.
  void Check() {
    if (buf_.size() >= kChunk) Flush();
  }
  // Flushes everything; IoError if the stream failed at any point.
  Status Finish();

 private:
  static constexpr size_t kChunk = 1 << 20;
  // Hands buf_ to the writing thread (started on the first call), waiting
  // while it still has a chunk queued; buf_ comes back empty.
  void Flush();
  void WriteChunks();
  void StopWriting();

  std::ostream& out_;  // touched only by the writing thread once it runs
  std::string buf_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::string queued_;                      // guarded by mu_
  bool has_queued_ = false, done_ = false;  // guarded by mu_
  std::thread writer_;
};

}  // namespace netra::exporter
