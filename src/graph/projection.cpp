#include "graph/projection.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <iterator>
#include <map>
#include <memory>
#include <thread>

#include "core/huge_pages.h"
#include "core/side_by_side.h"
#include "graph/projection_internal.h"
#include "model/vocab.h"
#include "store/object_ranges.h"

namespace netra::graph {

namespace {

bool TypeKept(std::string_view type, const ProjectionFilter& f) {
  if (f.types.empty() && f.exclude_types.empty()) return true;
  if (f.exclude_types.count(std::string(type))) return false;
  return f.types.empty() || f.types.count(std::string(type)) > 0;
}

// Each document's dates (ProjectionFilter::from/to).
Result<std::map<std::string, std::vector<std::string>>> DocumentDates(const store::Store& store) {
  std::map<std::string, std::vector<std::string>> dates;
  using model::Term;
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(vocab::kPublishedOn), std::nullopt, [&](const model::Triple& t) {
        dates[t.subject.value].push_back(t.object.value);
        return true;
      }));
  std::map<std::string, std::string> event_date;
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(vocab::kHeldOn), std::nullopt, [&](const model::Triple& t) {
        event_date[t.subject.value] = t.object.value;
        return true;
      }));
  std::map<std::string, std::vector<std::string>> from_events;
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(vocab::kMentions), std::nullopt, [&](const model::Triple& t) {
        auto it = event_date.find(t.object.value);
        if (it != event_date.end()) from_events[t.subject.value].push_back(it->second);
        return true;
      }));
  for (auto& [doc, d] : from_events) {
    if (!dates.count(doc)) dates[doc] = d;
  }
  return dates;
}

// The predicates a filter loads, in the order Load scans them.
std::set<std::string> LoadedPredicates(const std::set<std::string>& asked) {
  // Every entity-to-entity predicate of the vocabulary: a full SPO scan
  // would also meet every label and date only to drop it.
  static const char* const kEntityPredicates[] = {
      vocab::kHoldsPosition, vocab::kPositionIn,   vocab::kLeads,  vocab::kOrganizes, vocab::kHeldIn,
      vocab::kCites,         vocab::kCitesArticle, vocab::kPartOf, vocab::kLocatedIn, vocab::kMentions,
      vocab::kPublishedBy,   vocab::kReplacedBy,   vocab::kAbout,  vocab::kDateline};
  if (!asked.empty()) return asked;
  return std::set<std::string>(std::begin(kEntityPredicates), std::end(kEntityPredicates));
}

constexpr uint32_t kUnnumbered = UINT32_MAX;

// A stable counting sort of `edges` by key(edge), a vertex number < n.
template <typename Key>
std::vector<Projection::Edge> SortedBy(const std::vector<Projection::Edge>& edges, uint32_t n, Key key) {
  std::vector<size_t> start(static_cast<size_t>(n) + 1, 0);
  for (const auto& e : edges) ++start[key(e) + 1];
  for (size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<Projection::Edge> out;
  ReserveHuge(&out, edges.size());
  out.resize(edges.size());
  for (const auto& e : edges) out[start[key(e)]++] = e;
  return out;
}

// Store::DecodeTerms in halves, one per core (two million vertices at a
// million articles, most of a load's time when decoded on one thread).
Status DecodeSideBySide(const store::Store& store, const std::vector<store::TermId>& ids,
                        std::vector<model::Term>* terms) {
  constexpr size_t kMinIdsPerPart = 1 << 15;
  size_t parts = PartsFor(ids.size(), kMinIdsPerPart, 0);
  terms->resize(ids.size());
  std::vector<Status> status(parts);
  RunSideBySide(parts, [&](size_t i) {
    size_t begin = ids.size() * i / parts, end = ids.size() * (i + 1) / parts;
    std::vector<store::TermId> part(ids.begin() + begin, ids.begin() + end);
    std::vector<model::Term> decoded;
    status[i] = store.DecodeTerms(part, &decoded);
    std::move(decoded.begin(), decoded.end(), terms->begin() + begin);
  });
  for (const Status& s : status) NETRA_RETURN_IF_ERROR(s);
  return Status::Ok();
}

// A CSR graph of `n` vertices from entries (from, to, property), placed by
// a stable counting sort on `from` into arrays advised huge pages, which
// Boost takes over without copying (its in-place histogram sort finds them
// sorted and moves nothing). Boost's constructors that copy the entries in
// cost seconds at a million articles, most of it page faults on their
// fresh vectors. `each(put)` calls put(from, to, property) for every entry,
// in the same order each time: once to count, once to place.
template <typename Graph, typename Props, typename Each>
Graph CountingCsr(uint32_t n, size_t entries, const Each& each) {
  std::vector<uint32_t> next(size_t{n} + 1, 0);  // first the degrees, then where each vertex's next entry goes
  each([&](uint32_t from, uint32_t, const Props&) { ++next[from + 1]; });
  for (uint32_t v = 0; v < n; ++v) next[v + 1] += next[v];
  std::vector<uint32_t> sources, targets;
  std::vector<Props> props;
  ReserveHuge(&sources, entries);
  ReserveHuge(&targets, entries);
  ReserveHuge(&props, entries);
  sources.resize(entries);
  targets.resize(entries);
  props.resize(entries);
  each([&](uint32_t from, uint32_t to, const Props& prop) {
    uint32_t at = next[from]++;
    sources[at] = from;
    targets[at] = to;
    props[at] = prop;
  });
  return Graph(boost::construct_inplace_from_sources_and_targets, sources, targets, props, n);
}

}  // namespace

