#include "extract/extractor.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/dates.h"
#include "extract/events.h"
#include "extract/fold.h"
#include "extract/link.h"
#include "extract/officials.h"
#include "extract/organizations.h"
#include "extract/regions.h"
#include "extract/statutes.h"
#include "model/vocab.h"

namespace netra::extract {

namespace {

using model::Fact;
using model::Term;

// How many facts one document may yield, so that its memory stays
// proportional to its size whatever its text: one fact per 16 bytes of
// text (a dense news article has one per 25 to 40), and at least 4096. A
// text that repeats one citation a hundred thousand times would otherwise
// give each repetition its own copy of the statute's facts.
size_t FactBound(const model::Document& doc) { return std::max<size_t>(4096, doc.text.size() / 16); }

// The most facts reserved up front: an article's few hundred, not the
// bound of a long document that may repeat itself instead.
constexpr size_t kReservedFactsAtMost = 4096;

class FactBuilder {
 public:
  FactBuilder(const model::Document& doc, std::vector<Fact>* out) : doc_(doc), out_(out), bound_(FactBound(doc)) {}

  // Builds the fact in place: a document has about a hundred facts, each
  // of five strings, and this runs for every one of them. A fact past the
  // document's bound, or stated again past kSupportsPerFact places, is
  // counted in dropped() instead.
  void Add(std::string_view s, const char* p, Term o, text::Span span, const char* extractor, float confidence = 1.0f) {
    if (out_->size() >= bound_ || !Supported(s, p, o)) {
      ++dropped_;
      return;
    }
    Fact& f = out_->emplace_back();
    f.triple.subject.kind = model::TermKind::kEntity;
    f.triple.subject.value.assign(s);
    f.triple.predicate.kind = model::TermKind::kEntity;
    f.triple.predicate.value.assign(p);
    f.triple.object = std::move(o);
    f.provenance.document = doc_.id;
    f.provenance.begin = span.begin;
    f.provenance.end = span.end;
    f.provenance.extractor.assign(extractor);
    f.provenance.confidence = confidence;
  }

  uint64_t dropped() const { return dropped_; }

 private:
  // Evidence enough for any reader: the first places a document states a
  // fact. Counted only in documents past kCountingFrom facts, so that an
  // article (a few hundred) pays no hashing.
  static constexpr uint32_t kSupportsPerFact = 8;
  static constexpr size_t kCountingFrom = 1024;

  bool Supported(std::string_view s, const char* p, const Term& o) {
    if (out_->size() < kCountingFrom) return true;
    if (supports_.empty()) {
      for (const Fact& f : *out_) ++supports_[Key(f.triple.subject.value, f.triple.predicate.value, f.triple.object)];
    }
    return ++supports_[Key(s, p, o)] <= kSupportsPerFact;
  }

  static std::string Key(std::string_view s, std::string_view p, const Term& o) {
    std::string key;
    key.reserve(s.size() + p.size() + o.value.size() + 3);
    key.append(s).push_back('\0');
    key.append(p).push_back('\0');
    key.push_back(static_cast<char>(o.kind));
    key.append(o.value);
    return key;
  }

  const model::Document& doc_;
  std::vector<Fact>* out_;
  const size_t bound_;
  std::unordered_map<std::string, uint32_t> supports_;
  uint64_t dropped_ = 0;
};

const std::string& RegionId(const Region* r) { return r->id; }

std::string StatuteId(const StatuteRef& ref) { return std::string(vocab::kStatute) + ":" + ref.Key(); }

std::string PersonId(const Official& o) {
  return std::string(vocab::kPerson) + ":" + Slug(o.name) + (o.region ? "@" + o.region->code : "");
}

std::string OrgId(const Organization& o) { return std::string(vocab::kOrganization) + ":" + Slug(o.name); }

std::string EventId(const EventMention& e) {
  return std::string(vocab::kEvent) + ":" + e.kind + "/" + (e.date.empty() ? "?" : e.date) + "/" +
         (e.region ? e.region->code : "?");
}

std::string DocumentId(const model::Document& d) { return std::string(vocab::kDocument) + ":" + d.id; }

// The gazetteer's facts of the regions a document names, each (region,
// span) stated once: a dateline and the region an article is about are
// often the same, or two kabupaten of one province, and a fact stated twice
// with one span would be one support stored and shown twice.
class RegionFacts {
 public:
  RegionFacts(FactBuilder& fb, const Resources& res) : fb_(fb), res_(res) {}

