// A Boost.Graph projection of the store: the entity-to-entity triples as a
// compressed-sparse-row graph, so that queries walk edges in memory instead
// of issuing a store look-up per hop.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "model/term.h"
#include "store/store.h"

namespace netra::graph {

struct ProjectionFilter {
  // Only these predicates ("cites", "held_in" ...); empty = every
  // entity-to-entity predicate.
  std::set<std::string> predicates;
};

class Projection {
 public:
  // Loads the matching triples (one POS scan per predicate, or one SPO scan).
  static Result<std::unique_ptr<Projection>> Load(const store::Store& store, const ProjectionFilter& filter);

  size_t num_vertices() const { return ids_.size(); }
  size_t num_edges() const { return edges_.size(); }
  const std::string& id(uint32_t v) const { return ids_[v]; }
  std::optional<uint32_t> vertex(const std::string& id) const;

  struct Edge {
    uint32_t source, target;
    uint32_t predicate;  // index into predicates()
  };
  const std::vector<std::string>& predicates() const { return predicates_; }
  std::optional<uint32_t> predicate(const std::string& name) const;

  // Targets of v's out-edges with this predicate (CSR walk).
  std::vector<uint32_t> Out(uint32_t v, uint32_t predicate) const;
  // Sources of in-edges of v with this predicate.
  std::vector<uint32_t> In(uint32_t v, uint32_t predicate) const;
  // Every edge with this predicate, in source order.
  std::vector<Edge> EdgesWith(uint32_t predicate) const;

  struct Graphs;  // projection.cpp: the Boost graphs

  ~Projection();

 private:
  Projection();
  std::vector<std::string> ids_;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<std::string> predicates_;
  std::vector<Edge> edges_;
  std::unique_ptr<Graphs> graphs_;
};

}  // namespace netra::graph
