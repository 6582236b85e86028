#include "export/builder.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <unordered_map>

#include "core/id_map.h"
#include "export/builder_internal.h"
#include "graph/entity_lookup.h"
#include "graph/region_scope.h"
#include "model/vocab.h"

namespace netra::exporter {

namespace {

using model::Term;

// One entity-to-entity triple and the documents that state it.
struct Fact {
  uint32_t s, o, pred;
  std::vector<uint32_t> docs;  // indices into Raw::doc_ids, ascending
};

// Everything read from the store, before any filter.
struct Raw {
  std::vector<Node> nodes;
  std::unordered_map<std::string, uint32_t> index;
  std::vector<std::string> predicates;  // sorted after loading
  std::vector<Fact> facts;
  std::vector<std::string> doc_ids;
  std::vector<std::string> doc_dates;  // "" = undated
  // Entities with several `label` literals: resolved by support afterwards.
  std::map<uint32_t, std::vector<std::string>> label_choices;

  uint32_t Intern(const std::string& id) {
    auto [it, inserted] = index.emplace(id, static_cast<uint32_t>(nodes.size()));
    if (inserted) {
      Node n;
      // A store may hold an empty entity id; Gephi drops nodes without one.
      n.id = id.empty() ? "(empty)" : id;
      auto colon = id.find(':');
      n.type = colon == std::string::npos ? "" : id.substr(0, colon);
      nodes.push_back(std::move(n));
    }
    return it->second;
  }
};

void SetAttribute(Raw& raw, uint32_t v, const std::string& pred, const Term& object) {
  Node& n = raw.nodes[v];
  n.literals.emplace_back(pred, object);
  const std::string& value = object.value;
  if (pred == vocab::kLabel) {
    if (n.label.empty()) {
      n.label = value;
    } else {
      auto& choices = raw.label_choices[v];
      if (choices.empty()) choices.push_back(n.label);
      choices.push_back(value);
    }
  } else if (pred == vocab::kKind) {
    if (n.kind.empty()) n.kind = value;
  } else if (pred == vocab::kCode) {
    if (n.code.empty()) n.code = value;
  } else if (pred == vocab::kRole) {
    if (n.role.empty()) n.role = value;
  } else if (pred == vocab::kTitle) {
    if (n.title.empty()) n.title = value;
  } else if (pred == vocab::kStatus) {
    if (n.status.empty()) n.status = value;
  } else if (pred == vocab::kHeldOn || pred == vocab::kPublishedOn) {
    if (n.date.empty() || value < n.date) n.date = value;
  } else if (pred == vocab::kYear) {
    int64_t y = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), y);
    if (ec == std::errc() && p == value.data() + value.size()) n.year = y;
  }
}

// The label stated by the most documents ("Ayodhia G.L. Kalake" in 3
// articles beats "Ayodhia G. L. Kalake" in 1); ties go to the smaller string.
Status ResolveLabels(const store::Store& store, Raw& raw) {
  for (auto& [v, choices] : raw.label_choices) {
    std::string best;
    uint64_t best_count = 0;
    for (const std::string& label : choices) {
      NETRA_ASSIGN_OR_RETURN(uint64_t count, store.SupportCount({Term::Entity(raw.nodes[v].id),
                                                                  Term::Entity(vocab::kLabel), Term::String(label)}));
      if (best.empty() || count > best_count || (count == best_count && label < best)) {
        best = label;
        best_count = count;
      }
    }
    raw.nodes[v].label = best;
  }
  return Status::Ok();
}

