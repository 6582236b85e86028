// The canned questions, one file each (query/canned/<question>.cpp), as
// RunCanned (query/canned.h) calls them: with the user's filter already
// checked (CheckCannedFilters) and resolved to ids.
#pragma once

#include <set>
#include <string>

#include "core/status.h"
#include "core/value.h"
#include "query/canned.h"
#include "store/store.h"

namespace netra::query::canned {

// A CannedFilter with its region and statute resolved to ids.
struct Resolved : CannedFilter {
  std::set<std::string> regions;  // the region and those inside it (query/region_scope.h)
  std::string statute_id;

  bool InRegion(const std::string& id) const { return region.empty() || regions.count(id) > 0; }
  bool InRegion(const Value& region_value) const {
    if (region.empty()) return true;
    return !region_value.is_null() && InRegion(region_value.Get("id")->as_string());
  }
  bool IsStatute(const std::string& id) const { return statute.empty() || id == statute_id; }
};

// Whether the ISO date `date` lies in the filter's [from, to]; an undated
// thing passes only an open range.
inline bool DateInRange(const std::string& date, const Resolved& f) {
  if (f.from.empty() && f.to.empty()) return true;
  if (date.empty()) return false;
  return (f.from.empty() || date >= f.from) && (f.to.empty() || date <= f.to);
}

// Which regions' actors cite which statutes, with the articles cited and
// the documents (query/canned/citations.h).
Result<Value> RegionsCitingLaws(const store::Store& store, const Resolved& f);
// Regions that documents mention or are about, with those documents.
Result<Value> Regions(const store::Store& store, const Resolved& f);
// One row per position an official holds and name its documents wrote.
Result<Value> Officials(const store::Store& store, const Resolved& f);
// Statutes with the articles each document cites and the documents.
Result<Value> Statutes(const store::Store& store, const Resolved& f);
// Events and elections with their kind, date, region, leader and documents.
Result<Value> Events(const store::Store& store, const Resolved& f);
// Pairs of statutes cited in the same regions, most shared first.
Result<Value> CoCitedLaws(const store::Store& store, const Resolved& f);

}  // namespace netra::query::canned
