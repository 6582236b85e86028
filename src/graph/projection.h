// A Boost.Graph projection of the store: the entity-to-entity triples as a
// compressed-sparse-row graph, so that queries walk edges in memory instead
// of issuing a store look-up per hop.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/id_map.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::graph {

struct ProjectionFilter {
  // Only these predicates ("cites", "held_in" ...); empty = every
  // entity-to-entity predicate of model/vocab.h.
  std::set<std::string> predicates;
  // Only edges whose both ends have one of these types ("Person", "Region");
  // empty = any type. `exclude_types` drops edges touching those types.
  std::set<std::string> types;
  std::set<std::string> exclude_types;
  // Only edges stated by a document dated in [from, to] (ISO dates, "" =
  // open). A document's dates: its `published_on`, else the `held_on` of
  // the events it mentions. Costs a pass over the supports of every edge.
  std::string from, to;
};

class Projection {
 public:
  // Loads the matching triples: one POS scan of ids per predicate, then one
  // batch decode of the vertices (for their ids and types).
  static Result<std::unique_ptr<Projection>> Load(const store::Store& store, const ProjectionFilter& filter);

  size_t num_vertices() const { return ids_.size(); }
  size_t num_edges() const { return edges_.size(); }
  const std::string& id(uint32_t v) const { return ids_[v]; }
  // The vertex's term id in the store (Store::IdOf of its entity).
  store::TermId term_id(uint32_t v) const { return term_ids_[v]; }
  std::optional<uint32_t> vertex(const std::string& id) const;

  struct Edge {
    uint32_t source, target;
    uint32_t predicate;  // index into predicates()
  };
  const std::vector<std::string>& predicates() const { return predicates_; }
  std::optional<uint32_t> predicate(const std::string& name) const;
  store::TermId predicate_term_id(uint32_t predicate) const { return predicate_term_ids_[predicate]; }

  // Targets of v's out-edges with this predicate (CSR walk).
  std::vector<uint32_t> Out(uint32_t v, uint32_t predicate) const;
  // Sources of in-edges of v with this predicate.
  std::vector<uint32_t> In(uint32_t v, uint32_t predicate) const;
  // Every edge with this predicate, in source order.
  std::vector<Edge> EdgesWith(uint32_t predicate) const;
  // Every edge, sorted by source, then target.
  const std::vector<Edge>& edges() const { return edges_; }
  // The triple an edge stands for.
  model::Triple TripleOf(const Edge& e) const;
  store::TripleIds TripleIdsOf(const Edge& e) const {
    return {term_ids_[e.source], predicate_term_ids_[e.predicate], term_ids_[e.target]};
  }

  struct Graphs;  // projection_internal.h: the Boost graphs
  const Graphs& graphs() const { return *graphs_; }

  ~Projection();

 private:
  Projection();
  struct Loader;  // projection.cpp
  std::vector<std::string> ids_;
  std::vector<store::TermId> term_ids_;
  IdMap index_;  // term id -> vertex
  std::vector<std::string> predicates_;
  std::vector<store::TermId> predicate_term_ids_;
  std::vector<Edge> edges_;
  std::unique_ptr<Graphs> graphs_;
};

}  // namespace netra::graph
