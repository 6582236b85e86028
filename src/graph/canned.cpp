#include "graph/canned.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "graph/citations.h"
#include "graph/entity_lookup.h"
#include "graph/fold.h"
#include "graph/region_scope.h"
#include "graph/id_reads.h"
#include "graph/object_ranges.h"
#include "core/id_map.h"
#include "core/side_by_side.h"
#include "model/vocab.h"

namespace netra::graph {

namespace {

using model::Term;

// Reads and caches the attributes of entities: every triple with the
// entity as subject, by predicate. One index scan of ids per entity; the
// terms are decoded in one batch per entity, each distinct term once per
// query (the same predicates, kinds and regions recur for every entity).
class Attributes {
 public:
  explicit Attributes(const store::Store& store) : store_(store) {}

  // The first value of attribute `pred` on `id`, or "".
  std::string Get(const std::string& id, const char* pred) {
    const auto& all = All(id);
    auto it = all.find(pred);
    return it == all.end() || it->second.empty() ? "" : it->second.front();
  }
  std::vector<std::string> GetAll(const std::string& id, const char* pred) {
    const auto& all = All(id);
    auto it = all.find(pred);
    return it == all.end() ? std::vector<std::string>() : it->second;
  }

 private:
  const std::map<std::string, std::vector<std::string>>& All(const std::string& id) {
    auto it = cache_.find(id);
    if (it != cache_.end()) return it->second;
    auto& m = cache_[id];
    // A failed read leaves the attributes empty; the row still prints.
    std::vector<store::TripleIds> triples;
    Status s = store_.MatchIds(store::Store::IdOf(Term::Entity(id)), std::nullopt, std::nullopt,
                               [&](const store::TripleIds& t) {
                                 triples.push_back(t);
                                 return true;
                               });
    if (!s.ok() || !Decode(triples)) return m;
    for (const store::TripleIds& t : triples) m[terms_[t.p]].push_back(terms_[t.o]);
    return m;
  }

  // Puts the predicates and objects of `triples` into terms_.
  bool Decode(const std::vector<store::TripleIds>& triples) {
    std::vector<store::TermId> missing;
    for (const store::TripleIds& t : triples) {
      for (store::TermId id : {t.p, t.o}) {
        if (!terms_.count(id)) missing.push_back(id);
      }
    }
    if (missing.empty()) return true;
    std::vector<model::Term> decoded;
    if (!store_.DecodeTerms(missing, &decoded).ok()) return false;
    for (size_t i = 0; i < missing.size(); ++i) terms_.emplace(missing[i], std::move(decoded[i].value));
    return true;
  }

  const store::Store& store_;
  std::unordered_map<std::string, std::map<std::string, std::vector<std::string>>> cache_;
  std::unordered_map<store::TermId, std::string> terms_;  // values of decoded terms
};

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

Value DocsValue(const std::set<std::string>& docs) {
  Value v = Value::Array();
  for (const auto& d : docs) v.Push(Value::Str(d));
  return v;
}

Value RegionValue(Attributes& a, const std::string& id) {
  Value v = Value::Object();
  v.Set("id", Value::Str(id));
  v.Set("name", Value::Str(a.Get(id, vocab::kLabel)));
  v.Set("kind", Value::Str(a.Get(id, vocab::kKind)));
  v.Set("code", Value::Str(a.Get(id, vocab::kCode)));
  return v;
}

std::string StatuteLabel(const std::string& type, const std::string& number, const std::string& year) {
  // "SE No. 800/117/BKPSDM/2024" already carries its year.
  bool year_in_number = !year.empty() && number.size() > year.size() &&
                        number.compare(number.size() - year.size(), year.size(), year) == 0;
  return type + (number.empty() ? "" : " No. " + number) +
         (year.empty() || year_in_number ? "" : " Tahun " + year);
}

Value StatuteValue(Attributes& a, const std::string& id) {
  Value v = Value::Object();
  std::string type = a.Get(id, vocab::kStatuteType), number = a.Get(id, vocab::kNumber),
              year = a.Get(id, vocab::kYear), title = a.Get(id, vocab::kTitle),
              status = a.Get(id, vocab::kStatus), replaced = a.Get(id, vocab::kReplacedBy);
  v.Set("id", Value::Str(id));
  v.Set("label", Value::Str(StatuteLabel(type, number, year)));
  v.Set("type", Value::Str(type));
  v.Set("number", number.empty() ? Value::Null() : Value::Str(number));
  v.Set("year", year.empty() ? Value::Null() : Value::Int(std::atoll(year.c_str())));
  v.Set("title", title.empty() ? Value::Null() : Value::Str(title));
  v.Set("status", status.empty() ? Value::Null() : Value::Str(status));
  v.Set("repealed", Value::Bool(status == "dicabut"));
  if (!replaced.empty()) v.Set("replaced_by", Value::Str(a.Get(replaced, vocab::kLabel)));
  return v;
}

// A CannedFilter with its region and statute resolved to ids (RunCanned).
struct Resolved : CannedFilter {
  std::set<std::string> regions;  // the region and those inside it (graph/region_scope.h)
  std::string statute_id;

