#include "export/layout.h"

#include <algorithm>
#include <boost/graph/fruchterman_reingold.hpp>  // linear_cooling
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <exception>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace netra::exporter {

namespace {

using Topology = boost::square_topology<boost::minstd_rand>;
using Point = Topology::point_type;
using PointDiff = Topology::point_difference_type;

constexpr double kEdgeLength = 100.0;

// Boost derives the force scale k from the area (k = sqrt(area / n)) and
// clamps nodes to its border, where they pile up. The area here is 4x what
// k needs and the forces use k / 2: the layout keeps its natural size and
// stays clear of the walls.
constexpr double kRoom = 2.0;

// boost::math::hypot, operation for operation (so that positions come out
// the same to the bit as Boost's layout, which calls it twice per pair).
inline double Hypot(double x, double y) {
  x = std::fabs(x);
  y = std::fabs(y);
  if (std::isinf(x) || std::isinf(y)) throw std::overflow_error("layout: infinite distance");
  if (y > x) std::swap(x, y);
  if (x * std::numeric_limits<double>::epsilon() >= y) return x;
  double rat = y / x;
  return x * std::sqrt(1 + rat * rat);
}

// convex_topology<2>::distance. Symmetric to the bit: |b - a| == |a - b|.
inline double Distance(const Point& a, const Point& b) { return Hypot(Hypot(0., b[0] - a[0]), b[1] - a[1]); }

// boost::fruchterman_reingold_force_directed_layout with all_force_pairs,
// linear_cooling(iterations), attraction d^2 / (k / kRoom) and repulsion
// (k / kRoom)^2 / d, step for step: Boost's loop calls its force functor
// twice per pair through property maps, each time jittering and measuring
// the pair again, and spent most of an export's layout doing so. Here a
// pair is measured once (the distance is symmetric) and both forces are
// applied from it, which gives the same sums in the same order.
void FruchtermanReingold(const std::vector<std::pair<uint32_t, uint32_t>>& edges, const Topology& topology,
                         int iterations, std::vector<Point>* positions) {
  std::vector<Point>& pos = *positions;
  const size_t n = pos.size();
  const double k = std::pow(topology.volume(topology.extent()) / static_cast<double>(n), 1. / 2.);
  const double too_close = topology.norm(topology.extent()) / 10000.;
  const double kr = k / kRoom;
  // Boost's maybe_jitter_point: u moved a little towards a random point
  // when it sits on top of `at`.
  auto jitter = [&](size_t u, const Point& at) {
    if (Distance(pos[u], at) < too_close)
      pos[u] = topology.move_position_toward(pos[u], 1. / 200, topology.random_point());
  };
  // Boost's fr_apply_force(u, v): the push on v away from u.
  auto repel = [&](size_t u, size_t v, std::vector<PointDiff>& disp) {
    jitter(u, pos[v]);
    double dist = Distance(pos[u], pos[v]);
    if (dist == 0.) {
      disp[v][0] += 0.01;
      disp[v][1] += 0.01;
      return;
    }
    double fr = kr * kr / dist;
    disp[v] += (fr / dist) * topology.difference(pos[v], pos[u]);
  };
  boost::linear_cooling<double> cool(static_cast<size_t>(iterations));
  std::vector<PointDiff> disp(n);
  for (;;) {
    std::fill(disp.begin(), disp.end(), PointDiff());
    for (size_t v = 0; v < n; ++v) {
      for (size_t u = v + 1; u < n; ++u) {
        double dist = Distance(pos[u], pos[v]);
        if (dist < too_close || dist == 0.) {  // rare: Boost's steps one by one
          repel(u, v, disp);
          repel(v, u, disp);
          continue;
        }
        double s = kr * kr / dist / dist;
        double dx = pos[v][0] - pos[u][0], dy = pos[v][1] - pos[u][1];
        disp[v][0] += s * dx;
        disp[v][1] += s * dy;
        disp[u][0] += s * -dx;
        disp[u][1] += s * -dy;
      }
    }
    for (const auto& [v, u] : edges) {
      jitter(u, pos[v]);
      PointDiff delta = topology.difference(pos[v], pos[u]);
      double dist = Distance(pos[u], pos[v]);
      double fa = dist * dist / kr;
      disp[v] = disp[v] - (fa / dist) * delta;
      disp[u] = disp[u] + (fa / dist) * delta;
    }
    double temp = cool();
    if (!temp) break;
    for (size_t v = 0; v < n; ++v) {
      double disp_size = topology.norm(disp[v]);
      pos[v] = topology.adjust(pos[v], disp[v] * (std::min(disp_size, temp) / disp_size));
      pos[v] = topology.bound(pos[v]);
    }
  }
}

// Fruchterman-Reingold over the nodes `chosen` and the edges among them,
// at most `max_edges`; writes their x and y.
void ForceDirected(const LayoutEdges& g, const std::vector<uint32_t>& chosen, size_t max_edges, const LayoutOptions& o,
                   std::vector<double>* x, std::vector<double>* y) {
  const size_t n = chosen.size();
  std::vector<int64_t> local(x->size(), -1);
  for (size_t i = 0; i < n; ++i) local[chosen[i]] = static_cast<int64_t>(i);
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (size_t i = 0; i < g.source.size(); ++i) {
    if (edges.size() >= max_edges) break;
    int64_t s = local[g.source[i]], t = local[g.target[i]];
    if (s < 0 || t < 0 || s == t) continue;  // a loop has no length to relax
    edges.emplace_back(static_cast<uint32_t>(s), static_cast<uint32_t>(t));
  }
  boost::minstd_rand gen(o.seed);
  // Half-side s: Boost's k = 2s / sqrt(n) is then kRoom * kEdgeLength.
  Topology topology(gen, kRoom * kEdgeLength / 2 * std::sqrt(static_cast<double>(n)));
  // Boost's random_graph_layout: a random point per node, in order.
  std::vector<Point> pos(n);
  for (Point& p : pos) p = topology.random_point();
  // Every pair repels (all pairs): Boost's default grid repels only
  // neighbours within 2k, so a connected graph contracts into a dense ball,
  // cells fill up and the grid turns quadratic anyway (2,000 nodes took 10 s);
  // with all pairs the cost is a predictable n^2 per step.
  FruchtermanReingold(edges, topology, o.iterations > 0 ? o.iterations : 100, &pos);
  // Centred on the origin, where Gephi's camera starts.
  double cx = 0, cy = 0;
  for (const Point& p : pos) {
    cx += p[0] / static_cast<double>(n);
    cy += p[1] / static_cast<double>(n);
  }
  for (size_t i = 0; i < n; ++i) {
    (*x)[chosen[i]] = pos[i][0] - cx;
    (*y)[chosen[i]] = pos[i][1] - cy;
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
void PlaceTheRest(const LayoutEdges& g, std::vector<char>& placed, std::vector<double>* xs, std::vector<double>* ys) {
  std::vector<double>& x = *xs;
  std::vector<double>& y = *ys;
  const size_t n = x.size();
  for (bool progress = true; progress;) {
    progress = false;
    std::vector<char> now = placed;
    for (size_t i = 0; i < g.source.size(); ++i) {
      for (auto [from, to] : {std::pair{g.source[i], g.target[i]}, std::pair{g.target[i], g.source[i]}}) {
        if (placed[from] && !now[to]) {
          auto [dx, dy] = Jitter(to);
          x[to] = x[from] + dx;
          y[to] = y[from] + dy;
          now[to] = 1;
          progress = true;
        }
      }
    }
    placed.swap(now);
  }
  double extent = 0;
  for (size_t v = 0; v < n; ++v) {
    if (placed[v]) extent = std::max(extent, std::hypot(x[v], y[v]));
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
    x[rest[i]] = r * std::cos(angle);
    y[rest[i]] = r * std::sin(angle);
  }
}

}  // namespace

Status Layout(const LayoutEdges& g, const std::vector<uint32_t>& degree, const LayoutOptions& options,
              std::vector<double>* x, std::vector<double>* y) {
  const size_t n = degree.size();
  x->assign(n, 0);
  y->assign(n, 0);
  if (n == 0) return Status::Ok();
  // Boost throws on allocation failure; nothing else here should.
  try {
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (n > options.max_force_nodes) {
      // The backbone: highest degree first, ties by index (deterministic).
      std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return degree[a] > degree[b]; });
      order.resize(options.max_force_nodes);
    }
    ForceDirected(g, order, 10 * order.size(), options, x, y);
    std::vector<char> placed(n, 0);
    for (uint32_t v : order) placed[v] = 1;
    if (order.size() < n) PlaceTheRest(g, placed, x, y);
    for (size_t v = 0; v < n; ++v) {
      // Rounded to 0.01: finer digits only make the files bigger.
      (*x)[v] = std::round((*x)[v] * 100.0) / 100.0;
      (*y)[v] = std::round((*y)[v] * 100.0) / 100.0;
    }
  } catch (const std::exception& e) {
    return Status::IoError(std::string("layout failed: ") + e.what());
  }
  return Status::Ok();
}

Status Layout(ExportGraph* g, const LayoutOptions& options) {
  LayoutEdges edges;
  for (const Edge& e : g->edges) {
    edges.source.push_back(e.source);
    edges.target.push_back(e.target);
  }
  std::vector<uint32_t> degree;
  for (const Node& node : g->nodes) degree.push_back(node.degree);
  std::vector<double> x, y;
  NETRA_RETURN_IF_ERROR(Layout(edges, degree, options, &x, &y));
  for (size_t v = 0; v < g->nodes.size(); ++v) {
    g->nodes[v].x = x[v];
    g->nodes[v].y = y[v];
  }
  return Status::Ok();
}

}  // namespace netra::exporter
