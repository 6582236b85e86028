// Building a StoreGraph: the rules are BuildGraph's (builder.cpp,
// raw_graph.cpp), step for step, over term indices instead of strings.
//
//   1. One scan of the SPO keys: every triple as three term indices, each
//      distinct term decoded once into StoreGraph::text_.
//   2. Nodes and facts in SPO order, with their literal attributes; labels
//      stated several ways resolved by support; predicates sorted by name.
//   3. Documents dated (their fallback: the earliest event they mention),
//      regions annotated, facts sorted by (source, target, predicate).
//   4. Filters: the nodes and facts drawn; a pair of nodes with a drawn
//      fact is an edge.
//   5. One pass over the documents' records: each document adds one to the
//      weight of every edge it states and to the support of every entity
//      its facts link, and its date to the edges' first and last dates.
//      What a fact's documents were in BuildGraph (a vector per fact, 14M
//      at a million articles) is never held.
//   6. Edges that no document counts (date filters) or too few support
//      (--min-support) dropped; nodes ordered by id, edges by their ends.
#include <algorithm>
#include <array>
#include <map>
#include <numeric>

#include "core/id_map.h"
#include "export/builder_internal.h"
#include "export/store_graph.h"
#include "export/support_table.h"
#include "model/vocab.h"

namespace netra::exporter {

using internal::Attr;
using store::TermId;
using store::TripleIds;

class StoreGraphBuilder {
 public:
  StoreGraphBuilder(const store::Store& store, const ExportFilter& filter, StoreGraph* g)
      : store_(store), filter_(filter), g_(*g), dated_(!filter.from.empty() || !filter.to.empty()) {}

  Status Build() {
    std::vector<std::array<uint32_t, 3>> spo;
    NETRA_RETURN_IF_ERROR(ReadTriples(&spo));
    MakeNodesAndFacts(spo);
    std::vector<std::array<uint32_t, 3>>().swap(spo);
    NETRA_RETURN_IF_ERROR(ResolveLabels());
    SortPredicates();
    DateDocuments();
    Annotate();
    std::sort(g_.facts_.begin(), g_.facts_.end(), [](const StoreGraph::Fact& a, const StoreGraph::Fact& b) {
      return std::tie(a.s, a.o, a.pred) < std::tie(b.s, b.o, b.pred);
    });
    SelectFacts();
    NETRA_RETURN_IF_ERROR(CountDocuments());
    FinishEdges();
    OrderOutput();
    return Status::Ok();
  }

 private:
  using Node = StoreGraph::Node;
  using Fact = StoreGraph::Fact;
  static constexpr uint32_t kNone = StoreGraph::kNone;

  std::string_view Text(uint32_t term) const { return g_.Text(term); }
  std::string_view TypeOf(uint32_t r) const { return g_.TypeOf(r); }
  bool IsType(uint32_t r, const char* type) const { return TypeOf(r) == type; }

  Status ReadTriples(std::vector<std::array<uint32_t, 3>>* spo);
  void MakeNodesAndFacts(const std::vector<std::array<uint32_t, 3>>& spo);
  uint32_t Intern(uint32_t term);
  void SetAttribute(uint32_t r, Attr attr, uint32_t object);
  Status ResolveLabels();
  void SortPredicates();
  void DateDocuments();
  void Annotate();
  void SelectFacts();
  uint32_t EventDate(const Fact& f) const;
  uint32_t FindFact(uint32_t s, uint32_t o, uint32_t pred) const;
  Status CountDocuments();
  void CountDocument(uint32_t date, const std::vector<TripleIds>& triples);
  void AddDate(StoreGraph::Pair& p, uint32_t date) const;
  void FinishEdges();
  void OrderOutput();

  const store::Store& store_;
  const ExportFilter& filter_;
  StoreGraph& g_;
  const bool dated_;

