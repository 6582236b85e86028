#include "core/limits.h"

#include <string>

namespace netra {

bool IsLimit(const Status& s) {
  return s.code() == StatusCode::kDeadlineExceeded || s.code() == StatusCode::kRowLimit ||
         s.code() == StatusCode::kMemoryLimit;
}

Status TooManyRows(uint64_t max_rows) {
  return Status::RowLimit("the answer has more than " + std::to_string(max_rows) + " rows");
}

Status MemoryBudget::Exceeded() const {
  return Status::MemoryLimit("the rows it must hold to answer passed " + std::to_string(max_bytes_ >> 20) + " MB");
}

}  // namespace netra
