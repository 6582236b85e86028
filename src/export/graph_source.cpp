#include "export/graph_source.h"

#include "model/vocab.h"

namespace netra::exporter {

bool IsCitation(std::string_view predicate) { return predicate == vocab::kCites || predicate == vocab::kCitesArticle; }

NodeView ExportGraphSource::NodeAt(size_t v) const {
  const Node& n = g_.nodes[v];
  NodeView view;
  view.id = n.id;
  view.type = n.type;
  view.label = n.label;
  view.kind = n.kind;
  view.code = n.code;
  view.role = n.role;
  view.title = n.title;
  view.status = n.status;
  view.date = n.date;
  view.region = n.region;
  view.year = n.year;
  view.support = n.support;
  view.degree = n.degree;
  view.color = n.color;
  view.size = n.size;
  view.x = n.x;
  view.y = n.y;
  return view;
}

EdgeView ExportGraphSource::EdgeAt(size_t i) const {
  const Edge& e = g_.edges[i];
  predicate_ = g_.PredicateLabel(e);
  EdgeView view;
  view.source = e.source;
  view.target = e.target;
  view.predicate = predicate_;
  for (uint32_t p : e.predicates) view.citation = view.citation || IsCitation(g_.predicates[p]);
  view.weight = e.weight;
  view.first_date = e.first_date;
  view.last_date = e.last_date;
  return view;
}

}  // namespace netra::exporter