// The steps of Load, sharing its state.
struct Projection::Loader {
  Loader(const store::Store& s, const ProjectionFilter& f, Names n, Projection& out)
      : store(s), filter(f), names(n), p(out) {}

  const store::Store& store;
  const ProjectionFilter& filter;
  Names names;
  Projection& p;

  // Scan results: every vertex met (by term id, numbered in the order the
  // scan met it) and every edge, its predicate as a position in `scanned_*`.
  IdMap seen;
  std::vector<store::TermId> seen_ids;
  std::vector<store::TermId> scanned_predicates;
  std::vector<std::string> scanned_predicate_names;
  std::vector<Edge> scanned;

  uint32_t Meet(store::TermId id) {
    auto [v, inserted] = seen.Insert(id, static_cast<uint32_t>(seen_ids.size()));
    if (inserted) seen_ids.push_back(id);
    return v;
  }

  // One POS scan of ids per predicate: no term is decoded here. The scan
  // runs on a second thread, a part (a range of a predicate's objects) at a
  // time, while this one numbers the vertices of the parts already read, in
  // order: the numbering is that of one thread doing both, and each costs
  // about as much as the other (13.9M keys at a million articles).
  Status Scan() {
    struct Part {
      uint32_t slot;
      store::ObjectRange range;
      std::vector<store::TripleIds> triples;
      std::promise<Status> done;
    };
    std::vector<std::unique_ptr<Part>> parts;
    uint64_t estimate = 0;
    for (const std::string& name : LoadedPredicates(filter.predicates)) {
      model::Term term = model::Term::Entity(name);
      NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> pid, store.FindId(term));
      if (!pid) continue;
      auto slot = static_cast<uint32_t>(scanned_predicates.size());
      scanned_predicates.push_back(*pid);
      scanned_predicate_names.push_back(name);
      NETRA_ASSIGN_OR_RETURN(uint64_t n, store.EstimateMatches(std::nullopt, term, std::nullopt));
      estimate += n;
      constexpr uint64_t kKeysPerPart = 1 << 19;
      size_t count = std::max<uint64_t>(1, n / kKeysPerPart);
      for (size_t i = 0; i < count; ++i) {
        parts.push_back(std::make_unique<Part>(Part{slot, store::ObjectRangeOf(i, count), {}, {}}));
      }
    }
    ReserveHuge(&scanned, estimate + estimate / 8);
    // Stores have about one vertex per five edges: start the map near its
    // final size instead of rehashing it a dozen times.
    seen = IdMap(estimate / 4);
    std::atomic<bool> stop{false};
    std::thread reader([&] {
      for (auto& part : parts) {
        Status s = store.MatchIdsByObjects(scanned_predicates[part->slot], part->range.from, part->range.to,
                                           [&](const store::TripleIds& t) {
                                             part->triples.push_back(t);
                                             return !stop.load(std::memory_order_relaxed);
                                           });
        part->done.set_value(s);
      }
    });
    Status status;
    for (auto& part : parts) {
      if (status.ok()) status = part->done.get_future().get();
      if (!status.ok()) {
        stop = true;
        continue;
      }
      // In batches whose vertex look-ups are prefetched together: they are
      // random accesses into a map of megabytes, and waiting for each in
      // turn costs more than the scan.
      for (size_t i = 0; i < part->triples.size(); i += kBatch) {
        MeetBatch(part->triples.data() + i, std::min(kBatch, part->triples.size() - i), part->slot);
      }
      std::vector<store::TripleIds>().swap(part->triples);
    }
    reader.join();
    return status;
  }

  static constexpr size_t kBatch = 64;

  // Numbers the ends of a batch of scanned triples and adds their edges.
  void MeetBatch(const store::TripleIds* batch, size_t n, uint32_t slot) {
    for (size_t i = 0; i < n; ++i) seen.Prefetch(batch[i].s);
    for (size_t i = 0; i < n; ++i) {
      const store::TripleIds& t = batch[i];
      // POS order: the edges of one object come together, so its vertex is
      // looked up once per run.
      if (last_object_vertex == kUnnumbered || t.o != last_object) {
        last_object_vertex = Meet(t.o);
        last_object = t.o;
      }
      scanned.push_back({Meet(t.s), last_object_vertex, slot});
    }
  }
  store::TermId last_object = 0;
  uint32_t last_object_vertex = kUnnumbered;

  // Decodes the vertices met, keeps the edges the type filter allows and
  // numbers their vertices and predicates in scan order (so the numbering is
  // that of a load that decoded each triple as it came).
  Status Keep() {
    // Without a type filter, names are needed only to be shown: on demand,
    // nothing is decoded here.
    bool decode = names == Names::kAll || !filter.types.empty() || !filter.exclude_types.empty();
    std::vector<model::Term> terms;
    if (decode) NETRA_RETURN_IF_ERROR(DecodeSideBySide(store, seen_ids, &terms));
    std::vector<uint8_t> keep_end(seen_ids.size(), 1), keep_target(seen_ids.size(), 1);
    for (size_t v = 0; v < terms.size(); ++v) {
      keep_end[v] = TypeKept(terms[v].EntityType(), filter);
      keep_target[v] = keep_end[v] && terms[v].is_entity();
    }
    std::vector<uint32_t> vertex_of(seen_ids.size(), kUnnumbered);
    auto number = [&](uint32_t v) {
      if (vertex_of[v] == kUnnumbered) {
        vertex_of[v] = static_cast<uint32_t>(p.ids_.size());
        p.ids_.push_back(decode ? std::move(terms[v].value) : std::string());
        p.named_.push_back(decode);
        p.term_ids_.push_back(seen_ids[v]);
        p.index_.Insert(seen_ids[v], vertex_of[v]);
      }
      return vertex_of[v];
    };
    std::vector<uint32_t> predicate_of(scanned_predicates.size(), kUnnumbered);
    // Renumbered in place: the kept edges are a prefix of `scanned`.
    size_t kept = 0;
    for (const Edge& e : scanned) {
      if (!keep_end[e.source] || !keep_target[e.target]) continue;
      uint32_t s = number(e.source);
      uint32_t o = number(e.target);
      if (predicate_of[e.predicate] == kUnnumbered) {
        predicate_of[e.predicate] = static_cast<uint32_t>(p.predicates_.size());
        p.predicates_.push_back(scanned_predicate_names[e.predicate]);
        p.predicate_term_ids_.push_back(scanned_predicates[e.predicate]);
      }
      scanned[kept++] = {s, o, predicate_of[e.predicate]};
    }
    scanned.resize(kept);
    p.edges_ = std::move(scanned);
    return Status::Ok();
  }

  // Drops the edges no document in the date range states. Their vertices
  // stay (without edges).
  Status KeepDated() {
    NETRA_ASSIGN_OR_RETURN(auto dates, DocumentDates(store));
    std::vector<store::TripleIds> triples;
    triples.reserve(p.edges_.size());
    for (const Edge& e : p.edges_) triples.push_back(p.TripleIdsOf(e));
    std::vector<uint8_t> in_range(triples.size(), 0);
    std::string key;
    NETRA_RETURN_IF_ERROR(store.SupportingDocuments(triples, [&](size_t i, std::string_view doc) {
      if (in_range[i]) return;
      key.assign(vocab::kDocument).append(":").append(doc);
      auto it = dates.find(key);
      if (it == dates.end()) return;
      for (const std::string& d : it->second) {
        if ((filter.from.empty() || d >= filter.from) && (filter.to.empty() || d <= filter.to)) in_range[i] = 1;
      }
    }));
    size_t kept = 0;
    for (size_t i = 0; i < p.edges_.size(); ++i) {
      if (in_range[i]) p.edges_[kept++] = p.edges_[i];
    }
    p.edges_.resize(kept);
    return Status::Ok();
  }

  // Sorts the edges by source, then target, and builds the graphs. Counting
  // sorts, stable: parallel edges (a document `about`, `mentions` and
  // `dateline` one region) keep the order of the scans, predicate by
  // predicate, which `netra path` lists them in.
  void Build() {
    auto n = static_cast<uint32_t>(p.ids_.size());
    auto source = [](const Edge& e) { return e.source; };
    auto target = [](const Edge& e) { return e.target; };
    // By target, then (stably) by source: sorted by source, then target.
    p.edges_ = SortedBy(SortedBy(p.edges_, n, target), n, source);
    p.BuildGraphs();
  }
};

