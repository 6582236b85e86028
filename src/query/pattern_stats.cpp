#include "query/pattern_stats.h"

#include <algorithm>
#include <vector>

namespace netra::query::pattern {

namespace {

// The three positions of a pattern as one key: each constant's encoding,
// length first (values may hold any byte), or a mark for a variable.
std::string PatternKey(const std::optional<model::Term>& s, const std::optional<model::Term>& p,
                       const std::optional<model::Term>& o) {
  std::string key;
  for (const auto* t : {&s, &p, &o}) {
    if (!t->has_value()) {
      key += '?';
      continue;
    }
    std::string encoded = (*t)->Encode();
    key += std::to_string(encoded.size()) + ':' + encoded;
  }
  return key;
}

// A sample of the predicate's keys. The first keys of its POS range hold
// whole runs of objects, and since ids are hashes those objects are a
// random few (keys per object); the subjects met there are counted through
// SPO (keys per subject). A flat guess per bound variable was off by 60x
// at a million articles in both directions (180 holders per position, 6
// mentions per document) and joined events to positions before people.
Result<FanOut> SampleFanOut(const store::Store& store, store::TermId predicate) {
  constexpr uint64_t kSampleKeys = 4096;
  constexpr size_t kSampleSubjects = 64;
  // A subject's keys are counted up to this many: the count only has to
  // rank patterns, and a subject with a million triples of the predicate
  // must not cost a million keys a query.
  constexpr uint64_t kMaxPerSubject = kSampleKeys;
  uint64_t keys = 0, objects = 0;
  store::TermId last_object = 0;
  std::vector<store::TermId> subjects;
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, predicate, std::nullopt, [&](const store::TripleIds& t) {
    if (keys == 0 || t.o != last_object) ++objects;
    last_object = t.o;
    ++keys;
    if (subjects.size() < kSampleSubjects && std::find(subjects.begin(), subjects.end(), t.s) == subjects.end()) {
      subjects.push_back(t.s);
    }
    return keys < kSampleKeys;
  }));
  FanOut f;
  if (objects > 0) f.per_object = static_cast<double>(keys) / static_cast<double>(objects);
  uint64_t subject_keys = 0;
  for (store::TermId s : subjects) {
    uint64_t n = 0;
    NETRA_RETURN_IF_ERROR(
        store.MatchIds(s, predicate, std::nullopt, [&](const store::TripleIds&) { return ++n < kMaxPerSubject; }));
    subject_keys += n;
  }
  if (!subjects.empty()) f.per_subject = static_cast<double>(subject_keys) / static_cast<double>(subjects.size());
  return f;
}

}  // namespace

void PlanStatistics::UseVersion(const std::string& version) {
  if (version == version_) return;
  *this = PlanStatistics();
  version_ = version;
}

void PlanStatistics::StartAgainIfFull() {
  if (estimates_.size() + counts_.size() + ids_.size() + fan_outs_.size() < kMaxEntries) return;
  std::string version = version_;
  *this = PlanStatistics();
  version_ = version;
}

Result<uint64_t> PlanStatistics::Estimate(const store::Store& store, const std::optional<model::Term>& s,
                                          const std::optional<model::Term>& p, const std::optional<model::Term>& o) {
  std::string key = PatternKey(s, p, o);
  if (auto it = estimates_.find(key); it != estimates_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(uint64_t n, store.EstimateMatches(s, p, o));
  StartAgainIfFull();
  estimates_.emplace(std::move(key), n);
  return n;
}

Result<uint64_t> PlanStatistics::Count(const store::Store& store, const std::optional<model::Term>& s,
                                       const std::optional<model::Term>& p, const std::optional<model::Term>& o) {
  std::string key = PatternKey(s, p, o);
  if (auto it = counts_.find(key); it != counts_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(uint64_t n, store.CountMatches(s, p, o));
  StartAgainIfFull();
  counts_.emplace(std::move(key), n);
  return n;
}

Result<std::optional<store::TermId>> PlanStatistics::FindId(const store::Store& store, const model::Term& term) {
  std::string key = term.Encode();
  if (auto it = ids_.find(key); it != ids_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> id, store.FindId(term));
  StartAgainIfFull();
  ids_.emplace(std::move(key), id);
  return id;
}

Result<FanOut> PlanStatistics::FanOutOf(const store::Store& store, store::TermId predicate) {
  if (auto it = fan_outs_.find(predicate); it != fan_outs_.end()) return it->second;
  NETRA_ASSIGN_OR_RETURN(FanOut f, SampleFanOut(store, predicate));
  StartAgainIfFull();
  fan_outs_.emplace(predicate, f);
  return f;
}

}  // namespace netra::query::pattern
