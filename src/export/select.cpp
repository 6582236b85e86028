// --ego on the graph as drawn: which nodes a view keeps (scope.cpp has
// read the candidates from the store).
#include <algorithm>
#include <deque>

#include "export/builder_internal.h"

namespace netra::exporter::internal {

namespace {

// Out- and in-neighbours with the predicate names of the merged edge.
struct Adjacency {
  struct Link {
    uint32_t node;
    const Edge* edge;
  };
  std::vector<std::vector<Link>> out, in;

  explicit Adjacency(const ExportGraph& g) : out(g.nodes.size()), in(g.nodes.size()) {
    for (const Edge& e : g.edges) {
      out[e.source].push_back({e.target, &e});
      in[e.target].push_back({e.source, &e});
    }
  }
};

}  // namespace

std::vector<char> SelectEgo(const ExportGraph& g, const std::vector<char>& visible, const std::string& ego, int hops) {
  std::vector<uint32_t> centre;
  for (uint32_t v = 0; v < g.nodes.size(); ++v) {
    if (g.nodes[v].id == ego) centre = {v};
  }
  std::vector<char> keep(g.nodes.size(), 0);
  if (centre.empty()) return keep;  // not drawn: nothing around it either
  Adjacency adj(g);
  std::vector<int> dist(g.nodes.size(), -1);
  std::deque<uint32_t> queue = {centre[0]};
  dist[centre[0]] = 0;
  while (!queue.empty()) {
    uint32_t v = queue.front();
    queue.pop_front();
    if (dist[v] >= hops) continue;
    for (const auto* links : {&adj.out[v], &adj.in[v]}) {
      for (const auto& l : *links) {
        if (dist[l.node] < 0 && visible[l.node]) {
          dist[l.node] = dist[v] + 1;
          queue.push_back(l.node);
        }
      }
    }
  }
  for (size_t v = 0; v < g.nodes.size(); ++v) keep[v] = dist[v] >= 0;
  return keep;
}

}  // namespace netra::exporter::internal