// The forward graph from the edges as sorted; the reversed one by target,
// then source.
void Projection::BuildGraphs() {
  auto n = static_cast<uint32_t>(ids_.size());
  Csr forward = CountingCsr<Csr, EdgeProps>(n, edges_.size(), [&](const auto& put) {
    for (const Edge& e : edges_) put(e.source, e.target, EdgeProps{e.predicate});
  });
  Csr backward = CountingCsr<Csr, EdgeProps>(n, edges_.size(), [&](const auto& put) {
    for (const Edge& e : edges_) put(e.target, e.source, EdgeProps{e.predicate});
  });
  graphs_ = std::make_unique<Graphs>(Graphs{std::move(forward), std::move(backward)});
}

Projection::Projection() = default;
Projection::~Projection() = default;

std::optional<uint32_t> Projection::vertex(const std::string& id) const {
  // Term ids are hashes: the look-up needs no store. The string comparison
  // rules out another entity with the same hash, where the name is known.
  std::optional<uint32_t> v = index_.Find(store::Store::IdOf(model::Term::Entity(id)));
  if (!v || (named_[*v] && ids_[*v] != id)) return std::nullopt;
  return v;
}

Status Projection::DecodeNames(const store::Store& store, const std::vector<uint32_t>& vertices) {
  std::vector<uint32_t> wanted;
  std::vector<store::TermId> ids;
  for (uint32_t v : vertices) {
    if (named_[v]) continue;
    named_[v] = true;  // also marks repeats in `vertices`
    wanted.push_back(v);
    ids.push_back(term_ids_[v]);
  }
  std::vector<model::Term> terms;
  Status s = store.DecodeTerms(ids, &terms);
  if (!s.ok()) {
    for (uint32_t v : wanted) named_[v] = false;
    return s;
  }
  for (size_t i = 0; i < wanted.size(); ++i) ids_[wanted[i]] = std::move(terms[i].value);
  return Status::Ok();
}

