#include <algorithm>

#include "store/staged_batch_internal.h"
#include "store/term_hash.h"

namespace netra::store {

Status ValidateDocument(const DocumentFacts& doc) {
  if (doc.doc_id.empty()) return Status::InvalidArgument("a document has an empty id");
  for (size_t i = 0; i < doc.facts.size(); ++i) {
    const std::string& named = doc.facts[i].provenance.document;
    if (named != doc.doc_id) {
      return Status::InvalidArgument("fact " + std::to_string(i) + " of document " + doc.doc_id + " names document '" +
                                     named + "' in its provenance");
    }
  }
  return Status::Ok();
}

namespace {

std::string IdKey(TermId id) {
  std::string key;
  PutFixed64BE(&key, id);
  return key;
}

}  // namespace

Result<StagedBatch::DocState*> StagedBatch::LoadDoc(const std::string& doc_id) {
  auto it = docs_.find(doc_id);
  if (it != docs_.end()) return &it->second;
  DocState state;
  rocksdb::PinnableSlice pinned;
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->cf(kDocs), doc_id, &pinned);
  if (s.ok()) {
    if (!DecodeDocRecord(ToView(pinned), &state.record)) {
      return Status::Corruption("document record of " + doc_id + " is malformed");
    }
    state.present = true;
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "reading document " + doc_id);
  }
  return &docs_.emplace(doc_id, std::move(state)).first->second;
}

Result<StagedBatch::CountState*> StagedBatch::LoadCount(const TripleIds& t) {
  auto it = counts_.find(t);
  if (it != counts_.end()) return &it->second;
  CountState state;
  rocksdb::PinnableSlice pinned;
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->cf(kProv), EncodeCountKey(t), &pinned);
  if (s.ok()) {
    if (!DecodeCount(ToView(pinned), &state.committed)) return Status::Corruption("malformed support count");
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "reading a support count");
  }
  state.current = state.committed;
  return &counts_.emplace(t, state).first->second;
}

// Checks the id against, in turn, this batch's new terms, the cache of
// committed terms and the dictionary itself.
Result<TermId> StagedBatch::Intern(const model::Term& term) {
  std::string encoded = term.Encode();
  TermId id = HashTerm(encoded);
  if (auto it = new_terms_.find(id); it != new_terms_.end()) {
    if (it->second != encoded) return CollisionError(id, it->second, encoded);
    return id;
  }
  if (auto it = impl_->verified_terms.find(id); it != impl_->verified_terms.end()) {
    if (it->second != encoded) return CollisionError(id, it->second, encoded);
    return id;
  }
  rocksdb::PinnableSlice pinned;
  rocksdb::Status s = impl_->db->Get(rocksdb::ReadOptions(), impl_->cf(kDict), IdKey(id), &pinned);
  if (s.ok()) {
    if (ToView(pinned) != encoded) return CollisionError(id, ToView(pinned), encoded);
    if (impl_->verified_terms.size() >= Store::Impl::kMaxVerifiedTerms) impl_->verified_terms.clear();
    impl_->verified_terms.emplace(id, std::move(encoded));
    return id;
  }
  if (!s.IsNotFound()) return FromRocks(s, "reading the dictionary");
  new_terms_.emplace(id, std::move(encoded));
  return id;
}

Status StagedBatch::Retract(const std::string& doc_id, DocState* doc) {
  for (const TripleIds& t : doc->record.triples) {
    NETRA_ASSIGN_OR_RETURN(CountState * count, LoadCount(t));
    if (count->current == 0) {
      return Status::Corruption("document " + doc_id + " lists a triple whose support count is 0");
    }
    --count->current;
    supports_[{t, doc_id}] = std::nullopt;
    --supports_delta_;
  }
  doc->present = false;
  doc->dirty = true;
  doc->record = DocRecord();
  doc->text = nullptr;
  return Status::Ok();
}

Status StagedBatch::StageDocument(const DocumentFacts& doc, DocOutcome* outcome) {
  NETRA_RETURN_IF_ERROR(ValidateDocument(doc));
  NETRA_ASSIGN_OR_RETURN(DocState * state, LoadDoc(doc.doc_id));
  if (state->present && state->record.content_hash == doc.content_hash) {
    *outcome = DocOutcome::kUnchanged;
    ++doc_counts_.docs_unchanged;
    return Status::Ok();
  }
  // Group before retracting: a failing Intern leaves the batch unusable
  // anyway, but the grouping does not depend on the old state.
  std::map<TripleIds, std::vector<Span>> groups;
  for (const model::Fact& fact : doc.facts) {
    TripleIds t;
    NETRA_ASSIGN_OR_RETURN(t.s, Intern(fact.triple.subject));
    NETRA_ASSIGN_OR_RETURN(t.p, Intern(fact.triple.predicate));
    NETRA_ASSIGN_OR_RETURN(t.o, Intern(fact.triple.object));
    groups[t].push_back(SpanOf(fact.provenance));
  }
  const bool existed = state->present;
  if (existed) NETRA_RETURN_IF_ERROR(Retract(doc.doc_id, state));
  DocRecord record{doc.content_hash, doc.metadata, {}};
  record.triples.reserve(groups.size());
  for (auto& [t, spans] : groups) {
    std::sort(spans.begin(), spans.end(), SpanLess);
    supports_[{t, doc.doc_id}] = EncodeSpans(spans);
    NETRA_ASSIGN_OR_RETURN(CountState * count, LoadCount(t));
    ++count->current;
    ++supports_delta_;
    record.triples.push_back(t);  // std::map order: sorted and distinct
  }
  state->present = true;
  state->dirty = true;
  state->record = std::move(record);
  state->text = doc.text ? &*doc.text : nullptr;
  if (existed) {
    *outcome = DocOutcome::kChanged;
    ++doc_counts_.docs_changed;
  } else {
    *outcome = DocOutcome::kNew;
    ++doc_counts_.docs_new;
    ++documents_delta_;
  }
  return Status::Ok();
}

