#include "query/timeline.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "model/vocab.h"
#include "query/id_reads.h"
#include "query/region_scope.h"

namespace netra::query {

namespace {

using model::Term;

// Subjects of `?x pred object`.
Result<std::vector<std::string>> Subjects(const store::Store& store, const char* pred, const std::string& object) {
  std::vector<std::string> out;
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(pred), Term::Entity(object), [&](const model::Triple& t) {
        out.push_back(t.subject.value);
        return true;
      }));
  return out;
}

// The first object of `subject pred ?x`, or "".
std::string Attr(const store::Store& store, const std::string& subject, const char* pred) {
  std::string value;
  Status s = store.Match(Term::Entity(subject), Term::Entity(pred), std::nullopt, [&](const model::Triple& t) {
    value = t.object.value;
    return false;
  });
  s.ok();  // attributes are decoration; an unreadable one prints empty
  return value;
}

struct Entry {
  std::string date, what, title, region, who;
  std::set<std::string> documents;
  // The entities behind the names: the event or the statute, the region,
  // the event's leader or the citing actor ("" for none).
  std::string title_id, region_id, who_id;
};

Value DocsValue(const std::set<std::string>& docs) {
  Value v = Value::Array();
  for (const auto& d : docs) v.Push(Value::Str(d));
  return v;
}

// The subjects (ids, in id order) of `?x predicate object`.
Result<std::vector<store::TermId>> SubjectIds(const store::Store& store, std::optional<store::TermId> predicate,
                                              store::TermId object) {
  std::vector<store::TermId> out;
  if (!predicate) return out;
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *predicate, object, [&](const store::TripleIds& t) {
    out.push_back(t.s);
    return true;
  }));
  return out;
}

Result<std::optional<store::TermId>> PredicateId(const store::Store& store, const char* name) {
  return store.FindId(Term::Entity(name));
}

// The events held in `region` as timeline rows (date, title, first leader
// in id order, the documents that mention each), read for all of them
// together; `event_dates_of_doc` gets the dates each document reports, and
// `events` the events' ids.
Status AddEvents(const store::Store& store, const std::string& region, const std::string& region_label,
                 std::vector<Entry>* entries, std::map<std::string, std::set<std::string>>* event_dates_of_doc,
                 std::vector<std::string>* events) {
  NETRA_ASSIGN_OR_RETURN(auto held_in, PredicateId(store, vocab::kHeldIn));
  NETRA_ASSIGN_OR_RETURN(auto leads, PredicateId(store, vocab::kLeads));
  NETRA_ASSIGN_OR_RETURN(auto mentions, PredicateId(store, vocab::kMentions));
  NETRA_ASSIGN_OR_RETURN(auto event_ids, SubjectIds(store, held_in, store::Store::IdOf(Term::Entity(region))));
  NETRA_ASSIGN_OR_RETURN(auto event_entities, AsEntities(store, event_ids, events));
  NETRA_ASSIGN_OR_RETURN(auto dates, FirstObjects(store, vocab::kHeldOn, event_entities));
  NETRA_ASSIGN_OR_RETURN(auto titles, FirstObjects(store, vocab::kLabel, event_entities));
  std::vector<std::optional<store::TermId>> leader(events->size());
  std::vector<store::TermId> leader_ids, mentioning;
  std::vector<size_t> first_doc{0};
  for (size_t i = 0; i < events->size(); ++i) {
    if (leads) {
      NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *leads, event_entities[i], [&](const store::TripleIds& t) {
        leader[i] = t.s;
        return false;
      }));
    }
    if (leader[i]) leader_ids.push_back(*leader[i]);
    NETRA_ASSIGN_OR_RETURN(auto docs, SubjectIds(store, mentions, event_entities[i]));
    mentioning.insert(mentioning.end(), docs.begin(), docs.end());
    first_doc.push_back(mentioning.size());
  }
  std::vector<std::string> leader_names;
  NETRA_ASSIGN_OR_RETURN(auto leader_entities, AsEntities(store, leader_ids, &leader_names));
  NETRA_ASSIGN_OR_RETURN(auto leader_labels, FirstObjects(store, vocab::kLabel, leader_entities));
  std::vector<Term> doc_terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(mentioning, &doc_terms));
  TermValues values;
  for (const auto* firsts : {&dates, &titles, &leader_labels}) {
    for (const auto& o : *firsts) values.Want(o);
  }
  NETRA_RETURN_IF_ERROR(values.Decode(store));
  for (size_t i = 0, l = 0; i < events->size(); ++i) {
    Entry e{values.Of(dates[i]), "event", values.Of(titles[i]), region_label, "", {}, (*events)[i], region, ""};
    if (leader[i]) {
      e.who_id = leader_names[l];
      e.who = values.Of(leader_labels[l++]);
    }
    for (size_t k = first_doc[i]; k < first_doc[i + 1]; ++k) {
      std::string d = doc_terms[k].value.substr(std::string(vocab::kDocument).size() + 1);
      if (!e.date.empty()) (*event_dates_of_doc)[d].insert(e.date);
      e.documents.insert(d);
    }
    entries->push_back(std::move(e));
  }
  return Status::Ok();
}

