#include "query/canned/citations.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <tuple>

#include "core/huge_pages.h"
#include "core/id_map.h"
#include "core/side_by_side.h"
#include "model/vocab.h"
#include "query/canned/membership.h"
#include "store/object_ranges.h"

namespace netra::query {

namespace {

using model::Term;

// One slice of the walk over the supports of `cites`: the provenance keys
// of a range of subject ids (they lead with the predicate, then the
// subject: schema/store_layout.md), which gives the citing actors, their
// statutes and the documents at once.
struct WalkSlice {
  static constexpr size_t kDocIdBytesGuess = 16;
  store::ObjectRange subjects;        // the range of actor ids read
  std::vector<store::TermId> actors;  // the actors met, in id order
  size_t first = 0;                   // actors[0]'s place among all actors
  struct Triple {
    store::TermId statute;
    uint32_t actor;     // place in `actors`
    uint32_t docs_end;  // documents [the previous triple's docs_end, docs_end)
  };
  std::vector<Triple> triples;
  // Document i: doc_bytes[doc_start[i], doc_start[i + 1]).
  std::string doc_bytes;
  std::vector<uint32_t> doc_start = {0};
  Status status;

  // `triples_expected`: about how many triples the slice holds (the
  // store's estimate).
  void Read(const store::Store& store, store::TermId cites, size_t triples_expected) {
    // Room for about two supports a triple, advised huge pages: growing
    // these by copying was a fifth of the walk (and its page faults more).
    // The estimate is RocksDB's: capped, so that a wild one cannot ask for
    // more than a few gigabytes up front.
    triples_expected = std::min<size_t>(triples_expected, size_t{1} << 26);
    ReserveHuge(&triples, triples_expected);
    ReserveHuge(&doc_start, 2 * triples_expected + 1);
    ReserveHuge(&doc_bytes, 2 * triples_expected * kDocIdBytesGuess);
    status = store.SupportsOfPredicate(
        cites, subjects.from, subjects.to, [&](const store::TripleIds& t, std::string_view doc) {
          if (actors.empty() || actors.back() != t.s) actors.push_back(t.s);
          auto actor = static_cast<uint32_t>(actors.size() - 1);
          if (triples.empty() || triples.back().actor != actor || triples.back().statute != t.o) {
            triples.push_back({t.o, actor, 0});
          }
          doc_bytes.append(doc);
          doc_start.push_back(static_cast<uint32_t>(doc_bytes.size()));
          triples.back().docs_end = static_cast<uint32_t>(doc_start.size() - 1);
        });
  }
};

// Reads the supports of `cites`, cut into one slice per core, each a range
// of actor ids read side by side (two million supports at a million
// articles, one stretch of the provenance keys). Small walks stay on this
// thread. Each slice reads its own snapshot of the store.
Result<std::vector<WalkSlice>> Walk(const store::Store& store, store::TermId cites, const CitationOptions& options) {
  NETRA_ASSIGN_OR_RETURN(uint64_t estimate,
                         store.EstimateMatches(std::nullopt, Term::Entity(vocab::kCites), std::nullopt));
  size_t count = PartsFor(estimate, options.min_triples_per_slice, options.threads);
  std::vector<WalkSlice> slices(count);
  for (size_t i = 0; i < count; ++i) slices[i].subjects = store::ObjectRangeOf(i, count);
  RunSideBySide(count, [&](size_t i) { slices[i].Read(store, cites, estimate / count); });
  size_t first = 0;
  for (WalkSlice& slice : slices) {
    NETRA_RETURN_IF_ERROR(slice.status);
    slice.first = first;
    first += slice.actors.size();
  }
  return slices;
}

// Everyone who cites: the subjects of `cites` (as the walk met them) and of
// `cites_article`, with the article citations themselves (half a million
// at a million articles, of some twenty thousand articles).
struct Citers {
  // Distinct; actors[0, statute_citers) cite statutes, in id order (and so
  // in the order of the walk's slices).
  std::vector<store::TermId> actors;
  size_t statute_citers = 0;
  std::vector<store::TripleIds> article_citations;  // in POS order
};

// The citers: the walk's actors, then those who cite only articles, from
// the POS keys of `cites_article` cut into ranges of object ids read side
// by side.
Result<Citers> FindCiters(const store::Store& store, const std::vector<WalkSlice>& slices,
                          const CitationOptions& options) {
  Citers c;
  for (const WalkSlice& slice : slices) c.actors.insert(c.actors.end(), slice.actors.begin(), slice.actors.end());
  c.statute_citers = c.actors.size();
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> cites_article, store.FindId(Term::Entity(vocab::kCitesArticle)));
  if (!cites_article) return c;
  NETRA_ASSIGN_OR_RETURN(uint64_t estimate,
                         store.EstimateMatches(std::nullopt, Term::Entity(vocab::kCitesArticle), std::nullopt));
  constexpr uint64_t kMinKeysPerPart = 1 << 16;
  size_t parts = PartsFor(estimate, kMinKeysPerPart, options.threads);
  std::vector<std::vector<store::TripleIds>> found(parts);
  std::vector<Status> status(parts);
  RunSideBySide(parts, [&](size_t i) {
    store::ObjectRange range = store::ObjectRangeOf(i, parts);
    status[i] = store.MatchIdsByObjects(*cites_article, range.from, range.to, [&](const store::TripleIds& t) {
      found[i].push_back(t);
      return true;
    });
  });
  for (size_t i = 0; i < parts; ++i) {
    NETRA_RETURN_IF_ERROR(status[i]);
    c.article_citations.insert(c.article_citations.end(), found[i].begin(), found[i].end());
  }
  IdMap seen(c.actors.size());
  for (store::TermId actor : c.actors) seen.Insert(actor, 0);
  for (const store::TripleIds& t : c.article_citations) {
    if (seen.Insert(t.s, 0).second) c.actors.push_back(t.s);
  }
  return c;
}

// The kinds of `actors`, from the entity types their ids name: 360k
// dictionary entries at a million articles, read in halves side by side
// and looked at in place (the first bytes of each say the kind).
Result<std::vector<ActorKind>> KindsOf(const store::Store& store, const std::vector<store::TermId>& actors,
                                       const CitationOptions& options) {
  constexpr size_t kMinActorsPerPart = 4096;
  size_t parts = PartsFor(actors.size(), kMinActorsPerPart, options.threads);
  std::vector<ActorKind> kinds(actors.size(), ActorKind::kOther);
  std::vector<Status> status(parts);
  RunSideBySide(parts, [&](size_t i) {
    size_t begin = actors.size() * i / parts, end = actors.size() * (i + 1) / parts;
    std::vector<store::TermId> ids(actors.begin() + begin, actors.begin() + end);
    status[i] = store.ReadTermBytes(ids, [&](size_t k, std::string_view encoded) {
      model::TermKind kind;
      std::string_view id;
      if (Term::DecodeView(encoded, &kind, &id) && kind == model::TermKind::kEntity) kinds[begin + k] = KindOf(id);
    });
  });
  for (const Status& s : status) NETRA_RETURN_IF_ERROR(s);
  return kinds;
}

// Numbers pairs (region, statute) as rows, in the order they are met. A
// row is looked up once per `cites` triple and region (a million times at
// a million articles): each region has a small flat map of its statutes'
// rows, which stays in cache while one actor's triples come in.
class RowIndex {
 public:
  // The region's number: the first argument of Row.
  uint32_t Region(store::TermId id) {
    auto [number, inserted] = regions_.Insert(id, static_cast<uint32_t>(region_ids_.size()));
    if (inserted) {
      region_ids_.push_back(id);
      rows_of_region_.emplace_back();
    }
    return number;
  }