Result<Raw> LoadRaw(const store::Store& store) {
  Raw raw;
  std::unordered_map<std::string, uint32_t> pred_index;
  std::vector<std::string> original_ids;  // before "(empty)" substitution
  // Every triple as ids, in SPO order, then each distinct term decoded once
  // in one sorted pass over the dictionary: decoding each triple's terms
  // as the scan met them (a random read and a map look-up per term) was
  // most of an export's first minutes at a million articles.
  std::vector<store::TripleIds> all;
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, std::nullopt, std::nullopt, [&](const store::TripleIds& t) {
    all.push_back(t);
    return true;
  }));
  IdMap term_index(all.size() / 4);
  std::vector<store::TermId> term_ids;
  auto index_of = [&](store::TermId id) {
    auto [i, inserted] = term_index.Insert(id, static_cast<uint32_t>(term_ids.size()));
    if (inserted) term_ids.push_back(id);
    return i;
  };
  std::vector<std::array<uint32_t, 3>> spo;
  spo.reserve(all.size());
  for (const store::TripleIds& t : all) spo.push_back({index_of(t.s), index_of(t.p), index_of(t.o)});
  std::vector<store::TripleIds>().swap(all);
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(term_ids, &terms));
  for (const auto& [si, pi, oi] : spo) {
    const Term& subject = terms[si];
    const Term& predicate = terms[pi];
    const Term& object = terms[oi];
    uint32_t sv = raw.Intern(subject.value);
    if (!object.is_entity()) {
      SetAttribute(raw, sv, predicate.value, object);
      continue;
    }
    uint32_t ov = raw.Intern(object.value);
    auto [it, inserted] = pred_index.emplace(predicate.value, static_cast<uint32_t>(raw.predicates.size()));
    if (inserted) raw.predicates.push_back(predicate.value);
    raw.facts.push_back({sv, ov, it->second, {}});
  }
  original_ids.resize(raw.nodes.size());
  for (const auto& [id, v] : raw.index) original_ids[v] = id;

  // Supports: which documents state each fact, from one sorted pass over
  // the provenance keys (a look-up per fact, fourteen million at a million
  // articles, took minutes). The pass meets the facts in key order; the
  // documents are numbered as the facts in scan order meet them, each
  // fact's in key order, so that the numbering is that of a look-up per
  // fact.
  std::vector<store::TripleIds> triples;
  triples.reserve(raw.facts.size());
  std::vector<store::TermId> predicate_ids;
  for (const std::string& p : raw.predicates) predicate_ids.push_back(store::Store::IdOf(Term::Entity(p)));
  for (const Fact& f : raw.facts) {
    triples.push_back({store::Store::IdOf(Term::Entity(original_ids[f.s])), predicate_ids[f.pred],
                       store::Store::IdOf(Term::Entity(original_ids[f.o]))});
  }
  std::unordered_map<std::string, uint32_t> met_index;  // in the order the pass meets them
  std::vector<std::string> met;
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(triples, [&](size_t i, std::string_view doc) {
    auto [it, inserted] = met_index.emplace(std::string(doc), static_cast<uint32_t>(met.size()));
    if (inserted) met.emplace_back(doc);
    raw.facts[i].docs.push_back(it->second);
  }));
  std::vector<uint32_t> doc_number(met.size(), UINT32_MAX);
  for (Fact& f : raw.facts) {
    for (uint32_t& d : f.docs) {
      if (doc_number[d] == UINT32_MAX) {
        doc_number[d] = static_cast<uint32_t>(raw.doc_ids.size());
        raw.doc_ids.push_back(std::move(met[d]));
      }
      d = doc_number[d];
    }
    std::sort(f.docs.begin(), f.docs.end());
    f.docs.erase(std::unique(f.docs.begin(), f.docs.end()), f.docs.end());
  }
  NETRA_RETURN_IF_ERROR(ResolveLabels(store, raw));

  // Predicates sorted by name, so output does not depend on scan order.
  std::vector<uint32_t> order(raw.predicates.size()), rank(raw.predicates.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return raw.predicates[a] < raw.predicates[b]; });
  std::vector<std::string> sorted;
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    sorted.push_back(raw.predicates[order[i]]);
  }
  raw.predicates = std::move(sorted);
  for (Fact& f : raw.facts) f.pred = rank[f.pred];
  return raw;
}

bool IsType(const Node& n, const char* type) { return n.type == type; }

