// What the pattern planner (pattern_planner.h) reads of a store to choose a
// join order: the matches of a pattern's constants, estimated or counted,
// and a predicate's fan-outs, sampled. Those reads are most of a small
// query's time (at 100k articles about 9 ms for the README's query, more
// than running it), and they depend on the store's state alone, so a
// PlanStatistics kept between queries (`netra shell`, Session) answers
// them again from memory for as long as the store is at one version: a
// query asked again, or another naming the same constants and predicates,
// is planned without reading the indexes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/status.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::query::pattern {

// How many triples of one predicate share an object, and a subject, on
// average: what a look-up per row gives once the object or the subject is
// bound.
struct FanOut {
  double per_object = 1, per_subject = 1;
};

class PlanStatistics {
 public:
  // Forgets what it read unless it read it at `version` (Store::Version()).
  void UseVersion(const std::string& version);

  // Store::EstimateMatches, CountMatches and FindId, remembered.
  Result<uint64_t> Estimate(const store::Store& store, const std::optional<model::Term>& s,
                            const std::optional<model::Term>& p, const std::optional<model::Term>& o);
  Result<uint64_t> Count(const store::Store& store, const std::optional<model::Term>& s,
                         const std::optional<model::Term>& p, const std::optional<model::Term>& o);
  Result<std::optional<store::TermId>> FindId(const store::Store& store, const model::Term& term);

  // The predicate's fan-outs, sampled from its first keys (a few thousand
  // keys and 64 short look-ups), remembered.
  Result<FanOut> FanOutOf(const store::Store& store, store::TermId predicate);

 private:
  // More entries than this (a script of many different queries) and the
  // memo starts again: each is a few dozen bytes.
  static constexpr size_t kMaxEntries = 100000;
  void StartAgainIfFull();

  std::string version_;
  std::map<std::string, uint64_t> estimates_;  // by PatternKey
  std::map<std::string, uint64_t> counts_;
  std::map<std::string, std::optional<store::TermId>> ids_;  // by the term's encoding
  std::unordered_map<store::TermId, FanOut> fan_outs_;
};

}  // namespace netra::query::pattern