  std::vector<TermId> term_ids_;     // by term index
  std::vector<char> is_entity_;      // by term index
  std::vector<uint32_t> node_of_;    // term index -> raw node (kNone)
  std::vector<uint32_t> pred_term_;  // raw predicate -> term index, in the order met
  std::map<uint32_t, std::vector<uint32_t>> label_choices_;  // raw node -> label terms
  std::vector<char> keep_;           // by raw node
  std::vector<uint32_t> pair_of_;    // by fact: its edge (kNone: not drawn)
  std::vector<uint32_t> fact_begin_; // raw node -> its first fact as source
  // Scratch of CountDocument.
  std::vector<uint32_t> linked_, counted_;
};

// ---- 1. Triples and terms ----

Status StoreGraphBuilder::ReadTriples(std::vector<std::array<uint32_t, 3>>* spo) {
  IdMap term_index;
  auto index_of = [&](TermId id) {
    auto [i, inserted] = term_index.Insert(id, static_cast<uint32_t>(term_ids_.size()));
    if (inserted) term_ids_.push_back(id);
    return i;
  };
  NETRA_RETURN_IF_ERROR(store_.MatchIds(std::nullopt, std::nullopt, std::nullopt, [&](const TripleIds& t) {
    spo->push_back({index_of(t.s), index_of(t.p), index_of(t.o)});
    return true;
  }));
  // ReadTermBytes visits the terms in id order: their texts go into text_
  // in that order, and text_start_ finds each by index.
  const size_t n = term_ids_.size();
  std::vector<uint64_t> start(n), length(n);
  is_entity_.assign(n, 0);
  Status decoded;
  NETRA_RETURN_IF_ERROR(store_.ReadTermBytes(term_ids_, [&](size_t i, std::string_view encoded) {
    model::TermKind kind;
    std::string_view value;
    if (!model::Term::DecodeView(encoded, &kind, &value)) {
      if (decoded.ok()) decoded = Status::Corruption("dictionary entry " + std::to_string(term_ids_[i]) + " is malformed");
      return;
    }
    is_entity_[i] = kind == model::TermKind::kEntity;
    start[i] = g_.text_.size();
    length[i] = value.size();
    g_.text_.append(value);
  }));
  NETRA_RETURN_IF_ERROR(decoded);
  // Rewritten in index order, so that a term is [start[t], start[t + 1]).
  std::string text;
  text.reserve(g_.text_.size());
  g_.text_start_.resize(n + 1);
  for (size_t t = 0; t < n; ++t) {
    g_.text_start_[t] = text.size();
    text.append(g_.text_, start[t], length[t]);
  }
  g_.text_start_[n] = text.size();
  g_.text_.swap(text);
  return Status::Ok();
}

// ---- 2. Nodes, facts, attributes (raw_graph.cpp's Assemble) ----

uint32_t StoreGraphBuilder::Intern(uint32_t term) {
  uint32_t& r = node_of_[term];
  if (r == kNone) {
    r = static_cast<uint32_t>(g_.nodes_.size());
    g_.nodes_.push_back(Node{});
    g_.nodes_.back().term = term;
  }
  return r;
}

void StoreGraphBuilder::SetAttribute(uint32_t r, Attr attr, uint32_t object) {
  Node& n = g_.nodes_[r];
  auto first = [&](uint32_t* field) {
    if (Text(*field).empty()) *field = object;
  };
  switch (attr) {
    case Attr::kLabel:
      if (Text(n.label).empty()) {
        n.label = object;
      } else {
        std::vector<uint32_t>& choices = label_choices_[r];
        if (choices.empty()) choices.push_back(n.label);
        choices.push_back(object);
      }
      break;
    case Attr::kKind: first(&n.kind); break;
    case Attr::kCode: first(&n.code); break;
    case Attr::kRole: first(&n.role); break;
    case Attr::kTitle: first(&n.title); break;
    case Attr::kStatus: first(&n.status); break;
    case Attr::kDate:
      if (internal::DateReplaces(Text(n.date), Text(object))) n.date = object;
      break;
    case Attr::kYear:
      if (internal::ParseYear(Text(object))) n.year = object;
      break;
    case Attr::kNone:
    case Attr::kUnknown: break;
  }
}

void StoreGraphBuilder::MakeNodesAndFacts(const std::vector<std::array<uint32_t, 3>>& spo) {
  const size_t terms = term_ids_.size();
  node_of_.assign(terms, kNone);
  std::vector<Attr> attr_of(terms, Attr::kUnknown);
  std::vector<uint32_t> pred_of(terms, kNone);  // term -> raw predicate
  for (const auto& [s, p, o] : spo) {
    uint32_t sv = Intern(s);
    if (!is_entity_[o]) {
      if (attr_of[p] == Attr::kUnknown) attr_of[p] = internal::AttrOf(Text(p));
      SetAttribute(sv, attr_of[p], o);
      continue;
    }
    uint32_t ov = Intern(o);
    if (pred_of[p] == kNone) {
      pred_of[p] = static_cast<uint32_t>(pred_term_.size());
      pred_term_.push_back(p);
    }
    g_.facts_.push_back({sv, ov, pred_of[p]});
  }
}

// The label stated by the most documents; ties go to the smaller string.
Status StoreGraphBuilder::ResolveLabels() {
  for (const auto& [r, choices] : label_choices_) {
    uint32_t best = kNone;
    uint64_t best_count = 0;
    for (uint32_t label : choices) {
      model::Triple t{model::Term::Entity(std::string(g_.IdOf(r))), model::Term::Entity(vocab::kLabel),
                      model::Term::String(std::string(Text(label)))};
      NETRA_ASSIGN_OR_RETURN(uint64_t count, store_.SupportCount(t));
      if (Text(best).empty() || count > best_count || (count == best_count && Text(label) < Text(best))) {
        best = label;
        best_count = count;
      }
    }
    g_.nodes_[r].label = best;
  }
  return Status::Ok();
}

void StoreGraphBuilder::SortPredicates() {
  std::vector<uint32_t> order(pred_term_.size()), rank(pred_term_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return Text(pred_term_[a]) < Text(pred_term_[b]); });
  std::vector<uint32_t> sorted_terms;
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    g_.predicates_.emplace_back(Text(pred_term_[order[i]]));
    sorted_terms.push_back(pred_term_[order[i]]);
  }
  pred_term_ = std::move(sorted_terms);
  for (Fact& f : g_.facts_) f.pred = rank[f.pred];
}

