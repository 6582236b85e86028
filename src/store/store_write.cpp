// Store::WriteDocuments, Forget and IsUnchanged: the ordinary write path.
// StagedBatch does the work; this file holds the locking and the contracts.
#include <mutex>
#include <set>

#include "store/record_codec.h"
#include "store/staged_batch_internal.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

Status CheckWritable(const Store::Impl& impl) {
  if (impl.secondary) return Status::InvalidArgument("store " + impl.dir + " is open read-only");
  if (impl.bulk_active) return Status::Busy("a bulk load into " + impl.dir + " is in progress");
  return Status::Ok();
}

}  // namespace

Result<bool> Store::IsUnchanged(const std::string& doc_id, uint64_t content_hash) const {
  ReadView view(*impl_);
  std::string value;
  bool found = false;
  NETRA_RETURN_IF_ERROR(view.Get(kDocs, doc_id, &value, &found));
  if (!found) return false;
  uint64_t stored = 0;
  if (!DecodeDocHash(value, &stored)) return Status::Corruption("document record of " + doc_id + " is malformed");
  return stored == content_hash;
}

Status Store::WriteDocuments(const std::vector<DocumentFacts>& docs, std::vector<DocOutcome>* outcomes,
                             WriteCounters* counters) {
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  NETRA_RETURN_IF_ERROR(CheckWritable(*impl_));
  std::vector<DocOutcome> local(docs.size(), DocOutcome::kUnchanged);
  StagedBatch batch(impl_.get());
  for (size_t i = 0; i < docs.size(); ++i) {
    NETRA_RETURN_IF_ERROR(batch.StageDocument(docs[i], &local[i]));
  }
  NETRA_RETURN_IF_ERROR(batch.Commit(counters));
  if (outcomes != nullptr) *outcomes = std::move(local);
  return Status::Ok();
}

Status Store::Forget(const std::vector<std::string>& doc_ids, WriteCounters* counters) {
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  NETRA_RETURN_IF_ERROR(CheckWritable(*impl_));
  StagedBatch batch(impl_.get());
  std::set<std::string> seen;
  std::string unknown;
  size_t unknown_count = 0;
  for (const std::string& id : doc_ids) {
    if (!seen.insert(id).second) continue;  // listed twice: it was known the first time, or not
    bool known = false;
    NETRA_RETURN_IF_ERROR(batch.StageForget(id, &known));
    if (!known) {
      unknown += (unknown_count++ == 0 ? "" : ", ") + id;
    }
  }
  NETRA_RETURN_IF_ERROR(batch.Commit(counters));
  if (unknown_count > 0) {
    return Status::NotFound(std::to_string(unknown_count) + " unknown document(s) not forgotten: " + unknown);
  }
  return Status::Ok();
}

}  // namespace netra::store
