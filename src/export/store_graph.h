// The export graph of a whole store, held in columns: what `netra export`
// without --region, --statute or --ego writes as GraphML, GEXF or DOT.
//
// BuildGraph's ExportGraph holds a struct of strings per node and per edge
// and the documents of every fact: a whole store at a million articles
// (2.0M nodes, 12M edges) peaked at 5.7 GB. Here every string is a term of
// the store, decoded once into one buffer; a node is a row of term indices
// and counters; an edge its ends, weight, dates and one of a few labels
// (its predicates' names). The documents are never held: one pass over
// the documents' records counts each edge's weight and dates and each
// node's support as it goes. Nodes and edges are written as views of
// these columns (graph_source.h), in BuildGraph's order and with its
// values: the two write the same bytes
// (tests/unit/export/store_graph_test.cpp).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "export/builder.h"
#include "export/graph_source.h"
#include "export/layout.h"
#include "store/store.h"

namespace netra::exporter {

class StoreGraph : public GraphSource {
 public:
  // The whole store under `filter`'s types, predicates, dates and
  // min_support, as BuildGraph draws it; colours and sizes come from
  // style.h as views are made; positions are 0 until Layout.
  // REQUIRES: filter.region, filter.statute and filter.ego empty, and
  // !filter.literals (N-Triples takes BuildGraph's path). Also keeps the
  // support table (support_table.h) as BuildGraph does. Store errors as
  // they come.
  static Result<std::unique_ptr<StoreGraph>> Build(const store::Store& store, const ExportFilter& filter);

  // Positions as Layout(ExportGraph*) sets them (layout.h).
  Status Layout(const LayoutOptions& options = {});

  size_t NodeCount() const override { return node_order_.size(); }
  size_t EdgeCount() const override { return edges_.size(); }
  NodeView NodeAt(size_t v) const override;
  EdgeView EdgeAt(size_t i) const override;
  std::string_view NodeId(size_t v) const override { return ids_[v]; }

 private:
  friend class StoreGraphBuilder;  // store_graph_build.cpp
  static constexpr uint32_t kNone = UINT32_MAX;

  // A term's text (its value, without the kind byte).
  std::string_view Text(uint32_t term) const {
    return term == kNone ? std::string_view() : std::string_view(text_.data() + text_start_[term], text_length_[term]);
  }
  // The id of raw node r ("(empty)" for an empty one) and its type, the
  // prefix before ':' ("" when there is none).
  std::string_view IdOf(uint32_t r) const;
  std::string_view TypeOf(uint32_t r) const { return types_[nodes_[r].type]; }

  // Every term met, decoded: term t is text_length_[t] bytes of text_ from
  // text_start_[t].
  std::string text_;
  std::vector<uint64_t> text_start_;
  std::vector<uint32_t> text_length_;

  // Nodes in the order met ("raw"), one row each; attributes are term
  // indices (kNone: absent), region a raw node.
  struct Node {
    uint32_t term = kNone, label = kNone, kind = kNone, code = kNone, role = kNone, title = kNone, status = kNone,
             date = kNone, year = kNone, region = kNone;
    uint32_t support = 0, degree = 0;
    uint32_t type = 0;  // into types_
  };
  std::vector<Node> nodes_;
  std::vector<std::string> types_;     // distinct, in the order met; types_[0] = ""
  std::vector<uint32_t> node_order_;   // drawn nodes by id: output index -> raw node
  std::vector<std::string_view> ids_;  // by output index: IdOf(node_order_[v])
  std::vector<double> x_, y_;          // by output index

  // Edges in output order. `label` indexes labels_: the names of the
  // edge's predicates joined with ';' ("about;mentions"), few distinct.
  struct Edge {
    uint32_t source, target;  // output indices
    uint32_t weight;
    uint32_t first_date, last_date;  // terms (kNone: no dated document)
    uint32_t label;
  };
  std::vector<Edge> edges_;
  std::vector<std::string> labels_;
  std::vector<char> label_cites_;  // by label: IsCitation of one of its names
};

}  // namespace netra::exporter
