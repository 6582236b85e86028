// --region, --statute and --ego as sets of entities, read from the indexes
// around the entities named (SPO for what an entity points at, OSP for
// what points at it), as graph/paths.h's Neighbors walks: a selection
// costs reads in proportion to the entities it meets, not to the store.
#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "export/builder_internal.h"
#include "model/vocab.h"

namespace netra::exporter::internal {

namespace {

using model::Term;
using store::TermId;
using store::TripleIds;

TermId EntityId(const std::string& id) { return store::Store::IdOf(Term::Entity(id)); }

// Entities' facts, out and in, as links to the entity at the other end,
// with every term met decoded once.
class Links {
 public:
  explicit Links(const store::Store& store) : store_(store) {}

  struct Link {
    TermId node, predicate;
  };

  // The facts `v` states (entity objects only), in SPO order. `*is_node`
  // (optional): whether v is the subject of any triple, literal or not.
  Result<std::vector<Link>> Out(TermId v, bool* is_node = nullptr) {
    std::vector<TripleIds> triples;
    NETRA_RETURN_IF_ERROR(Read(v, std::nullopt, &triples));
    if (is_node) *is_node = !triples.empty();
    std::vector<Link> out;
    for (const TripleIds& t : triples) {
      if (terms_.at(t.o).is_entity()) out.push_back({t.o, t.p});
    }
    return out;
  }
  // The facts pointing at `v`.
  Result<std::vector<Link>> In(TermId v) {
    std::vector<TripleIds> triples;
    NETRA_RETURN_IF_ERROR(Read(std::nullopt, v, &triples));
    std::vector<Link> in;
    for (const TripleIds& t : triples) in.push_back({t.s, t.p});
    return in;
  }
  // REQUIRES: `id` was met by Out or In.
  const std::string& Value(TermId id) const { return terms_.at(id).value; }
  bool IsType(TermId id, const char* type) const { return Term::EntityTypeOf(Value(id)) == type; }

 private:
  Status Read(std::optional<TermId> s, std::optional<TermId> o, std::vector<TripleIds>* triples) {
    NETRA_RETURN_IF_ERROR(store_.MatchIds(s, std::nullopt, o, [&](const TripleIds& t) {
      triples->push_back(t);
      return true;
    }));
    std::vector<TermId> unknown;
    for (const TripleIds& t : *triples) {
      for (TermId id : {t.s, t.p, t.o}) {
        if (!terms_.count(id)) unknown.push_back(id);
      }
    }
    std::sort(unknown.begin(), unknown.end());
    unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    std::vector<Term> decoded;
    NETRA_RETURN_IF_ERROR(store_.DecodeTerms(unknown, &decoded));
    for (size_t i = 0; i < unknown.size(); ++i) terms_.emplace(unknown[i], std::move(decoded[i]));
    return Status::Ok();
  }

