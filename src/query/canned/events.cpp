// events: the events and elections documents mention, with their kind,
// date, region, leader and documents.
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/id_map.h"
#include "model/vocab.h"
#include "query/canned/describe.h"
#include "query/canned/questions.h"
#include "query/id_reads.h"
#include "store/object_ranges.h"

namespace netra::query::canned {

namespace {

using model::Term;

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
    NETRA_ASSIGN_OR_RETURN(auto of_kind, SubjectsWhereObject(store, vocab::kKind,
                                                             [&](const std::string& kind) { return kind == f.kind; }));
    narrow(std::move(of_kind));
  }
  std::map<std::string, std::set<std::string>> docs;
  if (!candidates || candidates->empty()) return docs;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> mentions, store.FindId(Term::Entity(vocab::kMentions)));
  if (!mentions) return docs;
  std::vector<Term> events;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(*candidates, &events));
  std::vector<store::TermId> mentioning;            // the mentioning documents' ids
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
    store::ObjectRange all = store::ObjectRangeOf(0, 1);
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

}  // namespace

Result<Value> Events(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  std::map<std::string, std::set<std::string>> docs;
  if (!f.region.empty() || !f.from.empty() || !f.to.empty() || !f.kind.empty()) {
    NETRA_ASSIGN_OR_RETURN(docs, DocumentsOfFilteredEvents(store, f));
  } else {
    NETRA_ASSIGN_OR_RETURN(auto mentioning,
                           SubjectsOfTyped(store, vocab::kMentions, {vocab::kEvent, vocab::kElection}));
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

}  // namespace netra::query::canned