std::optional<uint32_t> Projection::predicate(const std::string& name) const {
  for (uint32_t i = 0; i < predicates_.size(); ++i) {
    if (predicates_[i] == name) return i;
  }
  return std::nullopt;
}

Result<std::unique_ptr<Projection>> Projection::Load(const store::Store& store, const ProjectionFilter& filter,
                                                     Names names) {
  std::unique_ptr<Projection> p(new Projection());
  Loader loader(store, filter, names, *p);
  NETRA_RETURN_IF_ERROR(loader.Scan());
  NETRA_RETURN_IF_ERROR(loader.Keep());
  if (!filter.from.empty() || !filter.to.empty()) NETRA_RETURN_IF_ERROR(loader.KeepDated());
  loader.Build();
  return p;
}

model::Triple Projection::TripleOf(const Edge& e) const {
  return {model::Term::Entity(ids_[e.source]), model::Term::Entity(predicates_[e.predicate]),
          model::Term::Entity(ids_[e.target])};
}

// Each edge goes to both of its ends, in edge order (CountingCsr): 28M
// entries at a million articles, where the generic constructor would copy
// them twice through freshly allocated memory (two seconds of page faults).
const Projection::Undirected& Projection::undirected() const {
  std::call_once(undirected_once_, [this] {
    UndirectedCsr graph = CountingCsr<UndirectedCsr, UndirectedProps>(
        static_cast<uint32_t>(num_vertices()), 2 * edges_.size(), [&](const auto& put) {
          for (uint32_t i = 0; i < edges_.size(); ++i) {
            put(edges_[i].source, edges_[i].target, UndirectedProps{i});
            put(edges_[i].target, edges_[i].source, UndirectedProps{i});
          }
        });
    undirected_ = std::make_unique<Undirected>(Undirected{std::move(graph)});
  });
  return *undirected_;
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