// A document's date is its published_on; most article files carry none, so
// the fallback is the earliest event it reports: close to when it was written.
void DateDocuments(Raw& raw) {
  std::unordered_map<std::string, std::string> fallback;  // document node id -> date
  for (const Fact& f : raw.facts) {
    if (raw.predicates[f.pred] != vocab::kMentions) continue;
    const Node& doc = raw.nodes[f.s];
    const Node& event = raw.nodes[f.o];
    if (!IsType(doc, vocab::kDocument) || !IsType(event, vocab::kEvent) || event.date.empty()) continue;
    std::string& d = fallback[doc.id];
    if (d.empty() || event.date < d) d = event.date;
  }
  for (Node& n : raw.nodes) {
    if (IsType(n, vocab::kDocument) && n.date.empty()) {
      auto it = fallback.find(n.id);
      if (it != fallback.end()) n.date = it->second;
    }
  }
  raw.doc_dates.resize(raw.doc_ids.size());
  for (size_t d = 0; d < raw.doc_ids.size(); ++d) {
    auto it = raw.index.find(std::string(vocab::kDocument) + ":" + raw.doc_ids[d]);
    if (it != raw.index.end()) raw.doc_dates[d] = raw.nodes[it->second].date;
  }
}

// The region each node belongs to (for DOT clusters) and its support.
void Annotate(Raw& raw) {
  std::vector<std::vector<uint32_t>> docs(raw.nodes.size());
  for (const Fact& f : raw.facts) {
    docs[f.s].insert(docs[f.s].end(), f.docs.begin(), f.docs.end());
    docs[f.o].insert(docs[f.o].end(), f.docs.begin(), f.docs.end());
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
  for (size_t v = 0; v < raw.nodes.size(); ++v) {
    Node& n = raw.nodes[v];
    if (IsType(n, vocab::kRegion)) n.region = n.id;
    if (n.label.empty()) n.label = n.id;
    std::sort(docs[v].begin(), docs[v].end());
    n.support = static_cast<uint64_t>(std::unique(docs[v].begin(), docs[v].end()) - docs[v].begin());
  }
}

bool InRange(const std::string& date, const ExportFilter& f) {
  if (date.empty()) return false;
  return (f.from.empty() || date >= f.from) && (f.to.empty() || date <= f.to);
}

// Merges facts (already filtered) into one edge per (source, target).
// `docs_of(fact)` gives the documents that count and `dates_of(fact)` the
// dates it carries.
template <typename DocsFn, typename DatesFn>
std::vector<Edge> Merge(const Raw& raw, const std::vector<uint32_t>& fact_ids, DocsFn docs_of, DatesFn dates_of) {
  std::vector<uint32_t> order = fact_ids;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Fact& x = raw.facts[a];
    const Fact& y = raw.facts[b];
    return std::tie(x.s, x.o, x.pred) < std::tie(y.s, y.o, y.pred);
  });
  std::vector<Edge> edges;
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
      for (const std::string& date : dates_of(f, d)) {
        if (e.first_date.empty() || date < e.first_date) e.first_date = date;
        if (e.last_date.empty() || date > e.last_date) e.last_date = date;
      }
    }
    std::sort(docs.begin(), docs.end());
    e.weight = static_cast<uint64_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
    edges.push_back(std::move(e));
  }
  return edges;
}

// Keeps the masked nodes, orders them by id, and remaps the edges.
ExportGraph Compact(Raw& raw, const std::vector<char>& keep, std::vector<Edge> edges) {
  std::vector<uint32_t> kept;
  for (uint32_t v = 0; v < raw.nodes.size(); ++v) {
    if (keep[v]) kept.push_back(v);
  }
  std::sort(kept.begin(), kept.end(), [&](uint32_t a, uint32_t b) { return raw.nodes[a].id < raw.nodes[b].id; });
  std::vector<uint32_t> new_index(raw.nodes.size(), UINT32_MAX);
  ExportGraph g;
  g.predicates = raw.predicates;
  for (uint32_t v : kept) {
    new_index[v] = static_cast<uint32_t>(g.nodes.size());
    g.nodes.push_back(std::move(raw.nodes[v]));
  }
  for (Edge& e : edges) {
    if (new_index[e.source] == UINT32_MAX || new_index[e.target] == UINT32_MAX) continue;
    e.source = new_index[e.source];
    e.target = new_index[e.target];
    ++g.nodes[e.source].degree;
    ++g.nodes[e.target].degree;
    g.edges.push_back(std::move(e));
  }
  std::sort(g.edges.begin(), g.edges.end(),
            [](const Edge& a, const Edge& b) { return std::tie(a.source, a.target) < std::tie(b.source, b.target); });
  return g;
}

}  // namespace

