// Node positions from a force-directed layout (Boost.Graph's
// Fruchterman-Reingold), so that GraphML and GEXF files open in Gephi
// already laid out instead of as a random square.
#pragma once

#include <cstdint>
#include <vector>

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

// The edges of a graph as two columns, in the graph's edge order: which
// edges the backbone keeps and how the rest is placed depend on it.
struct LayoutEdges {
  std::vector<uint32_t> source, target;  // node indices
};

// Positions of nodes 0 .. degree.size() - 1 into x and y (resized), as
// below; `degree` picks the backbone.
Status Layout(const LayoutEdges& edges, const std::vector<uint32_t>& degree, const LayoutOptions& options,
              std::vector<double>* x, std::vector<double>* y);

// Sets x and y of every node. Edges count as undirected; typical edge length
// is about 100 units whatever the graph's size. Deterministic.
Status Layout(ExportGraph* g, const LayoutOptions& options = {});

}  // namespace netra::exporter
