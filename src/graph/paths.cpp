#include "graph/paths.h"

#include <boost/graph/breadth_first_search.hpp>
#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/projection_internal.h"
#include "model/vocab.h"

namespace netra::graph {

namespace {

using model::Term;

std::string Label(const store::Store& store, const std::string& id) {
  std::string label;
  Status s = store.Match(Term::Entity(id), Term::Entity(vocab::kLabel), std::nullopt, [&](const model::Triple& t) {
    label = t.object.value;
    return false;
  });
  s.ok();  // a label is decoration; an unreadable one prints empty
  return label;
}

std::string Fact(const std::string& predicate, bool forward) {
  return forward ? predicate + " →" : "← " + predicate;
}

// Records, for each vertex, every edge that reaches it on a shortest path
// from the source: BFS tree edges plus the non-tree edges one level down.
struct AllParents : boost::default_bfs_visitor {
  std::vector<uint32_t>* dist;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>>* parents;  // (parent vertex, edge index)
  template <typename E, typename G>
  void tree_edge(E e, const G& g) const {
    (*dist)[boost::target(e, g)] = (*dist)[boost::source(e, g)] + 1;
    (*parents)[boost::target(e, g)].emplace_back(boost::source(e, g), g[e].edge);
  }
  template <typename E, typename G>
  void non_tree_edge(E e, const G& g) const {
    uint32_t u = boost::source(e, g), v = boost::target(e, g);
    if ((*dist)[v] == (*dist)[u] + 1) (*parents)[v].emplace_back(u, g[e].edge);
  }
};

}  // namespace

Result<Value> Neighbors(const store::Store& store, const std::string& id, const NeighborOptions& options) {
  struct Reached {
    int hops;
    std::string from, via;
  };
  std::unordered_map<std::string, Reached> seen{{id, {0, "", ""}}};
  std::vector<std::string> order{id};
  std::deque<std::string> queue{id};
  bool truncated = false;
  auto keep = [&](const Term& other, const Term& predicate) {
    if (!other.is_entity()) return false;
    if (!options.predicates.empty() && !options.predicates.count(predicate.value)) return false;
    return !options.exclude_types.count(std::string(other.EntityType()));
  };
  while (!queue.empty() && !truncated) {
    std::string at = queue.front();
    queue.pop_front();
    int hops = seen[at].hops;
    if (hops >= options.hops) continue;
    auto visit = [&](const Term& other, const Term& predicate, bool forward) {
      if (!keep(other, predicate) || seen.count(other.value)) return true;
      if (order.size() > options.max_entities) {
        truncated = true;
        return false;
      }
      seen[other.value] = {hops + 1, at, Fact(predicate.value, forward)};
      order.push_back(other.value);
      queue.push_back(other.value);
      return true;
    };
    NETRA_RETURN_IF_ERROR(store.Match(Term::Entity(at), std::nullopt, std::nullopt, [&](const model::Triple& t) {
      return visit(t.object, t.predicate, true);
    }));
    if (truncated) break;
    NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, std::nullopt, Term::Entity(at), [&](const model::Triple& t) {
      return visit(t.subject, t.predicate, false);
    }));
  }
  Value out = Value::Array();
  for (size_t i = 1; i < order.size(); ++i) {
    const Reached& r = seen[order[i]];
    Value row = Value::Object();
    row.Set("hops", Value::Int(r.hops));
    row.Set("entity", Value::Str(order[i]));
    row.Set("name", Value::Str(Label(store, order[i])));
    row.Set("type", Value::Str(std::string(Term::Entity(order[i]).EntityType())));
    row.Set("via", Value::Str(r.via));
    row.Set("from", Value::Str(r.from));
    out.Push(std::move(row));
  }
  if (truncated) {
    Value row = Value::Object();
    row.Set("hops", Value::Null());
    row.Set("entity", Value::Str("… more than " + std::to_string(options.max_entities) +
                                 " entities: raise --max or filter by --predicate/--exclude-type"));
    out.Push(std::move(row));
  }
  return out;
}

