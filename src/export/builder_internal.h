// Internals of BuildGraph shared by builder.cpp and select.cpp.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "export/export_graph.h"

namespace netra::exporter::internal {

// Node selections: each returns a mask over g.nodes (1 = keep). `g` holds
// every node and every fact merged into edges, unfiltered, so that a region
// anchors its people through `position_in` even when only `cites` is drawn.
// Entities are given by id (BuildGraph resolves what the user typed with
// graph/entity_lookup.h); `regions` is the region with those inside it
// (graph/region_scope.h).
std::vector<char> SelectRegion(const ExportGraph& g, const std::set<std::string>& regions);
std::vector<char> SelectStatute(const ExportGraph& g, const std::string& statute);
// Here `g` is the graph as drawn: hops follow visible edges only.
std::vector<char> SelectEgo(const ExportGraph& g, const std::vector<char>& visible, const std::string& ego, int hops);

}  // namespace netra::exporter::internal
