// StoreGraph's views and layout; the building is store_graph_build.cpp.
#include <charconv>

#include "export/store_graph.h"
#include "export/style.h"

namespace netra::exporter {

std::string_view StoreGraph::IdOf(uint32_t r) const {
  std::string_view id = Text(nodes_[r].term);
  // A store may hold an empty entity id; Gephi drops nodes without one.
  return id.empty() ? std::string_view("(empty)") : id;
}

std::string_view StoreGraph::TypeOf(uint32_t r) const {
  std::string_view id = Text(nodes_[r].term);
  size_t colon = id.find(':');
  return colon == std::string_view::npos ? std::string_view() : id.substr(0, colon);
}

NodeView StoreGraph::NodeAt(size_t v) const {
  const uint32_t r = node_order_[v];
  const Node& n = nodes_[r];
  NodeView view;
  view.id = IdOf(r);
  view.type = TypeOf(r);
  view.label = Text(n.label);
  if (view.label.empty()) view.label = view.id;
  view.kind = Text(n.kind);
  view.code = Text(n.code);
  view.role = Text(n.role);
  view.title = Text(n.title);
  view.status = Text(n.status);
  view.date = Text(n.date);
  if (n.region != kNone) view.region = IdOf(n.region);
  if (n.year != kNone) {  // kept only when it parses (store_graph_build.cpp)
    std::string_view y = Text(n.year);
    int64_t year = 0;
    std::from_chars(y.data(), y.data() + y.size(), year);
    view.year = year;
  }
  view.support = n.support;
  view.degree = n.degree;
  view.color = StyleOf(view.type).color;
  view.size = SizeOf(n.degree);
  if (!x_.empty()) {
    view.x = x_[v];
    view.y = y_[v];
  }
  return view;
}

EdgeView StoreGraph::EdgeAt(size_t i) const {
  const Pair& p = pairs_[edge_order_[i]];
  const Fact& first = facts_[p.first_fact];
  EdgeView view;
  view.source = output_of_[first.s];
  view.target = output_of_[first.o];
  predicate_.clear();
  for (size_t f = p.first_fact; f < facts_.size() && facts_[f].s == first.s && facts_[f].o == first.o; ++f) {
    if (!fact_drawn_[f]) continue;
    const std::string& name = predicates_[facts_[f].pred];
    if (!predicate_.empty()) predicate_.push_back(';');
    predicate_.append(name);
    view.citation = view.citation || IsCitation(name);
  }
  view.predicate = predicate_;
  view.weight = p.weight;
  view.first_date = Text(p.first_date);
  view.last_date = Text(p.last_date);
  return view;
}

Status StoreGraph::Layout(const LayoutOptions& options) {
  LayoutEdges edges;
  edges.source.reserve(edge_order_.size());
  edges.target.reserve(edge_order_.size());
  for (uint32_t k : edge_order_) {
    const Fact& f = facts_[pairs_[k].first_fact];
    edges.source.push_back(output_of_[f.s]);
    edges.target.push_back(output_of_[f.o]);
  }
  std::vector<uint32_t> degree;
  degree.reserve(node_order_.size());
  for (uint32_t r : node_order_) degree.push_back(nodes_[r].degree);
  return exporter::Layout(edges, degree, options, &x_, &y_);
}

}  // namespace netra::exporter
