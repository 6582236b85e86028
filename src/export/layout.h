// Node positions from a force-directed layout (Boost.Graph's
// Fruchterman-Reingold), so that GraphML and GEXF files open in Gephi
// already laid out instead of as a random square.
#pragma once

#include <cstdint>

#include "core/status.h"
#include "export/export_graph.h"

namespace netra::exporter {

struct LayoutOptions {
  // Cooling steps of Fruchterman-Reingold; 0 = 100.
  int iterations = 0;
  // Fruchterman-Reingold runs on at most this many nodes (the ones with the
  // highest degree) and the edges among them, at most 10 per node: each of
  // its steps costs n^2 (see layout.cpp). The other nodes are placed next to
  // a laid-out neighbour, in O(nodes + edges), so a 100k-node graph opens
  // as a laid-out core with its periphery around it.
  size_t max_force_nodes = 1000;
  uint32_t seed = 42;  // same graph and seed, same picture
};

// Sets x and y of every node. Edges count as undirected; typical edge length
// is about 100 units whatever the graph's size. Deterministic.
Status Layout(ExportGraph* g, const LayoutOptions& options = {});

}  // namespace netra::exporter