std::string ExportGraph::PredicateLabel(const Edge& e) const {
  std::string out;
  for (uint32_t p : e.predicates) {
    if (!out.empty()) out.push_back(';');
    out += predicates[p];
  }
  return out;
}

// The filter's region, statute and ego as ids, read as every command reads
// them (graph/entity_lookup.h), and the region with the regions inside it
// (graph/region_scope.h).
struct Selection {
  std::set<std::string> regions;
  std::string statute, ego;
};

Result<Selection> Resolve(const store::Store& store, const ExportFilter& filter) {
  Selection sel;
  if (!filter.region.empty()) {
    graph::LookupOptions o;
    o.type = vocab::kRegion;
    NETRA_ASSIGN_OR_RETURN(std::string id, graph::ResolveEntity(store, filter.region, o));
    NETRA_ASSIGN_OR_RETURN(sel.regions, graph::RegionsWithin(store, id, filter.subregions));
  }
  if (!filter.statute.empty()) {
    graph::LookupOptions o;
    o.type = vocab::kStatute;
    o.within = sel.regions;
    NETRA_ASSIGN_OR_RETURN(sel.statute, graph::ResolveEntity(store, filter.statute, o));
  }
  if (!filter.ego.empty()) {
    NETRA_ASSIGN_OR_RETURN(sel.ego, graph::ResolveEntity(store, filter.ego));
  }
  return sel;
}

Result<ExportGraph> BuildGraph(const store::Store& store, const ExportFilter& filter) {
  NETRA_ASSIGN_OR_RETURN(Selection sel, Resolve(store, filter));
  NETRA_ASSIGN_OR_RETURN(Raw raw, LoadRaw(store));
  DateDocuments(raw);
  Annotate(raw);
  const size_t n = raw.nodes.size();
  const bool dated = !filter.from.empty() || !filter.to.empty();

  // Region and statute selections look at every fact (see builder_internal.h).
  std::vector<char> keep(n, 1);
  if (!filter.region.empty() || !filter.statute.empty()) {
    std::vector<uint32_t> all(raw.facts.size());
    for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    ExportGraph full;
    full.nodes = raw.nodes;  // a copy: selection reads ids, types, labels
    full.predicates = raw.predicates;
    full.edges = Merge(
        raw, all, [](const Fact& f) -> const std::vector<uint32_t>& { return f.docs; },
        [](const Fact&, const std::vector<uint32_t>&) { return std::vector<std::string>(); });
    std::vector<char> mask = sel.regions.empty() ? std::vector<char>(n, 1) : internal::SelectRegion(full, sel.regions);
    if (!sel.statute.empty()) {
      std::vector<char> cited = internal::SelectStatute(full, sel.statute);
      for (size_t v = 0; v < n; ++v) mask[v] = mask[v] && cited[v];
    }
    for (size_t v = 0; v < n; ++v) keep[v] = keep[v] && mask[v];
  }
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
  auto dates_of = [&](const Fact& f, const std::vector<uint32_t>& docs) {
    std::vector<std::string> dates;
    if (const std::string* ev = event_date(f)) {
      dates.push_back(*ev);
      return dates;
    }
    for (uint32_t d : docs) {
      if (!raw.doc_dates[d].empty()) dates.push_back(raw.doc_dates[d]);
    }
    return dates;
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
