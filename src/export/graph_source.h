// What the GraphML, GEXF and DOT writers read: nodes and edges one at a
// time, as views. Two graphs provide them: an ExportGraph (a filtered view,
// a few thousand nodes held as structs) and a StoreGraph (a whole store,
// held in columns: store_graph.h), so that both are written by the same
// code and cannot drift apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "export/export_graph.h"

namespace netra::exporter {

// One node, as Node has it (export_graph.h). The strings stay valid until
// the next call on the source that made the view.
struct NodeView {
  std::string_view id, type, label, kind, code, role, title, status, date;
  std::string_view region;  // "" none
  std::optional<int64_t> year;
  uint64_t support = 0;
  uint32_t degree = 0;
  Rgb color;
  double size = 1, x = 0, y = 0;
};

// One edge, as Edge has it; `predicate` is the names joined with ';'
// (ExportGraph::PredicateLabel), `citation` whether one of them is `cites`
// or `cites_article`.
struct EdgeView {
  uint32_t source = 0, target = 0;  // node indices
  std::string_view predicate;
  bool citation = false;
  uint64_t weight = 0;
  std::string_view first_date, last_date;
};

// `cites` and `cites_article`: drawn heavier in DOT.
bool IsCitation(std::string_view predicate);

class GraphSource {
 public:
  virtual ~GraphSource() = default;
  virtual size_t NodeCount() const = 0;
  virtual size_t EdgeCount() const = 0;
  // REQUIRES: v < NodeCount(), i < EdgeCount().
  virtual NodeView NodeAt(size_t v) const = 0;
  virtual EdgeView EdgeAt(size_t i) const = 0;
  // The id of node v alone (an edge's ends), without building a view.
  virtual std::string_view NodeId(size_t v) const = 0;
};

// An ExportGraph as a GraphSource. REQUIRES: `g` outlives it.
class ExportGraphSource : public GraphSource {
 public:
  explicit ExportGraphSource(const ExportGraph& g) : g_(g) {}
  size_t NodeCount() const override { return g_.nodes.size(); }
  size_t EdgeCount() const override { return g_.edges.size(); }
  NodeView NodeAt(size_t v) const override;
  EdgeView EdgeAt(size_t i) const override;
  std::string_view NodeId(size_t v) const override { return g_.nodes[v].id; }

 private:
  const ExportGraph& g_;
  mutable std::string predicate_;  // EdgeAt's label, reused
};

}  // namespace netra::exporter