  bool InRegion(const std::string& id) const { return region.empty() || regions.count(id) > 0; }
  bool InRegion(const Value& region_value) const {
    if (region.empty()) return true;
    return !region_value.is_null() && InRegion(region_value.Get("id")->as_string());
  }
  bool IsStatute(const std::string& id) const { return statute.empty() || id == statute_id; }
};

bool DateInRange(const std::string& date, const Resolved& f) {
  if (f.from.empty() && f.to.empty()) return true;
  if (date.empty()) return false;
  return (f.from.empty() || date >= f.from) && (f.to.empty() || date <= f.to);
}

std::vector<std::string> Subjects(const store::Store& store, const char* pred, const Term& object) {
  std::vector<std::string> out;
  Status s = store.Match(std::nullopt, Term::Entity(pred), object, [&](const model::Triple& t) {
    out.push_back(t.subject.value);
    return true;
  });
  s.ok();
  return out;
}

// A document entity's id without its type ("Document:a1" -> "a1"), as the
// canned rows list documents.
std::string DocumentName(const std::string& entity) {
  return entity.substr(std::string(vocab::kDocument).size() + 1);
}

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
    label_place[i] = static_cast<uint32_t>(std::lower_bound(labels.begin(), labels.end(), label_of[i]) - labels.begin());
  }
  for (Shown& s : shown_rows) {
    for (store::TermId a : s.row->articles) {
      s.articles.push_back(label_place[std::lower_bound(articles.begin(), articles.end(), a) - articles.begin()]);
    }
    std::sort(s.articles.begin(), s.articles.end());
    s.articles.erase(std::unique(s.articles.begin(), s.articles.end()), s.articles.end());
  }
  // Regions in name order, each region's laws by type, year and number.
  // The keys point into `regions` and `statutes`, whose values stay put.
  using SortKey = std::tuple<std::string_view, std::string_view, int64_t, std::string_view>;
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
               year->is_null() ? 0 : year->as_int(), statute.Get("label")->as_string()};
    out_rows[j] = std::move(v);
  };
  // Two million document values at a million articles: built in runs of
  // rows side by side (each only reads the descriptions and the table).
  size_t parts = PartsFor(table.docs.size(), 1 << 16, 0);
  RunSideBySide(parts, [&](size_t i) {
    for (size_t j = shown_rows.size() * i / parts; j < shown_rows.size() * (i + 1) / parts; ++j) build(j);
  });
  // The keys are computed once per row; sorting positions with std::sort
  // gives the order sorting the rows themselves would. It is not stable:
  // rows with equal keys (statutes without type or year) come out in an
  // order that depends on the order of `table.rows`, which is why that
  // order is kept from one version to the next.
  std::vector<size_t> order(out_rows.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return keys[x] < keys[y]; });
  Value out = Value::Array();
  out.items().reserve(order.size());
  for (size_t i : order) out.Push(std::move(out_rows[i]));
  return out;
}

