#include "export/builder.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <optional>

#include "export/builder_internal.h"
#include "export/support_table.h"
#include "model/vocab.h"
#include "query/entity_lookup.h"
#include "query/region_scope.h"

namespace netra::exporter {

namespace {

using internal::Fact;
using internal::InRange;
using internal::Raw;
using store::TermId;

bool IsType(const Node& n, const char* type) { return n.type == type; }

// A document's date is its published_on; most article files carry none, so
// the fallback is the earliest event it reports: close to when it was written.
void DateDocuments(Raw& raw) {
  std::vector<const std::string*> fallback(raw.nodes.size(), nullptr);  // by document node
  for (const Fact& f : raw.facts) {
    if (raw.predicates[f.pred] != vocab::kMentions) continue;
    const Node& doc = raw.nodes[f.s];
    const Node& event = raw.nodes[f.o];
    if (!IsType(doc, vocab::kDocument) || !IsType(event, vocab::kEvent) || event.date.empty()) continue;
    const std::string*& d = fallback[f.s];
    if (!d || event.date < *d) d = &event.date;
  }
  for (size_t v = 0; v < raw.nodes.size(); ++v) {
    Node& n = raw.nodes[v];
    if (IsType(n, vocab::kDocument) && n.date.empty() && fallback[v]) n.date = *fallback[v];
  }
  raw.doc_dates.resize(raw.doc_node.size());  // LoadAround dated those with no node
  for (size_t d = 0; d < raw.doc_node.size(); ++d) {
    if (raw.doc_node[d] != UINT32_MAX) raw.doc_dates[d] = raw.nodes[raw.doc_node[d]].date;
  }
}

// Each node's support: the distinct documents of the facts touching it,
// gathered in one flat array (a vector per node cost an allocation or more
// for each of a store's entities).
void CountSupport(Raw& raw) {
  const size_t n = raw.nodes.size();
  std::vector<size_t> start(n + 1, 0);
  for (const Fact& f : raw.facts) {
    start[f.s + 1] += f.docs.size();
    start[f.o + 1] += f.docs.size();
  }
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<uint32_t> docs(start[n]);
  std::vector<size_t> end(start.begin(), start.end() - 1);
  for (const Fact& f : raw.facts) {
    for (uint32_t v : {f.s, f.o}) {
      std::copy(f.docs.begin(), f.docs.end(), docs.begin() + static_cast<ptrdiff_t>(end[v]));
      end[v] += f.docs.size();
    }
  }
  for (size_t v = 0; v < n; ++v) {
    auto first = docs.begin() + static_cast<ptrdiff_t>(start[v]),
         last = docs.begin() + static_cast<ptrdiff_t>(start[v + 1]);
    std::sort(first, last);
    raw.nodes[v].support = static_cast<uint64_t>(std::unique(first, last) - first);
  }
}

// The region each node belongs to (for DOT clusters) and its support.
void Annotate(Raw& raw) {
  for (const Fact& f : raw.facts) {
    const std::string& p = raw.predicates[f.pred];
    Node& s = raw.nodes[f.s];
    const Node& o = raw.nodes[f.o];
    if (!IsType(o, vocab::kRegion) || !s.region.empty()) continue;
    if (p == vocab::kPositionIn || p == vocab::kHeldIn || p == vocab::kLocatedIn ||
        (p == vocab::kAbout && IsType(s, vocab::kDocument))) {
      s.region = o.id;
    }
  }
  for (const Fact& f : raw.facts) {  // people: through the positions they hold
    Node& s = raw.nodes[f.s];
    if (raw.predicates[f.pred] == vocab::kHoldsPosition && s.region.empty()) s.region = raw.nodes[f.o].region;
  }
  for (Node& n : raw.nodes) {
    if (IsType(n, vocab::kRegion)) n.region = n.id;
    if (n.label.empty()) n.label = n.id;
  }
  if (!raw.support_counted) CountSupport(raw);
}

// Merges facts (already filtered) into one edge per (source, target).
// `docs_of(fact)` gives the documents that count, and `dates_of(fact, docs,
// visit)` calls visit(date) for each date it carries (no list per fact).
template <typename DocsFn, typename DatesFn>
std::vector<Edge> Merge(const Raw& raw, const std::vector<uint32_t>& fact_ids, DocsFn docs_of, DatesFn dates_of) {
  std::vector<uint32_t> order = fact_ids;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Fact& x = raw.facts[a];
    const Fact& y = raw.facts[b];
    return std::tie(x.s, x.o, x.pred) < std::tie(y.s, y.o, y.pred);
  });
  std::vector<Edge> edges;
  edges.reserve(order.size());  // at most one per fact
  std::vector<uint32_t> docs;
  for (size_t i = 0; i < order.size();) {
    const Fact& first = raw.facts[order[i]];
    Edge e;
    e.source = first.s;
    e.target = first.o;
    docs.clear();
    for (; i < order.size() && raw.facts[order[i]].s == e.source && raw.facts[order[i]].o == e.target; ++i) {
      const Fact& f = raw.facts[order[i]];
      e.predicates.push_back(f.pred);
      const std::vector<uint32_t>& d = docs_of(f);
      docs.insert(docs.end(), d.begin(), d.end());
      dates_of(f, d, [&](const std::string& date) {
        if (e.first_date.empty() || date < e.first_date) e.first_date = date;
        if (e.last_date.empty() || date > e.last_date) e.last_date = date;
      });
    }
    std::sort(docs.begin(), docs.end());
    e.weight = static_cast<uint64_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
    edges.push_back(std::move(e));
  }
  return edges;
}

