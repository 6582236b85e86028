// --region, --statute and --ego: which nodes a view keeps.
#include <algorithm>
#include <deque>

#include "export/builder_internal.h"
#include "model/vocab.h"

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

bool Has(const ExportGraph& g, const Edge& e, const char* pred) {
  return std::any_of(e.predicates.begin(), e.predicates.end(),
                     [&](uint32_t p) { return g.predicates[p] == pred; });
}

bool IsType(const Node& n, const char* type) { return n.type == type; }

// Every node the predicate `match` accepts among nodes of `type`.
template <typename Match>
std::vector<uint32_t> Find(const ExportGraph& g, const char* type, Match match) {
  std::vector<uint32_t> out;
  for (uint32_t v = 0; v < g.nodes.size(); ++v) {
    if (IsType(g.nodes[v], type) && match(g.nodes[v])) out.push_back(v);
  }
  return out;
}

// Adds the targets of v's out-edges to `keep`.
void KeepOut(const Adjacency& adj, uint32_t v, std::vector<char>* keep) {
  for (const auto& l : adj.out[v]) (*keep)[l.node] = 1;
}

}  // namespace

std::vector<char> SelectRegion(const ExportGraph& g, const std::set<std::string>& regions) {
  Adjacency adj(g);
  std::vector<char> in_region(g.nodes.size(), 0), keep(g.nodes.size(), 0);
  for (uint32_t v = 0; v < g.nodes.size(); ++v) in_region[v] = regions.count(g.nodes[v].id) > 0;
  // What is anchored there: positions, events, organisations, documents about it.
  std::vector<uint32_t> anchored;
  for (uint32_t r = 0; r < g.nodes.size(); ++r) {
    if (!in_region[r]) continue;
    keep[r] = 1;
    for (const auto& l : adj.out[r]) {  // the province it is part of
      if (Has(g, *l.edge, vocab::kPartOf)) keep[l.node] = 1;
    }
    for (const auto& l : adj.in[r]) {
      if (Has(g, *l.edge, vocab::kPositionIn) || Has(g, *l.edge, vocab::kHeldIn) ||
          Has(g, *l.edge, vocab::kLocatedIn) || Has(g, *l.edge, vocab::kAbout) ||
          Has(g, *l.edge, vocab::kDateline)) {
        anchored.push_back(l.node);
      }
    }
  }
  for (size_t i = 0, end = anchored.size(); i < end; ++i) {  // people holding those positions
    if (!IsType(g.nodes[anchored[i]], vocab::kPosition)) continue;
    for (const auto& l : adj.in[anchored[i]]) {
      if (Has(g, *l.edge, vocab::kHoldsPosition)) anchored.push_back(l.node);
    }
  }
  for (uint32_t a : anchored) {
    keep[a] = 1;
    // A document points at everything it mentions, here or elsewhere: only
    // its publisher comes along; the rest of what anchored nodes point at
    // (statutes cited, elections, the province) belongs to the picture.
    if (IsType(g.nodes[a], vocab::kDocument)) {
      for (const auto& l : adj.out[a]) {
        if (Has(g, *l.edge, vocab::kPublishedBy)) keep[l.node] = 1;
      }
    } else {
      KeepOut(adj, a, &keep);
    }
  }
  return keep;
}

std::vector<char> SelectStatute(const ExportGraph& g, const std::string& statute) {
  std::vector<uint32_t> seeds = Find(g, vocab::kStatute, [&](const Node& n) { return n.id == statute; });
  Adjacency adj(g);
  std::vector<char> keep(g.nodes.size(), 0), cited(g.nodes.size(), 0);
  for (uint32_t s : seeds) {
    cited[s] = keep[s] = 1;
    for (const auto& l : adj.in[s]) {  // its articles
      if (IsType(g.nodes[l.node], vocab::kStatuteArticle) && Has(g, *l.edge, vocab::kPartOf)) {
        cited[l.node] = keep[l.node] = 1;
      }
    }
  }
  std::vector<uint32_t> citers;
  for (uint32_t v = 0; v < g.nodes.size(); ++v) {
    if (!cited[v]) continue;
    for (const auto& l : adj.in[v]) {
      if (Has(g, *l.edge, vocab::kCites) || Has(g, *l.edge, vocab::kCitesArticle)) citers.push_back(l.node);
      if (Has(g, *l.edge, vocab::kMentions)) keep[l.node] = 1;  // the documents
    }
  }
  for (uint32_t c : citers) {
    keep[c] = 1;
    KeepOut(adj, c, &keep);
  }
  // A person's region is two steps away: person -> position -> region.
  for (uint32_t v = 0; v < g.nodes.size(); ++v) {
    if (keep[v] && IsType(g.nodes[v], vocab::kPosition)) KeepOut(adj, v, &keep);
  }
  return keep;
}

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