// Pairs of statutes cited in the same regions (by regions-citing-laws'
// reading of who is in which region), most shared first: how often laws
// travel together.
Result<Value> CoCitedLaws(const store::Store& store, const Resolved& f) {
  // With --statute: the pairs it is part of, from every law cited where it is.
  Resolved every_law = f;
  every_law.statute.clear();
  NETRA_ASSIGN_OR_RETURN(Value cited, RegionsCitingLaws(store, every_law));
  // Statutes and regions numbered in id order, so that numeric order is the
  // order of their ids: a region has a few hundred laws, and the pairs of
  // all regions run into millions.
  std::map<std::string, uint32_t> statute_index, region_index;
  for (const Value& row : cited.items()) {
    statute_index.emplace(row.Get("statute")->Get("id")->as_string(), 0);
    region_index.emplace(row.Get("region")->Get("id")->as_string(), 0);
  }
  std::vector<const Value*> statute_value(statute_index.size());
  std::vector<std::string> region_name(region_index.size());
  uint32_t next = 0;
  for (auto& [id, i] : statute_index) i = next++;
  next = 0;
  for (auto& [id, i] : region_index) i = next++;
  std::vector<std::vector<uint32_t>> laws_of_region(region_index.size());
  for (const Value& row : cited.items()) {
    uint32_t region = region_index[row.Get("region")->Get("id")->as_string()];
    uint32_t statute = statute_index[row.Get("statute")->Get("id")->as_string()];
    laws_of_region[region].push_back(statute);
    if (statute_value[statute] == nullptr) statute_value[statute] = row.Get("statute");
    region_name[region] = row.Get("region")->Get("name")->as_string();
  }
  // The regions of each pair (a < b), as a table over all pairs; regions
  // are visited in order, so each list comes out sorted and distinct.
  size_t n = statute_index.size();
  std::vector<std::vector<uint32_t>> regions_of_pair(n * n);
  for (uint32_t region = 0; region < laws_of_region.size(); ++region) {
    std::vector<uint32_t>& laws = laws_of_region[region];
    std::sort(laws.begin(), laws.end());
    laws.erase(std::unique(laws.begin(), laws.end()), laws.end());
    for (size_t a = 0; a < laws.size(); ++a) {
      for (size_t b = a + 1; b < laws.size(); ++b) regions_of_pair[laws[a] * n + laws[b]].push_back(region);
    }
  }
  std::vector<size_t> pairs;  // in (a, b) order
  for (size_t k = 0; k < regions_of_pair.size(); ++k) {
    if (!regions_of_pair[k].empty()) pairs.push_back(k);
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [&](size_t x, size_t y) { return regions_of_pair[x].size() > regions_of_pair[y].size(); });
  Value out = Value::Array();
  for (size_t k : pairs) {
    if (!f.IsStatute(statute_value[k / n]->Get("id")->as_string()) &&
        !f.IsStatute(statute_value[k % n]->Get("id")->as_string())) {
      continue;
    }
    Value v = Value::Object();
    v.Set("statute_a", *statute_value[k / n]);
    v.Set("statute_b", *statute_value[k % n]);
    v.Set("regions", Value::Int(static_cast<int64_t>(regions_of_pair[k].size())));
    Value names = Value::Array();
    for (uint32_t r : regions_of_pair[k]) names.Push(Value::Str(region_name[r]));
    v.Set("region_names", std::move(names));
    out.Push(std::move(v));
  }
  return out;
}

Result<Value> Regions(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  std::map<std::string, std::set<std::string>> docs;
  // A filter is applied to the regions before their documents are read.
  auto shown = [&](const std::string& id) {
    Value v = RegionValue(attrs, id);
    return f.InRegion(id) && (f.kind.empty() || v.Get("kind")->as_string() == f.kind);
  };
  // A dateline names where the story was filed, not what it is about.
  for (const char* pred : {vocab::kMentions, vocab::kAbout}) {
    NETRA_ASSIGN_OR_RETURN(auto subjects, SubjectsOfTyped(store, pred, {vocab::kRegion}, shown));
    for (const auto& [region, of_region] : subjects) {
      for (const std::string& subject : of_region) {
        if (Term::EntityTypeOf(subject) == vocab::kDocument) docs[region].insert(DocumentName(subject));
      }
    }
  }
  Value out = Value::Array();
  for (const auto& [id, d] : docs) {
    Value v = RegionValue(attrs, id);
    if (!f.InRegion(id)) continue;
    if (!f.kind.empty() && v.Get("kind")->as_string() != f.kind) continue;
    v.Set("documents", DocsValue(d));
    out.Push(std::move(v));
  }
  return out;
}

// Places of `ids` in a sorted, distinct copy (returned in `distinct`).
std::vector<uint32_t> Distinct(const std::vector<store::TermId>& ids, std::vector<store::TermId>* distinct) {
  *distinct = ids;
  std::sort(distinct->begin(), distinct->end());
  distinct->erase(std::unique(distinct->begin(), distinct->end()), distinct->end());
  std::vector<uint32_t> place(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    place[i] = static_cast<uint32_t>(std::lower_bound(distinct->begin(), distinct->end(), ids[i]) - distinct->begin());
  }
  return place;
}

// The holdings in `held` whose holder cites `statute` (an id).
Result<std::vector<store::TripleIds>> HeldByCiters(const store::Store& store, std::vector<store::TripleIds> held,
                                                   const std::string& statute) {
  std::set<store::TermId> citers;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> cites, store.FindId(Term::Entity(vocab::kCites)));
  if (cites) {
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *cites, store::Store::IdOf(Term::Entity(statute)),
                                         [&](const store::TripleIds& t) {
                                           citers.insert(t.s);
                                           return true;
                                         }));
  }
  std::erase_if(held, [&](const store::TripleIds& t) { return citers.count(t.s) == 0; });
  return held;
}