// Keeps the masked nodes, orders them by id, and remaps the edges, in
// place: a whole store's nodes and edges are held once, not twice.
ExportGraph Compact(Raw& raw, const std::vector<char>& keep, std::vector<Edge> edges) {
  std::vector<uint32_t> kept;
  for (uint32_t v = 0; v < raw.nodes.size(); ++v) {
    if (keep[v]) kept.push_back(v);
  }
  std::sort(kept.begin(), kept.end(), [&](uint32_t a, uint32_t b) { return raw.nodes[a].id < raw.nodes[b].id; });
  std::vector<uint32_t> new_index(raw.nodes.size(), UINT32_MAX);
  ExportGraph g;
  g.predicates = raw.predicates;
  g.nodes.reserve(kept.size());
  for (uint32_t v : kept) {
    new_index[v] = static_cast<uint32_t>(g.nodes.size());
    g.nodes.push_back(std::move(raw.nodes[v]));
  }
  std::vector<Node>().swap(raw.nodes);
  size_t out = 0;
  for (size_t i = 0; i < edges.size(); ++i) {
    Edge& e = edges[i];
    if (new_index[e.source] == UINT32_MAX || new_index[e.target] == UINT32_MAX) continue;
    e.source = new_index[e.source];
    e.target = new_index[e.target];
    ++g.nodes[e.source].degree;
    ++g.nodes[e.target].degree;
    if (out != i) edges[out] = std::move(e);
    ++out;
  }
  edges.resize(out);
  g.edges = std::move(edges);
  std::sort(g.edges.begin(), g.edges.end(),
            [](const Edge& a, const Edge& b) { return std::tie(a.source, a.target) < std::tie(b.source, b.target); });
  return g;
}

}  // namespace

namespace internal {

Attr AttrOf(std::string_view pred) {
  if (pred == vocab::kLabel) return Attr::kLabel;
  if (pred == vocab::kKind) return Attr::kKind;
  if (pred == vocab::kCode) return Attr::kCode;
  if (pred == vocab::kRole) return Attr::kRole;
  if (pred == vocab::kTitle) return Attr::kTitle;
  if (pred == vocab::kStatus) return Attr::kStatus;
  if (pred == vocab::kHeldOn || pred == vocab::kPublishedOn) return Attr::kDate;
  if (pred == vocab::kYear) return Attr::kYear;
  return Attr::kNone;
}

std::optional<int64_t> ParseYear(std::string_view value) {
  int64_t y = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), y);
  if (ec != std::errc() || p != value.data() + value.size()) return std::nullopt;
  return y;
}

