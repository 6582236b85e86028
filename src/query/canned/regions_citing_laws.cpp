// regions-citing-laws: the rows of the citation table (query/canned/citations.h)
// that the filter keeps, each with its region and statute described, its
// articles' labels and its documents (those in the date range, if given).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "core/side_by_side.h"
#include "model/vocab.h"
#include "query/canned/citations.h"
#include "query/canned/describe.h"
#include "query/canned/questions.h"

namespace netra::query::canned {

namespace {

using model::Term;

// The labels of the articles `articles` (term ids, distinct) as
// Attributes::Get(article, label) reads them: the `label` of the entity the
// article's id names with the smallest object id, "" if it has none. Where
// the Attributes cache would read all of each article's facts, with an
// iterator each, this makes one pass over the articles' `label` keys, side
// by side with the decoding of their ids, then decodes the labels in one
// batch.
Result<std::vector<std::string>> ArticleLabels(const store::Store& store, const std::vector<store::TermId>& articles) {
  std::vector<std::string> labels(articles.size());
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> label, store.FindId(Term::Entity(vocab::kLabel)));
  if (articles.empty() || !label) return labels;
  std::vector<store::TermId> objects(articles.size());
  std::vector<uint8_t> labelled(articles.size(), 0);
  auto read_labels = [&](const std::vector<store::TermId>& subjects, const std::vector<size_t>& place) {
    return store.MatchIdsBySubjects(subjects, *label, [&](size_t k, const store::TripleIds& t) {
      objects[place[k]] = t.o;
      labelled[place[k]] = 1;
      return false;  // the first label is the one shown
    });
  };
  // An article's id is the id of the entity it names, unless the article
  // is no entity (a string, say): its decoded id tells, and such articles
  // are read again below.
  std::vector<size_t> all(articles.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::vector<Term> ids;
  Status decoded, read;
  RunSideBySide(2, [&](size_t i) {
    if (i == 0) decoded = store.DecodeTerms(articles, &ids);
    if (i == 1) read = read_labels(articles, all);
  });
  NETRA_RETURN_IF_ERROR(decoded);
  NETRA_RETURN_IF_ERROR(read);
  std::vector<store::TermId> entities;
  std::vector<size_t> place;
  for (size_t i = 0; i < articles.size(); ++i) {
    store::TermId entity = store::Store::IdOf(Term::Entity(ids[i].value));
    if (entity == articles[i]) continue;
    labelled[i] = 0;
    entities.push_back(entity);
    place.push_back(i);
  }
  NETRA_RETURN_IF_ERROR(read_labels(entities, place));
  std::vector<store::TermId> found;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (labelled[i]) found.push_back(objects[i]);
  }
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(found, &terms));
  for (size_t i = 0, j = 0; i < articles.size(); ++i) {
    if (labelled[i]) labels[i] = std::move(terms[j++].value);
  }
  return labels;
}

}  // namespace