// One row per position an official holds and name its documents wrote it
// in. Everything is read for all the `holds_position` triples together (a
// million at a million articles, where reading each holder's facts on its
// own took two minutes): the positions' roles and regions, the holders'
// labels, honorifics and degrees, and the documents of the holdings and of
// the labels, in a few passes over the indexes.
Result<Value> Officials(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);  // regions only
  Value out = Value::Array();
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> holds, store.FindId(Term::Entity(vocab::kHoldsPosition)));
  if (!holds) return out;
  std::vector<store::TripleIds> held;  // POS order: by position, then holder
  auto keep = [&](const store::TripleIds& t) {
    held.push_back(t);
    return true;
  };
  if (f.region.empty()) {
    ObjectRange all = ObjectRangeOf(0, 1);
    NETRA_RETURN_IF_ERROR(store.MatchIdsByObjects(*holds, all.from, all.to, keep));
  } else {
    // Only the positions in a matching region can give rows (some thousands
    // of positions, where a million people hold one at a million
    // articles); in id order, each one's holders in theirs, as above.
    NETRA_ASSIGN_OR_RETURN(auto positions, SubjectsWhereObject(store, vocab::kPositionIn, [&](const std::string& region) {
                             return f.InRegion(region);
                           }));
    for (store::TermId position : positions) NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *holds, position, keep));
  }
  if (!f.statute.empty()) {
    NETRA_ASSIGN_OR_RETURN(held, HeldByCiters(store, std::move(held), f.statute_id));
  }

  // The positions: role and region (their first values), the region
  // described and matched once.
  std::vector<store::TermId> position_ids, position_of_held, person_ids, person_of_held;
  for (const store::TripleIds& t : held) {
    position_of_held.push_back(t.o);
    person_of_held.push_back(t.s);
  }
  std::vector<uint32_t> position_place = Distinct(position_of_held, &position_ids);
  std::vector<uint32_t> person_place = Distinct(person_of_held, &person_ids);
  std::vector<std::string> position_names, person_names;
  NETRA_ASSIGN_OR_RETURN(auto position_entities, AsEntities(store, position_ids, &position_names));
  NETRA_ASSIGN_OR_RETURN(auto person_entities, AsEntities(store, person_ids, &person_names));
  NETRA_ASSIGN_OR_RETURN(auto region_of, FirstObjects(store, vocab::kPositionIn, position_entities));
  NETRA_ASSIGN_OR_RETURN(auto role_of, FirstObjects(store, vocab::kRole, position_entities));
  NETRA_ASSIGN_OR_RETURN(auto labels_of, AllTriples(store, vocab::kLabel, person_entities));
  NETRA_ASSIGN_OR_RETURN(auto honorifics_of, AllTriples(store, vocab::kHonorific, person_entities));
  NETRA_ASSIGN_OR_RETURN(auto degrees_of, AllTriples(store, vocab::kDegree, person_entities));

  // Every value shown, decoded in one batch.
  TermValues values;
  for (const auto* firsts : {&region_of, &role_of}) {
    for (const auto& o : *firsts) values.Want(o);
  }
  for (const auto* lists : {&labels_of, &honorifics_of, &degrees_of}) {
    for (const auto& list : *lists) {
      for (const store::TripleIds& t : list) values.Want(t.o);
    }
  }
  NETRA_RETURN_IF_ERROR(values.Decode(store));
  std::vector<Value> region_value(position_ids.size());
  std::vector<uint8_t> region_matches(position_ids.size());
  for (size_t p = 0; p < position_ids.size(); ++p) {
    region_value[p] = region_of[p] ? RegionValue(attrs, values.Of(*region_of[p])) : Value::Null();
    region_matches[p] = f.InRegion(region_value[p]);
  }

  // The documents of each holding and of each label.
  std::vector<std::vector<std::string>> held_docs(held.size());
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(held, [&](size_t i, std::string_view doc) {
    held_docs[i].emplace_back(doc);
  }));
  std::vector<store::TripleIds> label_triples;
  std::vector<size_t> first_label_of(person_ids.size() + 1, 0);
  for (size_t k = 0; k < person_ids.size(); ++k) {
    label_triples.insert(label_triples.end(), labels_of[k].begin(), labels_of[k].end());
    first_label_of[k + 1] = label_triples.size();
  }
  std::vector<std::vector<std::string>> label_docs(label_triples.size());
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(label_triples, [&](size_t i, std::string_view doc) {
    label_docs[i].emplace_back(doc);
  }));

  for (size_t i = 0; i < held.size(); ++i) {
    uint32_t p = position_place[i], k = person_place[i];
    if (!region_matches[p]) continue;
    // A person's name may be written differently in different articles
    // ("Ayodhia G.L. Kalake", "Ayodhia G. L. Kalake"): each row shows the
    // form its documents wrote (a document's first label in id order).
    std::map<std::string, std::string> label_of_doc;
    for (size_t l = first_label_of[k]; l < first_label_of[k + 1]; ++l) {
      for (const std::string& doc : label_docs[l]) label_of_doc.emplace(doc, values.Of(label_triples[l].o));
    }
    static const std::string kNone;
    const std::string& first_label = labels_of[k].empty() ? kNone : values.Of(labels_of[k].front().o);
    std::map<std::string, std::set<std::string>> docs_by_label;
    for (const std::string& doc : held_docs[i]) {
      auto it = label_of_doc.find(doc);
      docs_by_label[it == label_of_doc.end() ? first_label : it->second].insert(doc);
    }
    for (const auto& [label, docs] : docs_by_label) {
      Value v = Value::Object();
      v.Set("id", Value::Str(person_names[k]));
      v.Set("name", Value::Str(label));
      v.Set("role", Value::Str(values.Of(role_of[p])));
      v.Set("region", region_value[p]);
      Value hon = Value::Array();
      for (const store::TripleIds& t : honorifics_of[k]) hon.Push(Value::Str(values.Of(t.o)));
      v.Set("honorifics", std::move(hon));
      Value deg = Value::Array();
      for (const store::TripleIds& t : degrees_of[k]) deg.Push(Value::Str(values.Of(t.o)));
      v.Set("degrees", std::move(deg));
      v.Set("documents", DocsValue(docs));
      out.Push(std::move(v));
    }
  }
  return out;
}

