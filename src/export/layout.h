// Node positions from a force-directed layout (Boost.Graph's
// Fruchterman-Reingold), so that GraphML and GEXF files open in Gephi
// already laid out instead of as a random square.
#pragma once

#include <cstdint>

#include "core/status.h"
#include "export/export_graph.h"

namespace netra::exporter {

struct LayoutOptions {
  // Cooling steps; 0 = chosen from the graph's size: 100 up to 5,000 nodes,
  // fewer above (each step costs O(nodes + edges)), never under 10.
  int iterations = 0;
  uint32_t seed = 42;  // same graph and seed, same picture
};

// Sets x and y of every node. Edges count as undirected; typical edge length
// is about 100 units whatever the graph's size. Deterministic.
Status Layout(ExportGraph* g, const LayoutOptions& options = {});

}  // namespace netra::exporter
