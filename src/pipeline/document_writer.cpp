#include "pipeline/document_writer.h"

#include <string>
#include <utility>

namespace netra::pipeline {

bool DocumentQueue::Push(store::DocumentFacts&& doc) {
  std::unique_lock<std::mutex> lock(mu_);
  room_.wait(lock, [&] { return closed_ || docs_.size() < kCapacity; });
  if (closed_) return false;
  docs_.push_back(std::move(doc));
  ready_.notify_one();
  return true;
}

std::optional<store::DocumentFacts> DocumentQueue::Pop() {
  std::unique_lock<std::mutex> lock(mu_);
  ready_.wait(lock, [&] { return closed_ || !docs_.empty(); });
  if (docs_.empty()) return std::nullopt;
  store::DocumentFacts doc = std::move(docs_.front());
  docs_.pop_front();
  room_.notify_one();
  return doc;
}

void DocumentQueue::Close() {
  std::lock_guard<std::mutex> lock(mu_);
  closed_ = true;
  ready_.notify_all();
  room_.notify_all();
}

Status DocumentWriter::Start() {
  if (options_.bulk && bulk_ == nullptr) {
    auto loader = store_->NewBulkLoader();
    if (!loader.ok()) return loader.status();
    bulk_ = std::move(loader).value();
  }
  return Status::Ok();
}

Status DocumentWriter::WriteAll(DocumentQueue* queue) {
  while (std::optional<store::DocumentFacts> doc = queue->Pop()) {
    Status s = Write(std::move(*doc));
    if (!s.ok()) {
      queue->Close();
      return s;
    }
  }
  NETRA_RETURN_IF_ERROR(Flush());
  return bulk_ ? bulk_->Finish(&counters_) : Status::Ok();
}

void DocumentWriter::Report(IngestReport* report) {
  for (auto& p : problems_) report->problems.push_back(std::move(p));
  report->documents_failed += refused_;
  report->counters.docs_new += counters_.docs_new;
  report->counters.docs_changed += counters_.docs_changed;
  report->counters.docs_unchanged += counters_.docs_unchanged;
  report->counters.triples_added += counters_.triples_added;
  report->counters.triples_removed += counters_.triples_removed;
}

// A document a bulk load refuses (InvalidArgument: a changed version of a
// stored one) is a problem of the input; other errors are the store's.
Status DocumentWriter::Write(store::DocumentFacts&& doc) {
  if (bulk_) {
    std::string id = doc.doc_id;
    Status s = bulk_->Add(std::move(doc));
    if (s.code() != StatusCode::kInvalidArgument) return s;
    problems_.push_back({id, s.message()});
    ++refused_;
    return Status::Ok();
  }
  batch_facts_ += doc.facts.size();
  batch_.push_back(std::move(doc));
  if (batch_.size() >= options_.batch_documents || batch_facts_ >= 200000) return Flush();
  return Status::Ok();
}

Status DocumentWriter::Flush() {
  if (batch_.empty()) return Status::Ok();
  Status s = store_->WriteDocuments(batch_, nullptr, &counters_);
  batch_.clear();
  batch_facts_ = 0;
  return s;
}

}  // namespace netra::pipeline
