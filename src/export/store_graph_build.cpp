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
#include <cstring>
#include <map>
#include <numeric>
#include <unordered_map>

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
    std::sort(facts_.begin(), facts_.end(),
              [](const Fact& a, const Fact& b) { return std::tie(a.s, a.o, a.pred) < std::tie(b.s, b.o, b.pred); });
    SelectFacts();
    NETRA_RETURN_IF_ERROR(CountDocuments());
    FinishEdges();
    OrderOutput();
    MakeEdges();
    return Status::Ok();
  }

 private:
  using Node = StoreGraph::Node;
  static constexpr uint32_t kNone = StoreGraph::kNone;

  // An entity-to-entity fact between raw nodes; `pred` indexes predicates_.
  struct Fact {
    uint32_t s, o, pred;
  };
  // Two nodes with a drawn fact from one to the other: an edge, unless
  // filters drop it (FinishEdges).
  struct Pair {
    uint32_t first_fact = 0;  // its facts: facts_[first_fact ..] while (s, o) match
    uint32_t weight = 0;
    uint32_t first_date = kNone, last_date = kNone;  // terms
  };

  std::string_view Text(uint32_t term) const { return g_.Text(term); }
  std::string_view TypeOf(uint32_t r) const { return g_.TypeOf(r); }
  bool IsDocument(uint32_t r) const { return g_.nodes_[r].type == document_; }
  bool IsEvent(uint32_t r) const { return g_.nodes_[r].type == event_; }
  bool IsRegion(uint32_t r) const { return g_.nodes_[r].type == region_; }

  Status ReadTriples(std::vector<std::array<uint32_t, 3>>* spo);
  void MakeNodesAndFacts(const std::vector<std::array<uint32_t, 3>>& spo);
  uint32_t Intern(uint32_t term);
  uint32_t TypeIndex(std::string_view id);
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
  void AddDate(Pair& p, uint32_t date) const;
  void FinishEdges();
  void OrderOutput();
  void MakeEdges();

  const store::Store& store_;
  const ExportFilter& filter_;
  StoreGraph& g_;
  const bool dated_;

  // The types of nodes (indices into StoreGraph::types_) a rule names.
  uint32_t document_ = kNone, event_ = kNone, region_ = kNone;
  std::map<std::string, uint32_t, std::less<>> type_index_;

  std::vector<std::string> predicates_;  // names, sorted
  std::vector<Fact> facts_;              // in SPO order, then by (s, o, pred)
  // Whether a fact is drawn: without a date filter, as soon as its ends
  // and predicate pass the filters; with one, once a document in range
  // counts it (CountDocument).
  std::vector<char> fact_drawn_;
  std::vector<Pair> pairs_;
  std::vector<uint32_t> edge_order_;  // the pairs that are edges, in output order
  std::vector<uint32_t> output_of_;   // raw node -> output index (kNone: not drawn)

  std::vector<TermId> term_ids_;                             // by term index
  std::vector<char> is_entity_;                              // by term index
  std::vector<uint32_t> node_of_;                            // term index -> raw node (kNone)
  std::vector<uint32_t> pred_term_;                          // raw predicate -> term index, in the order met
  std::map<uint32_t, std::vector<uint32_t>> label_choices_;  // raw node -> label terms
  std::vector<char> keep_;                                   // by raw node
  std::vector<uint32_t> event_date_;                         // by raw node: an event's date (term), else kNone
  std::vector<uint32_t> pair_of_;                            // by fact: its edge (kNone: not drawn)
  std::vector<uint32_t> fact_begin_;                         // raw node -> its first fact as source
  // Scratch of CountDocument.
  std::vector<uint32_t> linked_, counted_;
};

// ---- 1. Triples and terms ----

Status StoreGraphBuilder::ReadTriples(std::vector<std::array<uint32_t, 3>>* spo) {
  // Sized from the store's counters, so that no vector doubles past need.
  NETRA_ASSIGN_OR_RETURN(store::StoreCounters counters, store_.Counters());
  spo->reserve(counters.triples);
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
  // ReadTermBytes visits the terms in id order, not index order.
  const size_t n = term_ids_.size();
  g_.text_start_.assign(n, 0);
  g_.text_length_.assign(n, 0);
  is_entity_.assign(n, 0);
  Status decoded;
  NETRA_RETURN_IF_ERROR(store_.ReadTermBytes(term_ids_, [&](size_t i, std::string_view encoded) {
    model::TermKind kind;
    std::string_view value;
    if (!model::Term::DecodeView(encoded, &kind, &value)) {
      if (decoded.ok())
        decoded = Status::Corruption("dictionary entry " + std::to_string(term_ids_[i]) + " is malformed");
      return;
    }
    is_entity_[i] = kind == model::TermKind::kEntity;
    g_.text_start_[i] = g_.text_.size();
    g_.text_length_[i] = static_cast<uint32_t>(value.size());
    g_.text_.append(value);
  }));
  return decoded;
}