// The citations of `actors` (ids as strings, in the order rows are made) as
// timeline rows: one per statute an actor cites and date, a document's
// date being its publication date, else the first date of the events it
// reports (`event_dates_of_doc`). Each actor's citations in id order, read
// for all of them together with their documents and labels.
Status AddCitations(const store::Store& store, const std::vector<std::string>& actors, const std::string& region,
                    const std::string& region_label,
                    const std::map<std::string, std::set<std::string>>& event_dates_of_doc,
                    std::vector<Entry>* entries) {
  std::vector<store::TermId> actor_ids;
  for (const std::string& actor : actors) actor_ids.push_back(store::Store::IdOf(Term::Entity(actor)));
  NETRA_ASSIGN_OR_RETURN(auto cites_of, AllTriples(store, vocab::kCites, actor_ids));
  std::vector<store::TripleIds> cites;
  std::vector<store::TermId> statutes;
  for (const auto& list : cites_of) {
    for (const store::TripleIds& t : list) {
      cites.push_back(t);
      statutes.push_back(t.o);
    }
  }
  std::vector<std::vector<std::string>> cite_docs(cites.size());
  NETRA_RETURN_IF_ERROR(
      store.SupportingDocuments(cites, [&](size_t i, std::string_view doc) { cite_docs[i].emplace_back(doc); }));
  std::vector<std::string> doc_list;
  for (const auto& docs : cite_docs) doc_list.insert(doc_list.end(), docs.begin(), docs.end());
  std::sort(doc_list.begin(), doc_list.end());
  doc_list.erase(std::unique(doc_list.begin(), doc_list.end()), doc_list.end());
  std::vector<store::TermId> doc_entities;
  for (const std::string& d : doc_list) {
    doc_entities.push_back(store::Store::IdOf(Term::Entity(std::string(vocab::kDocument) + ":" + d)));
  }
  NETRA_ASSIGN_OR_RETURN(auto published, FirstObjects(store, vocab::kPublishedOn, doc_entities));
  std::vector<std::string> statute_names;
  NETRA_ASSIGN_OR_RETURN(auto statute_entities, AsEntities(store, statutes, &statute_names));
  NETRA_ASSIGN_OR_RETURN(auto statute_labels, FirstObjects(store, vocab::kLabel, statute_entities));
  NETRA_ASSIGN_OR_RETURN(auto actor_labels, FirstObjects(store, vocab::kLabel, actor_ids));
  TermValues values;
  for (const auto* firsts : {&published, &statute_labels, &actor_labels}) {
    for (const auto& o : *firsts) values.Want(o);
  }
  NETRA_RETURN_IF_ERROR(values.Decode(store));
  for (size_t a = 0, c = 0; a < actors.size(); ++a) {
    for (size_t k = 0; k < cites_of[a].size(); ++k, ++c) {
      // One row per date, so that each row's documents share it.
      std::map<std::string, std::set<std::string>> by_date;
      for (const std::string& d : cite_docs[c]) {
        size_t at = std::lower_bound(doc_list.begin(), doc_list.end(), d) - doc_list.begin();
        const std::string& on = values.Of(published[at]);
        auto from_events = event_dates_of_doc.find(d);
        std::string date = !on.empty()                               ? on
                           : from_events == event_dates_of_doc.end() ? ""
                                                                     : *from_events->second.begin();
        by_date[date].insert(d);
      }
      for (auto& [date, ds] : by_date) {
        entries->push_back({date, "citation", values.Of(statute_labels[c]), region_label, values.Of(actor_labels[a]),
                            ds, statute_names[c], region, actors[a]});
      }
    }
  }
  return Status::Ok();
}

}  // namespace

