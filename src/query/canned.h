// The canned questions users start with, answered from the store's indexes
// (read as ids, decoded only for what is shown): regions, officials,
// statutes, events, which regions cite which laws (query/canned/citations.h)
// and which laws are cited together. This is their one entry point; each
// question is a file of query/canned/. Results are JSON-shaped rows (the
// shapes are fixed by the scorer's contract: ../shared/eval/CONTRACT.md).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "store/store.h"

namespace netra::query {

struct CannedFilter {
  // A region (id, code or name, as query/entity_lookup.h resolves it) and,
  // unless `subregions` is false, every region inside it; "" = any.
  std::string region;
  bool subregions = true;
  std::string statute;   // "UU 20/2023", a statute id, or a name; "" = any
  std::string from, to;  // ISO dates, inclusive; "" = open
  std::string kind;      // event kind or region kind
  // regions-citing-laws and co-cited-laws read the citation table through
  // the store's cache (CachedCitationRows in citations.h).
  bool use_cache = true;
};

// Names of the canned queries, in the order `netra query --help` lists them.
const std::vector<std::string>& CannedQueryNames();

// The filters `name` takes ("region", "statute", "from", "to", "kind"):
//   regions-citing-laws, statutes, co-cited-laws: region, statute, from, to
//     (a citation's date is its document's `published_on`);
//   regions: region, kind (provinsi, kabupaten, kota);
//   officials: region (of the position), statute (the official cites it);
//   events: region, from, to (the event's date), kind (CannedKinds).
const std::vector<std::string>& CannedFilterNames(const std::string& name);

// The values `--kind` takes for `name`; empty if it takes none.
const std::vector<std::string>& CannedKinds(const std::string& name);

// InvalidArgument unless `name` takes every filter set in `filter`
// (CannedFilterNames) and its kind is one of CannedKinds(name); the message
// suggests the nearest kind.
Status CheckCannedFilters(const std::string& name, const CannedFilter& filter);

// The columns of `name`'s rows as CSV and TSV print them (an entity's id
// beside its name: `region`, `region_id`), the same whatever the rows;
// empty for an unknown name.
const std::vector<std::string>& CannedColumns(const std::string& name);

// Runs one canned query. InvalidArgument for an unknown name, a filter the
// query does not take, an unknown kind (with a near miss suggested), or a
// region or statute that names no entity or several.
Result<Value> RunCanned(const store::Store& store, const std::string& name, const CannedFilter& filter);

}  // namespace netra::query
