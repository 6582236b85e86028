// StoreGraph's views and layout; the building is store_graph_build.cpp.
#include "export/store_graph.h"

#include <charconv>

#include "export/style.h"

namespace netra::exporter {

std::string_view StoreGraph::IdOf(uint32_t r) const {
  std::string_view id = Text(nodes_[r].term);
  // A store may hold an empty entity id; Gephi drops nodes without one.
  return id.empty() ? std::string_view("(empty)") : id;
}

NodeView StoreGraph::NodeAt(size_t v) const {
  const uint32_t r = node_order_[v];
  const Node& n = nodes_[r];
  NodeView view;
  view.id = ids_[v];
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
  const Edge& e = edges_[i];
  EdgeView view;
  view.source = e.source;
  view.target = e.target;
  view.predicate = labels_[e.label];
  view.citation = label_cites_[e.label];
  view.weight = e.weight;
  view.first_date = Text(e.first_date);
  view.last_date = Text(e.last_date);
  return view;
}

Status StoreGraph::Layout(const LayoutOptions& options) {
  LayoutEdges edges;
  edges.source.reserve(edges_.size());
  edges.target.reserve(edges_.size());
  for (const Edge& e : edges_) {
    edges.source.push_back(e.source);
    edges.target.push_back(e.target);
  }
  std::vector<uint32_t> degree;
  degree.reserve(node_order_.size());
  for (uint32_t r : node_order_) degree.push_back(nodes_[r].degree);
  return exporter::Layout(edges, degree, options, &x_, &y_);
}

}  // namespace netra::exporter
