// officials: one row per position an official holds and name its documents
// wrote it in.
#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/vocab.h"
#include "query/canned/describe.h"
#include "query/canned/questions.h"
#include "query/id_reads.h"
#include "store/object_ranges.h"

namespace netra::query::canned {

namespace {

using model::Term;

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
    NETRA_RETURN_IF_ERROR(
        store.MatchIds(std::nullopt, *cites, store::Store::IdOf(Term::Entity(statute)), [&](const store::TripleIds& t) {
          citers.insert(t.s);
          return true;
        }));
  }
  std::erase_if(held, [&](const store::TripleIds& t) { return citers.count(t.s) == 0; });
  return held;
}

}  // namespace

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
    store::ObjectRange all = store::ObjectRangeOf(0, 1);
    NETRA_RETURN_IF_ERROR(store.MatchIdsByObjects(*holds, all.from, all.to, keep));
  } else {
    // Only the positions in a matching region can give rows (some thousands
    // of positions, where a million people hold one at a million
    // articles); in id order, each one's holders in theirs, as above.
    NETRA_ASSIGN_OR_RETURN(
        auto positions,
        SubjectsWhereObject(store, vocab::kPositionIn, [&](const std::string& region) { return f.InRegion(region); }));
    for (store::TermId position : positions)
      NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *holds, position, keep));
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
  NETRA_RETURN_IF_ERROR(
      store.SupportingDocuments(held, [&](size_t i, std::string_view doc) { held_docs[i].emplace_back(doc); }));
  std::vector<store::TripleIds> label_triples;
  std::vector<size_t> first_label_of(person_ids.size() + 1, 0);
  for (size_t k = 0; k < person_ids.size(); ++k) {
    label_triples.insert(label_triples.end(), labels_of[k].begin(), labels_of[k].end());
    first_label_of[k + 1] = label_triples.size();
  }
  std::vector<std::vector<std::string>> label_docs(label_triples.size());
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(
      label_triples, [&](size_t i, std::string_view doc) { label_docs[i].emplace_back(doc); }));

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

}  // namespace netra::query::canned
