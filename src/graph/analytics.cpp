#include "graph/analytics.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <numeric>

#include "graph/projection_internal.h"
#include "model/vocab.h"

namespace netra::graph {

namespace {

std::string Label(const store::Store& store, const std::string& id) {
  std::string label;
  Status s = store.Match(model::Term::Entity(id), model::Term::Entity(vocab::kLabel), std::nullopt,
                         [&](const model::Triple& t) {
                           label = t.object.value;
                           return false;
                         });
  s.ok();  // a label is decoration; an unreadable one prints empty
  return label;
}

// Looked up for every vertex of the projection by `rank --type` (two
// million at a million articles): a view, no copy of the id.
std::string_view TypeOf(const std::string& id) { return model::Term::EntityTypeOf(id); }

std::vector<double> Scores(const UndirectedCsr& g, RankBy by) {
  size_t n = boost::num_vertices(g);
  std::vector<double> score(n, 0.0);
  auto index = boost::get(boost::vertex_index, g);
  auto map = boost::make_iterator_property_map(score.begin(), index);
  switch (by) {
    case RankBy::kDegree:
      for (uint32_t v = 0; v < n; ++v) score[v] = static_cast<double>(boost::out_degree(v, g));
      break;
    case RankBy::kPageRank: {
      // Every vertex has an edge (vertices come from edges) and every edge
      // goes both ways, so no vertex is dangling and no rank leaks.
      //
      // In single precision: each round adds into one rank per edge end at
      // random (28M a round at a million articles), and half the bytes keep
      // twice as many ranks in the caches. Fifty rounds leave an error near
      // 0.85^50 = 3e-4 of a score (the oscillation of a graph this nearly
      // bipartite dies at the damping's rate), far above a float's 6e-8.
      std::vector<float> rank(n, 0.0f);
      auto rank_map = boost::make_iterator_property_map(rank.begin(), index);
      if (n > 0) boost::graph::page_rank(g, rank_map, boost::graph::n_iterations(50), 0.85f);
      // Boost's ranks tend to sum to the number of vertices (each round
      // gives every vertex 1 - d); NetworkX and Gephi report probabilities
      // that sum to 1 (each round gives (1 - d) / n). Dividing by the sum
      // gives theirs: by n at convergence, and after fifty rounds, which
      // start from a sum of 1 (Boost starts each at 1/n), it also takes out
      // the part of the sum, n - (n - 1) * 0.85^50, still missing.
      double sum = 0;
      for (float r : rank) sum += static_cast<double>(r);
      for (size_t v = 0; v < n; ++v) score[v] = sum > 0 ? static_cast<double>(rank[v]) / sum : 0;
      break;
    }
    case RankBy::kBetweenness:
      boost::brandes_betweenness_centrality(g, boost::centrality_map(map).vertex_index_map(index));
      // Each undirected path is counted from both of its ends.
      for (double& s : score) s /= 2;
      break;
  }
  return score;
}

}  // namespace

Result<Value> Rank(const store::Store& store, const Projection& projection, const RankOptions& options) {
  const UndirectedCsr& g = projection.undirected().graph;
  std::vector<double> score;
  try {
    score = Scores(g, options.by);
  } catch (const std::exception& e) {  // Boost reports bad graphs and allocation failures by throwing
    return Status::InvalidArgument(std::string("ranking failed: ") + e.what());
  }
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < projection.num_vertices(); ++v) {
    if (!options.type.empty() && TypeOf(projection.id(v)) != options.type) continue;
    if (!options.within.empty() && !options.within.count(projection.id(v))) continue;
    if (boost::out_degree(v, g) == 0) continue;
    order.push_back(v);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return projection.id(a) < projection.id(b);
  });
  Value out = Value::Array();
  for (size_t i = 0; i < order.size() && i < options.limit; ++i) {
    uint32_t v = order[i];
    Value row = Value::Object();
    row.Set("rank", Value::Int(static_cast<int64_t>(i + 1)));
    row.Set("entity", Value::Str(projection.id(v)));
    row.Set("name", Value::Str(Label(store, projection.id(v))));
    row.Set("type", Value::Str(std::string(TypeOf(projection.id(v)))));
    if (options.by == RankBy::kDegree)
      row.Set("score", Value::Int(static_cast<int64_t>(score[v])));
    else
      row.Set("score", Value::Double(score[v]));
    row.Set("degree", Value::Int(static_cast<int64_t>(boost::out_degree(v, g))));
    out.Push(std::move(row));
  }
  return out;
}

Result<Value> Components(const store::Store& store, const Projection& projection, size_t limit) {
  const UndirectedCsr& g = projection.undirected().graph;
  size_t n = boost::num_vertices(g);
  std::vector<uint32_t> component(n, 0);
  // On a symmetric directed graph the strongly connected components are the
  // connected components of the undirected graph (connected_components
  // itself insists on an undirected graph type).
  auto index = boost::get(boost::vertex_index, g);
  size_t count = n == 0 ? 0 : boost::strong_components(g, boost::make_iterator_property_map(component.begin(), index));
  std::vector<std::vector<uint32_t>> members(count);
  for (uint32_t v = 0; v < n; ++v) {
    if (boost::out_degree(v, g) > 0) members[component[v]].push_back(v);
  }
  members.erase(std::remove_if(members.begin(), members.end(), [](const auto& m) { return m.empty(); }), members.end());
  std::sort(members.begin(), members.end(), [&](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : projection.id(a[0]) < projection.id(b[0]);
  });
  Value out = Value::Array();
  for (size_t c = 0; c < members.size() && c < limit; ++c) {
    auto& m = members[c];
    std::map<std::string, size_t> types;
    for (uint32_t v : m) ++types[std::string(TypeOf(projection.id(v)))];
    std::string type_text;
    for (const auto& [t, k] : types) type_text += (type_text.empty() ? "" : "; ") + t + " " + std::to_string(k);
    std::partial_sort(m.begin(), m.begin() + std::min<size_t>(5, m.size()), m.end(), [&](uint32_t a, uint32_t b) {
      auto da = boost::out_degree(a, g), db = boost::out_degree(b, g);
      return da != db ? da > db : projection.id(a) < projection.id(b);
    });
    Value sample = Value::Array();
    for (size_t i = 0; i < m.size() && i < 5; ++i) {
      std::string label = Label(store, projection.id(m[i]));
      sample.Push(Value::Str(label.empty() ? projection.id(m[i]) : label));
    }
    Value row = Value::Object();
    row.Set("component", Value::Int(static_cast<int64_t>(c + 1)));
    row.Set("size", Value::Int(static_cast<int64_t>(m.size())));
    row.Set("types", Value::Str(type_text));
    row.Set("members", std::move(sample));
    out.Push(std::move(row));
  }
  return out;
}

}  // namespace netra::graph
