#include "graph/paths.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "graph/projection_internal.h"
#include "model/vocab.h"
#include "query/id_reads.h"

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

// The first label of each entity of `ids` ("" for none), as Label gives
// it: one pass over the SPO keys and one batch of the dictionary, where a
// Label per entity costs a scan each (a region's neighbours are hundreds).
Result<std::vector<std::string>> Labels(const store::Store& store, const std::vector<std::string>& ids) {
  std::vector<store::TermId> subjects;
  for (const std::string& id : ids) subjects.push_back(store::Store::IdOf(Term::Entity(id)));
  NETRA_ASSIGN_OR_RETURN(std::vector<std::optional<store::TermId>> first,
                         query::FirstObjects(store, vocab::kLabel, subjects));
  query::TermValues values;
  for (const auto& label : first) values.Want(label);
  NETRA_RETURN_IF_ERROR(values.Decode(store));
  std::vector<std::string> labels;
  for (const auto& label : first) labels.push_back(values.Of(label));
  return labels;
}

// The facts of one entity, in the order Match gives them: those it is the
// subject of (SPO order), then those it is the object of (OSP order), read
// as ids, each distinct term of them decoded once, in one batch.
struct EntityFacts {
  struct Fact {
    store::TermId other, predicate;
    bool forward;  // the entity is the subject
  };
  std::vector<Fact> facts;
  std::vector<store::TermId> ids;  // sorted, distinct
  std::vector<Term> terms;         // terms[i] is ids[i]'s

  const Term& Of(store::TermId id) const { return terms[std::lower_bound(ids.begin(), ids.end(), id) - ids.begin()]; }
};

Result<EntityFacts> ReadFacts(const store::Store& store, const std::string& entity) {
  EntityFacts f;
  store::TermId id = store::Store::IdOf(Term::Entity(entity));
  NETRA_RETURN_IF_ERROR(store.MatchIds(id, std::nullopt, std::nullopt, [&](const store::TripleIds& t) {
    f.facts.push_back({t.o, t.p, true});
    return true;
  }));
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, id, [&](const store::TripleIds& t) {
    f.facts.push_back({t.s, t.p, false});
    return true;
  }));
  for (const EntityFacts::Fact& fact : f.facts) f.ids.insert(f.ids.end(), {fact.other, fact.predicate});
  std::sort(f.ids.begin(), f.ids.end());
  f.ids.erase(std::unique(f.ids.begin(), f.ids.end()), f.ids.end());
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(f.ids, &f.terms));
  return f;
}

std::string Fact(const std::string& predicate, bool forward) { return forward ? predicate + " →" : "← " + predicate; }

// An edge that reaches `vertex` from `parent` on a shortest path from the
// source: a BFS tree edge, or a non-tree edge one level down.
struct ParentEdge {
  uint32_t vertex, parent, edge;  // edge: index into Projection::edges()
};

// Every ParentEdge of the vertices up to `b`'s distance from `a`, by vertex
// (each vertex's in the order the walk met them), or none if no path joins
// them. A breadth-first walk of the undirected graph from `a` that stops
// once it has taken every vertex of the level before `b`'s: every shortest
// path to `b` is known then, and a walk through the rest of a graph of a
// million edges would cost far more than the answer. `blocked[v]`: never
// step onto v (empty: no vertex blocked).
std::vector<ParentEdge> ShortestPathEdges(const Projection& projection, uint32_t a, uint32_t b,
                                          const std::vector<uint8_t>& blocked) {
  const UndirectedCsr& g = projection.undirected().graph;
  const uint32_t kUnseen = UINT32_MAX;
  std::vector<uint32_t> dist(projection.num_vertices(), kUnseen);
  std::vector<ParentEdge> found;
  std::vector<uint32_t> queue{a};
  dist[a] = 0;
  for (size_t head = 0; head < queue.size(); ++head) {
    uint32_t u = queue[head];
    if (dist[b] != kUnseen && dist[u] >= dist[b]) break;
    for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
      auto v = static_cast<uint32_t>(boost::target(*it, g));
      if (!blocked.empty() && blocked[v]) continue;
      if (dist[v] == kUnseen) {
        dist[v] = dist[u] + 1;
        queue.push_back(v);
      }
      if (dist[v] == dist[u] + 1) found.push_back({v, u, g[*it].edge});
    }
  }
  if (dist[b] == kUnseen) return {};
  std::stable_sort(found.begin(), found.end(),
                   [](const ParentEdge& x, const ParentEdge& y) { return x.vertex < y.vertex; });
  return found;
}

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
    NETRA_ASSIGN_OR_RETURN(EntityFacts facts, ReadFacts(store, at));
    for (const EntityFacts::Fact& f : facts.facts) {
      const Term& other = facts.Of(f.other);
      const Term& predicate = facts.Of(f.predicate);
      if (!keep(other, predicate) || seen.count(other.value)) continue;
      if (order.size() > options.max_entities) {
        truncated = true;
        break;
      }
      seen[other.value] = {hops + 1, at, Fact(predicate.value, f.forward)};
      order.push_back(other.value);
      queue.push_back(other.value);
    }
  }
  NETRA_ASSIGN_OR_RETURN(std::vector<std::string> labels,
                         Labels(store, std::vector<std::string>(order.begin() + 1, order.end())));
  Value out = Value::Array();
  for (size_t i = 1; i < order.size(); ++i) {
    const Reached& r = seen[order[i]];
    Value row = Value::Object();
    row.Set("hops", Value::Int(r.hops));
    row.Set("entity", Value::Str(order[i]));
    row.Set("name", Value::Str(labels[i - 1]));
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
  std::vector<uint8_t> blocked;
  if (!options.within.empty()) {
    blocked.resize(projection.num_vertices());
    for (uint32_t v = 0; v < projection.num_vertices(); ++v) {
      blocked[v] = v != *a && v != *b && !options.within.count(projection.id(v));
    }
  }
  std::vector<ParentEdge> found = ShortestPathEdges(projection, *a, *b, blocked);
  if (found.empty() && *a != *b)
    return Status::NotFound("no path joins " + from + " and " + to + " in this projection");
  auto parents = [&](uint32_t v) {
    auto [first, last] = std::equal_range(found.begin(), found.end(), ParentEdge{v, 0, 0},
                                          [](const ParentEdge& x, const ParentEdge& y) { return x.vertex < y.vertex; });
    return std::vector<ParentEdge>(first, last);
  };
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
    for (const ParentEdge& reach : parents(v)) {
      if (std::find(seen.begin(), seen.end(), reach.parent) != seen.end()) continue;
      seen.push_back(reach.parent);
      stack.push_back(reach.parent);
      back(reach.parent);
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
      for (const ParentEdge& reach : parents(next)) {
        if (reach.parent == at) edges.push_back(reach.edge);
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