// ---- 3. Dates and regions (builder.cpp's DateDocuments and Annotate) ----

void StoreGraphBuilder::DateDocuments() {
  std::vector<uint32_t> fallback(g_.nodes_.size(), kNone);
  for (const Fact& f : g_.facts_) {
    if (g_.predicates_[f.pred] != vocab::kMentions) continue;
    uint32_t event_date = g_.nodes_[f.o].date;
    if (!IsType(f.s, vocab::kDocument) || !IsType(f.o, vocab::kEvent) || Text(event_date).empty()) continue;
    uint32_t& d = fallback[f.s];
    if (d == kNone || Text(event_date) < Text(d)) d = event_date;
  }
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    Node& n = g_.nodes_[r];
    if (fallback[r] != kNone && Text(n.date).empty() && IsType(r, vocab::kDocument)) n.date = fallback[r];
  }
}

void StoreGraphBuilder::Annotate() {
  for (const Fact& f : g_.facts_) {
    const std::string& p = g_.predicates_[f.pred];
    uint32_t& region = g_.nodes_[f.s].region;
    if (!IsType(f.o, vocab::kRegion) || region != kNone) continue;
    if (p == vocab::kPositionIn || p == vocab::kHeldIn || p == vocab::kLocatedIn ||
        (p == vocab::kAbout && IsType(f.s, vocab::kDocument))) {
      region = f.o;
    }
  }
  for (const Fact& f : g_.facts_) {  // people: through the positions they hold
    uint32_t& region = g_.nodes_[f.s].region;
    if (g_.predicates_[f.pred] == vocab::kHoldsPosition && region == kNone) region = g_.nodes_[f.o].region;
  }
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    if (IsType(r, vocab::kRegion)) g_.nodes_[r].region = r;
  }
}

// ---- 4. What is drawn ----