  void Add(const Region* r, text::Span span) {
    if (!First(r, span)) return;
    const std::string& id = RegionId(r);
    fb_.Add(id, vocab::kLabel, Term::String(r->name), span, "gazetteer");
    fb_.Add(id, vocab::kKind, Term::String(RegionKindName(r->kind)), span, "gazetteer");
    fb_.Add(id, vocab::kCode, Term::String(r->code), span, "gazetteer");
    if (r->kind == RegionKind::kProvinsi) return;
    const Region* p = res_.gazetteer->Province(*r);
    if (p == nullptr) return;
    fb_.Add(id, vocab::kPartOf, Term::Entity(RegionId(p)), span, "gazetteer");
    if (!First(p, span)) return;
    fb_.Add(RegionId(p), vocab::kLabel, Term::String(p->name), span, "gazetteer");
    fb_.Add(RegionId(p), vocab::kKind, Term::String("provinsi"), span, "gazetteer");
    fb_.Add(RegionId(p), vocab::kCode, Term::String(p->code), span, "gazetteer");
  }

 private:
  bool First(const Region* r, text::Span span) { return stated_.insert({r, span.begin, span.end}).second; }

  struct Stated {
    const Region* region;
    uint32_t begin, end;
    bool operator==(const Stated&) const = default;
  };
  struct StatedHash {
    size_t operator()(const Stated& k) const {
      return std::hash<const void*>()(k.region) ^ (size_t{k.begin} * 0x9E3779B97F4A7C15ull) ^ k.end;
    }
  };

