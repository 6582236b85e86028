#include "pipeline/latest_versions.h"

#include <algorithm>

#include "core/check.h"
#include "core/file_util.h"

namespace netra::pipeline {

void LatestVersions::Note(std::string_view id) {
  NETRA_CHECK(!sealed_);
  const uint64_t position = noted_++;
  auto [it, inserted] = last_.try_emplace(std::string(id), position);
  if (inserted) return;
  earlier_.emplace_back(it->second, Fnv1a64(id));
  it->second = position;
}

void LatestVersions::Seal() {
  sealed_ = true;
  std::sort(earlier_.begin(), earlier_.end());
  last_ = {};  // frees the table, not just its entries
}

bool LatestVersions::Keep(std::string_view id) {
  if (!sealed_) Seal();
  const uint64_t position = asked_++;
  if (next_earlier_ == earlier_.size() || earlier_[next_earlier_].first != position) return true;
  const uint64_t noted_hash = earlier_[next_earlier_++].second;
  if (noted_hash != Fnv1a64(id)) return true;
  ++dropped_;
  return false;
}

}  // namespace netra::pipeline
