// Id-level reads: MatchIds, batch decoding, supports of many triples.
//
// Match decodes every id of every triple it streams through the dictionary:
// a point read per distinct term, which on a scan of a million edges costs
// more than the scan itself. These calls leave ids as ids and batch the
// reads that remain. Batches are sorted first and walked with one iterator
// (ForwardCursor): ids are hashes, so a large batch touches most blocks of a
// column family, and stepping to the next wanted key is cheaper than a Seek
// from the top of the LSM tree for each key.
#include <algorithm>
#include <numeric>

#include "core/deadline.h"
#include "store/record_codec.h"
#include "store/store_internal.h"
#include "store/term_hash.h"

namespace netra::store {

namespace {

// An iterator that only moves forward to keys given in ascending order.
class ForwardCursor {
 public:
  // `max_steps`: how many keys SeekForward steps over before it seeks. A
  // Seek costs about as much as a dozen Next calls within a block; stepping
  // pays when the wanted keys are dense (a large batch of dictionary ids),
  // and costs block reads for nothing when they are not. A walk through
  // many keys does not fill the block cache: it would evict what point
  // reads need.
  ForwardCursor(const ReadView& view, Cf cf, int max_steps, bool fill_cache)
      : it_(view.NewIterator(cf, nullptr, fill_cache)), max_steps_(max_steps) {}

  // Positions at the first key >= target. REQUIRES: targets ascending.
  void SeekForward(std::string_view target) {
    if (started_ && it_->Valid()) {
      for (int i = 0; i < max_steps_ && it_->Valid() && ToView(it_->key()) < target; ++i) it_->Next();
      if (!it_->Valid() || ToView(it_->key()) >= target) return;
    }
    Seek(target);
  }
  // Positions at the first key >= target, whatever the targets before.
  void Seek(std::string_view target) {
    started_ = true;
    it_->Seek(ToSlice(target));
  }

  bool Valid() const { return it_->Valid(); }
  std::string_view key() const { return ToView(it_->key()); }
  std::string_view value() const { return ToView(it_->value()); }
  void Next() { it_->Next(); }
  Status status(Cf cf) const { return FromRocks(it_->status(), std::string("reading ") + CfName(cf)); }