void StoreGraphBuilder::SelectFacts() {
  const size_t n = g_.nodes_.size();
  keep_.assign(n, 1);
  for (uint32_t r = 0; r < n; ++r) {
    if (!filter_.types.empty() && !filter_.types.count(std::string(TypeOf(r)))) keep_[r] = 0;
    std::string_view date = Text(g_.nodes_[r].date);
    if (dated_ && !date.empty() && !internal::InRange(date, filter_)) keep_[r] = 0;
  }
  const std::vector<Fact>& facts = g_.facts_;
  pair_of_.assign(facts.size(), kNone);
  // Without a date filter a drawn fact is drawn whatever its documents;
  // with one, only once a document in range counts it (CountDocument).
  g_.fact_drawn_.assign(facts.size(), 0);
  fact_begin_.assign(n + 1, 0);
  for (const Fact& f : facts) ++fact_begin_[f.s + 1];
  for (size_t r = 0; r < n; ++r) fact_begin_[r + 1] += fact_begin_[r];
  for (size_t i = 0; i < facts.size();) {
    size_t run = i;
    bool any = false;
    for (; i < facts.size() && facts[i].s == facts[run].s && facts[i].o == facts[run].o; ++i) {
      const Fact& f = facts[i];
      if (!keep_[f.s] || !keep_[f.o]) continue;
      if (!filter_.predicates.empty() && !filter_.predicates.count(g_.predicates_[f.pred])) continue;
      pair_of_[i] = static_cast<uint32_t>(g_.pairs_.size());
      g_.fact_drawn_[i] = !dated_;
      any = true;
    }
    if (any) {
      StoreGraph::Pair p;
      p.first_fact = static_cast<uint32_t>(run);
      g_.pairs_.push_back(p);
    }
  }
}

// A fact about an event happened on the event's date (term; kNone: not
// such a fact).
uint32_t StoreGraphBuilder::EventDate(const Fact& f) const {
  for (uint32_t r : {f.s, f.o}) {
    uint32_t date = g_.nodes_[r].date;
    if (IsType(r, vocab::kEvent) && !Text(date).empty()) return date;
  }
  return kNone;
}

uint32_t StoreGraphBuilder::FindFact(uint32_t s, uint32_t o, uint32_t pred) const {
  auto first = g_.facts_.begin() + fact_begin_[s], last = g_.facts_.begin() + fact_begin_[s + 1];
  auto it = std::lower_bound(first, last, Fact{s, o, pred}, [](const Fact& a, const Fact& b) {
    return std::tie(a.o, a.pred) < std::tie(b.o, b.pred);
  });
  if (it == last || it->o != o || it->pred != pred) return kNone;
  return static_cast<uint32_t>(it - g_.facts_.begin());
}

// ---- 5. The documents ----

void StoreGraphBuilder::AddDate(StoreGraph::Pair& p, uint32_t date) const {
  if (p.first_date == kNone || Text(date) < Text(p.first_date)) p.first_date = date;
  if (p.last_date == kNone || Text(date) > Text(p.last_date)) p.last_date = date;
}

Status StoreGraphBuilder::CountDocuments() {
  IdMap nodes(g_.nodes_.size()), predicates(pred_term_.size());
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) nodes.Insert(term_ids_[g_.nodes_[r].term], r);
  for (uint32_t k = 0; k < pred_term_.size(); ++k) predicates.Insert(term_ids_[pred_term_[k]], k);
  internal::DocumentIds document_ids;
  auto lookup = [&](std::string_view doc, const std::vector<TripleIds>& triples, std::vector<std::array<uint32_t, 3>>* out) {
    out->clear();
    for (const TripleIds& t : triples) {
      std::optional<uint32_t> o = nodes.Find(t.o);
      if (!o) continue;  // a literal
      std::optional<uint32_t> s = nodes.Find(t.s), p = predicates.Find(t.p);
      if (s && p) out->push_back({*s, *o, *p});
    }
    std::optional<uint32_t> d = nodes.Find(document_ids.Of(doc));
    return d ? g_.nodes_[*d].date : kNone;
  };
  std::vector<std::array<uint32_t, 3>> facts;
  NETRA_RETURN_IF_ERROR(store_.ForEachDocumentTriples([&](std::string_view doc, const std::vector<TripleIds>& triples) {
    uint32_t date = lookup(doc, triples, &facts);
    linked_.clear();
    counted_.clear();
    for (const auto& [s, o, p] : facts) {
      uint32_t f = FindFact(s, o, p);
      if (f == kNone) continue;
      linked_.push_back(s);
      linked_.push_back(o);
      uint32_t pair = pair_of_[f];
      if (pair == kNone) continue;
      uint32_t event_date = EventDate(g_.facts_[f]);
      if (dated_) {
        if (!internal::InRange(Text(event_date != kNone ? event_date : date), filter_)) continue;
        g_.fact_drawn_[f] = 1;
      }
      counted_.push_back(pair);
      if (event_date == kNone && !Text(date).empty()) AddDate(g_.pairs_[pair], date);
    }
    std::sort(linked_.begin(), linked_.end());
    linked_.erase(std::unique(linked_.begin(), linked_.end()), linked_.end());
    for (uint32_t r : linked_) ++g_.nodes_[r].support;
    std::sort(counted_.begin(), counted_.end());
    counted_.erase(std::unique(counted_.begin(), counted_.end()), counted_.end());
    for (uint32_t pair : counted_) ++g_.pairs_[pair].weight;
  }));
  // The whole store's support, for the filtered exports that follow.
  std::vector<TermId> ids;
  std::vector<uint64_t> counts;
  ids.reserve(g_.nodes_.size());
  counts.reserve(g_.nodes_.size());
  for (const Node& n : g_.nodes_) {
    ids.push_back(term_ids_[n.term]);
    counts.push_back(n.support);
  }
  KeepSupportTable(store_, SupportTable::FromCounts(ids, counts));
  return Status::Ok();
}

