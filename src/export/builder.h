// From a store to an ExportGraph: which entities and facts to draw, with
// their attributes, support counts and dates.
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "core/status.h"
#include "export/export_graph.h"
#include "store/store.h"

namespace netra::exporter {

struct ExportFilter {
  // Entity types to keep ("Region", "Person" ...); empty = all.
  std::set<std::string> types;
  // Entity-to-entity predicates to keep ("cites", "held_in" ...); empty = all.
  std::set<std::string> predicates;
  // A region (id, Kemendagri code or name, read by query/entity_lookup.h as
  // `netra query --region` reads it): keeps the region, unless `subregions`
  // is false the regions inside it (query/region_scope.h), and the
  // province it is part of, what is anchored there (positions,
  // events, organisations, documents about it, the people holding those
  // positions) and what those point at (statutes cited, elections ...).
  std::string region;
  bool subregions = true;
  // A statute ("UU 20/2023", id, label or title): keeps it, its articles,
  // the documents mentioning it, whoever cites it or its articles, and what
  // those point at (their positions and the positions' regions ...).
  std::string statute;
  // ISO dates, inclusive; "" = open. A fact counts only the supporting
  // documents dated in range (a fact about an event: the event's date);
  // dated nodes outside the range are dropped.
  std::string from, to;
  // An entity (id or name, as query/entity_lookup.h reads it) and a radius: only nodes within `hops`
  // edges of it, either direction.
  std::string ego;
  int hops = 1;
  // Only edges backed by at least this many documents.
  uint64_t min_support = 0;
  // Whether nodes carry every literal triple (Node::literals), which only
  // N-Triples writes: without them a whole-store export holds a few hundred
  // bytes less per node.
  bool literals = true;
};

// Without --region, --statute or --ego: reads every triple once (one full
// scan) and the supports of the entity-to-entity ones, and keeps each
// entity's support for the filtered exports that follow (support_table.h).
// With them: reads around the entities they select, through the indexes,
// in proportion to those entities' facts (the support table is computed
// first if no export has kept it for the store as it is). Then filters and merges. When a date filter or
// min_support is set, nodes left without edges are dropped. Node and edge
// order is deterministic (nodes by id). Positions, colours and sizes are
// not set: call Style() and Layout().
// Fails with InvalidArgument if --region/--statute/--ego match nothing or
// --ego matches several entities; store errors as they come.
Result<ExportGraph> BuildGraph(const store::Store& store, const ExportFilter& filter);

}  // namespace netra::exporter