  const store::Store& store_;
  std::unordered_map<TermId, Term> terms_;
};

std::vector<TermId> Sorted(const std::unordered_set<TermId>& ids) {
  std::vector<TermId> out(ids.begin(), ids.end());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Result<std::vector<TermId>> RegionScope(const store::Store& store, const std::set<std::string>& regions) {
  Links links(store);
  const TermId part_of = EntityId(vocab::kPartOf), published_by = EntityId(vocab::kPublishedBy),
               holds_position = EntityId(vocab::kHoldsPosition);
  const std::unordered_set<TermId> anchors = {EntityId(vocab::kPositionIn), EntityId(vocab::kHeldIn),
                                              EntityId(vocab::kLocatedIn), EntityId(vocab::kAbout),
                                              EntityId(vocab::kDateline)};
  std::unordered_set<TermId> keep;
  // What is anchored there: positions, events, organisations, documents about it.
  std::vector<TermId> anchored;
  std::unordered_set<TermId> met;
  auto anchor = [&](TermId v) {
    if (met.insert(v).second) anchored.push_back(v);
  };
  for (const std::string& region : regions) {
    TermId r = EntityId(region);
    bool is_node = false;
    NETRA_ASSIGN_OR_RETURN(auto out, links.Out(r, &is_node));
    NETRA_ASSIGN_OR_RETURN(auto in, links.In(r));
    if (!is_node && in.empty()) continue;  // not in the graph
    keep.insert(r);
    for (const auto& l : out) {  // the province it is part of
      if (l.predicate == part_of) keep.insert(l.node);
    }
    for (const auto& l : in) {
      if (anchors.count(l.predicate)) anchor(l.node);
    }
  }
  for (size_t i = 0, end = anchored.size(); i < end; ++i) {  // people holding those positions
    if (!links.IsType(anchored[i], vocab::kPosition)) continue;
    NETRA_ASSIGN_OR_RETURN(auto in, links.In(anchored[i]));
    for (const auto& l : in) {
      if (l.predicate == holds_position) anchor(l.node);
    }
  }
  for (TermId a : anchored) {
    keep.insert(a);
    // A document points at everything it mentions, here or elsewhere: only
    // its publisher comes along; the rest of what anchored nodes point at
    // (statutes cited, elections, the province) belongs to the picture.
    bool document = links.IsType(a, vocab::kDocument);
    NETRA_ASSIGN_OR_RETURN(auto out, links.Out(a));
    for (const auto& l : out) {
      if (!document || l.predicate == published_by) keep.insert(l.node);
    }
  }
  return Sorted(keep);
}

Result<std::vector<TermId>> StatuteScope(const store::Store& store, const std::string& statute) {
  Links links(store);
  const TermId part_of = EntityId(vocab::kPartOf), mentions = EntityId(vocab::kMentions),
               cites = EntityId(vocab::kCites), cites_article = EntityId(vocab::kCitesArticle);
  TermId s = EntityId(statute);
  bool is_node = false;
  NETRA_ASSIGN_OR_RETURN(auto out, links.Out(s, &is_node));
  NETRA_ASSIGN_OR_RETURN(auto in, links.In(s));
  if (!is_node && in.empty()) return std::vector<TermId>();
  std::vector<TermId> cited = {s};
  for (const auto& l : in) {  // its articles
    if (l.predicate == part_of && links.IsType(l.node, vocab::kStatuteArticle)) cited.push_back(l.node);
  }
  std::unordered_set<TermId> keep(cited.begin(), cited.end());
  std::vector<TermId> citers;
  for (TermId v : cited) {
    NETRA_ASSIGN_OR_RETURN(auto citing, links.In(v));
    for (const auto& l : citing) {
      if (l.predicate == cites || l.predicate == cites_article) citers.push_back(l.node);
      if (l.predicate == mentions) keep.insert(l.node);  // the documents
    }
  }
  std::sort(citers.begin(), citers.end());
  citers.erase(std::unique(citers.begin(), citers.end()), citers.end());
  for (TermId c : citers) {
    keep.insert(c);
    NETRA_ASSIGN_OR_RETURN(auto targets, links.Out(c));
    for (const auto& l : targets) keep.insert(l.node);
  }
  // A person's region is two steps away: person -> position -> region.
  std::deque<TermId> positions;
  for (TermId v : keep) {
    if (links.IsType(v, vocab::kPosition)) positions.push_back(v);
  }
  while (!positions.empty()) {
    TermId p = positions.front();
    positions.pop_front();
    NETRA_ASSIGN_OR_RETURN(auto targets, links.Out(p));
    for (const auto& l : targets) {
      if (keep.insert(l.node).second && links.IsType(l.node, vocab::kPosition)) positions.push_back(l.node);
    }
  }
  return Sorted(keep);
}

Result<std::vector<TermId>> EgoScope(const store::Store& store, const std::string& ego, int hops,
                                     const std::optional<std::vector<TermId>>& within,
                                     const std::set<std::string>& types, const std::set<std::string>& predicates) {
  Links links(store);
  TermId centre = EntityId(ego);
  std::unordered_map<TermId, int> dist = {{centre, 0}};
  std::deque<TermId> queue = {centre};
  auto visible = [&](TermId v) {
    if (within && !std::binary_search(within->begin(), within->end(), v)) return false;
    return types.empty() || types.count(std::string(Term::EntityTypeOf(links.Value(v)))) > 0;
  };
  while (!queue.empty()) {
    TermId v = queue.front();
    queue.pop_front();
    int d = dist[v];
    if (d >= hops) continue;
    NETRA_ASSIGN_OR_RETURN(auto out, links.Out(v));
    NETRA_ASSIGN_OR_RETURN(auto in, links.In(v));
    for (const auto* side : {&out, &in}) {
      for (const auto& l : *side) {
        if (!predicates.empty() && !predicates.count(links.Value(l.predicate))) continue;
        if (dist.count(l.node) || !visible(l.node)) continue;
        dist[l.node] = d + 1;
        queue.push_back(l.node);
      }
    }
  }
  std::vector<TermId> reached;
  for (const auto& [v, d] : dist) reached.push_back(v);
  std::sort(reached.begin(), reached.end());
  return reached;
}

}  // namespace netra::exporter::internal
