// A Boost.Graph projection of the store: the entity-to-entity triples as a
// compressed-sparse-row graph, so that queries walk edges in memory instead
// of issuing a store look-up per hop.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/id_map.h"
#include "core/status.h"
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
  // Which vertex ids (names) Load decodes. kAll: every one, in one batch.
  // kOnDemand: none, unless the filter selects by type; DecodeNames fetches
  // those a caller shows. A projection of a million edges decodes its
  // vertices in about as long as it scans its edges, and most questions
  // print a few of them. With kOnDemand and no type filter, the objects of
  // the (entity) predicates loaded are taken to be entities.
  enum class Names { kAll, kOnDemand };

  // Loads the matching triples: one POS scan of ids per predicate, then one
  // batch decode of the vertices' ids (see Names).
  static Result<std::unique_ptr<Projection>> Load(const store::Store& store, const ProjectionFilter& filter,
                                                  Names names = Names::kAll);

  // Decodes the ids of those `vertices` whose ids are not known yet, in one
  // batch. On error, none of them is decoded.
  Status DecodeNames(const store::Store& store, const std::vector<uint32_t>& vertices);
  bool has_name(uint32_t v) const { return named_[v] != 0; }

  size_t num_vertices() const { return ids_.size(); }
  size_t num_edges() const { return edges_.size(); }
  // REQUIRES: has_name(v) (always true with Names::kAll).
  const std::string& id(uint32_t v) const { return ids_[v]; }
  // The vertex's term id in the store (Store::IdOf of its entity).
  store::TermId term_id(uint32_t v) const { return term_ids_[v]; }
  std::optional<uint32_t> vertex(const std::string& id) const;
  // The vertex whose term id is `term_id`, if the projection has one.
  std::optional<uint32_t> vertex_of_term(store::TermId term_id) const { return index_.Find(term_id); }

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
  // The triple an edge stands for. REQUIRES: both ends named.
  model::Triple TripleOf(const Edge& e) const;
  store::TripleIds TripleIdsOf(const Edge& e) const {
    return {term_ids_[e.source], predicate_term_ids_[e.predicate], term_ids_[e.target]};
  }

  struct Graphs;  // projection_internal.h: the Boost graphs
  const Graphs& graphs() const { return *graphs_; }
  // projection_internal.h: every edge both ways, as paths, components and
  // centrality walk the graph. Built on first use and kept (thread-safe),
  // so that a projection kept in memory (ProjectionMemo) builds it once.
  struct Undirected;
  const Undirected& undirected() const;

  // Writes what Load read (vertices, names decoded so far, predicates,
  // edges) to the file `path`, headed by `key`, which says what the
  // projection is of (projection_cache.h). The Boost graphs are rebuilt on
  // Restore. Layout: projection_file.cpp.
  Status Save(const std::string& path, std::string_view key) const;
  // The projection saved at `path`. NotFound if there is no such file or it
  // was saved under another key; Corruption if it is damaged (checksum,
  // sizes, ranges).
  static Result<std::unique_ptr<Projection>> Restore(const std::string& path, std::string_view key);

  ~Projection();

 private:
  Projection();
  struct Loader;  // projection.cpp
  // The Boost graphs of edges_, which are sorted by source, then target.
  void BuildGraphs();
  std::vector<std::string> ids_;
  std::vector<uint8_t> named_;  // ids_[v] is decoded
  std::vector<store::TermId> term_ids_;
  IdMap index_;  // term id -> vertex
  std::vector<std::string> predicates_;
  std::vector<store::TermId> predicate_term_ids_;
  std::vector<Edge> edges_;
  std::unique_ptr<Graphs> graphs_;
  mutable std::once_flag undirected_once_;
  mutable std::unique_ptr<Undirected> undirected_;
};

}  // namespace netra::graph
