// Store::CheckConsistency: every invariant of schema/store_layout.md, checked
// against one snapshot. Memory: the SPO triples (24 bytes each) and the ids
// already checked against the dictionary.
#include <algorithm>
#include <unordered_set>

#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

Status Broken(const std::string& what) { return Status::Corruption("inconsistent store: " + what); }

std::string Show(const TripleIds& t) {
  return "(" + std::to_string(t.s) + " " + std::to_string(t.p) + " " + std::to_string(t.o) + ")";
}

Status ReadIndex(const ReadView& view, IndexOrder order, std::vector<TripleIds>* triples) {
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(IndexCf(order), "", [&](std::string_view key, std::string_view value) {
    TripleIds t;
    if (!DecodeTripleKey(key, order, &t) || !value.empty()) {
      inner = Broken(std::string("malformed key in ") + CfName(IndexCf(order)));
      return false;
    }
    triples->push_back(t);
    return true;
  }));
  return inner;
}

// SPO, POS and OSP hold the same triples, and every term id is in the
// dictionary.
Status CheckIndexes(const ReadView& view, std::vector<TripleIds>* spo) {
  NETRA_RETURN_IF_ERROR(ReadIndex(view, IndexOrder::kSpo, spo));
  for (IndexOrder order : {IndexOrder::kPos, IndexOrder::kOsp}) {
    std::vector<TripleIds> other;
    NETRA_RETURN_IF_ERROR(ReadIndex(view, order, &other));
    std::sort(other.begin(), other.end());
    if (other != *spo) return Broken(std::string(CfName(IndexCf(order))) + " and spo hold different triples");
  }
  TermReader terms(view);
  std::unordered_set<TermId> checked;
  for (const TripleIds& t : *spo) {
    for (TermId id : {t.s, t.p, t.o}) {
      if (!checked.insert(id).second) continue;
      Result<const model::Term*> term = terms.Get(id);
      if (!term.ok()) return Broken(term.status().message());
    }
  }
  return Status::Ok();
}

// `prov` holds, for exactly the triples of `triples` (sorted in place into
// the provenance keys' order, predicate first), a count equal to the number
// of support keys that follow it; returns the number of support keys.
Status CheckProvenance(const ReadView& view, std::vector<TripleIds>* triples, uint64_t* supports) {
  std::sort(triples->begin(), triples->end(), ProvenanceOrderLess);
  const std::vector<TripleIds>& ordered = *triples;
  Status inner;
  size_t next_triple = 0;  // walk prov and the triples in step
  std::optional<TripleIds> current;
  uint64_t expected = 0, seen = 0;
  std::vector<Span> spans;
  auto close_group = [&]() {
    if (current && seen != expected) {
      inner = Broken("triple " + Show(*current) + " has count " + std::to_string(expected) + " but " +
                     std::to_string(seen) + " supports");
    }
  };
  NETRA_RETURN_IF_ERROR(view.Scan(kProv, "", [&](std::string_view key, std::string_view value) {
    TripleIds t;
    std::string_view doc_id;
    if (!DecodeProvenanceKey(key, &t, &doc_id)) {
      inner = Broken("malformed key in prov");
      return false;
    }
    if (doc_id.empty()) {
      close_group();
      if (!inner.ok()) return false;
      if (next_triple >= ordered.size() || ordered[next_triple] != t) {
        inner = Broken("support count of " + Show(t) + " does not match the spo index");
        return false;
      }
      ++next_triple;
      current = t;
      seen = 0;
      if (!DecodeCount(value, &expected) || expected == 0) {
        inner = Broken("support count of " + Show(t) + " is malformed or 0");
        return false;
      }
      return true;
    }
    if (!current || *current != t) {
      inner = Broken("support of " + Show(t) + " by " + std::string(doc_id) + " has no count key");
      return false;
    }
    if (!DecodeSpans(value, &spans) || spans.empty()) {
      inner = Broken("support of " + Show(t) + " by " + std::string(doc_id) + " is malformed or empty");
      return false;
    }
    ++seen;
    ++*supports;
    return true;
  }));
  close_group();
  NETRA_RETURN_IF_ERROR(inner);
  if (next_triple != ordered.size()) return Broken("triple " + Show(ordered[next_triple]) + " has no support count");
  return Status::Ok();
}

// Each document's record lists distinct triples, each with a support key by
// that document; with as many listed as there are support keys in all, the
// two sets are the same.
Status CheckDocuments(const ReadView& view, uint64_t supports, uint64_t* documents) {
  uint64_t listed = 0;
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kDocs, "", [&](std::string_view key, std::string_view value) {
    ++*documents;
    DocRecord record;
    if (!DecodeDocRecord(value, &record)) {
      inner = Broken("document record of " + std::string(key) + " is malformed");
      return false;
    }
    if (!std::is_sorted(record.triples.begin(), record.triples.end()) ||
        std::adjacent_find(record.triples.begin(), record.triples.end()) != record.triples.end()) {
      inner = Broken("document " + std::string(key) + " lists its triples out of order or twice");
      return false;
    }
    for (const TripleIds& t : record.triples) {
      std::string spans;
      bool found = false;
      inner = view.Get(kProv, EncodeSupportKey(t, key), &spans, &found);
      if (!inner.ok()) return false;
      if (!found) {
        inner = Broken("document " + std::string(key) + " lists " + Show(t) + " but has no support for it");
        return false;
      }
    }
    listed += record.triples.size();
    return true;
  }));
  NETRA_RETURN_IF_ERROR(inner);
  if (listed != supports) {
    return Broken(std::to_string(supports) + " support keys but documents list " + std::to_string(listed));
  }
  return Status::Ok();
}

// Every stored text belongs to a stored document (invariant 6).
Status CheckTexts(const ReadView& view) {
  if (!view.impl().HasCf(kText)) return Status::Ok();
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kText, "", [&](std::string_view key, std::string_view) {
    std::string record;
    bool found = false;
    inner = view.Get(kDocs, key, &record, &found);
    if (inner.ok() && !found) inner = Broken("text of " + std::string(key) + " kept for no stored document");
    return inner.ok();
  }));
  return inner;
}

}  // namespace

Status Store::CheckConsistency() const {
  ReadView view(*impl_);
  std::vector<TripleIds> spo;
  NETRA_RETURN_IF_ERROR(CheckIndexes(view, &spo));
  uint64_t supports = 0;
  NETRA_RETURN_IF_ERROR(CheckProvenance(view, &spo, &supports));
  uint64_t documents = 0;
  NETRA_RETURN_IF_ERROR(CheckDocuments(view, supports, &documents));
  NETRA_RETURN_IF_ERROR(CheckTexts(view));
  StoreCounters counters;
  NETRA_RETURN_IF_ERROR(ReadCounters(view, &counters));
  if (counters.documents != documents || counters.triples != spo.size() || counters.supports != supports) {
    return Broken("meta counters (documents " + std::to_string(counters.documents) + ", triples " +
                  std::to_string(counters.triples) + ", supports " + std::to_string(counters.supports) +
                  ") differ from the data (" + std::to_string(documents) + ", " + std::to_string(spo.size()) + ", " +
                  std::to_string(supports) + ")");
  }
  return Status::Ok();
}

Status Store::VerifyFiles() const {
  std::shared_lock<std::shared_mutex> lock(impl_->refresh_mu);
  return FromRocks(impl_->db->VerifyChecksum(), "verifying the files of store " + impl_->dir);
}

}  // namespace netra::store
