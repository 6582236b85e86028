#include "graph/timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "model/vocab.h"

namespace netra::graph {

namespace {

using model::Term;

// Subjects of `?x pred object`.
Result<std::vector<std::string>> Subjects(const store::Store& store, const char* pred, const std::string& object) {
  std::vector<std::string> out;
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, Term::Entity(pred), Term::Entity(object), [&](const model::Triple& t) {
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

Result<std::vector<std::string>> Documents(const store::Store& store, const model::Triple& t) {
  std::vector<model::Provenance> provs;
  NETRA_RETURN_IF_ERROR(store.Supports(t, &provs));
  std::vector<std::string> docs;
  for (const auto& p : provs) {
    if (docs.empty() || docs.back() != p.document) docs.push_back(p.document);
  }
  return docs;
}

struct Entry {
  std::string date, what, title, region, who;
  std::set<std::string> documents;
};

Value DocsValue(const std::set<std::string>& docs) {
  Value v = Value::Array();
  for (const auto& d : docs) v.Push(Value::Str(d));
  return v;
}

}  // namespace

Result<Value> Timeline(const store::Store& store, const std::string& region_id, const TimelineOptions& options) {
  std::vector<std::string> regions{region_id};
  for (size_t i = 0; options.include_subregions && i < regions.size(); ++i) {
    NETRA_ASSIGN_OR_RETURN(auto subs, Subjects(store, vocab::kPartOf, regions[i]));
    for (auto& s : subs) {
      if (s.rfind(std::string(vocab::kRegion) + ":", 0) == 0 &&
          std::find(regions.begin(), regions.end(), s) == regions.end()) {
        regions.push_back(s);
      }
    }
  }
  std::vector<Entry> entries;
  for (const std::string& region : regions) {
    std::string region_label = Attr(store, region, vocab::kLabel);
    // Events held here, and which document reports which event's date.
    std::map<std::string, std::set<std::string>> event_dates_of_doc;
    NETRA_ASSIGN_OR_RETURN(auto events, Subjects(store, vocab::kHeldIn, region));
    for (const std::string& ev : events) {
      Entry e{Attr(store, ev, vocab::kHeldOn), "event", Attr(store, ev, vocab::kLabel), region_label, "", {}};
      NETRA_ASSIGN_OR_RETURN(auto leaders, Subjects(store, vocab::kLeads, ev));
      if (!leaders.empty()) e.who = Attr(store, leaders.front(), vocab::kLabel);
      NETRA_ASSIGN_OR_RETURN(auto docs, Subjects(store, vocab::kMentions, ev));
      for (std::string& d : docs) {
        d = d.substr(std::string(vocab::kDocument).size() + 1);
        if (!e.date.empty()) event_dates_of_doc[d].insert(e.date);
        e.documents.insert(d);
      }
      entries.push_back(std::move(e));
    }
    // Actors of the region: its officials (through their positions), its
    // organisations and its events.
    std::set<std::string> actors(events.begin(), events.end());
    NETRA_ASSIGN_OR_RETURN(auto positions, Subjects(store, vocab::kPositionIn, region));
    for (const std::string& pos : positions) {
      NETRA_ASSIGN_OR_RETURN(auto people, Subjects(store, vocab::kHoldsPosition, pos));
      actors.insert(people.begin(), people.end());
    }
    NETRA_ASSIGN_OR_RETURN(auto orgs, Subjects(store, vocab::kLocatedIn, region));
    actors.insert(orgs.begin(), orgs.end());
    for (const std::string& actor : actors) {
      std::vector<model::Triple> cites;
      NETRA_RETURN_IF_ERROR(store.Match(Term::Entity(actor), Term::Entity(vocab::kCites), std::nullopt,
                                        [&](const model::Triple& t) {
                                          cites.push_back(t);
                                          return true;
                                        }));
      for (const model::Triple& t : cites) {
        NETRA_ASSIGN_OR_RETURN(auto docs, Documents(store, t));
        // One row per date, so that each row's documents share it.
        std::map<std::string, std::set<std::string>> by_date;
        for (const std::string& d : docs) {
          std::string published = Attr(store, std::string(vocab::kDocument) + ":" + d, vocab::kPublishedOn);
          const auto& from_events = event_dates_of_doc[d];
          std::string date = !published.empty() ? published : from_events.empty() ? "" : *from_events.begin();
          by_date[date].insert(d);
        }
        for (auto& [date, ds] : by_date) {
          entries.push_back({date, "citation", Attr(store, t.object.value, vocab::kLabel), region_label,
                             Attr(store, actor, vocab::kLabel), ds});
        }
      }
    }
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
    out.Push(std::move(row));
  }
  return out;
}

}  // namespace netra::graph
