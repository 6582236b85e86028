#include "export/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <exception>
#include <vector>

namespace netra::exporter {

namespace {

using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::minstd_rand>;
using Point = Topology::point_type;

int Iterations(const ExportGraph& g, const LayoutOptions& o) {
  if (o.iterations > 0) return o.iterations;
  size_t work = g.nodes.size() + g.edges.size();
  if (work <= 20000) return 100;
  return std::max(10, static_cast<int>(100.0 * 20000.0 / static_cast<double>(work)));
}

}  // namespace

Status Layout(ExportGraph* g, const LayoutOptions& options) {
  const size_t n = g->nodes.size();
  if (n == 0) return Status::Ok();
  if (n == 1) {
    g->nodes[0].x = g->nodes[0].y = 0;
    return Status::Ok();
  }
  // Boost throws on allocation failure; nothing else here should.
  try {
    UGraph ug(n);
    for (const Edge& e : g->edges) {
      if (e.source != e.target) boost::add_edge(e.source, e.target, ug);  // a loop has no length to relax
    }
    boost::minstd_rand gen(options.seed);
    // Half-side s: the repulsion scale k = 2s / sqrt(n) is then 100.
    Topology topology(gen, 50.0 * std::sqrt(static_cast<double>(n)));
    std::vector<Point> pos(n);
    auto pmap = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, ug));
    boost::random_graph_layout(ug, pmap, topology);
    boost::fruchterman_reingold_force_directed_layout(
        ug, pmap, topology, boost::cooling(boost::linear_cooling<double>(Iterations(*g, options))));
    for (size_t v = 0; v < n; ++v) {
      // Rounded to 0.01: finer digits only make the files bigger.
      g->nodes[v].x = std::round(pos[v][0] * 100.0) / 100.0;
      g->nodes[v].y = std::round(pos[v][1] * 100.0) / 100.0;
    }
  } catch (const std::exception& e) {
    return Status::IoError(std::string("layout failed: ") + e.what());
  }
  return Status::Ok();
}

}  // namespace netra::exporter
