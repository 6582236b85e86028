#include "graph/membership.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "core/side_by_side.h"
#include "graph/id_map.h"
#include "model/vocab.h"

namespace netra::graph {

namespace {

using model::Term;

// An edge from actor number k (its place in the list given to Load).
struct ActorEdge {
  uint32_t actor;
  store::TermId to;
  bool operator<(const ActorEdge& o) const { return actor != o.actor ? actor < o.actor : to < o.to; }
  bool operator==(const ActorEdge& o) const { return actor == o.actor && to == o.to; }
};

// Calls keep(subject, object) for every triple of the predicate `name`
// (none if the store lacks the predicate), from its POS keys: in object
// order, then subject order.
template <typename Keep>
Status ScanPredicate(const store::Store& store, std::string_view name, const Keep& keep) {
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> predicate, store.FindId(Term::Entity(std::string(name))));
  if (!predicate) return Status::Ok();
  return store.MatchIds(std::nullopt, *predicate, std::nullopt, [&](const store::TripleIds& t) {
    keep(t.s, t.o);
    return true;
  });
}

// One scan of Load: its predicate, and what it keeps.
struct Scan {
  std::string_view predicate;
  // The edges from actors of this kind, in `edges`; none: every edge, in
  // `all` (`position_in`, whose subjects are positions, not actors).
  std::optional<ActorKind> kind;
  std::vector<ActorEdge> edges;
  std::vector<std::pair<store::TermId, store::TermId>> all;  // (subject, object)
  Status status;
};

}  // namespace

ActorKind KindOf(std::string_view id) {
  if (id.rfind("Person:", 0) == 0) return ActorKind::kPerson;
  if (id.rfind("Event:", 0) == 0) return ActorKind::kEvent;
  if (id.rfind("Organization:", 0) == 0) return ActorKind::kOrganization;
  if (id.rfind("Document:", 0) == 0) return ActorKind::kDocument;
  return ActorKind::kOther;
}

Result<Membership> Membership::Load(const store::Store& store, const std::vector<store::TermId>& actors,
                                    const std::vector<ActorKind>& kinds, size_t threads) {
  IdMap actor_index(actors.size());
  for (size_t k = 0; k < actors.size(); ++k) actor_index.Insert(actors[k], static_cast<uint32_t>(k));
  auto present = [&](ActorKind kind) { return std::find(kinds.begin(), kinds.end(), kind) != kinds.end(); };
  std::vector<Scan> scans;
  if (present(ActorKind::kPerson)) {
    scans.push_back({vocab::kHoldsPosition, ActorKind::kPerson, {}, {}, {}});
    scans.push_back({vocab::kPositionIn, std::nullopt, {}, {}, {}});
  }
  if (present(ActorKind::kEvent)) scans.push_back({vocab::kHeldIn, ActorKind::kEvent, {}, {}, {}});
  if (present(ActorKind::kOrganization)) scans.push_back({vocab::kLocatedIn, ActorKind::kOrganization, {}, {}, {}});
  if (present(ActorKind::kDocument)) scans.push_back({vocab::kAbout, ActorKind::kDocument, {}, {}, {}});

  // The scans side by side, each into its own vectors. `holds_position`
  // (one edge per official and position) is most of the keys.
  size_t parts = std::min(scans.size(), threads > 0 ? threads : CoreCount());
  RunSideBySide(parts, [&](size_t part) {
    for (size_t i = part; i < scans.size(); i += parts) {
      Scan& scan = scans[i];
      if (!scan.kind) {
        scan.status = ScanPredicate(store, scan.predicate, [&](store::TermId s, store::TermId o) {
          scan.all.emplace_back(s, o);
        });
        continue;
      }
      // The subjects' look-ups are cache misses in a map of megabytes:
      // a batch of them is prefetched together.
      constexpr size_t kBatch = 64;
      std::vector<std::pair<store::TermId, store::TermId>> batch;
      batch.reserve(kBatch);
      auto keep_batch = [&] {
        for (const auto& [s, o] : batch) actor_index.Prefetch(s);
        for (const auto& [s, o] : batch) {
          std::optional<uint32_t> k = actor_index.Find(s);
          if (k && kinds[*k] == scan.kind) scan.edges.push_back({*k, o});
        }
        batch.clear();
      };
      scan.status = ScanPredicate(store, scan.predicate, [&](store::TermId s, store::TermId o) {
        batch.emplace_back(s, o);
        if (batch.size() == kBatch) keep_batch();
      });
      keep_batch();
    }
  });
  for (const Scan& scan : scans) NETRA_RETURN_IF_ERROR(scan.status);

  std::vector<ActorEdge> regions;  // (actor, region)
  for (Scan& scan : scans) {
    if (scan.predicate == vocab::kHoldsPosition) {
      // Person -> position -> region: the positions' regions, found by
      // binary search in the `position_in` edges sorted by position.
      auto in = std::find_if(scans.begin(), scans.end(), [](const Scan& s) { return s.predicate == vocab::kPositionIn; });
      std::sort(in->all.begin(), in->all.end());
      for (const ActorEdge& held : scan.edges) {
        auto first = std::lower_bound(in->all.begin(), in->all.end(), std::make_pair(held.to, store::TermId{0}));
        for (auto it = first; it != in->all.end() && it->first == held.to; ++it) regions.push_back({held.actor, it->second});
      }
    } else if (scan.predicate == vocab::kAbout) {
      // A document belongs to the regions among what it is about: their ids
      // say which are regions.
      std::vector<store::TermId> targets;
      for (const ActorEdge& e : scan.edges) targets.push_back(e.to);
      std::sort(targets.begin(), targets.end());
      targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
      std::vector<Term> terms;
      NETRA_RETURN_IF_ERROR(store.DecodeTerms(targets, &terms));
      for (const ActorEdge& e : scan.edges) {
        size_t i = std::lower_bound(targets.begin(), targets.end(), e.to) - targets.begin();
        if (terms[i].value.rfind("Region:", 0) == 0) regions.push_back(e);
      }
    } else if (scan.kind) {  // held_in, located_in: the regions themselves
      regions.insert(regions.end(), scan.edges.begin(), scan.edges.end());
    }
  }
  std::sort(regions.begin(), regions.end());
  regions.erase(std::unique(regions.begin(), regions.end()), regions.end());

  Membership m;
  m.start_.assign(actors.size() + 1, 0);
  m.regions_.reserve(regions.size());
  for (const ActorEdge& e : regions) {
    ++m.start_[e.actor + 1];
    m.regions_.push_back(e.to);
  }
  for (size_t k = 0; k < actors.size(); ++k) m.start_[k + 1] += m.start_[k];
  return m;
}

Result<std::vector<std::vector<store::TermId>>> StatutesOfArticles(const store::Store& store,
                                                                   const std::vector<store::TermId>& articles) {
  std::vector<std::vector<store::TermId>> statutes(articles.size());
  if (articles.empty()) return statutes;
  IdMap article_index(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) article_index.Insert(articles[i], static_cast<uint32_t>(i));
  // POS order: each article's statutes come in id order.
  NETRA_RETURN_IF_ERROR(ScanPredicate(store, vocab::kPartOf, [&](store::TermId s, store::TermId o) {
    if (std::optional<uint32_t> i = article_index.Find(s)) statutes[*i].push_back(o);
  }));
  return statutes;
}

}  // namespace netra::graph
