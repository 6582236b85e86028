// Internals of BuildGraph shared by builder.cpp and select.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "export/export_graph.h"

namespace netra::exporter::internal {

// Lower-case ASCII, '-', '.' and ',' as spaces, runs of spaces collapsed,
// ends trimmed: "Kota  Lubuk-Linggau" -> "kota lubuk linggau".
std::string Fold(std::string_view s);

// Node selections: each returns a mask over g.nodes (1 = keep). `g` holds
// every node and every fact merged into edges, unfiltered, so that a region
// anchors its people through `position_in` even when only `cites` is drawn.
Result<std::vector<char>> SelectRegion(const ExportGraph& g, const std::string& region);
Result<std::vector<char>> SelectStatute(const ExportGraph& g, const std::string& statute);
// Here `g` is the graph as drawn: hops follow visible edges only.
Result<std::vector<char>> SelectEgo(const ExportGraph& g, const std::vector<char>& visible, const std::string& ego,
                                    int hops);

}  // namespace netra::exporter::internal