// The labels of the articles of `statute` (the subjects of its `part_of`,
// each taken as an entity's id) that each document cites (`cites_article`),
// by document. The citations of all the statute's articles are read as ids
// and their documents in one batch: a statute's articles are cited half a
// million times at a million articles.
Result<std::map<std::string, std::set<std::string>>> ArticlesCitedIn(const store::Store& store, Attributes& attrs,
                                                                     const std::string& statute) {
  std::map<std::string, std::set<std::string>> articles_of_doc;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> cites_article,
                         store.FindId(Term::Entity(vocab::kCitesArticle)));
  if (!cites_article) return articles_of_doc;
  std::vector<std::string> labels;
  std::vector<store::TripleIds> citations;
  std::vector<uint32_t> label_of_citation;
  for (const std::string& article : Subjects(store, vocab::kPartOf, Term::Entity(statute))) {
    auto label = static_cast<uint32_t>(labels.size());
    labels.push_back(attrs.Get(article, vocab::kLabel));
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *cites_article,
                                         store::Store::IdOf(Term::Entity(article)),
                                         [&](const store::TripleIds& t) {
                                           citations.push_back(t);
                                           label_of_citation.push_back(label);
                                           return true;
                                         }));
  }
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(citations, [&](size_t i, std::string_view doc) {
    articles_of_doc[std::string(doc)].insert(labels[label_of_citation[i]]);
  }));
  return articles_of_doc;
}

// The documents that mention each statute `f` shows, by statute id: with a
// region, those stating that an actor of the region cites it (the rows of
// regions-citing-laws, dated as those are); else those mentioning it,
// dated by their publication date.
Result<std::map<std::string, std::set<std::string>>> StatuteDocuments(const store::Store& store, Attributes& attrs,
                                                                      const Resolved& f) {
  std::map<std::string, std::set<std::string>> docs;
  if (!f.region.empty()) {
    NETRA_ASSIGN_OR_RETURN(Value cited, RegionsCitingLaws(store, f));
    for (const Value& row : cited.items()) {
      auto& of_statute = docs[row.Get("statute")->Get("id")->as_string()];
      for (const Value& d : row.Get("documents")->items()) of_statute.insert(d.as_string());
    }
    return docs;
  }
  auto shown = [&](const std::string& id) { return f.IsStatute(id); };
  NETRA_ASSIGN_OR_RETURN(auto mentioning, SubjectsOfTyped(store, vocab::kMentions, {vocab::kStatute}, shown));
  for (const auto& [statute, subjects] : mentioning) {
    for (const std::string& subject : subjects) {
      bool dated = f.from.empty() && f.to.empty();
      if (!dated) dated = DateInRange(attrs.Get(subject, vocab::kPublishedOn), f);
      if (dated) docs[statute].insert(DocumentName(subject));
    }
  }
  return docs;
}

