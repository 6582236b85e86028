#include "query/pattern_terms.h"

#include <algorithm>

namespace netra::query::pattern {

store::TermId QueryTerms::Intern(const model::Term& term) {
  store::TermId id = store::Store::IdOf(term);
  made_.try_emplace(id, term);
  return id;
}

store::TermId QueryTerms::Stored(const model::Term& term) {
  store::TermId id = store::Store::IdOf(term);
  read_.try_emplace(id, term);
  return id;
}

Result<std::optional<store::TermId>> QueryTerms::Find(const model::Term& term) {
  store::TermId id = store::Store::IdOf(term);
  auto [made, inserted] = made_.try_emplace(id, term);
  // Two made terms of one id (a hash collision): the second is asked for
  // each time, and never stands for the first.
  if (!inserted && made->second != term) return store_.FindId(term);
  if (auto it = found_.find(id); it != found_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> stored, store_.FindId(term));
  found_.emplace(id, stored);
  return stored;
}

Result<std::optional<store::TermId>> QueryTerms::AsStored(store::TermId id) {
  auto made = made_.find(id);
  if (made == made_.end()) return std::optional<store::TermId>(id);  // met in the indexes
  if (auto it = found_.find(id); it != found_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> stored, store_.FindId(made->second));
  found_.emplace(id, stored);
  return stored;
}

Result<const model::Term*> QueryTerms::Of(store::TermId id) {
  if (auto it = read_.find(id); it != read_.end()) return &it->second;
  if (auto it = made_.find(id); it != made_.end()) return &it->second;
  std::vector<model::Term> terms;
  NETRA_RETURN_IF_ERROR(store_.DecodeTerms({id}, &terms));
  return &read_.emplace(id, std::move(terms[0])).first->second;
}

Status QueryTerms::Load(const std::vector<store::TermId>& ids) {
  std::vector<store::TermId> unknown;
  for (store::TermId id : ids) {
    if (!read_.count(id) && !made_.count(id)) unknown.push_back(id);
  }
  std::sort(unknown.begin(), unknown.end());
  unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
  // Store::DecodeTerms keeps what a batch of fewer than 1024 ids reads in
  // the block cache, as point reads do, and not what a larger one reads
  // (store_ids.cpp, kSmallBatch): batches it keeps, so that the same
  // question asked again (netra shell) reads its terms from memory. A
  // batch of 4000 took 40% of such a question's time in decompressing
  // blocks.
  constexpr size_t kCachedBatch = 1000;
  std::vector<store::TermId> batch;
  std::vector<model::Term> terms;
  for (size_t from = 0; from < unknown.size(); from += kCachedBatch) {
    batch.assign(unknown.begin() + from, unknown.begin() + std::min(unknown.size(), from + kCachedBatch));
    NETRA_RETURN_IF_ERROR(store_.DecodeTerms(batch, &terms));
    for (size_t i = 0; i < batch.size(); ++i) read_.emplace(batch[i], std::move(terms[i]));
  }
  return Status::Ok();
}

void QueryTerms::Trim() {
  if (read_.size() >= store::TermCache::kMaxTerms) read_.clear();
}

}  // namespace netra::query::pattern