  FactBuilder& fb_;
  const Resources& res_;
  // A set, not a list: a text naming regions a hundred thousand times would
  // make a list's scans quadratic.
  std::unordered_set<Stated, StatedHash> stated_;
};

}  // namespace

std::string Slug(std::string_view s) {
  std::string out;
  bool dash = false;
  for (char c : s) {
    if (IsAlnumAscii(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.push_back(LowerAscii(c));
    } else {
      dash = true;
    }
  }
  return out;
}

namespace {

// The day the document went out: its metadata, else a byline ("Oleh Humas
// Pemkab Sleman - 12 Maret 2024", "by Bawaslu Boyolali - 3 Agustus 2023"),
// else a short date line near the top ("Selasa, 05/03/2024 09:30 WIB").
std::string DocumentDate(const model::Document& doc, const text::AnalyzedText& a) {
  if (!doc.published.empty()) return doc.published;
  size_t top_lines = 0;
  for (const text::Line& line : a.lines) {
    if (line.cls == text::LineClass::kBlank) continue;
    const bool near_top = ++top_lines <= 4;
    const std::string_view written(a.normalized.data() + line.norm_begin, line.norm_end - line.norm_begin);
    const bool date_line = near_top && written.size() <= 80 && line.cls != text::LineClass::kTitle;
    if (line.cls != text::LineClass::kByline && !date_line) continue;
    if (std::string date = FullDateIn(LowerAscii(written)); !date.empty()) return date;
  }
  return "";
}

}  // namespace

Extraction ExtractAll(const model::Document& doc, const text::AnalyzedText& analyzed, const Resources& res) {
  DocContext ctx(doc, analyzed, res);
  Extraction x;
  x.document = doc.id;
  x.date = DocumentDate(doc, analyzed);
  x.publisher = doc.publisher;
  if (x.publisher.empty() && analyzed.dateline.has_value()) x.publisher = analyzed.dateline->publisher;
  ExtractRegions(ctx, &x);
  ExtractStatutes(ctx, &x);
  ExtractOfficials(ctx, &x);
  ExtractOrganizations(ctx, &x);
  ExtractElections(ctx, &x);
  ExtractEvents(ctx, &x);
  LinkCitations(ctx, &x);
  SelectSubjectRegions(ctx, &x);
  ResolveStatuteRegions(&x);
  return x;
}

ExtractedFacts ToFacts(const model::Document& doc, const Extraction& x, const Resources& res) {
  std::vector<Fact> facts;
  // Room for about every fact the loops below add (honorifics and degrees
  // aside), so the vector seldom moves its facts while growing.
  size_t articles = 0;
  for (const StatuteMention& st : x.statutes) articles += st.articles.size();
  facts.reserve(std::min(kReservedFactsAtMost, 22 + 9 * x.regions.size() + 9 * x.statutes.size() +
                                                   16 * x.officials.size() + 12 * x.organizations.size() +
                                                   4 * x.elections.size() + (7 + x.elections.size()) * x.events.size() +
                                                   x.citations.size() + 3 * articles));
  FactBuilder fb(doc, &facts);
  RegionFacts region_facts(fb, res);
  const std::string doc_id = DocumentId(doc);
  text::Span whole{0, static_cast<uint32_t>(doc.text.size())};
  fb.Add(doc_id, vocab::kLabel, Term::String(doc.title.empty() ? doc.id : doc.title), whole, "document");
  if (!x.date.empty()) fb.Add(doc_id, vocab::kPublishedOn, Term::Date(x.date), whole, "document");
  if (!x.publisher.empty()) {
    std::string pub = std::string(vocab::kPublisher) + ":" + Slug(x.publisher);
    fb.Add(doc_id, vocab::kPublishedBy, Term::Entity(pub), whole, "document");
    fb.Add(pub, vocab::kLabel, Term::String(x.publisher), whole, "document");
  }
  if (x.dateline_region != nullptr) {
    fb.Add(doc_id, vocab::kDateline, Term::Entity(RegionId(x.dateline_region)), whole, "document");
    region_facts.Add(x.dateline_region, whole);
  }
  if (x.primary_region != nullptr) {
    fb.Add(doc_id, vocab::kAbout, Term::Entity(RegionId(x.primary_region)), whole, "document");
    region_facts.Add(x.primary_region, whole);
  }
  for (const RegionMention& m : x.regions) {
    // Passing mentions are not facts about the article; only the regions
    // it is about become `mentions`.
    if (std::find(x.subject_regions.begin(), x.subject_regions.end(), m.region) == x.subject_regions.end()) continue;
    fb.Add(doc_id, vocab::kMentions, Term::Entity(RegionId(m.region)), m.span, "regions");
    region_facts.Add(m.region, m.span);
  }
  for (const StatuteMention& st : x.statutes) {
    std::string id = StatuteId(st.ref);
    // A regional act's label names its region: "PERKADA 5/2023 Kota Bogor".
    fb.Add(id, vocab::kLabel,
           Term::String(st.ref.region != nullptr ? st.ref.Short() + " " + st.ref.region->name : st.ref.Short()),
           st.span, "statutes");
    fb.Add(id, vocab::kStatuteType, Term::String(st.ref.type), st.span, "statutes");
    if (!st.ref.number.empty()) fb.Add(id, vocab::kNumber, Term::String(st.ref.number), st.span, "statutes");
    if (st.ref.year > 0) fb.Add(id, vocab::kYear, Term::Integer(st.ref.year), st.span, "statutes");
    if (!st.title.empty()) fb.Add(id, vocab::kTitle, Term::String(st.title), st.span, "statutes");
    if (const CatalogEntry* e = res.catalog->Find(st.ref)) {
      if (!e->status.empty()) fb.Add(id, vocab::kStatus, Term::String(e->status), st.span, "catalog");
      if (!e->replaced_by.empty()) {
        // "UU 20/2023" -> Statute:UU/20/2023
        std::string r = e->replaced_by;
        size_t sp = r.find(' '), sl = r.find('/');
        if (sp != std::string::npos && sl != std::string::npos) {
          StatuteRef rep{r.substr(0, sp), r.substr(sp + 1, sl - sp - 1), std::atoi(r.c_str() + sl + 1), nullptr};
          fb.Add(id, vocab::kReplacedBy, Term::Entity(StatuteId(rep)), st.span, "catalog");
          fb.Add(StatuteId(rep), vocab::kLabel, Term::String(rep.Short()), st.span, "catalog");
        }
      }
    }
    fb.Add(doc_id, vocab::kMentions, Term::Entity(id), st.span, "statutes");
  }
  std::vector<std::string> person_ids;
  for (const Official& o : x.officials) {
    std::string pid = PersonId(o);
    person_ids.push_back(pid);
    fb.Add(pid, vocab::kLabel, Term::String(o.name), o.span, "officials");
    for (const auto& h : o.honorifics) fb.Add(pid, vocab::kHonorific, Term::String(h), o.span, "officials");
    for (const auto& d : o.degrees) fb.Add(pid, vocab::kDegree, Term::String(d), o.span, "officials");
    std::string pos = std::string(vocab::kPosition) + ":" + Slug(o.role) + (o.region ? "@" + o.region->code : "");
    fb.Add(pid, vocab::kHoldsPosition, Term::Entity(pos), o.span, "officials");
    fb.Add(pos, vocab::kRole, Term::String(o.role), o.span, "officials");
    fb.Add(pos, vocab::kLabel, Term::String(o.role + (o.region ? " " + o.region->base_name : "")), o.span, "officials");
    if (o.region != nullptr) {
      fb.Add(pos, vocab::kPositionIn, Term::Entity(RegionId(o.region)), o.span, "officials");
      region_facts.Add(o.region, o.span);
    }
    fb.Add(doc_id, vocab::kMentions, Term::Entity(pid), o.span, "officials");
  }
  std::vector<std::string> org_ids;
  for (const Organization& o : x.organizations) {
    std::string oid = OrgId(o);
    org_ids.push_back(oid);
    fb.Add(oid, vocab::kLabel, Term::String(o.name), o.span, "organizations");
    if (!o.abbr.empty()) fb.Add(oid, vocab::kAbbreviation, Term::String(o.abbr), o.span, "organizations");
    if (o.region != nullptr) {
      fb.Add(oid, vocab::kLocatedIn, Term::Entity(RegionId(o.region)), o.span, "organizations");
      region_facts.Add(o.region, o.span);
    }
    fb.Add(doc_id, vocab::kMentions, Term::Entity(oid), o.span, "organizations");
  }
  std::vector<std::string> election_ids;
  for (const Election& e : x.elections) {
    std::string id = std::string(vocab::kElection) + ":" + Slug(e.name);
    election_ids.push_back(id);
    fb.Add(id, vocab::kLabel, Term::String(e.name), e.span, "elections");
    fb.Add(id, vocab::kKind, Term::String("pemilihan"), e.span, "elections");
    fb.Add(id, vocab::kYear, Term::Integer(e.year), e.span, "elections");
    fb.Add(doc_id, vocab::kMentions, Term::Entity(id), e.span, "elections");
  }
  std::vector<std::string> event_ids;
  for (const EventMention& e : x.events) {
    std::string id = EventId(e);
    event_ids.push_back(id);
    fb.Add(id, vocab::kKind, Term::String(e.kind), e.span, "events");
    fb.Add(id, vocab::kLabel, Term::String(e.name), e.span, "events");
    if (!e.date.empty()) fb.Add(id, vocab::kHeldOn, Term::Date(e.date), e.span, "events");
    if (e.region != nullptr) fb.Add(id, vocab::kHeldIn, Term::Entity(RegionId(e.region)), e.span, "events");
    if (e.leader >= 0) fb.Add(person_ids[e.leader], vocab::kLeads, Term::Entity(id), e.span, "events");
    if (e.organizer >= 0) fb.Add(org_ids[e.organizer], vocab::kOrganizes, Term::Entity(id), e.span, "events");
    for (const std::string& el : election_ids) fb.Add(id, vocab::kAbout, Term::Entity(el), e.span, "events", 0.6f);
    fb.Add(doc_id, vocab::kMentions, Term::Entity(id), e.span, "events");
  }
  for (const Citation& c : x.citations) {
    const StatuteMention& st = x.statutes[c.statute];
    std::string actor;
    switch (c.actor) {
      case Citation::Actor::kOfficial: actor = person_ids[c.actor_index]; break;
      case Citation::Actor::kOrganization: actor = org_ids[c.actor_index]; break;
      case Citation::Actor::kEvent: actor = event_ids[c.actor_index]; break;
      case Citation::Actor::kDocument: actor = doc_id; break;
    }
    std::string sid = StatuteId(st.ref);
    fb.Add(actor, vocab::kCites, Term::Entity(sid), st.span, "citations", 0.8f);
    for (const std::string& a : st.articles) {
      std::string aid = std::string(vocab::kStatuteArticle) + ":" + st.ref.Key() + "#" + Slug(a);
      fb.Add(aid, vocab::kLabel, Term::String(a), st.span, "statutes");
      fb.Add(aid, vocab::kPartOf, Term::Entity(sid), st.span, "statutes");
      fb.Add(actor, vocab::kCitesArticle, Term::Entity(aid), st.span, "citations", 0.8f);
    }
  }
  return {std::move(facts), fb.dropped()};
}

}  // namespace netra::extract
