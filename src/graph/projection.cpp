#include "graph/projection.h"

#include <algorithm>
#include <map>

#include "graph/projection_internal.h"
#include "model/vocab.h"

namespace netra::graph {

namespace {

bool TypeKept(std::string_view type, const ProjectionFilter& f) {
  if (f.exclude_types.count(std::string(type))) return false;
  return f.types.empty() || f.types.count(std::string(type)) > 0;
}

// Each document's dates (ProjectionFilter::from/to).
Result<std::map<std::string, std::vector<std::string>>> DocumentDates(const store::Store& store) {
  std::map<std::string, std::vector<std::string>> dates;
  using model::Term;
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, Term::Entity(vocab::kPublishedOn), std::nullopt,
                                    [&](const model::Triple& t) {
                                      dates[t.subject.value].push_back(t.object.value);
                                      return true;
                                    }));
  std::map<std::string, std::string> event_date;
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, Term::Entity(vocab::kHeldOn), std::nullopt,
                                    [&](const model::Triple& t) {
                                      event_date[t.subject.value] = t.object.value;
                                      return true;
                                    }));
  std::map<std::string, std::vector<std::string>> from_events;
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, Term::Entity(vocab::kMentions), std::nullopt,
                                    [&](const model::Triple& t) {
                                      auto it = event_date.find(t.object.value);
                                      if (it != event_date.end()) from_events[t.subject.value].push_back(it->second);
                                      return true;
                                    }));
  for (auto& [doc, d] : from_events) {
    if (!dates.count(doc)) dates[doc] = d;
  }
  return dates;
}

}  // namespace

Projection::Projection() = default;
Projection::~Projection() = default;

std::optional<uint32_t> Projection::vertex(const std::string& id) const {
  auto it = index_.find(id);
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Projection::predicate(const std::string& name) const {
  for (uint32_t i = 0; i < predicates_.size(); ++i) {
    if (predicates_[i] == name) return i;
  }
  return std::nullopt;
}

Result<std::unique_ptr<Projection>> Projection::Load(const store::Store& store, const ProjectionFilter& filter) {
  std::unique_ptr<Projection> p(new Projection());
  auto intern = [&](const std::string& id) -> uint32_t {
    auto [it, inserted] = p->index_.emplace(id, static_cast<uint32_t>(p->ids_.size()));
    if (inserted) p->ids_.push_back(id);
    return it->second;
  };
  auto pred_index = [&](const std::string& name) -> uint32_t {
    for (uint32_t i = 0; i < p->predicates_.size(); ++i) {
      if (p->predicates_[i] == name) return i;
    }
    p->predicates_.push_back(name);
    return static_cast<uint32_t>(p->predicates_.size() - 1);
  };
  auto on_triple = [&](const model::Triple& t) {
    if (!t.object.is_entity()) return true;
    if (!TypeKept(t.subject.EntityType(), filter) || !TypeKept(t.object.EntityType(), filter)) return true;
    uint32_t s = intern(t.subject.value);
    uint32_t o = intern(t.object.value);
    p->edges_.push_back({s, o, pred_index(t.predicate.value)});
    return true;
  };
  // Every entity-to-entity predicate of the vocabulary, one POS scan each:
  // a full SPO scan would also decode every label and date only to drop it.
  static const char* const kEntityPredicates[] = {
      vocab::kHoldsPosition, vocab::kPositionIn, vocab::kLeads,    vocab::kOrganizes,    vocab::kHeldIn,
      vocab::kCites,         vocab::kCitesArticle, vocab::kPartOf, vocab::kLocatedIn,    vocab::kMentions,
      vocab::kPublishedBy,   vocab::kReplacedBy, vocab::kAbout,    vocab::kDateline};
  std::set<std::string> predicates = filter.predicates;
  if (predicates.empty()) predicates.insert(std::begin(kEntityPredicates), std::end(kEntityPredicates));
  for (const std::string& pred : predicates) {
    NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, model::Term::Entity(pred), std::nullopt, on_triple));
  }
  if (!filter.from.empty() || !filter.to.empty()) {
    NETRA_ASSIGN_OR_RETURN(auto dates, DocumentDates(store));
    std::vector<model::Provenance> provs;
    std::vector<Edge> kept;
    for (const Edge& e : p->edges_) {
      NETRA_RETURN_IF_ERROR(store.Supports(p->TripleOf(e), &provs));
      bool in_range = false;
      for (const auto& prov : provs) {
        for (const std::string& d : dates[std::string(vocab::kDocument) + ":" + prov.document]) {
          in_range |= (filter.from.empty() || d >= filter.from) && (filter.to.empty() || d <= filter.to);
        }
      }
      if (in_range) kept.push_back(e);
    }
    p->edges_ = std::move(kept);
  }
  std::sort(p->edges_.begin(), p->edges_.end(), [](const Edge& a, const Edge& b) {
    return a.source != b.source ? a.source < b.source : a.target < b.target;
  });
  std::vector<std::pair<uint32_t, uint32_t>> fwd, bwd;
  std::vector<EdgeProps> fprops, bprops;
  fwd.reserve(p->edges_.size());
  for (const Edge& e : p->edges_) {
    fwd.emplace_back(e.source, e.target);
    fprops.push_back({e.predicate});
  }
  std::vector<size_t> order(p->edges_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return p->edges_[a].target < p->edges_[b].target;
  });
  for (size_t i : order) {
    bwd.emplace_back(p->edges_[i].target, p->edges_[i].source);
    bprops.push_back({p->edges_[i].predicate});
  }
  auto n = static_cast<uint32_t>(p->ids_.size());
  p->graphs_ = std::make_unique<Graphs>(Graphs{
      Csr(boost::edges_are_sorted, fwd.begin(), fwd.end(), fprops.begin(), n),
      Csr(boost::edges_are_sorted, bwd.begin(), bwd.end(), bprops.begin(), n)});
  return p;
}

model::Triple Projection::TripleOf(const Edge& e) const {
  return {model::Term::Entity(ids_[e.source]), model::Term::Entity(predicates_[e.predicate]),
          model::Term::Entity(ids_[e.target])};
}

UndirectedCsr BuildUndirected(const Projection& p) {
  const auto& edges = p.edges();
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<UndirectedProps> props;
  pairs.reserve(2 * edges.size());
  props.reserve(2 * edges.size());
  for (uint32_t i = 0; i < edges.size(); ++i) {
    pairs.emplace_back(edges[i].source, edges[i].target);
    props.push_back({i});
    pairs.emplace_back(edges[i].target, edges[i].source);
    props.push_back({i});
  }
  return UndirectedCsr(boost::edges_are_unsorted_multi_pass, pairs.begin(), pairs.end(), props.begin(),
                       static_cast<uint32_t>(p.num_vertices()));
}

std::vector<uint32_t> Projection::Out(uint32_t v, uint32_t predicate) const {
  std::vector<uint32_t> out;
  const Csr& g = graphs_->forward;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (g[*it].predicate == predicate) out.push_back(static_cast<uint32_t>(boost::target(*it, g)));
  }
  return out;
}

std::vector<uint32_t> Projection::In(uint32_t v, uint32_t predicate) const {
  std::vector<uint32_t> out;
  const Csr& g = graphs_->backward;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (g[*it].predicate == predicate) out.push_back(static_cast<uint32_t>(boost::target(*it, g)));
  }
  return out;
}

std::vector<Projection::Edge> Projection::EdgesWith(uint32_t predicate) const {
  std::vector<Edge> out;
  for (const Edge& e : edges_) {
    if (e.predicate == predicate) out.push_back(e);
  }
  return out;
}

}  // namespace netra::graph