// ---- 2. Nodes, facts, attributes (raw_graph.cpp's Assemble) ----

uint32_t StoreGraphBuilder::Intern(uint32_t term) {
  uint32_t& r = node_of_[term];
  if (r == kNone) {
    r = static_cast<uint32_t>(g_.nodes_.size());
    g_.nodes_.push_back(Node{});
    g_.nodes_.back().term = term;
    g_.nodes_.back().type = TypeIndex(Text(term));
  }
  return r;
}

uint32_t StoreGraphBuilder::TypeIndex(std::string_view id) {
  size_t colon = id.find(':');
  std::string_view type = colon == std::string_view::npos ? std::string_view() : id.substr(0, colon);
  auto it = type_index_.find(type);
  if (it != type_index_.end()) return it->second;
  uint32_t k = static_cast<uint32_t>(g_.types_.size());
  g_.types_.emplace_back(type);
  type_index_.emplace(std::string(type), k);
  if (type == vocab::kDocument) document_ = k;
  if (type == vocab::kEvent) event_ = k;
  if (type == vocab::kRegion) region_ = k;
  return k;
}

void StoreGraphBuilder::SetAttribute(uint32_t r, Attr attr, uint32_t object) {
  Node& n = g_.nodes_[r];
  internal::MergeAttribute(
      n, attr, object, [this](uint32_t term) { return Text(term); },
      [&](uint32_t kept, uint32_t later) {
        std::vector<uint32_t>& choices = label_choices_[r];
        if (choices.empty()) choices.push_back(kept);
        choices.push_back(later);
      },
      [&](uint32_t term, int64_t) { n.year = term; });
}

void StoreGraphBuilder::MakeNodesAndFacts(const std::vector<std::array<uint32_t, 3>>& spo) {
  const size_t terms = term_ids_.size();
  node_of_.assign(terms, kNone);
  TypeIndex("");  // types_[0]
  std::vector<Attr> attr_of(terms, Attr::kUnknown);
  std::vector<uint32_t> pred_of(terms, kNone);  // term -> raw predicate
  // Counted first, so that nodes_ and facts_ are allocated once.
  size_t facts = 0, nodes = 0;
  {
    std::vector<char> is_node(terms, 0);
    for (const auto& [s, p, o] : spo) {
      nodes += !is_node[s];
      is_node[s] = 1;
      if (!is_entity_[o]) continue;
      ++facts;
      nodes += !is_node[o];
      is_node[o] = 1;
    }
  }
  g_.nodes_.reserve(nodes);
  facts_.reserve(facts);
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
    facts_.push_back({sv, ov, pred_of[p]});
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
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return Text(pred_term_[a]) < Text(pred_term_[b]); });
  std::vector<uint32_t> sorted_terms;
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    predicates_.emplace_back(Text(pred_term_[order[i]]));
    sorted_terms.push_back(pred_term_[order[i]]);
  }
  pred_term_ = std::move(sorted_terms);
  for (Fact& f : facts_) f.pred = rank[f.pred];
}

// ---- 3. Dates and regions (builder.cpp's DateDocuments and Annotate) ----

void StoreGraphBuilder::DateDocuments() {
  std::vector<uint32_t> fallback(g_.nodes_.size(), kNone);
  for (const Fact& f : facts_) {
    if (predicates_[f.pred] != vocab::kMentions) continue;
    uint32_t event_date = g_.nodes_[f.o].date;
    if (!IsDocument(f.s) || !IsEvent(f.o) || Text(event_date).empty()) continue;
    uint32_t& d = fallback[f.s];
    if (d == kNone || Text(event_date) < Text(d)) d = event_date;
  }
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    Node& n = g_.nodes_[r];
    if (fallback[r] != kNone && Text(n.date).empty() && IsDocument(r)) n.date = fallback[r];
  }
}