bool InRange(std::string_view date, const ExportFilter& f) {
  if (date.empty()) return false;
  return (f.from.empty() || date >= f.from) && (f.to.empty() || date <= f.to);
}

DocumentIds::DocumentIds() : key_(1, static_cast<char>(model::TermKind::kEntity)) {
  key_ += vocab::kDocument;
  key_ += ':';
  prefix_ = key_.size();
}

}  // namespace internal

std::string ExportGraph::PredicateLabel(const Edge& e) const {
  std::string out;
  for (uint32_t p : e.predicates) {
    if (!out.empty()) out.push_back(';');
    out += predicates[p];
  }
  return out;
}

// The filter's region, statute and ego as ids, read as every command reads
// them (query/entity_lookup.h), and the region with the regions inside it
// (query/region_scope.h).
struct Selection {
  std::set<std::string> regions;
  std::string statute, ego;
};

Result<Selection> Resolve(const store::Store& store, const ExportFilter& filter) {
  Selection sel;
  if (!filter.region.empty()) {
    query::LookupOptions o;
    o.type = vocab::kRegion;
    NETRA_ASSIGN_OR_RETURN(std::string id, query::ResolveEntity(store, filter.region, o));
    NETRA_ASSIGN_OR_RETURN(sel.regions, query::RegionsWithin(store, id, filter.subregions));
  }
  if (!filter.statute.empty()) {
    query::LookupOptions o;
    o.type = vocab::kStatute;
    o.within = sel.regions;
    NETRA_ASSIGN_OR_RETURN(sel.statute, query::ResolveEntity(store, filter.statute, o));
  }
  if (!filter.ego.empty()) {
    NETRA_ASSIGN_OR_RETURN(sel.ego, query::ResolveEntity(store, filter.ego));
  }
  return sel;
}