Result<Value> ShortestPaths(const store::Store& store, const Projection& projection, const std::string& from,
                            const std::string& to, const PathOptions& options) {
  auto a = projection.vertex(from), b = projection.vertex(to);
  if (!a) return Status::NotFound(from + " has no edges in this projection");
  if (!b) return Status::NotFound(to + " has no edges in this projection");
  UndirectedCsr g = BuildUndirected(projection);
  const uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> dist(projection.num_vertices(), kUnseen);
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> parents(projection.num_vertices());
  dist[*a] = 0;
  AllParents visitor;
  visitor.dist = &dist;
  visitor.parents = &parents;
  std::vector<boost::default_color_type> colors(projection.num_vertices());
  // Vertices outside `within` start black: the search never enters them.
  for (uint32_t v = 0; !options.within.empty() && v < projection.num_vertices(); ++v) {
    if (v != *a && v != *b && !options.within.count(projection.id(v))) colors[v] = boost::black_color;
  }
  boost::breadth_first_visit(
      g, *a, boost::visitor(visitor).color_map(boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g))));
  if (dist[*b] == kUnseen) return Status::NotFound("no path joins " + from + " and " + to + " in this projection");
  // Walk back from b through every parent vertex, depth first, until enough
  // paths. A path is a sequence of vertices: parallel edges (two predicates
  // between the same pair) are one step, not paths of their own, so that
  // `--paths 3` lists three different ways, not one way three times.
  std::vector<std::vector<uint32_t>> paths;  // vertices, from a to b
  std::vector<uint32_t> stack{*b};
  std::function<void(uint32_t)> back = [&](uint32_t v) {
    if (paths.size() >= options.max_paths) return;
    if (v == *a) {
      paths.emplace_back(stack.rbegin(), stack.rend());
      return;
    }
    std::vector<uint32_t> seen;
    for (const auto& [parent, edge] : parents[v]) {
      if (std::find(seen.begin(), seen.end(), parent) != seen.end()) continue;
      seen.push_back(parent);
      stack.push_back(parent);
      back(parent);
      stack.pop_back();
    }
  };
  back(*b);
  Value out = Value::Array();
  std::map<uint32_t, std::string> labels;
  auto name = [&](uint32_t v) {
    auto it = labels.find(v);
    if (it == labels.end()) {
      std::string l = Label(store, projection.id(v));
      it = labels.emplace(v, l.empty() ? projection.id(v) : l + " (" + projection.id(v) + ")").first;
    }
    return it->second;
  };
  std::vector<model::Provenance> provs;
  for (size_t p = 0; p < paths.size(); ++p) {
    for (size_t s = 0; s + 1 < paths[p].size(); ++s) {
      uint32_t at = paths[p][s], next = paths[p][s + 1];
      // Every edge of the step (`parents` holds each edge that reaches
      // `next` from `at` on a shortest path), in projection order.
      std::vector<uint32_t> edges;
      for (const auto& [parent, edge] : parents[next]) {
        if (parent == at) edges.push_back(edge);
      }
      std::sort(edges.begin(), edges.end());
      std::string facts;
      std::set<std::string> documents;
      for (uint32_t index : edges) {
        const Projection::Edge& e = projection.edges()[index];
        bool forward = e.source == at;
        facts += (facts.empty() ? "" : "; ") + Fact(projection.predicates()[e.predicate], forward);
        NETRA_RETURN_IF_ERROR(store.Supports(projection.TripleOf(e), &provs));
        for (const auto& prov : provs) documents.insert(prov.document);
      }
      Value docs = Value::Array();
      for (const std::string& d : documents) docs.Push(Value::Str(d));
      Value row = Value::Object();
      row.Set("path", Value::Int(static_cast<int64_t>(p + 1)));
      row.Set("step", Value::Int(static_cast<int64_t>(s + 1)));
      row.Set("from", Value::Str(name(at)));
      row.Set("fact", Value::Str(facts));
      row.Set("to", Value::Str(name(next)));
      row.Set("documents", std::move(docs));
      row.Set("from_id", Value::Str(projection.id(at)));
      row.Set("to_id", Value::Str(projection.id(next)));
      out.Push(std::move(row));
    }
  }
  return out;
}

}  // namespace netra::graph