void StoreGraphBuilder::Annotate() {
  for (const Fact& f : facts_) {
    const std::string& p = predicates_[f.pred];
    uint32_t& region = g_.nodes_[f.s].region;
    if (!IsRegion(f.o) || region != kNone) continue;
    if (p == vocab::kPositionIn || p == vocab::kHeldIn || p == vocab::kLocatedIn ||
        (p == vocab::kAbout && IsDocument(f.s))) {
      region = f.o;
    }
  }
  for (const Fact& f : facts_) {  // people: through the positions they hold
    uint32_t& region = g_.nodes_[f.s].region;
    if (predicates_[f.pred] == vocab::kHoldsPosition && region == kNone) region = g_.nodes_[f.o].region;
  }
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    if (IsRegion(r)) g_.nodes_[r].region = r;
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
  event_date_.assign(n, kNone);
  for (uint32_t r = 0; r < n; ++r) {
    if (IsEvent(r) && !Text(g_.nodes_[r].date).empty()) event_date_[r] = g_.nodes_[r].date;
  }
  const std::vector<Fact>& facts = facts_;
  pair_of_.assign(facts.size(), kNone);
  // Without a date filter a drawn fact is drawn whatever its documents;
  // with one, only once a document in range counts it (CountDocument).
  fact_drawn_.assign(facts.size(), 0);
  fact_begin_.assign(n + 1, 0);
  for (const Fact& f : facts) ++fact_begin_[f.s + 1];
  for (size_t r = 0; r < n; ++r) fact_begin_[r + 1] += fact_begin_[r];
  for (size_t i = 0; i < facts.size();) {
    size_t run = i;
    bool any = false;
    for (; i < facts.size() && facts[i].s == facts[run].s && facts[i].o == facts[run].o; ++i) {
      const Fact& f = facts[i];
      if (!keep_[f.s] || !keep_[f.o]) continue;
      if (!filter_.predicates.empty() && !filter_.predicates.count(predicates_[f.pred])) continue;
      pair_of_[i] = static_cast<uint32_t>(pairs_.size());
      fact_drawn_[i] = !dated_;
      any = true;
    }
    if (any) {
      Pair p;
      p.first_fact = static_cast<uint32_t>(run);
      pairs_.push_back(p);
    }
  }
}

// A fact about an event happened on the event's date (term; kNone: not
// such a fact).
uint32_t StoreGraphBuilder::EventDate(const Fact& f) const {
  return event_date_[f.s] != kNone ? event_date_[f.s] : event_date_[f.o];
}

uint32_t StoreGraphBuilder::FindFact(uint32_t s, uint32_t o, uint32_t pred) const {
  auto first = facts_.begin() + fact_begin_[s], last = facts_.begin() + fact_begin_[s + 1];
  auto it = std::lower_bound(first, last, Fact{s, o, pred}, [](const Fact& a, const Fact& b) {
    return std::tie(a.o, a.pred) < std::tie(b.o, b.pred);
  });
  if (it == last || it->o != o || it->pred != pred) return kNone;
  return static_cast<uint32_t>(it - facts_.begin());
}

// ---- 5. The documents ----

void StoreGraphBuilder::AddDate(Pair& p, uint32_t date) const {
  if (p.first_date == kNone || Text(date) < Text(p.first_date)) p.first_date = date;
  if (p.last_date == kNone || Text(date) > Text(p.last_date)) p.last_date = date;
}

Status StoreGraphBuilder::CountDocuments() {
  IdMap nodes(g_.nodes_.size()), predicates(pred_term_.size());
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) nodes.Insert(term_ids_[g_.nodes_[r].term], r);
  for (uint32_t k = 0; k < pred_term_.size(); ++k) predicates.Insert(term_ids_[pred_term_[k]], k);
  internal::DocumentIds document_ids;
  auto lookup = [&](std::string_view doc, const std::vector<TripleIds>& triples,
                    std::vector<std::array<uint32_t, 3>>* out) {
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
      uint32_t event_date = EventDate(facts_[f]);
      if (dated_) {
        if (!internal::InRange(Text(event_date != kNone ? event_date : date), filter_)) continue;
        fact_drawn_[f] = 1;
      }
      counted_.push_back(pair);
      if (event_date == kNone && !Text(date).empty()) AddDate(pairs_[pair], date);
    }
    std::sort(linked_.begin(), linked_.end());
    linked_.erase(std::unique(linked_.begin(), linked_.end()), linked_.end());
    for (uint32_t r : linked_) ++g_.nodes_[r].support;
    std::sort(counted_.begin(), counted_.end());
    counted_.erase(std::unique(counted_.begin(), counted_.end()), counted_.end());
    for (uint32_t pair : counted_) ++pairs_[pair].weight;
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
  for (size_t f = 0; f < facts_.size(); ++f) {
    if (pair_of_[f] == kNone || !fact_drawn_[f]) continue;
    uint32_t event_date = EventDate(facts_[f]);
    if (event_date != kNone) AddDate(pairs_[pair_of_[f]], event_date);
  }
  // A pair is an edge if a fact of it is drawn (with dates: counted).
  std::vector<char> is_edge(pairs_.size(), 0);
  for (size_t f = 0; f < facts_.size(); ++f) {
    if (pair_of_[f] != kNone && fact_drawn_[f]) is_edge[pair_of_[f]] = 1;
  }
  std::vector<char> linked(g_.nodes_.size(), 0);
  for (uint32_t k = 0; k < pairs_.size(); ++k) {
    if (pairs_[k].weight < filter_.min_support) is_edge[k] = 0;
    if (!is_edge[k]) continue;
    const Fact& f = facts_[pairs_[k].first_fact];
    linked[f.s] = linked[f.o] = 1;
    edge_order_.push_back(k);
  }
  if (dated_ || filter_.min_support > 0) {
    for (size_t r = 0; r < keep_.size(); ++r) keep_[r] = keep_[r] && linked[r];
  }
}

