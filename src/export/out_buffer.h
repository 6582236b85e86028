// A write buffer in front of a std::ostream: writers append to a string and
// hand the stream 1 MiB at a time, which is what makes a 1M-edge GraphML
// take a second rather than ten (one ostream call per fragment is the slow
// path).
#pragma once

#include <charconv>
#include <ostream>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra::exporter {

class OutBuffer {
 public:
  explicit OutBuffer(std::ostream& out) : out_(out) { buf_.reserve(kChunk + 64 * 1024); }
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
  Status Finish() {
    Flush();
    out_.flush();
    if (!out_) return Status::IoError("writing the export failed");
    return Status::Ok();
  }

 private:
  static constexpr size_t kChunk = 1 << 20;
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ostream& out_;
  std::string buf_;
};

}  // namespace netra::exporter