Status StagedBatch::StageForget(const std::string& doc_id, bool* known) {
  NETRA_ASSIGN_OR_RETURN(DocState * state, LoadDoc(doc_id));
  *known = state->present;
  if (!state->present) return Status::Ok();
  NETRA_RETURN_IF_ERROR(Retract(doc_id, state));
  --documents_delta_;
  ++doc_counts_.docs_forgotten;
  return Status::Ok();
}

Status StagedBatch::BuildWriteBatch(rocksdb::WriteBatch* batch, WriteCounters* triples) {
  rocksdb::Status s;
  auto put = [&](Cf cf, std::string_view key, std::string_view value) {
    if (s.ok()) s = batch->Put(impl_->cf(cf), ToSlice(key), ToSlice(value));
  };
  auto del = [&](Cf cf, std::string_view key) {
    if (s.ok()) s = batch->Delete(impl_->cf(cf), ToSlice(key));
  };
  for (const auto& [id, encoded] : new_terms_) put(kDict, IdKey(id), encoded);
  for (const auto& [key, value] : supports_) {
    std::string support_key = EncodeSupportKey(key.first, key.second);
    if (value) {
      put(kProv, support_key, *value);
    } else {
      del(kProv, support_key);
    }
  }
  for (const auto& [t, count] : counts_) {
    const IndexOrder orders[] = {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp};
    if (count.current == count.committed) continue;
    if (count.current == 0) {
      del(kProv, EncodeCountKey(t));
      for (IndexOrder order : orders) del(IndexCf(order), EncodeTripleKey(t, order));
      ++triples->triples_removed;
      continue;
    }
    put(kProv, EncodeCountKey(t), EncodeCount(count.current));
    if (count.committed == 0) {
      for (IndexOrder order : orders) put(IndexCf(order), EncodeTripleKey(t, order), "");
      ++triples->triples_added;
    }
  }
  for (const auto& [doc_id, state] : docs_) {
    if (!state.dirty) continue;
    if (state.present) {
      put(kDocs, doc_id, EncodeDocRecord(state.record));
    } else {
      del(kDocs, doc_id);
    }
    if (!impl_->HasCf(kText)) continue;
    if (state.present && state.text != nullptr) {
      put(kText, doc_id, *state.text);
    } else {
      del(kText, doc_id);
    }
  }
  return FromRocks(s, "building a write batch");
}

Status StagedBatch::Commit(WriteCounters* counters) {
  WriteCounters triples;
  rocksdb::WriteBatch batch;
  NETRA_RETURN_IF_ERROR(BuildWriteBatch(&batch, &triples));
  StoreCounters next = impl_->counters;
  next.documents += documents_delta_;
  next.supports += supports_delta_;
  next.triples += triples.triples_added;
  next.triples -= triples.triples_removed;
  if (batch.Count() > 0) {
    rocksdb::Status s = batch.Put(impl_->cf(kMeta), ToSlice(kMetaDocumentsKey), EncodeCount(next.documents));
    if (s.ok()) s = batch.Put(impl_->cf(kMeta), ToSlice(kMetaTriplesKey), EncodeCount(next.triples));
    if (s.ok()) s = batch.Put(impl_->cf(kMeta), ToSlice(kMetaSupportsKey), EncodeCount(next.supports));
    if (s.ok()) s = impl_->db->Write(impl_->WriteOpts(), &batch);
    impl_->write_failed = impl_->write_failed || !s.ok();
    NETRA_RETURN_IF_ERROR(FromRocks(s, "writing to store " + impl_->dir));
  }
  impl_->counters = next;
  for (auto& [id, encoded] : new_terms_) {
    if (impl_->verified_terms.size() >= Store::Impl::kMaxVerifiedTerms) impl_->verified_terms.clear();
    impl_->verified_terms.emplace(id, std::move(encoded));
  }
  new_terms_.clear();
  if (counters != nullptr) {
    counters->docs_new += doc_counts_.docs_new;
    counters->docs_changed += doc_counts_.docs_changed;
    counters->docs_unchanged += doc_counts_.docs_unchanged;
    counters->docs_forgotten += doc_counts_.docs_forgotten;
    counters->triples_added += triples.triples_added;
    counters->triples_removed += triples.triples_removed;
  }
  return Status::Ok();
}

}  // namespace netra::store
