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

std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '-' || c == '.' || c == ',' || c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<std::vector<char>> SelectRegion(const ExportGraph& g, const std::string& region) {
  const std::string want = Fold(region);
  std::vector<uint32_t> seeds = Find(g, vocab::kRegion, [&](const Node& n) {
    if (n.id == region || n.code == region) return true;
    std::string label = Fold(n.label);
    if (label == want) return true;
    // "lubuk linggau" finds "Kota Lubuk Linggau", as `netra query` does.
    for (std::string_view prefix : {"kota ", "kabupaten ", "provinsi "}) {
      if (label.starts_with(prefix) && label.substr(prefix.size()) == want) return true;
    }
    return false;
  });
  if (seeds.empty()) return Status::InvalidArgument("no region matches `" + region + "`");
  Adjacency adj(g);
  std::vector<char> in_region(g.nodes.size(), 0), keep(g.nodes.size(), 0);
  // The region and everything part_of it, transitively.
  std::deque<uint32_t> queue(seeds.begin(), seeds.end());
  for (uint32_t s : seeds) in_region[s] = 1;
  while (!queue.empty()) {
    uint32_t r = queue.front();
    queue.pop_front();
    for (const auto& l : adj.in[r]) {
      if (!in_region[l.node] && IsType(g.nodes[l.node], vocab::kRegion) && Has(g, *l.edge, vocab::kPartOf)) {
        in_region[l.node] = 1;
        queue.push_back(l.node);
      }
    }
  }
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

Result<std::vector<char>> SelectStatute(const ExportGraph& g, const std::string& statute) {
  const std::string want = Fold(statute);
  std::vector<uint32_t> seeds = Find(g, vocab::kStatute, [&](const Node& n) {
    if (n.id == statute || Fold(n.label) == want || (!n.title.empty() && Fold(n.title) == want)) return true;
    // "UU 20/2023" from the id "Statute:UU/20/2023".
    std::string rest = n.id.substr(n.id.find(':') + 1);
    auto slash = rest.find('/');
    if (slash != std::string::npos) rest[slash] = ' ';
    return Fold(rest) == want;
  });
  if (seeds.empty()) return Status::InvalidArgument("no statute matches `" + statute + "`");
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

Result<std::vector<char>> SelectEgo(const ExportGraph& g, const std::vector<char>& visible, const std::string& ego,
                                    int hops) {
  std::vector<uint32_t> centre;
  for (uint32_t v = 0; v < g.nodes.size(); ++v) {
    if (g.nodes[v].id == ego) centre = {v};
  }
  if (centre.empty()) {
    const std::string want = Fold(ego);
    for (uint32_t v = 0; v < g.nodes.size(); ++v) {
      if (Fold(g.nodes[v].label) == want) centre.push_back(v);
    }
  }
  if (centre.empty()) return Status::InvalidArgument("no entity has the id or label `" + ego + "`");
  if (centre.size() > 1) {
    std::string ids;
    for (size_t i = 0; i < centre.size() && i < 5; ++i) ids += (i ? ", " : "") + g.nodes[centre[i]].id;
    return Status::InvalidArgument("`" + ego + "` names " + std::to_string(centre.size()) +
                                   " entities; give one id: " + ids + (centre.size() > 5 ? ", ..." : ""));
  }
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
  std::vector<char> keep(g.nodes.size(), 0);
  for (size_t v = 0; v < g.nodes.size(); ++v) keep[v] = dist[v] >= 0;
  return keep;
}

}  // namespace netra::exporter::internal
