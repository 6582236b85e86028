// The graph every writer draws: entities as nodes, entity-to-entity triples
// as edges, already filtered, merged, laid out and styled. Writers only
// format it; they decide nothing.
//
// Example: `Person:koimudin` --holds_position--> `Position:pj-wali-kota@16.73`
// stated by 3 documents is one Edge with predicates {holds_position},
// weight 3, first_date/last_date from those documents.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/term.h"

namespace netra::exporter {

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  auto operator<=>(const Rgb&) const = default;
};

struct Node {
  std::string id;     // the entity id, "Region:16.73"; never empty (see BuildGraph)
  std::string type;   // its prefix, "Region"; "" when the id has no ':'
  std::string label;  // the `label` literal; the id when there is none
  std::string kind, code, role, title, status;
  std::string date;             // ISO date: an event's held_on, a document's date
  std::optional<int64_t> year;  // statutes, elections
  uint64_t support = 0;         // distinct documents stating a fact that links it
  uint32_t degree = 0;          // edges in this export, in + out
  std::string region;           // the region it belongs to, for DOT clusters ("" none)
  // Filled by Style() and Layout().
  Rgb color;
  double size = 1;
  double x = 0, y = 0;
  // Every literal triple of the entity (predicate, object), for N-Triples.
  std::vector<std::pair<std::string, model::Term>> literals;
};

struct Edge {
  uint32_t source = 0, target = 0;  // indices into ExportGraph::nodes
  // Indices into ExportGraph::predicates, ascending: the facts from source
  // to target merged into this one edge ("about", "mentions").
  std::vector<uint32_t> predicates;
  uint64_t weight = 0;                // distinct supporting documents (after date filtering)
  std::string first_date, last_date;  // "" when no supporting document is dated
};

struct ExportGraph {
  std::vector<Node> nodes;
  std::vector<Edge> edges;              // sorted by (source, target); at most one per pair
  std::vector<std::string> predicates;  // names, sorted

  // "about;mentions": the edge's predicate names joined with ';'.
  std::string PredicateLabel(const Edge& e) const;
};

}  // namespace netra::exporter