Result<Value> Statutes(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  NETRA_ASSIGN_OR_RETURN(auto docs, StatuteDocuments(store, attrs, f));
  Value out = Value::Array();
  for (const auto& [id, d] : docs) {
    if (!f.IsStatute(id) || d.empty()) continue;
    Value base = StatuteValue(attrs, id);
    // The articles each document cites: one row per distinct set, so that
    // a row's articles are true of every document it lists.
    NETRA_ASSIGN_OR_RETURN(auto articles_of_doc, ArticlesCitedIn(store, attrs, id));
    std::map<std::set<std::string>, std::set<std::string>> groups;  // articles -> documents
    for (const std::string& doc : d) groups[articles_of_doc[doc]].insert(doc);
    for (const auto& [articles, group_docs] : groups) {
      Value v = base;
      Value arts = Value::Array();
      for (const std::string& a : articles) arts.Push(Value::Str(a));
      v.Set("articles", std::move(arts));
      v.Set("documents", DocsValue(group_docs));
      out.Push(std::move(v));
    }
  }
  return out;
}

// The documents of the events that a filtered `events` question may show:
// every event whose region, date and kind could pass the filter, found
// from the regions, dates and kinds themselves (a few hundred regions, a
// few thousand dates), instead of describing every event first (half a
// million at a million articles, a minute). Each event found is then
// described and filtered as any other, so this only has to find a superset.
Result<std::map<std::string, std::set<std::string>>> DocumentsOfFilteredEvents(const store::Store& store,
                                                                                 const Resolved& f) {
  std::optional<std::vector<store::TermId>> candidates;
  auto narrow = [&](std::vector<store::TermId> ids) {
    if (!candidates) {
      candidates = std::move(ids);
      return;
    }
    std::vector<store::TermId> both;
    std::set_intersection(candidates->begin(), candidates->end(), ids.begin(), ids.end(), std::back_inserter(both));
    candidates = std::move(both);
  };
  if (!f.region.empty()) {
    NETRA_ASSIGN_OR_RETURN(auto held, SubjectsWhereObject(store, vocab::kHeldIn, [&](const std::string& region) {
                             return f.InRegion(region);
                           }));
    narrow(std::move(held));
  }
  if (!f.from.empty() || !f.to.empty()) {
    NETRA_ASSIGN_OR_RETURN(auto dated, SubjectsWhereObject(store, vocab::kHeldOn, [&](const std::string& date) {
                             return DateInRange(date, f);
                           }));
    narrow(std::move(dated));
  }
  if (!f.kind.empty()) {
    NETRA_ASSIGN_OR_RETURN(auto of_kind, SubjectsWhereObject(store, vocab::kKind, [&](const std::string& kind) {
                             return kind == f.kind;
                           }));
    narrow(std::move(of_kind));
  }
  std::map<std::string, std::set<std::string>> docs;
  if (!candidates || candidates->empty()) return docs;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> mentions, store.FindId(Term::Entity(vocab::kMentions)));
  if (!mentions) return docs;
  std::vector<Term> events;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(*candidates, &events));
  std::vector<store::TermId> mentioning;  // the mentioning documents' ids
  std::vector<std::pair<size_t, size_t>> of_event;  // (event, place in mentioning)
  for (size_t i = 0; i < events.size(); ++i) {
    std::string_view type = events[i].EntityType();
    if (type != vocab::kEvent && type != vocab::kElection) continue;
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *mentions, (*candidates)[i], [&](const store::TripleIds& t) {
      of_event.emplace_back(i, mentioning.size());
      mentioning.push_back(t.s);
      return true;
    }));
  }
  std::vector<Term> documents;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(mentioning, &documents));
  for (const auto& [event, at] : of_event) docs[events[event].value].insert(DocumentName(documents[at].value));
  return docs;
}

// What an `events` row shows of an event besides its documents.
struct EventFacts {
  std::string kind, date, region, name;
  std::optional<std::string> leader;  // the label of its first leader ("" if unlabelled)
};

