#include "core/status.h"

namespace netra {

namespace {
const char* CodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kCorruption: return "corruption";
    case StatusCode::kBusy: return "busy";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kBadInput: return "bad input";
    case StatusCode::kDeadlineExceeded: return "deadline exceeded";
    case StatusCode::kRowLimit: return "row limit";
    case StatusCode::kMemoryLimit: return "memory limit";
  }
  return "unknown";
}
}  // namespace

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(CodeName(code_)) + ": " + message_;
}

Status Status::WithContext(const std::string& context) const {
  if (ok()) return *this;
  return Status(code_, context + ": " + message_);
}

}  // namespace netra
