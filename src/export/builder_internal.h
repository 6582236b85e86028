// Internals of BuildGraph shared by builder.cpp, raw_graph.cpp, scope.cpp
// and select.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/id_map.h"
#include "core/status.h"
#include "export/builder.h"
#include "export/export_graph.h"
#include "store/store.h"
#include "store/term_hash.h"

namespace netra::exporter::internal {

// What a literal predicate sets on its subject's node.
enum class Attr : int8_t { kUnknown = -1, kNone, kLabel, kKind, kCode, kRole, kTitle, kStatus, kDate, kYear };
Attr AttrOf(std::string_view pred);

// A `held_on` or `published_on` literal on a node's date, in SPO order:
// the smallest wins (and an empty one, which sorts first, clears it).
inline bool DateReplaces(std::string_view current, std::string_view value) {
  return current.empty() || value < current;
}
inline void MergeDate(std::string* date, std::string_view value) {
  if (DateReplaces(*date, value)) date->assign(value);
}

// A `year` literal's value; nullopt unless it is all an integer.
std::optional<int64_t> ParseYear(std::string_view value);

// How a literal sets its subject node's attribute: the one rule for both
// graph builders, the one over strings (raw_graph.cpp) and the columnar one
// over term indices (store_graph_build.cpp). The first label, kind, code,
// role, title and status stay; a later label is offered to `add_choice`
// (the labels are resolved by support afterwards), a date to DateReplaces,
// a year to `set_year` when it parses. `text(v)` is a value's text.
template <typename NodeT, typename V, typename TextFn, typename ChoiceFn, typename YearFn>
void MergeAttribute(NodeT& n, Attr attr, const V& value, TextFn text, ChoiceFn add_choice, YearFn set_year) {
  auto first = [&](V* field) {
    if (text(*field).empty()) *field = value;
  };
  switch (attr) {
    case Attr::kLabel:
      if (text(n.label).empty()) {
        n.label = value;
      } else {
        add_choice(n.label, value);
      }
      break;
    case Attr::kKind: first(&n.kind); break;
    case Attr::kCode: first(&n.code); break;
    case Attr::kRole: first(&n.role); break;
    case Attr::kTitle: first(&n.title); break;
    case Attr::kStatus: first(&n.status); break;
    case Attr::kDate:
      if (DateReplaces(text(n.date), text(value))) n.date = value;
      break;
    case Attr::kYear:
      if (std::optional<int64_t> year = ParseYear(text(value))) set_year(value, *year);
      break;
    case Attr::kNone:
    case Attr::kUnknown: break;
  }
}

// Whether a date is within the filter's --from/--to ("" never is).
bool InRange(std::string_view date, const ExportFilter& f);

// The term id of the `Document:` entity of a document id, hashed from a
// buffer (no allocation per support).
class DocumentIds {
 public:
  DocumentIds();
  store::TermId Of(std::string_view doc) {
    key_.resize(prefix_);
    key_.append(doc);
    return store::HashTerm(key_);
  }

 private:
  std::string key_;  // Term::Encode of the entity
  size_t prefix_;
};

// One entity-to-entity triple and the documents that state it.
struct Fact {
  uint32_t s, o, pred;         // indices into Raw::nodes, Raw::nodes, Raw::predicates
  std::vector<uint32_t> docs;  // indices into Raw::doc_node, ascending, distinct
};

// What BuildGraph reads from the store before any filter: the nodes met,
// keyed by their entity's term id, and the facts between them.
struct Raw {
  std::vector<Node> nodes;
  std::vector<store::TermId> node_ids;  // the entity's term id, per node
  IdMap index;                          // entity term id -> node
  std::vector<std::string> predicates;  // names, sorted
  std::vector<Fact> facts;              // by subject, predicate, object term id (SPO order)
  // Documents supporting the facts read, each as the node of its
  // `Document:` entity (UINT32_MAX: none read), and its date ("" =
  // undated): DateDocuments's from the node, LoadAround's for one it read
  // without its node.
  std::vector<uint32_t> doc_node;
  std::vector<std::string> doc_dates;
  // Whether Node::support is set (LoadAround: from the support table);
  // otherwise BuildGraph counts it from the facts' documents.
  bool support_counted = false;

  std::optional<uint32_t> NodeOf(store::TermId id) const { return index.Find(id); }
};

// Every triple of the store, and the supports of every fact. Nodes get
// their literal triples (Node::literals) if `literals`.
Result<Raw> LoadAll(const store::Store& store, bool literals);

// The triples of the entities of `scope` (term ids), with the supports of
// the facts between two of them and the nodes' support from the store's
// support table (support_table.h); plus what their attributes depend on
// elsewhere: the events their documents mention and the positions they
// hold (read whole, without supports), and the dates of the documents
// stating facts between two of them. Costs reads in proportion to those
// entities' facts, not to the store (once the support table is kept).
Result<Raw> LoadAround(const store::Store& store, const std::vector<store::TermId>& scope, bool literals);

// Selections read from the store's indexes (scope.cpp), as entity term ids,
// sorted. They follow every fact, unfiltered, so that a region anchors its
// people through `position_in` even when only `cites` is drawn.
// `regions`: the region with those inside it (query/region_scope.h).
Result<std::vector<store::TermId>> RegionScope(const store::Store& store, const std::set<std::string>& regions);
Result<std::vector<store::TermId>> StatuteScope(const store::Store& store, const std::string& statute);
// The entities within `hops` links of `ego`, either direction, stepping
// only onto entities of `within` (sorted; nullopt = any) and of `types`
// (empty = any) along facts of `predicates` (empty = any): every node
// SelectEgo can reach in the graph as drawn, and perhaps more (date and
// support filters are not applied here).
Result<std::vector<store::TermId>> EgoScope(const store::Store& store, const std::string& ego, int hops,
                                            const std::optional<std::vector<store::TermId>>& within,
                                            const std::set<std::string>& types,
                                            const std::set<std::string>& predicates);

// The nodes within `hops` edges of `ego` in `g`, the graph as drawn: hops
// follow visible edges only. A mask over g.nodes (1 = keep).
std::vector<char> SelectEgo(const ExportGraph& g, const std::vector<char>& visible, const std::string& ego, int hops);

}  // namespace netra::exporter::internal