// The facts of `events` (entity ids) read for all of them together, each
// attribute's first value in id order and the first leader (in id order)
// as Attributes would read them one event at a time: at a million articles
// half a million events, which one at a time (an iterator and a batch of
// decoding each) took over a minute.
Result<std::vector<EventFacts>> DescribeEvents(const store::Store& store, const std::vector<std::string>& events) {
  std::vector<store::TermId> ids;
  ids.reserve(events.size());
  for (const std::string& e : events) ids.push_back(store::Store::IdOf(Term::Entity(e)));
  std::vector<std::vector<std::optional<store::TermId>>> firsts;
  for (const char* predicate : {vocab::kKind, vocab::kHeldOn, vocab::kHeldIn, vocab::kLabel}) {
    NETRA_ASSIGN_OR_RETURN(auto first, FirstObjects(store, predicate, ids));
    firsts.push_back(std::move(first));
  }
  // Leaders: the first subject (in id order) of `leads` with the event as
  // object, from one scan of its POS keys (an iterator per event cost more
  // than reading every key), and the label of the entity its value names.
  std::vector<std::optional<store::TermId>> leader(ids.size());
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> leads, store.FindId(Term::Entity(vocab::kLeads)));
  if (leads && !ids.empty()) {
    IdMap place(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) place.Insert(ids[i], static_cast<uint32_t>(i));
    ObjectRange all = ObjectRangeOf(0, 1);
    NETRA_RETURN_IF_ERROR(store.MatchIdsByObjects(*leads, all.from, all.to, [&](const store::TripleIds& t) {
      std::optional<uint32_t> i = place.Find(t.o);
      if (i && !leader[*i]) leader[*i] = t.s;  // POS order: an event's smallest subject comes first
      return true;
    }));
  }
  std::vector<store::TermId> leader_ids;
  for (const auto& l : leader) {
    if (l) leader_ids.push_back(*l);
  }
  std::vector<std::string> leader_names;
  NETRA_ASSIGN_OR_RETURN(auto leader_entities, AsEntities(store, leader_ids, &leader_names));
  NETRA_ASSIGN_OR_RETURN(auto leader_label, FirstObjects(store, vocab::kLabel, leader_entities));

  // Every value shown, decoded in one batch.
  TermValues values;
  for (const auto& first : firsts) {
    for (const auto& o : first) values.Want(o);
  }
  for (const auto& o : leader_label) values.Want(o);
  NETRA_RETURN_IF_ERROR(values.Decode(store));
  std::vector<EventFacts> facts(ids.size());
  for (size_t i = 0, l = 0; i < ids.size(); ++i) {
    facts[i].kind = values.Of(firsts[0][i]);
    facts[i].date = values.Of(firsts[1][i]);
    facts[i].region = values.Of(firsts[2][i]);
    facts[i].name = values.Of(firsts[3][i]);
    if (leader[i]) facts[i].leader = values.Of(leader_label[l++]);
  }
  return facts;
}

Result<Value> Events(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  std::map<std::string, std::set<std::string>> docs;
  if (!f.region.empty() || !f.from.empty() || !f.to.empty() || !f.kind.empty()) {
    NETRA_ASSIGN_OR_RETURN(docs, DocumentsOfFilteredEvents(store, f));
  } else {
    NETRA_ASSIGN_OR_RETURN(auto mentioning, SubjectsOfTyped(store, vocab::kMentions, {vocab::kEvent, vocab::kElection}));
    for (const auto& [event, subjects] : mentioning) {
      for (const std::string& subject : subjects) docs[event].insert(DocumentName(subject));
    }
  }
  std::vector<std::string> ids;
  ids.reserve(docs.size());
  for (const auto& [id, d] : docs) ids.push_back(id);
  NETRA_ASSIGN_OR_RETURN(std::vector<EventFacts> facts, DescribeEvents(store, ids));
  Value out = Value::Array();
  size_t i = 0;
  for (const auto& [id, d] : docs) {
    const EventFacts& e = facts[i++];
    if (!f.kind.empty() && e.kind != f.kind) continue;
    if (!DateInRange(e.date, f)) continue;
    Value region = e.region.empty() ? Value::Null() : RegionValue(attrs, e.region);
    if (!f.InRegion(region)) continue;
    Value v = Value::Object();
    v.Set("id", Value::Str(id));
    v.Set("kind", Value::Str(e.kind));
    v.Set("name", Value::Str(e.name));
    v.Set("date", e.date.empty() ? Value::Null() : Value::Str(e.date));
    v.Set("region", std::move(region));
    v.Set("led_by", e.leader ? Value::Str(*e.leader) : Value::Null());
    v.Set("documents", DocsValue(d));
    out.Push(std::move(v));
  }
  return out;
}

}  // namespace

const std::vector<std::string>& CannedQueryNames() {
  static const std::vector<std::string> kNames = {"regions-citing-laws", "regions", "officials", "statutes",
                                                  "events", "co-cited-laws"};
  return kNames;
}