// Intersection of two sorted id lists.
std::vector<TermId> Both(const std::vector<TermId>& a, const std::vector<TermId>& b) {
  std::vector<TermId> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

// Reads what the view needs: with --region, --statute or --ego, the
// entities they select (read around the entities named) and their
// surroundings; otherwise the whole store. `keep` is set to the nodes
// selected.
Result<Raw> Load(const store::Store& store, const ExportFilter& filter, const Selection& sel, std::vector<char>* keep) {
  std::optional<std::vector<TermId>> selected;  // by --region and --statute
  if (!filter.region.empty()) {
    NETRA_ASSIGN_OR_RETURN(selected, internal::RegionScope(store, sel.regions));
  }
  if (!sel.statute.empty()) {
    NETRA_ASSIGN_OR_RETURN(std::vector<TermId> cited, internal::StatuteScope(store, sel.statute));
    selected = selected ? Both(*selected, cited) : std::move(cited);
  }
  std::optional<std::vector<TermId>> scope = selected;
  if (!sel.ego.empty()) {
    NETRA_ASSIGN_OR_RETURN(scope,
                           internal::EgoScope(store, sel.ego, filter.hops, selected, filter.types, filter.predicates));
  }
  if (!scope) {
    NETRA_ASSIGN_OR_RETURN(Raw raw, internal::LoadAll(store, filter.literals));
    keep->assign(raw.nodes.size(), 1);
    return raw;
  }
  NETRA_ASSIGN_OR_RETURN(Raw raw, internal::LoadAround(store, *scope, filter.literals));
  // The entities read only for the attributes of the selected ones stay out.
  const std::vector<TermId>& kept = selected ? *selected : *scope;
  keep->resize(raw.nodes.size());
  for (size_t v = 0; v < raw.nodes.size(); ++v) {
    (*keep)[v] = std::binary_search(kept.begin(), kept.end(), raw.node_ids[v]);
  }
  return raw;
}

Result<ExportGraph> BuildGraph(const store::Store& store, const ExportFilter& filter) {
  NETRA_ASSIGN_OR_RETURN(Selection sel, Resolve(store, filter));
  std::vector<char> keep;
  NETRA_ASSIGN_OR_RETURN(Raw raw, Load(store, filter, sel, &keep));
  DateDocuments(raw);
  const bool counts_support = !raw.support_counted;
  Annotate(raw);
  if (counts_support) {  // the whole store's, for the filtered exports that follow
    std::vector<uint64_t> counts;
    counts.reserve(raw.nodes.size());
    for (const Node& node : raw.nodes) counts.push_back(node.support);
    KeepSupportTable(store, SupportTable::FromCounts(raw.node_ids, counts));
  }
  const size_t n = raw.nodes.size();
  const bool dated = !filter.from.empty() || !filter.to.empty();

  for (size_t v = 0; v < n; ++v) {
    const Node& node = raw.nodes[v];
    if (!filter.types.empty() && !filter.types.count(node.type)) keep[v] = 0;
    if (dated && !node.date.empty() && !InRange(node.date, filter)) keep[v] = 0;
  }

  // The facts drawn, with the documents that count for each.
  std::vector<uint32_t> drawn;
  std::vector<std::vector<uint32_t>> in_range(dated ? raw.facts.size() : 0);
  auto event_date = [&](const Fact& f) -> const std::string* {
    for (uint32_t v : {f.s, f.o}) {
      if (IsType(raw.nodes[v], vocab::kEvent) && !raw.nodes[v].date.empty()) return &raw.nodes[v].date;
    }
    return nullptr;
  };
  for (uint32_t i = 0; i < raw.facts.size(); ++i) {
    const Fact& f = raw.facts[i];
    if (!keep[f.s] || !keep[f.o]) continue;
    if (!filter.predicates.empty() && !filter.predicates.count(raw.predicates[f.pred])) continue;
    if (dated) {
      const std::string* ev = event_date(f);
      for (uint32_t d : f.docs) {
        if (ev ? InRange(*ev, filter) : InRange(raw.doc_dates[d], filter)) in_range[i].push_back(d);
      }
      if (in_range[i].empty()) continue;
    }
    drawn.push_back(i);
  }
  auto docs_of = [&](const Fact& f) -> const std::vector<uint32_t>& {
    return dated ? in_range[&f - raw.facts.data()] : f.docs;
  };
  // A fact about an event happened on the event's date; any other fact is
  // dated by the documents that report it.
  auto dates_of = [&](const Fact& f, const std::vector<uint32_t>& docs, const auto& visit) {
    if (const std::string* ev = event_date(f)) {
      visit(*ev);
      return;
    }
    for (uint32_t d : docs) {
      if (!raw.doc_dates[d].empty()) visit(raw.doc_dates[d]);
    }
  };
  std::vector<Edge> edges = Merge(raw, drawn, docs_of, dates_of);
  if (filter.min_support > 0) {
    std::erase_if(edges, [&](const Edge& e) { return e.weight < filter.min_support; });
  }

  if (!filter.ego.empty()) {
    ExportGraph view;
    view.nodes = raw.nodes;
    view.predicates = raw.predicates;
    view.edges = edges;
    std::vector<char> mask = internal::SelectEgo(view, keep, sel.ego, filter.hops);
    for (size_t v = 0; v < n; ++v) keep[v] = keep[v] && mask[v];
  }
  if (dated || filter.min_support > 0) {
    std::vector<char> linked(n, 0);
    for (const Edge& e : edges) {
      if (keep[e.source] && keep[e.target]) linked[e.source] = linked[e.target] = 1;
    }
    for (size_t v = 0; v < n; ++v) keep[v] = keep[v] && linked[v];
  }
  return Compact(raw, keep, std::move(edges));
}

}  // namespace netra::exporter
