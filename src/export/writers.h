// Writers: one graph (an ExportGraph, or any GraphSource: graph_source.h),
// one format, one std::ostream. They never fail on content (every string is
// escaped, see escape.h); they return IoError only when the stream does.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "core/csv.h"
#include "core/status.h"
#include "export/export_graph.h"
#include "export/graph_source.h"

namespace netra::store {
class Store;
}  // namespace netra::store

namespace netra::exporter {

// GraphML for Gephi and NetworkX: typed keys (`attr.type`) with `for`, a
// `label` key, Gephi's `r`/`g`/`b`/`size`/`x`/`y` keys, edges with unique
// ids and `weight`. Node ids are the entity ids.
Status WriteGraphml(const GraphSource& g, std::ostream& out);
Status WriteGraphml(const ExportGraph& g, std::ostream& out);

// GEXF 1.3: typed <attributes>, viz:color/size/position under the literal
// `viz:` prefix (the only one graphology reads), and a timeline: dated nodes
// and edges carry `start` (timeformat="date"), so Gephi's timeline shows
// facts appear as they were first reported.
//
// `version` "1.2" writes GEXF 1.2draft instead (namespaces
// http://www.gexf.net/1.2draft and its /viz, version="1.2"), the version
// NetworkX 2.x reads without being told of 1.3; the elements are the same.
Status WriteGexf(const GraphSource& g, std::ostream& out, const std::string& version = "1.3");
Status WriteGexf(const ExportGraph& g, std::ostream& out, const std::string& version = "1.3");

struct DotOptions {
  // One `subgraph cluster_…` per region (Node::region), for Graphviz.
  bool cluster_by_region = false;
  // Labels longer than this are cut with "…" (the full name is the tooltip).
  size_t max_label_chars = 32;
};
// DOT for Graphviz: quoted, escaped ids and labels, colours and shapes by
// entity type, citation edges drawn heavier.
Status WriteDot(const GraphSource& g, const DotOptions& options, std::ostream& out);
Status WriteDot(const ExportGraph& g, const DotOptions& options, std::ostream& out);

// N-Triples under `base` (an IRI ending in '/'): entities are
// <base>id/<percent-encoded id>, predicates <base>vocab/<name>, plus rdf:type
// and the literal attributes with XSD datatypes.
inline constexpr const char* kDefaultBase = "https://netra.invalid/";
Status WriteNTriples(const ExportGraph& g, const std::string& base, std::ostream& out);

// N-Quads of a whole store, with provenance: every stored triple once in
// the named graph of each document that states it (the IRI of its
// `Document:` entity, which a pattern query's `GRAPH ?doc` binds), and in
// the default graph each entity's rdf:type, which no document states (it
// is the prefix of the id). Labels are `netra:label` only. Memory is one
// document's terms plus a cache of at most `max_cached_terms` rendered
// terms, and a set of the entities typed. Unlike the writers above it reads
// the store, and returns its errors too.
Status WriteNQuads(const store::Store& store, const std::string& base, std::ostream& out,
                   size_t max_cached_terms = size_t{1} << 21);

// CSV for Gephi's spreadsheet import (Id, Label, Source, Target, Type,
// Weight) or for Neo4j's bulk importer (`id:ID`, `:LABEL`, `:START_ID`,
// `:END_ID`, `:TYPE`, typed `name:int` headers; one row per predicate).
// Cells a spreadsheet would run as formulas get a `'` in front unless
// `formulas` is kRaw (`--csv-raw`), as in the CLI's tables.
enum class CsvStyle { kGephi, kNeo4j };
Status WriteCsvNodes(const ExportGraph& g, CsvStyle style, csv::FormulaCells formulas, std::ostream& out);
Status WriteCsvEdges(const ExportGraph& g, CsvStyle style, csv::FormulaCells formulas, std::ostream& out);

}  // namespace netra::exporter
