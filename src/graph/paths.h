// Walking the graph around entities: ego networks and shortest paths, with
// the facts (and, for paths, the documents) on every step so that a person
// can check each one.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "graph/projection.h"
#include "store/store.h"

namespace netra::graph {

struct NeighborOptions {
  int hops = 1;
  std::set<std::string> predicates;     // only these; empty = every entity-to-entity predicate
  std::set<std::string> exclude_types;  // never step onto these types ("Document")
  size_t max_entities = 1000;           // stop expanding past this many
};

// The entities within `hops` of `id`, nearest first. Reads the indexes
// directly (SPO for out-edges, OSP for in-edges, per entity reached), so a
// small neighbourhood costs a few look-ups whatever the store's size. Rows
// {hops, entity, name, type, via, from}: `via` is the predicate of the edge
// that reached the entity, `holds_position →` when read from `from` to it,
// `← cites` when read the other way.
Result<Value> Neighbors(const store::Store& store, const std::string& id, const NeighborOptions& options);
// The columns of those rows as CSV and TSV print them, whatever the rows.
inline const std::vector<std::string> kNeighborColumns = {"hops", "entity", "name", "type", "via", "from"};

struct PathOptions {
  size_t max_paths = 3;  // shortest paths are often many; list this many
  // Step only onto these entities (query/region_scope.h: EntitiesOfRegions
  // for `--region`), the two ends apart; empty = any.
  std::set<std::string> within = {};
};

// Shortest paths between two entities in the projection, taking edges in
// either direction; up to `max_paths` of them, each a different sequence of
// entities. One row per step: {path, step, from, fact, to, documents,
// from_id, to_id}, where `fact` reads like the triple (`cites →` forwards,
// `← holds_position` backwards; two predicates between the same pair are
// one step, `cites →; leads →`), `documents` are its supports (sorted) and
// `from`/`to` are "label (id)". NotFound if an entity is not in the
// projection or no path joins them.
Result<Value> ShortestPaths(const store::Store& store, const Projection& projection, const std::string& from,
                            const std::string& to, const PathOptions& options);

}  // namespace netra::graph
