#include "query/canned/membership.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "core/id_map.h"
#include "core/side_by_side.h"
#include "model/vocab.h"
#include "store/object_ranges.h"

namespace netra::query {

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
// (none if the store lacks the predicate) whose object lies in `range`,
// from its POS keys: in object order, then subject order.
template <typename Keep>
Status ScanPredicate(const store::Store& store, std::string_view name, const store::ObjectRange& range,
                     const Keep& keep) {
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> predicate, store.FindId(Term::Entity(std::string(name))));
  if (!predicate) return Status::Ok();
  return store.MatchIdsByObjects(*predicate, range.from, range.to, [&](const store::TripleIds& t) {
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
};

// A part of a scan: the keys of one range of its objects.
struct ScanPart {
  size_t scan;
  store::ObjectRange range;
  std::vector<ActorEdge> edges;
  std::vector<std::pair<store::TermId, store::TermId>> all;
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
    scans.push_back({vocab::kHoldsPosition, ActorKind::kPerson, {}, {}});
    scans.push_back({vocab::kPositionIn, std::nullopt, {}, {}});
  }
  if (present(ActorKind::kEvent)) scans.push_back({vocab::kHeldIn, ActorKind::kEvent, {}, {}});
  if (present(ActorKind::kOrganization)) scans.push_back({vocab::kLocatedIn, ActorKind::kOrganization, {}, {}});
  if (present(ActorKind::kDocument)) scans.push_back({vocab::kAbout, ActorKind::kDocument, {}, {}});

  // The scans side by side, each cut into one part per thread by ranges of
  // objects: `holds_position` (one edge per official and position) is
  // most of the keys, `position_in` few.
  size_t threads_used = threads > 0 ? threads : CoreCount();
  std::vector<ScanPart> parts;
  for (size_t i = 0; i < scans.size(); ++i) {
    for (size_t r = 0; r < threads_used; ++r) parts.push_back({i, store::ObjectRangeOf(r, threads_used), {}, {}, {}});
  }
  size_t running = std::min(parts.size(), threads_used);
  RunSideBySide(running, [&](size_t thread) {
    for (size_t i = thread; i < parts.size(); i += running) {
      ScanPart& part = parts[i];
      const Scan& scan = scans[part.scan];
      if (!scan.kind) {
        part.status = ScanPredicate(store, scan.predicate, part.range,
                                    [&](store::TermId s, store::TermId o) { part.all.emplace_back(s, o); });
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
          if (k && kinds[*k] == scan.kind) part.edges.push_back({*k, o});
        }
        batch.clear();
      };
      part.status = ScanPredicate(store, scan.predicate, part.range, [&](store::TermId s, store::TermId o) {
        batch.emplace_back(s, o);
        if (batch.size() == kBatch) keep_batch();
      });
      keep_batch();
    }
  });
  for (ScanPart& part : parts) {
    NETRA_RETURN_IF_ERROR(part.status);
    Scan& scan = scans[part.scan];
    scan.edges.insert(scan.edges.end(), part.edges.begin(), part.edges.end());
    scan.all.insert(scan.all.end(), part.all.begin(), part.all.end());
  }

  std::vector<ActorEdge> regions;  // (actor, region)
  for (Scan& scan : scans) {
    if (scan.predicate == vocab::kHoldsPosition) {
      // Person -> position -> region: the positions' regions, found by
      // binary search in the `position_in` edges sorted by position.
      auto in =
          std::find_if(scans.begin(), scans.end(), [](const Scan& s) { return s.predicate == vocab::kPositionIn; });
      std::sort(in->all.begin(), in->all.end());
      for (const ActorEdge& held : scan.edges) {
        auto first = std::lower_bound(in->all.begin(), in->all.end(), std::make_pair(held.to, store::TermId{0}));
        for (auto it = first; it != in->all.end() && it->first == held.to; ++it)
          regions.push_back({held.actor, it->second});
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
  NETRA_RETURN_IF_ERROR(
      ScanPredicate(store, vocab::kPartOf, store::ObjectRangeOf(0, 1), [&](store::TermId s, store::TermId o) {
        if (std::optional<uint32_t> i = article_index.Find(s)) statutes[*i].push_back(o);
      }));
  return statutes;
}

}  // namespace netra::query
