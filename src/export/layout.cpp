#include "export/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <exception>
#include <numeric>
#include <vector>

namespace netra::exporter {

namespace {

using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::square_topology<boost::minstd_rand>;
using Point = Topology::point_type;

constexpr double kEdgeLength = 100.0;

// Boost derives the force scale k from the area (k = sqrt(area / n)) and
// clamps nodes to its border, where they pile up. The area here is 4x what
// k needs and the forces use k / 2: the layout keeps its natural size and
// stays clear of the walls.
constexpr double kRoom = 2.0;

struct Attraction {
  template <typename Graph>
  double operator()(typename boost::graph_traits<Graph>::edge_descriptor, double k, double d, const Graph&) const {
    return d * d / (k / kRoom);
  }
};

struct Repulsion {
  template <typename Graph>
  double operator()(typename boost::graph_traits<Graph>::vertex_descriptor,
                    typename boost::graph_traits<Graph>::vertex_descriptor, double k, double d, const Graph&) const {
    return (k / kRoom) * (k / kRoom) / d;
  }
};

// Fruchterman-Reingold over the nodes `chosen` (indices into g->nodes) and
// the edges among them, at most `max_edges`; writes their x and y.
void ForceDirected(ExportGraph* g, const std::vector<uint32_t>& chosen, size_t max_edges,
                   const LayoutOptions& o) {
  const size_t n = chosen.size();
  std::vector<int64_t> local(g->nodes.size(), -1);
  for (size_t i = 0; i < n; ++i) local[chosen[i]] = static_cast<int64_t>(i);
  UGraph ug(n);
  size_t added = 0;
  for (const Edge& e : g->edges) {
    if (added >= max_edges) break;
    int64_t s = local[e.source], t = local[e.target];
    if (s < 0 || t < 0 || s == t) continue;  // a loop has no length to relax
    boost::add_edge(static_cast<size_t>(s), static_cast<size_t>(t), ug);
    ++added;
  }
  boost::minstd_rand gen(o.seed);
  // Half-side s: Boost's k = 2s / sqrt(n) is then kRoom * kEdgeLength.
  Topology topology(gen, kRoom * kEdgeLength / 2 * std::sqrt(static_cast<double>(n)));
  std::vector<Point> pos(n);
  auto pmap = boost::make_iterator_property_map(pos.begin(), boost::get(boost::vertex_index, ug));
  boost::random_graph_layout(ug, pmap, topology);
  // Every pair repels (all_force_pairs): Boost's default grid repels only
  // neighbours within 2k, so a connected graph contracts into a dense ball,
  // cells fill up and the grid turns quadratic anyway (2,000 nodes took 10 s);
  // with all pairs the cost is a predictable n^2 per step.
  boost::fruchterman_reingold_force_directed_layout(
      ug, pmap, topology,
      boost::attractive_force(Attraction())
          .repulsive_force(Repulsion())
          .cooling(boost::linear_cooling<double>(o.iterations > 0 ? o.iterations : 100))
          .force_pairs(boost::all_force_pairs()));
  // Centred on the origin, where Gephi's camera starts.
  double cx = 0, cy = 0;
  for (const Point& p : pos) {
    cx += p[0] / static_cast<double>(n);
    cy += p[1] / static_cast<double>(n);
  }
  for (size_t i = 0; i < n; ++i) {
    g->nodes[chosen[i]].x = pos[i][0] - cx;
    g->nodes[chosen[i]].y = pos[i][1] - cy;
  }
}

// A deterministic offset of about half an edge length, different per node.
std::pair<double, double> Jitter(uint32_t v) {
  uint64_t h = (v + 1) * 0x9E3779B97F4A7C15ull;
  double angle = static_cast<double>(h >> 11) / static_cast<double>(1ull << 53) * 2 * M_PI;
  double radius = kEdgeLength * (0.3 + 0.4 * static_cast<double>(h & 0xFF) / 255.0);
  return {radius * std::cos(angle), radius * std::sin(angle)};
}

// Places every node not in `placed` next to a placed neighbour, wave after
// wave outwards; what no edge reaches goes on a ring around the picture.
void PlaceTheRest(ExportGraph* g, std::vector<char>& placed) {
  const size_t n = g->nodes.size();
  for (bool progress = true; progress;) {
    progress = false;
    std::vector<char> now = placed;
    for (const Edge& e : g->edges) {
      for (auto [from, to] : {std::pair{e.source, e.target}, std::pair{e.target, e.source}}) {
        if (placed[from] && !now[to]) {
          auto [dx, dy] = Jitter(to);
          g->nodes[to].x = g->nodes[from].x + dx;
          g->nodes[to].y = g->nodes[from].y + dy;
          now[to] = 1;
          progress = true;
        }
      }
    }
    placed.swap(now);
  }
  double extent = 0;
  for (size_t v = 0; v < n; ++v) {
    if (placed[v]) extent = std::max(extent, std::hypot(g->nodes[v].x, g->nodes[v].y));
  }
  std::vector<uint32_t> rest;
  for (uint32_t v = 0; v < n; ++v) {
    if (!placed[v]) rest.push_back(v);
  }
  // Isolated nodes on a ring (or a spiral when there are many) outside.
  double radius = extent + kEdgeLength;
  for (size_t i = 0; i < rest.size(); ++i) {
    double turn = kEdgeLength * 0.5 / radius;
    double angle = static_cast<double>(i) * turn;
    double r = radius + kEdgeLength * 0.5 * angle / (2 * M_PI);
    g->nodes[rest[i]].x = r * std::cos(angle);
    g->nodes[rest[i]].y = r * std::sin(angle);
  }
}

}  // namespace

Status Layout(ExportGraph* g, const LayoutOptions& options) {
  const size_t n = g->nodes.size();
  if (n == 0) return Status::Ok();
  // Boost throws on allocation failure; nothing else here should.
  try {
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (n > options.max_force_nodes) {
      // The backbone: highest degree first, ties by index (deterministic).
      std::stable_sort(order.begin(), order.end(),
                       [&](uint32_t a, uint32_t b) { return g->nodes[a].degree > g->nodes[b].degree; });
      order.resize(options.max_force_nodes);
    }
    ForceDirected(g, order, 10 * order.size(), options);
    std::vector<char> placed(n, 0);
    for (uint32_t v : order) placed[v] = 1;
    if (order.size() < n) PlaceTheRest(g, placed);
    for (Node& node : g->nodes) {
      // Rounded to 0.01: finer digits only make the files bigger.
      node.x = std::round(node.x * 100.0) / 100.0;
      node.y = std::round(node.y * 100.0) / 100.0;
    }
  } catch (const std::exception& e) {
    return Status::IoError(std::string("layout failed: ") + e.what());
  }
  return Status::Ok();
}

}  // namespace netra::exporter
