// The canned questions users start with, answered from the store's indexes
// (read as ids, decoded only for what is shown): regions, officials,
// statutes, events, which regions cite which laws (graph/citations.h) and
// which laws are cited together. Results are JSON-shaped rows (the shapes are
// fixed by the scorer's contract: ../shared/eval/CONTRACT.md).
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "store/store.h"

namespace netra::graph {

struct CannedFilter {
  std::string region;   // a region id, code or name (case/accent-insensitive); "" = any
  std::string statute;  // "UU 20/2023", a statute id, or a name; "" = any
  std::string from, to; // ISO dates, inclusive; "" = open
  std::string kind;     // event kind or region kind
  // regions-citing-laws and co-cited-laws read the citation table through
  // the store's cache (CachedCitationRows in citations.h).
  bool use_cache = true;
};

// Names of the canned queries, in the order `netra query --help` lists them.
const std::vector<std::string>& CannedQueryNames();

// Runs one canned query. InvalidArgument for an unknown name.
Result<Value> RunCanned(const store::Store& store, const std::string& name, const CannedFilter& filter);

}  // namespace netra::graph