  // The row of (region, statute), added to `rows` if it is new.
  uint32_t Row(uint32_t region, store::TermId statute, std::vector<CitationRow>* rows) {
    auto [row, inserted] = rows_of_region_[region].Insert(statute, static_cast<uint32_t>(rows->size()));
    if (inserted) rows->push_back({region_ids_[region], statute, 0, 0, {}});
    return row;
  }
  std::optional<uint32_t> Find(store::TermId region, store::TermId statute) const {
    std::optional<uint32_t> r = regions_.Find(region);
    if (!r) return std::nullopt;
    return rows_of_region_[*r].Find(statute);
  }

 private:
  IdMap regions_;
  std::vector<store::TermId> region_ids_;
  std::vector<IdMap> rows_of_region_;  // statute -> row
};

// Sorts each row's documents (t->docs[start[r], start[r + 1])) by id and
// drops repeats, the rows in `parts` runs side by side (two million
// documents at a million articles), then compacts `docs` in place.
void SortDocuments(const std::vector<uint32_t>& start, size_t parts, CitationTable* t) {
  auto less = [&](uint32_t a, uint32_t b) { return t->doc_id(a) < t->doc_id(b); };
  auto same = [&](uint32_t a, uint32_t b) { return t->doc_id(a) == t->doc_id(b); };
  size_t rows = t->rows.size();
  RunSideBySide(parts, [&](size_t i) {
    for (size_t r = rows * i / parts; r < rows * (i + 1) / parts; ++r) {
      auto first = t->docs.begin() + start[r], last = t->docs.begin() + start[r + 1];
      std::sort(first, last, less);
      t->rows[r].num_docs = static_cast<uint32_t>(std::unique(first, last, same) - first);
    }
  });
  // A row's distinct documents never outnumber its own: `out` never
  // overtakes the row being read.
  uint32_t out = 0;
  for (size_t r = 0; r < rows; ++r) {
    t->rows[r].first_doc = out;
    if (out != start[r]) {
      std::copy(t->docs.begin() + start[r], t->docs.begin() + start[r] + t->rows[r].num_docs, t->docs.begin() + out);
    }
    out += t->rows[r].num_docs;
  }
  t->docs.resize(out);
}

// Makes the rows of the walked triples and gives each row the documents of
// its triples: each triple's documents go to the rows of its actor's
// regions (regions[actor's place among all actors], numbered by `index`;
// none for an actor in no region).
Status PlaceDocuments(const std::vector<WalkSlice>& slices, const std::vector<std::vector<uint32_t>>& regions,
                      const CitationOptions& options, RowIndex* index, CitationTable* table) {
  size_t bytes = 0, supports = 0;
  for (const WalkSlice& slice : slices) {
    bytes += slice.doc_bytes.size();
    supports += slice.doc_start.size() - 1;
  }
  if (bytes > std::numeric_limits<uint32_t>::max()) {
    return Status::Unsupported("regions-citing-laws: more than 4 GiB of document ids");
  }
  table->doc_bytes.reserve(bytes);
  table->doc_start.clear();
  ReserveHuge(&table->doc_start, supports + 1);
  table->doc_start.push_back(0);
  std::vector<uint32_t> first_doc_of_slice;
  for (const WalkSlice& slice : slices) {
    first_doc_of_slice.push_back(static_cast<uint32_t>(table->doc_start.size() - 1));
    auto first_byte = static_cast<uint32_t>(table->doc_bytes.size());
    table->doc_bytes += slice.doc_bytes;
    for (size_t i = 1; i < slice.doc_start.size(); ++i) table->doc_start.push_back(first_byte + slice.doc_start[i]);
  }
  // Two passes over the triples, which find their rows again cheaply: the
  // first makes the rows and counts their documents, the second puts the
  // documents in place, row after row (a counting sort).
  auto each_triple = [&](const auto& fn) {  // fn(row, first document, end)
    for (size_t i = 0; i < slices.size(); ++i) {
      uint32_t doc = first_doc_of_slice[i];
      for (const WalkSlice::Triple& t : slices[i].triples) {
        uint32_t end = first_doc_of_slice[i] + t.docs_end;
        for (uint32_t region : regions[slices[i].first + t.actor]) {
          fn(index->Row(region, t.statute, &table->rows), doc, end);
        }
        doc = end;
      }
    }
  };
  std::vector<uint32_t> start;  // the rows' documents: docs[start[r], start[r + 1])
  each_triple([&](uint32_t row, uint32_t doc, uint32_t end) {
    if (row + 2 > start.size()) start.resize(row + 2, 0);
    start[row + 1] += end - doc;
  });
  for (size_t r = 0; r + 1 < start.size(); ++r) start[r + 1] += start[r];
  size_t placed = start.empty() ? 0 : start.back();
  ReserveHuge(&table->docs, placed);
  table->docs.resize(placed);
  std::vector<uint32_t> next(start);
  each_triple([&](uint32_t row, uint32_t doc, uint32_t end) {
    for (; doc < end; ++doc) table->docs[next[row]++] = doc;
  });
  constexpr size_t kMinDocumentsPerPart = 1 << 16;
  SortDocuments(start, PartsFor(placed, kMinDocumentsPerPart, options.threads), table);
  return Status::Ok();
}

// Articles: an actor cites an article that is part of the statute. Only
// rows that a citation of the statute itself made get them. Half a million
// article citations at a million articles name some twenty thousand
// articles: the (row, article) pairs are collected as ids and made
// distinct before anything is put in a row.
Status AddArticles(const store::Store& store, const Citers& citers, const Membership& membership, const RowIndex& index,
                   CitationTable* table) {
  if (citers.article_citations.empty()) return Status::Ok();
  IdMap actor_index(citers.actors.size());
  for (size_t k = 0; k < citers.actors.size(); ++k) actor_index.Insert(citers.actors[k], static_cast<uint32_t>(k));
  std::vector<store::TermId> articles;
  for (const store::TripleIds& t : citers.article_citations) articles.push_back(t.o);
  std::sort(articles.begin(), articles.end());
  articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
  NETRA_ASSIGN_OR_RETURN(std::vector<std::vector<store::TermId>> statutes_of, StatutesOfArticles(store, articles));
  std::vector<std::pair<uint32_t, store::TermId>> cited;  // (row, article)
  for (const store::TripleIds& t : citers.article_citations) {
    size_t a = std::lower_bound(articles.begin(), articles.end(), t.o) - articles.begin();
    std::span<const store::TermId> regions = membership.RegionsOf(*actor_index.Find(t.s));
    for (store::TermId statute : statutes_of[a]) {
      for (store::TermId region : regions) {
        if (auto row = index.Find(region, statute)) cited.emplace_back(*row, t.o);
      }
    }
  }
  std::sort(cited.begin(), cited.end());
  cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
  for (const auto& [row, article] : cited) table->rows[row].articles.push_back(article);
  return Status::Ok();
}

// Sorts the rows by region id, then statute id (term ids: hashes), so that
// the table, and a saved copy of it, does not depend on how the walk was
// cut or in which order it met the actors. Callers order what they show by
// names (regions-citing-laws sorts its rows itself).
void SortRows(CitationTable* table) {
  std::sort(table->rows.begin(), table->rows.end(), [](const CitationRow& a, const CitationRow& b) {
    return std::tie(a.region, a.statute) < std::tie(b.region, b.statute);
  });
}

}  // namespace

