// Centrality and connectivity on a projection (Boost.Graph): who is most
// central, and which parts of the graph hang together.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "graph/projection.h"
#include "store/store.h"

namespace netra::graph {

enum class RankBy {
  kDegree,       // facts an entity takes part in
  kPageRank,     // boost::graph::page_rank on the undirected projection, damping 0.85,
                 // scaled to sum to 1 over the projection (as NetworkX and Gephi)
  kBetweenness,  // boost::brandes_betweenness_centrality: O(V*E), for projections up to ~100k edges
};

struct RankOptions {
  RankBy by = RankBy::kDegree;
  std::string type;  // report only entities of this type ("Person"); "" = all
  size_t limit = 20;
  // Report only these entities (query/region_scope.h: EntitiesOfRegions for
  // `--region`); empty = all. Like `type`, a filter of the rows, not of
  // the graph the scores are computed on.
  std::set<std::string> within = {};
};

// Rows {rank, entity, name, type, score, degree}, best first; ties by id.
// Scores are computed on the whole projection and then filtered by type, so
// a person's PageRank counts the regions and statutes around them. An
// entity with no edge in the projection (none in the dates or predicates
// asked for) has no rank: listed at 0 it would read as ranked last.
Result<Value> Rank(const store::Store& store, const Projection& projection, const RankOptions& options);

// Connected components (undirected), largest first: rows {component, size,
// types ("Person 12; Region 3"), members (up to five, by degree)}.
Result<Value> Components(const store::Store& store, const Projection& projection, size_t limit);

// The columns of those rows as CSV and TSV print them, whatever the rows.
inline const std::vector<std::string> kRankColumns = {"rank", "entity", "name", "type", "score", "degree"};
inline const std::vector<std::string> kComponentColumns = {"component", "size", "types", "members"};

}  // namespace netra::graph