const std::vector<std::string>& CannedFilterNames(const std::string& name) {
  static const std::map<std::string, std::vector<std::string>> kTaken = {
      {"regions-citing-laws", {"region", "statute", "from", "to"}},
      {"regions", {"region", "kind"}},
      {"officials", {"region", "statute"}},
      {"statutes", {"region", "statute", "from", "to"}},
      {"events", {"region", "from", "to", "kind"}},
      {"co-cited-laws", {"region", "statute", "from", "to"}},
  };
  static const std::vector<std::string> kNone;
  auto it = kTaken.find(name);
  return it == kTaken.end() ? kNone : it->second;
}

const std::vector<std::string>& CannedKinds(const std::string& name) {
  static const std::vector<std::string> kRegionKinds = {"provinsi", "kabupaten", "kota"};
  static const std::vector<std::string> kEventKinds = {"apel",       "sosialisasi", "rapat", "kampanye",
                                                       "pelantikan", "pemilihan",   "other"};
  static const std::vector<std::string> kNone;
  return name == "regions" ? kRegionKinds : name == "events" ? kEventKinds : kNone;
}

const std::vector<std::string>& CannedColumns(const std::string& name) {
  static const std::map<std::string, std::vector<std::string>> kColumns = {
      {"regions-citing-laws", {"region", "region_id", "statute", "statute_id", "status", "articles", "documents"}},
      {"regions", {"id", "name", "kind", "code", "documents"}},
      {"officials", {"id", "name", "role", "region", "region_id", "honorifics", "degrees", "documents"}},
      {"statutes",
       {"id", "label", "type", "number", "year", "title", "status", "repealed", "articles", "documents", "replaced_by"}},
      {"events", {"id", "kind", "name", "date", "region", "region_id", "led_by", "documents"}},
      {"co-cited-laws", {"statute_a", "statute_a_id", "statute_b", "statute_b_id", "regions", "region_names"}},
  };
  static const std::vector<std::string> kNone;
  auto it = kColumns.find(name);
  return it == kColumns.end() ? kNone : it->second;
}

Status CheckCannedFilters(const std::string& query, const CannedFilter& f) {
  const std::vector<std::string>& taken = CannedFilterNames(query);
  std::string list;
  for (const std::string& t : taken) list += (list.empty() ? "--" : ", --") + t;
  const std::pair<const char*, const std::string*> given[] = {
      {"region", &f.region}, {"statute", &f.statute}, {"from", &f.from}, {"to", &f.to}, {"kind", &f.kind}};
  for (const auto& [flag, value] : given) {
    if (value->empty() || std::find(taken.begin(), taken.end(), flag) != taken.end()) continue;
    return Status::InvalidArgument("`" + query + "` does not take --" + flag + " (it takes " + list + ")");
  }
  const std::vector<std::string>& kinds = CannedKinds(query);
  if (f.kind.empty() || std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end()) return Status::Ok();
  std::vector<std::string> near = NearMisses(f.kind, kinds);
  std::string all;
  for (const std::string& k : kinds) all += (all.empty() ? "" : ", ") + k;
  return Status::InvalidArgument("unknown kind `" + f.kind + "`" +
                                 (near.empty() ? "" : "; did you mean `" + near.front() + "`?") + " (one of " + all + ")");
}

namespace {

// The filter with its region and statute read as ids (graph/entity_lookup.h)
// and the region widened to the regions inside it (graph/region_scope.h).
Result<Resolved> Resolve(const store::Store& store, const CannedFilter& filter) {
  Resolved f;
  static_cast<CannedFilter&>(f) = filter;
  if (!f.region.empty()) {
    LookupOptions o;
    o.type = vocab::kRegion;
    NETRA_ASSIGN_OR_RETURN(std::string id, ResolveEntity(store, f.region, o));
    NETRA_ASSIGN_OR_RETURN(f.regions, RegionsWithin(store, id, f.subregions));
  }
  if (!f.statute.empty()) {
    LookupOptions o;
    o.type = vocab::kStatute;
    o.within = f.regions;
    NETRA_ASSIGN_OR_RETURN(f.statute_id, ResolveEntity(store, f.statute, o));
  }
  return f;
}

}  // namespace

Result<Value> RunCanned(const store::Store& store, const std::string& name, const CannedFilter& filter) {
  NETRA_RETURN_IF_ERROR(CheckCannedFilters(name, filter));
  NETRA_ASSIGN_OR_RETURN(Resolved f, Resolve(store, filter));
  if (name == "regions-citing-laws") return RegionsCitingLaws(store, f);
  if (name == "regions") return Regions(store, f);
  if (name == "officials") return Officials(store, f);
  if (name == "statutes") return Statutes(store, f);
  if (name == "events") return Events(store, f);
  if (name == "co-cited-laws") return CoCitedLaws(store, f);
  return Status::InvalidArgument("unknown query `" + name + "`");
}

}  // namespace netra::graph