 private:
  std::unique_ptr<rocksdb::Iterator> it_;
  int max_steps_;
  bool started_ = false;
};

// The keys of a predicate whose second id lies in [from, to) (nullopt: to
// the last), in a family whose keys start with the predicate (POS, prov):
// seek to `start`, stop at `upper` (empty: none) or where `prefix` ends.
struct PredicateRange {
  std::string prefix, start, upper;
  PredicateRange(TermId predicate, TermId from, std::optional<TermId> to) {
    PutFixed64BE(&prefix, predicate);
    start = prefix;
    PutFixed64BE(&start, from);
    if (to) {
      upper = prefix;
      PutFixed64BE(&upper, *to);
    } else if (predicate != UINT64_MAX) {
      PutFixed64BE(&upper, predicate + 1);
    }
  }
};

// Batches smaller than this go through the block cache like point reads.
constexpr size_t kSmallBatch = 1024;

// Indexes 0..n-1 ordered by `less` on them.
template <typename Less>
std::vector<size_t> SortedOrder(size_t n, Less less) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace

TermId Store::IdOf(const model::Term& term) { return HashTerm(term.Encode()); }

Result<std::optional<TermId>> Store::FindId(const model::Term& term) const {
  ReadView view(*impl_);
  return FindTermId(view, term);
}

Status Store::MatchIds(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o,
                       const std::function<bool(const TripleIds&)>& fn) const {
  ReadView view(*impl_);
  ScanPlan plan = PlanScan(s, p, o);
  Cf cf = IndexCf(plan.order);
  if (s && p && o) {
    // Is this one triple stored? A point read (the bloom filters answer
    // most misses) instead of an iterator, as in Match.
    std::string value;
    bool found = false;
    NETRA_RETURN_IF_ERROR(view.Get(cf, plan.prefix, &value, &found));
    if (found) fn(TripleIds{*s, *p, *o});
    return Status::Ok();
  }
  // The smallest key after the prefix: the prefix with its last non-0xff
  // byte incremented (none for an empty or all-0xff prefix).
  std::string upper = plan.prefix;
  while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
  if (!upper.empty()) upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
  rocksdb::Slice upper_slice = ToSlice(upper);
  // A scan of a whole predicate (or more) reads more blocks than the cache
  // holds: do not let it evict them.
  bool large = plan.prefix.size() <= kIdBytes;
  std::unique_ptr<rocksdb::Iterator> it = view.NewIterator(cf, upper.empty() ? nullptr : &upper_slice, !large);
  DeadlineTicker deadline;
  for (it->Seek(ToSlice(plan.prefix)); it->Valid(); it->Next()) {
    NETRA_RETURN_IF_ERROR(deadline.Tick());
    std::string_view key = ToView(it->key());
    if (key.substr(0, plan.prefix.size()) != plan.prefix) break;  // past an all-0xff prefix
    TripleIds ids;
    if (!DecodeTripleKey(key, plan.order, &ids)) {
      return Status::Corruption(std::string("malformed key in ") + CfName(cf));
    }
    if (!fn(ids)) break;
  }
  return FromRocks(it->status(), std::string("scanning ") + CfName(cf));
}

Status Store::MatchIdsByObjects(TermId predicate, TermId objects_from, std::optional<TermId> objects_to,
                                const std::function<bool(const TripleIds&)>& fn) const {
  if (objects_to && *objects_to <= objects_from) return Status::Ok();
  ReadView view(*impl_);
  PredicateRange range(predicate, objects_from, objects_to);
  rocksdb::Slice upper_slice = ToSlice(range.upper);
  // A slice of a whole predicate: as in MatchIds, no filling the cache.
  std::unique_ptr<rocksdb::Iterator> it = view.NewIterator(kPos, range.upper.empty() ? nullptr : &upper_slice, false);
  for (it->Seek(ToSlice(range.start)); it->Valid(); it->Next()) {
    std::string_view key = ToView(it->key());
    if (key.substr(0, kIdBytes) != range.prefix) break;  // past the last predicate id
    TripleIds ids;
    if (!DecodeTripleKey(key, IndexOrder::kPos, &ids)) return Status::Corruption("malformed key in pos");
    if (!fn(ids)) break;
  }
  return FromRocks(it->status(), "scanning pos");
}

Status Store::MatchIdsBySubjects(const std::vector<TermId>& subjects, std::optional<TermId> predicate,
                                 const std::function<bool(size_t k, const TripleIds&)>& fn) const {
  std::vector<size_t> order =
      SortedOrder(subjects.size(), [&](size_t a, size_t b) { return subjects[a] < subjects[b]; });
  ReadView view(*impl_);
  // Subjects are hashes, far apart in the keys: seek to each, no stepping.
  ForwardCursor cursor(view, kSpo, /*max_steps=*/0, /*fill_cache=*/subjects.size() < kSmallBatch);
  std::string prefix;
  DeadlineTicker deadline;
  for (size_t i = 0; i < order.size(); ++i) {
    NETRA_RETURN_IF_ERROR(deadline.Tick());
    size_t k = order[i];
    prefix.clear();
    PutFixed64BE(&prefix, subjects[k]);
    if (predicate) PutFixed64BE(&prefix, *predicate);
    // A subject given again: the cursor has moved into or past its keys.
    if (i > 0 && subjects[order[i - 1]] == subjects[k]) {
      cursor.Seek(prefix);
    } else {
      cursor.SeekForward(prefix);
    }
    for (; cursor.Valid(); cursor.Next()) {
      std::string_view key = cursor.key();
      if (key.substr(0, prefix.size()) != prefix) break;
      TripleIds ids;
      if (!DecodeTripleKey(key, IndexOrder::kSpo, &ids)) return Status::Corruption("malformed key in spo");
      if (!fn(k, ids)) break;
    }
    NETRA_RETURN_IF_ERROR(cursor.status(kSpo));
  }
  return Status::Ok();
}

namespace {

Status DecodeEntry(TermId id, std::string_view encoded, model::Term* term) {
  Result<model::Term> decoded = model::Term::Decode(encoded);
  if (!decoded.ok()) return decoded.status().WithContext("dictionary entry " + std::to_string(id));
  *term = std::move(decoded).value();
  return Status::Ok();
}

Status NotInDictionary(TermId id) {
  return Status::NotFound("term id " + std::to_string(id) + " is not in the dictionary");
}

// A few ids: point reads, which the dictionary's Bloom filter and the block
// cache serve without setting up an iterator.
Status ReadFew(const ReadView& view, const std::vector<TermId>& ids,
               const std::function<void(size_t i, std::string_view encoded)>& fn) {
  std::string key, value;
  for (size_t i = 0; i < ids.size(); ++i) {
    key.clear();
    PutFixed64BE(&key, ids[i]);
    bool found = false;
    NETRA_RETURN_IF_ERROR(view.Get(kDict, key, &value, &found));
    if (!found) return NotInDictionary(ids[i]);
    fn(i, value);
  }
  return Status::Ok();
}

}  // namespace

Status Store::ReadTermBytes(const std::vector<TermId>& ids,
                            const std::function<void(size_t i, std::string_view encoded)>& fn) const {
  ReadView view(*impl_);
  constexpr size_t kFew = 32;
  if (ids.size() <= kFew) return ReadFew(view, ids, fn);
  std::vector<size_t> order = SortedOrder(ids.size(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
  // Ids are hashes, spread evenly: a batch of an eighth of the dictionary
  // or more leaves a few entries between wanted ones, worth stepping over;
  // a sparser one would step for nothing before each seek.
  uint64_t dict_keys = 0;
  view.impl().db->GetIntProperty(view.impl().cf(kDict), "rocksdb.estimate-num-keys", &dict_keys);
  bool dense = ids.size() * 8 >= dict_keys;
  ForwardCursor cursor(view, kDict, /*max_steps=*/dense ? 16 : 0, /*fill_cache=*/ids.size() < kSmallBatch);
  std::string key;
  std::string repeated;  // the entry just read, for an id given again (the cursor has moved on)
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (k > 0 && ids[order[k - 1]] == ids[i]) {
      fn(i, repeated);
      continue;
    }
    key.clear();
    PutFixed64BE(&key, ids[i]);
    cursor.SeekForward(key);
    if (!cursor.Valid() || cursor.key() != key) {
      NETRA_RETURN_IF_ERROR(cursor.status(kDict));
      return NotInDictionary(ids[i]);
    }
    if (k + 1 < order.size() && ids[order[k + 1]] == ids[i]) repeated.assign(cursor.value());
    fn(i, cursor.value());
  }
  return Status::Ok();
}

Status Store::DecodeTerms(const std::vector<TermId>& ids, std::vector<model::Term>* terms) const {
  terms->assign(ids.size(), model::Term());
  Status decoded;
  NETRA_RETURN_IF_ERROR(ReadTermBytes(ids, [&](size_t i, std::string_view encoded) {
    if (decoded.ok()) decoded = DecodeEntry(ids[i], encoded, &(*terms)[i]);
  }));
  return decoded;
}

Status Store::SupportingDocuments(const std::vector<TripleIds>& triples,
                                  const std::function<void(size_t i, std::string_view doc_id)>& fn) const {
  std::vector<size_t> order =
      SortedOrder(triples.size(), [&](size_t a, size_t b) { return ProvenanceOrderLess(triples[a], triples[b]); });
  ReadView view(*impl_);
  // Between two wanted triples lie the supports of the first and, unless
  // they share a predicate and subject, those of other subjects: step
  // little.
  ForwardCursor cursor(view, kProv, /*max_steps=*/2, /*fill_cache=*/triples.size() < kSmallBatch);
  // The documents of the triple just read, for a triple given twice (the
  // cursor has moved past it by then).
  std::vector<std::string> last_docs;
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k];
    if (k > 0 && triples[order[k - 1]] == triples[i]) {
      for (const std::string& doc : last_docs) fn(i, doc);
      continue;
    }
    // Only a triple given twice needs its documents again; since `order` is
    // sorted, that is known now, and the copies are made only then.
    bool repeated = k + 1 < order.size() && triples[order[k + 1]] == triples[i];
    last_docs.clear();
    // Count key first, then one support key per document (store_layout.md).
    std::string count_key = EncodeCountKey(triples[i]);
    cursor.SeekForward(count_key);
    for (; cursor.Valid(); cursor.Next()) {
      std::string_view key = cursor.key();
      if (key.substr(0, kTripleKeyBytes) != count_key) break;
      if (key.size() == kTripleKeyBytes) continue;
      std::string_view doc = key.substr(kTripleKeyBytes);
      fn(i, doc);
      if (repeated) last_docs.emplace_back(doc);
    }
    NETRA_RETURN_IF_ERROR(cursor.status(kProv));
  }
  return Status::Ok();
}

Status Store::SupportsOfPredicate(TermId predicate, TermId subjects_from, std::optional<TermId> subjects_to,
                                  const std::function<void(const TripleIds&, std::string_view doc_id)>& fn) const {
  if (subjects_to && *subjects_to <= subjects_from) return Status::Ok();
  ReadView view(*impl_);
  PredicateRange range(predicate, subjects_from, subjects_to);
  rocksdb::Slice upper_slice = ToSlice(range.upper);
  // A stretch of a whole predicate: as in MatchIds, no filling the cache.
  std::unique_ptr<rocksdb::Iterator> it = view.NewIterator(kProv, range.upper.empty() ? nullptr : &upper_slice, false);
  // Under the predicate, for each triple: its count key, then one support
  // key per document (store_layout.md).
  for (it->Seek(ToSlice(range.start)); it->Valid(); it->Next()) {
    std::string_view key = ToView(it->key());
    if (key.substr(0, kIdBytes) != range.prefix) break;  // past the last predicate id
    if (key.size() <= kTripleKeyBytes) continue;
    TripleIds t;
    std::string_view doc;
    DecodeProvenanceKey(key, &t, &doc);
    fn(t, doc);
  }
  return FromRocks(it->status(), "scanning prov");
}

}  // namespace netra::store