void StoreGraphBuilder::OrderOutput() {
  std::vector<std::pair<std::string_view, uint32_t>> by_id;
  for (uint32_t r = 0; r < g_.nodes_.size(); ++r) {
    if (keep_[r]) by_id.emplace_back(g_.IdOf(r), r);
  }
  std::sort(by_id.begin(), by_id.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  output_of_.assign(g_.nodes_.size(), kNone);
  g_.node_order_.reserve(by_id.size());
  g_.ids_.reserve(by_id.size());
  for (const auto& [id, r] : by_id) {
    output_of_[r] = static_cast<uint32_t>(g_.node_order_.size());
    g_.node_order_.push_back(r);
    g_.ids_.push_back(id);
  }
  std::vector<std::pair<std::string_view, uint32_t>>().swap(by_id);
  // Edges by (source, target) in output order: bucketed by source, then
  // each source's targets sorted.
  std::vector<std::pair<uint32_t, uint32_t>> ends(edge_order_.size());  // output (source, target)
  std::vector<uint32_t> start(g_.node_order_.size() + 1, 0);
  for (size_t i = 0; i < ends.size(); ++i) {
    const Fact& f = facts_[pairs_[edge_order_[i]].first_fact];
    ++g_.nodes_[f.s].degree;
    ++g_.nodes_[f.o].degree;
    ends[i] = {output_of_[f.s], output_of_[f.o]};
    ++start[ends[i].first + 1];
  }
  for (size_t v = 0; v < g_.node_order_.size(); ++v) start[v + 1] += start[v];
  std::vector<uint32_t> sorted(ends.size());
  std::vector<uint32_t> next(start.begin(), start.end() - 1);
  for (uint32_t i = 0; i < ends.size(); ++i) sorted[next[ends[i].first]++] = i;
  for (size_t v = 0; v < g_.node_order_.size(); ++v) {
    std::sort(sorted.begin() + start[v], sorted.begin() + start[v + 1],
              [&](uint32_t a, uint32_t b) { return ends[a].second < ends[b].second; });
  }
  for (uint32_t& i : sorted) i = edge_order_[i];
  edge_order_.swap(sorted);
}

// The edges as the graph keeps them, with their predicates as a label
// among the few distinct ones; what built them is let go.
void StoreGraphBuilder::MakeEdges() {
  // Keyed by the predicates' indices, written as bytes: the names are
  // joined once per distinct label, not once per edge.
  std::unordered_map<std::string, uint32_t> label_index;
  std::string key;
  g_.edges_.reserve(edge_order_.size());
  for (uint32_t k : edge_order_) {
    const Pair& p = pairs_[k];
    const Fact& first = facts_[p.first_fact];
    key.clear();
    for (size_t f = p.first_fact; f < facts_.size() && facts_[f].s == first.s && facts_[f].o == first.o; ++f) {
      if (fact_drawn_[f]) key.append(reinterpret_cast<const char*>(&facts_[f].pred), sizeof(uint32_t));
    }
    auto [it, inserted] = label_index.emplace(key, static_cast<uint32_t>(g_.labels_.size()));
    if (inserted) {
      std::string label;
      bool cites = false;
      for (size_t i = 0; i < key.size(); i += sizeof(uint32_t)) {
        uint32_t pred;
        std::memcpy(&pred, key.data() + i, sizeof(pred));
        if (!label.empty()) label.push_back(';');
        label.append(predicates_[pred]);
        cites = cites || IsCitation(predicates_[pred]);
      }
      g_.labels_.push_back(std::move(label));
      g_.label_cites_.push_back(cites);
    }
    g_.edges_.push_back({output_of_[first.s], output_of_[first.o], p.weight, p.first_date, p.last_date, it->second});
  }
  std::vector<Fact>().swap(facts_);
  std::vector<Pair>().swap(pairs_);
}

Result<std::unique_ptr<StoreGraph>> StoreGraph::Build(const store::Store& store, const ExportFilter& filter) {
  auto g = std::unique_ptr<StoreGraph>(new StoreGraph());
  StoreGraphBuilder builder(store, filter, g.get());
  NETRA_RETURN_IF_ERROR(builder.Build());
  return g;
}

}  // namespace netra::exporter