// The supports of `cites` are one stretch of the provenance keys, which
// gives the actors, their statutes and the documents in one scan, without
// holding the `cites` and `about` edges of the whole store in memory (a
// million each at a million articles).
Result<CitationTable> CitationRows(const store::Store& store, const CitationOptions& options) {
  CitationTable table;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> cites, store.FindId(Term::Entity(vocab::kCites)));
  std::vector<WalkSlice> slices;
  if (cites) {
    NETRA_ASSIGN_OR_RETURN(slices, Walk(store, *cites, options));
  }
  NETRA_ASSIGN_OR_RETURN(Citers citers, FindCiters(store, slices, options));
  if (citers.actors.empty()) return table;
  NETRA_ASSIGN_OR_RETURN(std::vector<ActorKind> kinds, KindsOf(store, citers.actors, options));
  NETRA_ASSIGN_OR_RETURN(Membership membership, Membership::Load(store, citers.actors, kinds, options.threads));

  // The regions of each actor of `cites`, numbered.
  RowIndex index;
  std::vector<std::vector<uint32_t>> regions(citers.statute_citers);
  for (size_t k = 0; k < citers.statute_citers; ++k) {
    for (store::TermId region : membership.RegionsOf(k)) regions[k].push_back(index.Region(region));
  }

  NETRA_RETURN_IF_ERROR(PlaceDocuments(slices, regions, options, &index, &table));
  NETRA_RETURN_IF_ERROR(AddArticles(store, citers, membership, index, &table));
  SortRows(&table);
  return table;
}

}  // namespace netra::query