// ---- 6. Edges and order ----

void StoreGraphBuilder::FinishEdges() {
  for (size_t f = 0; f < g_.facts_.size(); ++f) {
    if (pair_of_[f] == kNone || !g_.fact_drawn_[f]) continue;
    uint32_t event_date = EventDate(g_.facts_[f]);
    if (event_date != kNone) AddDate(g_.pairs_[pair_of_[f]], event_date);
  }
  // A pair is an edge if a fact of it is drawn (with dates: counted).
  std::vector<char> is_edge(g_.pairs_.size(), 0);
  for (size_t f = 0; f < g_.facts_.size(); ++f) {
    if (pair_of_[f] != kNone && g_.fact_drawn_[f]) is_edge[pair_of_[f]] = 1;
  }
  std::vector<char> linked(g_.nodes_.size(), 0);
  for (uint32_t k = 0; k < g_.pairs_.size(); ++k) {
    if (g_.pairs_[k].weight < filter_.min_support) is_edge[k] = 0;
    if (!is_edge[k]) continue;
    const Fact& f = g_.facts_[g_.pairs_[k].first_fact];
    linked[f.s] = linked[f.o] = 1;
    g_.edge_order_.push_back(k);
  }
  if (dated_ || filter_.min_support > 0) {
    for (size_t r = 0; r < keep_.size(); ++r) keep_[r] = keep_[r] && linked[r];
  }
}

void StoreGraphBuilder::OrderOutput() {
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    if (keep_[r]) g_.node_order_.push_back(r);
  }
  std::sort(g_.node_order_.begin(), g_.node_order_.end(),
            [&](uint32_t a, uint32_t b) { return g_.IdOf(a) < g_.IdOf(b); });
  g_.output_of_.assign(g_.nodes_.size(), kNone);
  for (uint32_t v = 0; v < g_.node_order_.size(); ++v) g_.output_of_[g_.node_order_[v]] = v;
  for (uint32_t k : g_.edge_order_) {
    const Fact& f = g_.facts_[g_.pairs_[k].first_fact];
    ++g_.nodes_[f.s].degree;
    ++g_.nodes_[f.o].degree;
  }
  auto ends = [&](uint32_t k) {
    const Fact& f = g_.facts_[g_.pairs_[k].first_fact];
    return std::pair(g_.output_of_[f.s], g_.output_of_[f.o]);
  };
  std::sort(g_.edge_order_.begin(), g_.edge_order_.end(), [&](uint32_t a, uint32_t b) { return ends(a) < ends(b); });
}

Result<std::unique_ptr<StoreGraph>> StoreGraph::Build(const store::Store& store, const ExportFilter& filter) {
  auto g = std::unique_ptr<StoreGraph>(new StoreGraph());
  StoreGraphBuilder builder(store, filter, g.get());
  NETRA_RETURN_IF_ERROR(builder.Build());
  return g;
}

}  // namespace netra::exporter
