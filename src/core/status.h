// Status and Result<T>: how errors cross module boundaries in netra.
//
// Modules return a Status (or a Result<T>) instead of throwing: the caller
// sees every failure at the call site, as in LevelDB. Exceptions thrown by
// third-party libraries (Boost, std::filesystem, RapidJSON allocation) are
// caught in the one adapter that calls the library.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace netra {

// Persisted nowhere; the process exit code is derived from it in cli/.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad caller input (usage, malformed query)
  kNotFound,
  kIoError,           // file system or store I/O
  kCorruption,        // data that cannot be what it claims to be
  kBusy,              // the store is locked by another writer
  kUnsupported,       // e.g. a store written by a newer netra
  kBadInput,          // a document that cannot be processed (bad UTF-8, broken JSON)
  kDeadlineExceeded,  // the calling thread's time limit passed (core/deadline.h)
  kRowLimit,          // an answer has more rows than it may (core/limits.h)
  kMemoryLimit,       // what a query must hold passed its memory budget (core/limits.h)
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status Busy(std::string msg) { return {StatusCode::kBusy, std::move(msg)}; }
  static Status Unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }
  static Status BadInput(std::string msg) { return {StatusCode::kBadInput, std::move(msg)}; }
  static Status DeadlineExceeded(std::string msg) { return {StatusCode::kDeadlineExceeded, std::move(msg)}; }
  static Status RowLimit(std::string msg) { return {StatusCode::kRowLimit, std::move(msg)}; }
  static Status MemoryLimit(std::string msg) { return {StatusCode::kMemoryLimit, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

  // Adds context in front of the message: "reading a.txt: " + message.
  Status WithContext(const std::string& context) const;

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status saying why there is none. REQUIRES: the Status
// passed to the error constructor is not ok.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace netra

#define NETRA_CONCAT_INNER(a, b) a##b
#define NETRA_CONCAT(a, b) NETRA_CONCAT_INNER(a, b)

#define NETRA_RETURN_IF_ERROR(expr)                                                                \
  do {                                                                                             \
    ::netra::Status NETRA_CONCAT(netra_status_, __LINE__) = (expr);                                \
    if (!NETRA_CONCAT(netra_status_, __LINE__).ok()) return NETRA_CONCAT(netra_status_, __LINE__); \
  } while (0)
// `lhs` may be a declaration ("auto x"), which parentheses would break.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define NETRA_ASSIGN_OR_RETURN(lhs, expr)                                                                 \
  auto NETRA_CONCAT(netra_result_, __LINE__) = (expr);                                                    \
  if (!NETRA_CONCAT(netra_result_, __LINE__).ok()) return NETRA_CONCAT(netra_result_, __LINE__).status(); \
  lhs = std::move(NETRA_CONCAT(netra_result_, __LINE__)).value()
// NOLINTEND(bugprone-macro-parentheses)
