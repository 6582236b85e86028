// co-cited-laws: pairs of statutes cited in the same regions, from the rows
// of regions-citing-laws.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "query/canned/questions.h"

namespace netra::query::canned {

// Pairs of statutes cited in the same regions (by regions-citing-laws'
// reading of who is in which region), most shared first: how often laws
// travel together.
Result<Value> CoCitedLaws(const store::Store& store, const Resolved& f) {
  // With --statute: the pairs it is part of, from every law cited where it is.
  Resolved every_law = f;
  every_law.statute.clear();
  NETRA_ASSIGN_OR_RETURN(Value cited, RegionsCitingLaws(store, every_law));
  // Statutes and regions numbered in id order, so that numeric order is the
  // order of their ids: a region has a few hundred laws, and the pairs of
  // all regions run into millions.
  std::map<std::string, uint32_t> statute_index, region_index;
  for (const Value& row : cited.items()) {
    statute_index.emplace(row.Get("statute")->Get("id")->as_string(), 0);
    region_index.emplace(row.Get("region")->Get("id")->as_string(), 0);
  }
  std::vector<const Value*> statute_value(statute_index.size());
  std::vector<std::string> region_name(region_index.size());
  uint32_t next = 0;
  for (auto& [id, i] : statute_index) i = next++;
  next = 0;
  for (auto& [id, i] : region_index) i = next++;
  std::vector<std::vector<uint32_t>> laws_of_region(region_index.size());
  for (const Value& row : cited.items()) {
    uint32_t region = region_index[row.Get("region")->Get("id")->as_string()];
    uint32_t statute = statute_index[row.Get("statute")->Get("id")->as_string()];
    laws_of_region[region].push_back(statute);
    if (statute_value[statute] == nullptr) statute_value[statute] = row.Get("statute");
    region_name[region] = row.Get("region")->Get("name")->as_string();
  }
  // The regions of each pair (a < b), as a table over all pairs; regions
  // are visited in order, so each list comes out sorted and distinct.
  size_t n = statute_index.size();
  std::vector<std::vector<uint32_t>> regions_of_pair(n * n);
  for (uint32_t region = 0; region < laws_of_region.size(); ++region) {
    std::vector<uint32_t>& laws = laws_of_region[region];
    std::sort(laws.begin(), laws.end());
    laws.erase(std::unique(laws.begin(), laws.end()), laws.end());
    for (size_t a = 0; a < laws.size(); ++a) {
      for (size_t b = a + 1; b < laws.size(); ++b) regions_of_pair[laws[a] * n + laws[b]].push_back(region);
    }
  }
  std::vector<size_t> pairs;  // in (a, b) order
  for (size_t k = 0; k < regions_of_pair.size(); ++k) {
    if (!regions_of_pair[k].empty()) pairs.push_back(k);
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [&](size_t x, size_t y) { return regions_of_pair[x].size() > regions_of_pair[y].size(); });
  Value out = Value::Array();
  for (size_t k : pairs) {
    if (!f.IsStatute(statute_value[k / n]->Get("id")->as_string()) &&
        !f.IsStatute(statute_value[k % n]->Get("id")->as_string())) {
      continue;
    }
    Value v = Value::Object();
    v.Set("statute_a", *statute_value[k / n]);
    v.Set("statute_b", *statute_value[k % n]);
    v.Set("regions", Value::Int(static_cast<int64_t>(regions_of_pair[k].size())));
    Value names = Value::Array();
    for (uint32_t r : regions_of_pair[k]) names.Push(Value::Str(region_name[r]));
    v.Set("region_names", std::move(names));
    out.Push(std::move(v));
  }
  return out;
}

}  // namespace netra::query::canned