Result<Value> RegionsCitingLaws(const store::Store& store, const Resolved& f) {
  CitationCacheOptions cache;
  cache.enabled = f.use_cache;
  NETRA_ASSIGN_OR_RETURN(CitationTable table, CachedCitationRows(store, cache));
  // The ids of the regions and statutes shown, decoded in one batch.
  std::vector<store::TermId> shown;
  for (const CitationRow& row : table.rows) {
    shown.push_back(row.region);
    shown.push_back(row.statute);
  }
  std::sort(shown.begin(), shown.end());
  shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
  std::vector<Term> shown_terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(shown, &shown_terms));
  auto id_of = [&](store::TermId id) -> const std::string& {
    return shown_terms[std::lower_bound(shown.begin(), shown.end(), id) - shown.begin()].value;
  };
  Attributes attrs(store);
  // A region or statute is described (and matched against the filter) once,
  // however many rows name it.
  struct Described {
    Value value;
    bool matches = false;
  };
  std::unordered_map<store::TermId, Described> regions, statutes;
  auto region_of = [&](store::TermId id) -> const Described& {
    auto it = regions.find(id);
    if (it != regions.end()) return it->second;
    // Shared: each row then refers to the one description.
    Value value = Value::Shared(RegionValue(attrs, id_of(id)));
    bool matches = f.InRegion(id_of(id));
    return regions.emplace(id, Described{std::move(value), matches}).first->second;
  };
  auto statute_of = [&](store::TermId id) -> const Described& {
    auto it = statutes.find(id);
    if (it != statutes.end()) return it->second;
    Value value = Value::Shared(StatuteValue(attrs, id_of(id)));
    bool matches = f.IsStatute(id_of(id));
    return statutes.emplace(id, Described{std::move(value), matches}).first->second;
  };
  // The rows shown, with what needs the store (attrs) read here: the
  // documents in the date range, the articles' labels.
  struct Shown {
    const CitationRow* row;
    const Described* region;
    const Described* statute;
    bool dated = false;  // `docs` holds the row's documents in the date range
    std::vector<std::string_view> docs;
    // By label, as places in `labels` (sorted): two ids may carry one label.
    std::vector<uint32_t> articles;
  };
  std::vector<Shown> shown_rows;
  for (const CitationRow& row : table.rows) {
    const Described& region = region_of(row.region);
    const Described& statute = statute_of(row.statute);
    if (!region.matches || !statute.matches) continue;
    Shown s{&row, &region, &statute, false, {}, {}};
    if (!f.from.empty() || !f.to.empty()) {
      // A citation's date is its document's date.
      s.dated = true;
      for (uint32_t i = row.first_doc; i < row.first_doc + row.num_docs; ++i) {
        std::string_view d = table.doc_id(table.docs[i]);
        if (DateInRange(attrs.Get("Document:" + std::string(d), vocab::kPublishedOn), f)) s.docs.push_back(d);
      }
      if (s.docs.empty()) continue;
    }
    shown_rows.push_back(std::move(s));
  }
  // The articles' labels: some twenty thousand articles, cited half a
  // million times at a million articles, each looked up once.
  std::vector<store::TermId> articles;
  for (const Shown& s : shown_rows) articles.insert(articles.end(), s.row->articles.begin(), s.row->articles.end());
  std::sort(articles.begin(), articles.end());
  articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
  NETRA_ASSIGN_OR_RETURN(std::vector<std::string> label_of, ArticleLabels(store, articles));
  std::vector<std::string> labels = label_of;
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  std::vector<uint32_t> label_place(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    label_place[i] =
        static_cast<uint32_t>(std::lower_bound(labels.begin(), labels.end(), label_of[i]) - labels.begin());
  }
  for (Shown& s : shown_rows) {
    for (store::TermId a : s.row->articles) {
      s.articles.push_back(label_place[std::lower_bound(articles.begin(), articles.end(), a) - articles.begin()]);
    }
    std::sort(s.articles.begin(), s.articles.end());
    s.articles.erase(std::unique(s.articles.begin(), s.articles.end()), s.articles.end());
  }
  // The rows' order, by a stable sort on the key
  //   (region name, statute type, statute year (none: 0), statute label,
  //    region id, statute id):
  // regions in name order, each region's laws by type, year and number.
  // Rows that show the same names (two regions called alike, the `PERDA
  // No. 6 Tahun 2015` of two kabupaten, statutes without type or year)
  // fall to the ids, so the order never depends on the table's.
  // The keys point into `regions` and `statutes`, whose values stay put.
  using SortKey =
      std::tuple<std::string_view, std::string_view, int64_t, std::string_view, std::string_view, std::string_view>;
  std::vector<Value> out_rows(shown_rows.size());
  std::vector<SortKey> keys(shown_rows.size());
  auto build = [&](size_t j) {
    const Shown& s = shown_rows[j];
    const Value& statute = s.statute->value;
    Value v = Value::Object();
    v.Reserve(5);
    // A person reading the table should see at once that a cited law is
    // no longer in force, and what replaced it.
    std::string note;
    if (const Value* rep = statute.Get("repealed"); rep != nullptr && rep->as_bool()) {
      const Value* by = statute.Get("replaced_by");
      note = by != nullptr ? "dicabut, diganti " + by->as_string() : "dicabut";
    }
    v.Set("region", s.region->value);
    v.Set("statute", statute);
    v.Set("status", Value::Str(note));
    Value arts = Value::Array();
    for (uint32_t a : s.articles) arts.Push(Value::Str(labels[a]));
    v.Set("articles", std::move(arts));
    Value docs = Value::Array();
    if (s.dated) {
      docs.Reserve(s.docs.size());
      for (std::string_view d : s.docs) docs.Push(Value::Str(std::string(d)));
    } else {
      docs.Reserve(s.row->num_docs);
      for (uint32_t i = s.row->first_doc; i < s.row->first_doc + s.row->num_docs; ++i) {
        docs.Push(Value::Str(std::string(table.doc_id(table.docs[i]))));
      }
    }
    v.Set("documents", std::move(docs));
    const Value* year = statute.Get("year");
    keys[j] = {s.region->value.Get("name")->as_string(), statute.Get("type")->as_string(),
               year->is_null() ? 0 : year->as_int(),     statute.Get("label")->as_string(),
               s.region->value.Get("id")->as_string(),   statute.Get("id")->as_string()};
    out_rows[j] = std::move(v);
  };
  // Two million document values at a million articles: built in runs of
  // rows side by side (each only reads the descriptions and the table).
  size_t parts = PartsFor(table.docs.size(), 1 << 16, 0);
  RunSideBySide(parts, [&](size_t i) {
    for (size_t j = shown_rows.size() * i / parts; j < shown_rows.size() * (i + 1) / parts; ++j) build(j);
  });
  // The keys are computed once per row and positions sorted by them.
  std::vector<size_t> order(out_rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return keys[x] < keys[y]; });
  Value out = Value::Array();
  out.items().reserve(order.size());
  for (size_t i : order) out.Push(std::move(out_rows[i]));
  return out;
}

}  // namespace netra::query::canned