// A region's events and the citations of its actors (the events, the
// holders of its positions, its organisations), with its subregions'. The
// facts of a region's events and actors are read together, as ids
// (query/id_reads.h): a province at a million articles has some twenty
// thousand events and their citations, which read one entity at a time
// took 13 s.
Result<Value> Timeline(const store::Store& store, const std::string& region_id, const TimelineOptions& options) {
  NETRA_ASSIGN_OR_RETURN(std::set<std::string> regions, RegionsWithin(store, region_id, options.include_subregions));
  std::vector<Entry> entries;
  for (const std::string& region : regions) {
    std::string region_label = Attr(store, region, vocab::kLabel);
    std::map<std::string, std::set<std::string>> event_dates_of_doc;  // which document reports which event's date
    std::vector<std::string> events;
    NETRA_RETURN_IF_ERROR(AddEvents(store, region, region_label, &entries, &event_dates_of_doc, &events));
    // Actors of the region: its officials (through their positions), its
    // organisations and its events, in the order of their ids as text.
    std::set<std::string> actors(events.begin(), events.end());
    NETRA_ASSIGN_OR_RETURN(auto positions, Subjects(store, vocab::kPositionIn, region));
    for (const std::string& pos : positions) {
      NETRA_ASSIGN_OR_RETURN(auto people, Subjects(store, vocab::kHoldsPosition, pos));
      actors.insert(people.begin(), people.end());
    }
    NETRA_ASSIGN_OR_RETURN(auto orgs, Subjects(store, vocab::kLocatedIn, region));
    actors.insert(orgs.begin(), orgs.end());
    NETRA_RETURN_IF_ERROR(AddCitations(store, std::vector<std::string>(actors.begin(), actors.end()), region,
                                       region_label, event_dates_of_doc, &entries));
  }
  auto in_range = [&](const std::string& d) {
    if (options.from.empty() && options.to.empty()) return true;
    return !d.empty() && (options.from.empty() || d >= options.from) && (options.to.empty() || d <= options.to);
  };
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return std::tie(a.date, a.what, a.title, a.who) < std::tie(b.date, b.what, b.title, b.who);
  });
  Value out = Value::Array();
  for (const Entry& e : entries) {
    if (!in_range(e.date)) continue;
    Value row = Value::Object();
    row.Set("date", e.date.empty() ? Value::Null() : Value::Str(e.date));
    row.Set("what", Value::Str(e.what));
    row.Set("title", Value::Str(e.title));
    row.Set("region", Value::Str(e.region));
    row.Set("who", e.who.empty() ? Value::Null() : Value::Str(e.who));
    row.Set("documents", DocsValue(e.documents));
    row.Set("title_id", Value::Str(e.title_id));
    row.Set("region_id", Value::Str(e.region_id));
    row.Set("who_id", e.who_id.empty() ? Value::Null() : Value::Str(e.who_id));
    out.Push(std::move(row));
  }
  return out;
}

}  // namespace netra::query
