#include "extract/events.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "extract/dates.h"
#include "extract/fold.h"
#include "extract/lexicon.h"
#include "extract/link.h"
#include "extract/officials.h"
#include "extract/regions.h"
#include "extract/word_set.h"

namespace netra::extract {

namespace {

// The kind of the election triggers: elections are ExtractElections' own.
constexpr std::string_view kElection = "pemilihan";

// The longest event trigger (schema/lexicon/event_triggers.tsv) starting at
// token i, and how many tokens it takes.
struct TriggerMatch {
  const EventTrigger* trigger = nullptr;
  size_t tokens = 0;
};

TriggerMatch FindTrigger(const Lexicon& lex, const SentenceView& s, size_t i) {
  TriggerMatch best;
  const auto& t = s.tokens;
  for (const EventTrigger* trigger : lex.TriggersStartingWith(TokenText(s.lower, t[i]))) {
    std::string_view rest(trigger->words);
    size_t n = 0;
    bool ok = true;
    while (ok && !rest.empty()) {
      const size_t sp = rest.find(' ');
      const std::string_view w = rest.substr(0, sp);
      ok = i + n < t.size() && t[i + n].word && TokenText(s.lower, t[i + n]) == w;
      ++n;
      rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
    }
    if (ok && n > best.tokens) best = {trigger, n};
  }
  return best;
}

std::string TitleWords(const Lexicon& lex, const SentenceView& s, size_t i) {
  // The event's name: its kind word and the capitalised words after it
  // ("Apel Gabungan Pembinaan Netralitas ASN"), else the kind word and up
  // to three words ("sosialisasi netralitas ASN", "Pembukaan pendaftaran
  // peserta seleksi": a sentence's capital opens no title). A verb or a
  // word that frames the happening ends it ("pembukaan diawali dengan").
  const auto& t = s.tokens;
  size_t k = i + 1, words = 0;
  const bool titled = t[i].capitalized && i + 1 < t.size() && t[i + 1].capitalized;
  while (k < t.size() && t[k].word && words < 10) {
    std::string_view w = TokenText(s.lower, t[k]);
    if (lex.EndsEventName(w) || lex.IsReportingVerb(w) || lex.IsEventCue(w)) break;
    if (titled && !t[k].capitalized && w != "dan" && w != "tentang" && w != "dalam") break;
    if (!titled && words >= 3) break;
    ++k;
    ++words;
  }
  std::string name(s.text.substr(t[i].begin, t[k - 1].end - t[i].begin));
  while (!name.empty() && (name.back() == ' ' || name.back() == ',')) name.pop_back();
  return name;
}

// Calls add(year, offset) for every `\b(19|20)[0-9]{2}\b` in `lower`, left to
// right: the regex written as a scan, since it runs over every sentence.
template <typename Add>
void ScanYears(std::string_view lower, Add&& add) {
  const auto word = [](char c) { return IsAlnumAscii(c) || c == '_'; };  // RE2's \b is ASCII
  const size_t n = lower.size();
  for (size_t i = 0; i + 4 <= n; ++i) {
    if (!IsDigit(lower[i])) continue;
    if (i > 0 && word(lower[i - 1])) continue;
    if (!((lower[i] == '2' && lower[i + 1] == '0') || (lower[i] == '1' && lower[i + 1] == '9'))) continue;
    if (!IsDigit(lower[i + 2]) || !IsDigit(lower[i + 3])) continue;
    if (i + 4 < n && word(lower[i + 4])) continue;
    add((lower[i] - '0') * 1000 + (lower[i + 1] - '0') * 100 + (lower[i + 2] - '0') * 10 + (lower[i + 3] - '0'),
        static_cast<uint32_t>(i));
    i += 3;
  }
}

// The spans of a document's statute citations, asked whether one covers a
// year. A scan of every citation per year was quadratic: a text of
// citations and nothing else took minutes.
class CitedSpans {
 public:
  explicit CitedSpans(const std::vector<StatuteMention>& statutes) {
    spans_.reserve(statutes.size());
    for (const StatuteMention& st : statutes) spans_.push_back(st.span);
    std::sort(spans_.begin(), spans_.end(), [](const text::Span& a, const text::Span& b) { return a.begin < b.begin; });
    // farthest_end_[i]: the farthest end among spans_[0..i], so that one
    // look at the last span starting at or before a year answers for all
    // the spans that start before it.
    farthest_end_.reserve(spans_.size());
    uint32_t farthest = 0;
    for (const text::Span& sp : spans_) farthest_end_.push_back(farthest = std::max(farthest, sp.end));
  }

  bool Covers(const text::Span& where) const {
    auto after = std::upper_bound(spans_.begin(), spans_.end(), where.begin,
                                  [](uint32_t at, const text::Span& sp) { return at < sp.begin; });
    if (after == spans_.begin()) return false;
    return farthest_end_[after - spans_.begin() - 1] >= where.end;
  }

 private:
  std::vector<text::Span> spans_;
  std::vector<uint32_t> farthest_end_;
};

}  // namespace

std::vector<int> CandidateYears(const DocContext& ctx, const Extraction& out) {
  std::vector<int> years;
  auto add = [&](int y) {
    if (y >= 1990 && y <= 2100 && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
  };
  // Nearest the document's date first: its year, then the year before (a
  // story reports what has happened), then the year after.
  if (out.date.size() >= 4) {
    const int year = std::atoi(out.date.substr(0, 4).c_str());
    add(year);
    add(year - 1);
    add(year + 1);
  }
  // Then the years the text states, but never the year of a cited statute
  // ("UU Nomor 5 Tahun 2014" dates no event of the article).
  const CitedSpans cited(out.statutes);
  std::vector<int> stated;
  for (const SentenceView& s : ctx.sentences()) {
    ScanYears(s.lower, [&](int y, uint32_t at) {
      if (!cited.Covers(ctx.ToOriginal(s, at, at + 4))) stated.push_back(y);
    });
  }
  for (int y : stated) add(y);
  for (int y : stated) {
    add(y - 1);
    add(y + 1);
  }
  return years;
}

void ExtractElections(const DocContext& ctx, Extraction* out) {
  static const RE2 re(
      "\\b(pilkada|pemilu|pemilihan umum|pilpres|pileg|pemilihan kepala daerah|pemilukada|pilgub|pilbup|pilwalkot)"
      "(?: serentak)?(?: nasional)?(?: tahun)? ?([0-9]{4})\\b");
  for (const SentenceView& s : ctx.sentences()) {
    // Every kind word contains "pil" or "pemil": skip the regex search in
    // the many sentences that have neither.
    if (s.lower.find("pil") == std::string::npos && s.lower.find("pemil") == std::string::npos) continue;
    re2::StringPiece in(s.lower);
    std::string kind, year;
    while (RE2::FindAndConsume(&in, re, &kind, &year)) {
      std::string name;
      if (kind == "pemilu" || kind == "pemilihan umum" || kind == "pilpres" || kind == "pileg") {
        name = "Pemilu";
      } else {
        name = "Pilkada";
      }
      Election e;
      e.year = std::atoi(year.c_str());
      e.name = name + " " + year;
      size_t end = in.data() - s.lower.data();
      e.span =
          ctx.ToOriginal(s, static_cast<uint32_t>(end - kind.size() - year.size() - 1), static_cast<uint32_t>(end));
      bool seen = std::any_of(out->elections.begin(), out->elections.end(),
                              [&](const Election& x) { return x.name == e.name; });
      if (!seen) out->elections.push_back(e);
    }
  }
}

namespace {

// A date written as a decree's date ("Nomor 816.2.1/128/BKD.3.2 tanggal 13
// Mei 2024") dates a document, not an event.
bool IsDocumentDate(const SentenceView& s, const DateMention& d) {
  size_t from = d.begin > 80 ? d.begin - 80 : 0;
  std::string_view before(s.lower.data() + from, d.begin - from);
  // "TMT 01 Agustus 2024" (effective from) and "sejak tanggal 10 Juli" (since)
  // date a term or a period, not a gathering.
  std::string_view near = before.substr(before.size() > 16 ? before.size() - 16 : 0);
  // A range ("sejak 28 September sampai dengan 2 Oktober") is bounded: its
  // first day opens the happening.
  if (!d.range && (near.find("tmt") != std::string_view::npos || near.find("sejak") != std::string_view::npos)) {
    return true;
  }
  // "sejak 10 Juli 2023 sampai dengan 6 Agustus 2023": the end of a period
  // spanning months is no day of an event either.
  for (const char* until : {"sampai dengan ", "sampai ", "hingga ", "s/d ", "s.d. ", "s.d "}) {
    const std::string_view u(until);
    if (before.size() >= u.size() && before.substr(before.size() - u.size()) == u) return true;
  }
  // "yang lahir sebelum 14 Februari 2007", "tanggal lahir": a birth date
  // sets who may take part, it dates nothing that happened.
  std::string_view born = before.substr(before.size() > 30 ? before.size() - 30 : 0);
  if (born.find("lahir") != std::string_view::npos) return true;
  // "pemungutan suara 27 November 2024", "Pemilu 14 Februari 2024": polling
  // day, which articles name as the horizon, not as the day of their event.
  std::string_view vote = before.substr(before.size() > 40 ? before.size() - 40 : 0);
  for (const char* w : {"pemungutan suara", "pencoblosan", "hari h ", "pilkada", "pemilu", "pemilihan umum", "pilpres",
                        "pileg", "coblos"}) {
    if (vote.find(w) != std::string_view::npos) return true;
  }
  size_t tanggal = before.rfind("tanggal");
  if (tanggal == std::string_view::npos || before.size() - tanggal > 10) return false;
  return before.find("nomor") != std::string_view::npos || before.find(" no.") != std::string_view::npos;
}

// "dilaksanakan sejak tanggal 28 September sampai dengan 2 Oktober 2020":
// a bounded period, whose first day opens the happening as a range's does
// (its last day is no event day: IsDocumentDate).
bool OpensPeriod(const SentenceView& s, const DateMention& d, const DateMention& next) {
  if (next.begin < d.end) return false;
  std::string_view gap = Trim(std::string_view(s.lower).substr(d.end, next.begin - d.end));
  for (const char* until :
       {"sampai dengan", "sampai dengan tanggal", "sampai", "hingga", "hingga tanggal", "s/d", "s.d.", "s.d"}) {
    if (gap == until) return true;
  }
  return false;
}

struct DatedMention {
  std::string date;
  uint32_t begin, end;
  bool range = false;  // the first day of "7 s/d 10 November"
};

struct KindMention {
  std::string_view kind;
  size_t sentence;
  size_t token;      // where the event's name starts
  std::string date;  // the nearest date in the sentence, or ""
  bool range;        // that date opens a range of days
  int host = -1;     // the official who receives an audience, when known
};

// Whether byte `at` of the sentence lies inside quotation marks opened
// before it (straight or curly double quotes).
bool InsideQuote(const SentenceView& s, uint32_t at) {
  std::string_view before = s.text.substr(0, at);
  size_t straight = static_cast<size_t>(std::count(before.begin(), before.end(), '"'));
  size_t open = 0, close = 0;
  for (size_t p = before.find("\xe2\x80\x9c"); p != std::string_view::npos; p = before.find("\xe2\x80\x9c", p + 3))
    ++open;
  for (size_t p = before.find("\xe2\x80\x9d"); p != std::string_view::npos; p = before.find("\xe2\x80\x9d", p + 3))
    ++close;
  return straight % 2 == 1 || open > close;
}

struct ChosenDate {
  std::string date;  // ISO or ""
  bool range = false;
};

// The date a word at token `at` names: one that follows closely ("ujian
// pada Kamis, 30 Mei"), else the nearest one before it ("Rabu, 29 Mei 2024
// yakni pengarahan"), else the nearest after it.
ChosenDate DateNear(const SentenceView& s, const std::vector<DatedMention>& ds, const Token& at) {
  std::string before_date, after_date;
  bool before_range = false, after_range = false;
  uint32_t before_gap = UINT32_MAX, after_gap = UINT32_MAX;
  for (const DatedMention& d : ds) {
    if (d.end <= at.begin && at.begin - d.end < before_gap) {
      before_gap = at.begin - d.end;
      before_date = d.date;
      before_range = d.range;
    } else if (d.begin >= at.end && d.begin - at.end < after_gap) {
      after_gap = d.begin - at.end;
      after_range = d.range;
      std::string_view gap(s.lower.data() + at.end, d.begin - at.end);
      bool joined = gap.find(';') == std::string_view::npos && gap.find(" dan ") == std::string_view::npos;
      after_date = joined ? d.date : "~" + d.date;
    }
  }
  bool strong_after = !after_date.empty() && after_date[0] != '~' && after_gap <= 40;
  if (!after_date.empty() && after_date[0] == '~') after_date.erase(0, 1);
  if (strong_after) return {after_date, after_range};
  if (!before_date.empty()) return {before_date, before_range};
  return {after_date, after_range};
}

// "Pemberian kadeudeuh diserahkan oleh Plh Wali Kota ...": a passive
// reporting verb with its agent tells that the happening took place, dated
// or not.
bool ToldWithAgent(const Lexicon& lex, const SentenceView& s) {
  const auto& t = s.tokens;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string_view w = TokenText(s.lower, t[i]);
    if (!t[i].word || w.size() < 5 || w.substr(0, 2) != "di" || !lex.IsReportingVerb(w)) continue;
    for (size_t k = i + 1; k < t.size() && k <= i + 3; ++k) {
      if (t[k].word && TokenText(s.lower, t[k]) == "oleh") return true;
    }
  }
  return false;
}

// Active reporting verbs take their event as object ("menggelar rapat",
// "meluncurkan program vaksinasi"); passive ones ("dilaksanakan") have it
// as subject, usually a word pointing back ("kegiatan tersebut").
bool IsActiveVerb(std::string_view w) { return w.size() > 4 && w.substr(0, 2) == "me"; }

// The official whose name's last word stands in `text` nearest its end
// (`nearest_end`) or its start, or -1: an article names an official in full
// once and often by the last name after that ("Bupati Sigi Rizal Intjenae
// ... dibuka Intjenae").
int OfficialNamedIn(std::string_view text, const Extraction& out, bool nearest_end) {
  int best = -1;
  size_t best_at = 0;
  for (size_t j = 0; j < out.officials.size(); ++j) {
    const std::string& name = out.officials[j].name;
    const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
    if (last.size() < 3) continue;
    const size_t at = nearest_end ? text.rfind(last) : text.find(last);
    if (at == std::string_view::npos) continue;
    if (best < 0 || (nearest_end ? at > best_at : at < best_at)) {
      best = static_cast<int>(j);
      best_at = at;
    }
  }
  return best;
}

// The official named as the subject of the verb at token `verb`: the one
// whose name's last word stands nearest before it in the sentence, or -1.
int OfficialBefore(const SentenceView& s, const Extraction& out, size_t verb) {
  return OfficialNamedIn(s.text.substr(0, s.tokens[verb].begin), out, /*nearest_end=*/true);
}

// "Sentani - Bupati ... melaunching program vaksinasi Covid-19 ..., Kamis
// (21/01)": a sentence with a date and an active reporting verb tells a
// happening, whether or not its object is an event word. The object names
// it; an event word inside the object gives its kind, else it is `other`.
// Sentences that already named an event by its word add nothing.
void AddReportedHappenings(const Lexicon& lex, const DocContext& ctx, const Extraction& out,
                           const std::vector<std::vector<DatedMention>>& dates, std::vector<KindMention>* mentions) {
  std::vector<bool> has_event(ctx.sentences().size(), false);
  for (const KindMention& m : *mentions) has_event[m.sentence] = true;
  for (const SentenceView& s : ctx.sentences()) {
    if (has_event[s.index] || dates[s.index].empty()) continue;
    const auto& t = s.tokens;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      const std::string_view w = TokenText(s.lower, t[i]);
      if (!t[i].word || !IsActiveVerb(w) || !lex.IsReportingVerb(w) || !t[i + 1].word) continue;
      std::string_view kind = "other";
      // "Gubernur menerima Wali Kota Pagar Alam": an audience, a meeting.
      const bool audience = lex.IsAudienceVerb(w) && t[i + 1].capitalized &&
                            (lex.CanStartRole(TokenText(s.lower, t[i + 1])) ||
                             !lex.OfficesStartingWith(TokenText(s.lower, t[i + 1])).empty());
      if (audience) kind = "rapat";
      for (size_t k = i + 1; !audience && k < t.size() && k < i + 8 && t[k].word; ++k) {
        if (const EventTrigger* trigger = FindTrigger(lex, s, k).trigger) {
          kind = trigger->kind;
          break;
        }
      }
      if (kind == kElection) break;
      const ChosenDate chosen = DateNear(s, dates[s.index], t[i]);
      mentions->push_back({kind, s.index, i + 1, chosen.date, chosen.range, audience ? OfficialBefore(s, out, i) : -1});
      break;
    }
  }
}

// "Pemkab Ciamis Buka Seleksi Terbuka JPT Pratama": when nothing in the
// body tells a happening, the headline's event word names the one the
// article is about, dated by the first date the body gives, if any.
void AddHeadlineHappening(const Lexicon& lex, const DocContext& ctx, const std::string& first_date,
                          std::vector<KindMention>* mentions) {
  const text::AnalyzedText& a = ctx.analyzed();
  for (const SentenceView& s : ctx.sentences()) {
    const size_t line = a.sentences[s.index].line;
    if (line >= a.lines.size() || a.lines[line].cls != text::LineClass::kTitle) continue;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      if (!s.tokens[i].word) continue;
      const EventTrigger* trigger = FindTrigger(lex, s, i).trigger;
      if (trigger == nullptr || trigger->kind == kElection) continue;
      mentions->push_back({trigger->kind, s.index, i, first_date, false, -1});
      return;
    }
  }
}

// The official named after a leading verb in sentence `index`: "Apel
// dipimpin langsung oleh Bupati Sigi ...", "Bimtek dibuka Sekda ...": the
// one whose name's last word stands nearest after the verb, or -1.
int LedByAgent(const Lexicon& lex, const DocContext& ctx, const Extraction& out, size_t index) {
  const SentenceView& s = ctx.sentences()[index];
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (!s.tokens[i].word || !lex.IsLeadingVerb(TokenText(s.lower, s.tokens[i]))) continue;
    // The agent stands close after the verb: "dipimpin langsung oleh ...".
    const std::string_view after = s.text.substr(s.tokens[i].end, 160);
    if (int who = OfficialNamedIn(after, out, /*nearest_end=*/false); who >= 0) return who;
  }
  return -1;
}

// Whether sentence `index` points back to the happening told before it:
// "Acara ini dipimpin ...", "Kegiatan tersebut dibuka ...".
bool PointsBack(const DocContext& ctx, size_t index) {
  const SentenceView& s = ctx.sentences()[index];
  for (size_t i = 1; i < s.tokens.size() && i <= 3; ++i) {
    const std::string_view w = TokenText(s.lower, s.tokens[i]);
    if (w == "ini" || w == "tersebut" || w == "itu") return true;
  }
  return false;
}

// The region written after "ke" (to) in the sentences that tell an event:
// "kunjungan kerja ... ke Kota Pontianak". Null when none is.
const Region* RegionVisited(const DocContext& ctx, const Extraction& out, const std::vector<size_t>& sentences) {
  const std::vector<const Region*> stated = ExplicitRegions(out);
  for (size_t index : sentences) {
    const SentenceView& s = ctx.sentences()[index];
    for (const RegionMatch& m : s.regions) {
      const uint32_t from = m.stated_kind >= 0 ? m.context_begin : m.begin;
      std::string_view before = Trim(std::string_view(s.lower).substr(0, from));
      if (before.size() >= 3 && before.substr(before.size() - 3) == " ke") return ChooseRegion(m, stated);
    }
  }
  return nullptr;
}

}  // namespace

namespace {

// The event dates of every sentence (decree, polling, birth and TMT dates
// left out), and the first of them in the article.
struct ArticleDates {
  std::vector<std::vector<DatedMention>> by_sentence;
  std::string first;
};

ArticleDates FindEventDates(const DocContext& ctx, const Extraction& out) {
  const std::vector<int> years = CandidateYears(ctx, out);
  ArticleDates dates{std::vector<std::vector<DatedMention>>(ctx.sentences().size()), ""};
  auto& by = dates.by_sentence;
  for (const SentenceView& s : ctx.sentences()) {
    const std::vector<DateMention> found = FindDates(s.text, s.lower);
    for (size_t n = 0; n < found.size(); ++n) {
      const DateMention& d = found[n];
      const bool opens = n + 1 < found.size() && OpensPeriod(s, d, found[n + 1]);
      if (!opens && IsDocumentDate(s, d)) continue;
      std::string iso = CompleteDate(d, years);
      if (iso.empty()) continue;
      by[s.index].push_back({iso, d.begin, d.end, d.range || opens});
      if (dates.first.empty()) dates.first = iso;
    }
    // "Di hari yang sama ...", "pada hari itu": the day the article last named.
    if (by[s.index].empty() && s.index > 0 &&
        (s.lower.find("hari yang sama") != std::string::npos || s.lower.find("pada hari itu") != std::string::npos)) {
      for (size_t k = s.index; k-- > 0;) {
        if (!by[k].empty()) {
          DatedMention same = by[k].back();
          same.begin = same.end = 0;
          by[s.index].push_back(same);
          break;
        }
      }
    }
  }
  return dates;
}

// Every event word that names a happening, with the date nearest to it.
std::vector<KindMention> FindEventWords(const Lexicon& lex, const DocContext& ctx,
                                        const std::vector<std::vector<DatedMention>>& dates) {
  std::vector<KindMention> mentions;
  for (const SentenceView& s : ctx.sentences()) {
    const auto& t = s.tokens;
    // What an undated event word needs from its sentence, read once and
    // only for a sentence that has one (most have no event word at all).
    std::optional<bool> has_verb, told_with_agent;
    auto HasVerb = [&] {
      if (!has_verb) {
        has_verb = std::any_of(t.begin(), t.end(), [&](const Token& tk) {
          return tk.word && (lex.IsReportingVerb(TokenText(s.lower, tk)) || lex.IsEventCue(TokenText(s.lower, tk)));
        });
      }
      return *has_verb;
    };
    auto Told = [&] {
      if (!told_with_agent) told_with_agent = ToldWithAgent(lex, s);
      return *told_with_agent;
    };
    for (size_t i = 0; i < t.size(); ++i) {
      if (!t[i].word || !lex.IsTriggerStart(TokenText(s.lower, t[i]))) continue;
      const EventTrigger* ew = FindTrigger(lex, s, i).trigger;
      if (ew == nullptr || ew->kind == kElection) continue;
      // "apel pagi pengarahan", "sosialisasi dan dialog": a second kind word
      // right after the first describes the same event.
      bool describes_previous = false;
      size_t reach = ew->kind == "other" ? 3 : 2;  // "kampanye rapat umum"
      for (size_t back = 1; back <= reach && back <= i; ++back) {
        if (!t[i - back].word) continue;
        if (FindTrigger(lex, s, i - back).trigger != nullptr) describes_previous = true;
      }
      if (describes_previous) continue;
      const auto& ds = dates[s.index];
      if (ew->needs_date && ds.empty() && !Told()) continue;
      if (ds.empty() && !t[i].capitalized && !HasVerb()) continue;
      // "Kami memasifkan Sosialisasi": what a quote says is planned or
      // done in general; only a date makes it a happening.
      if (ds.empty() && InsideQuote(s, t[i].begin)) continue;
      const ChosenDate chosen = DateNear(s, ds, t[i]);
      mentions.push_back({ew->kind, s.index, i, chosen.date, chosen.range, -1});
    }
  }
  return mentions;
}

// The events of an article and, for each, the sentences that tell it.
struct Told {
  std::vector<std::vector<size_t>> sentences_of;
};

// One event per kind and date; undated mentions join the first dated event
// of their kind. A range ("selama 3 hari, 7 s/d 10 November") spans the
// days whose own events the article then dates ("Rabu, 08 November ...
// pembukaan"): the range is the whole, not another event.
Told GroupMentions(const Lexicon& lex, const DocContext& ctx, const std::vector<KindMention>& mentions,
                   Extraction* out) {
  Told told;
  std::vector<bool> only_range;  // every dated mention of the event gave a range
  auto find = [&](std::string_view kind, const std::string& date) -> int {
    for (size_t k = 0; k < out->events.size(); ++k) {
      if (out->events[k].kind == kind && (out->events[k].date == date || date.empty())) return static_cast<int>(k);
    }
    return -1;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (const KindMention& m : mentions) {
      if ((pass == 0) == m.date.empty()) continue;  // dated first, then undated
      const SentenceView& s = ctx.sentences()[m.sentence];
      int k = find(m.kind, m.date);
      if (k < 0) {
        EventMention e;
        e.kind = m.kind;
        e.name = TitleWords(lex, s, m.token);
        e.date = m.date;
        e.leader = m.host;
        e.sentence = m.sentence;
        e.span = ctx.ToOriginal(s, s.tokens[m.token].begin, s.tokens[m.token].end);
        out->events.push_back(std::move(e));
        told.sentences_of.emplace_back();
        only_range.push_back(true);
        k = static_cast<int>(out->events.size() - 1);
      } else if (s.tokens[m.token].capitalized && !IsUpperAscii(out->events[k].name[0])) {
        out->events[k].name = TitleWords(lex, s, m.token);  // "Apel Gabungan ..." names it better
      }
      told.sentences_of[k].push_back(m.sentence);
      if (!m.date.empty() && !m.range) only_range[k] = false;
    }
  }
  for (size_t k = out->events.size(); k-- > 0;) {
    if (!only_range[k] || out->events[k].date.empty()) continue;
    bool other = false;
    for (size_t j = 0; j < out->events.size(); ++j) {
      if (j != k && out->events[j].kind == out->events[k].kind && !only_range[j]) other = true;
    }
    if (other) {
      out->events.erase(out->events.begin() + static_cast<long>(k));
      told.sentences_of.erase(told.sentences_of.begin() + static_cast<long>(k));
      only_range.erase(only_range.begin() + static_cast<long>(k));
    }
  }
  return told;
}

// The official a sentence names, or quotes ("ujarnya"): only such a
// sentence says who led what it tells. -1 when none.
int SpeakerIn(const Lexicon& lex, const DocContext& ctx, const Extraction& out, size_t sentence) {
  for (size_t j = 0; j < out.officials.size(); ++j) {
    if (out.officials[j].sentence == sentence) return static_cast<int>(j);
  }
  const SentenceView& s = ctx.sentences()[sentence];
  for (const Token& tk : s.tokens) {
    if (!tk.word) continue;
    std::string_view w = TokenText(s.lower, tk);
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "nya") == 0 && lex.IsSpeechVerb(w.substr(0, w.size() - 3))) {
      return out.speaker_by_sentence[sentence];
    }
    if (lex.IsSpeechVerb(w)) return out.speaker_by_sentence[sentence];
  }
  return -1;
}

// Who led the event told in `sentences`: the host of an audience, else the
// official a leading verb names there or in the next sentence pointing back
// ("Acara ini dipimpin ..."), else the official who speaks there.
int LeaderOf(const Lexicon& lex, const DocContext& ctx, const Extraction& out, const EventMention& e,
             const std::vector<size_t>& sentences) {
  if (e.leader >= 0) return e.leader;
  for (size_t sentence : sentences) {
    if (int who = LedByAgent(lex, ctx, out, sentence); who >= 0) return who;
    if (sentence + 1 < ctx.sentences().size() && PointsBack(ctx, sentence + 1)) {
      if (int who = LedByAgent(lex, ctx, out, sentence + 1); who >= 0) return who;
    }
  }
  for (size_t sentence : sentences) {
    if (int who = SpeakerIn(lex, ctx, out, sentence); who >= 0) return who;
  }
  return -1;
}

}  // namespace

void ExtractEvents(const DocContext& ctx, Extraction* out) {
  const Lexicon& lex = *ctx.res().lexicon;
  const ArticleDates dates = FindEventDates(ctx, *out);
  std::vector<KindMention> mentions = FindEventWords(lex, ctx, dates.by_sentence);
  AddReportedHappenings(lex, ctx, *out, dates.by_sentence, &mentions);
  if (mentions.empty()) AddHeadlineHappening(lex, ctx, dates.first, &mentions);
  const Told told = GroupMentions(lex, ctx, mentions, out);
  out->speaker_by_sentence = SpeakerBySentence(ctx, *out);
  for (size_t k = 0; k < out->events.size(); ++k) {
    EventMention& e = out->events[k];
    // An undated event takes the article's first date: news reports what
    // happened on the day it names.
    if (e.date.empty()) e.date = dates.first;
    e.leader = LeaderOf(lex, ctx, *out, e, told.sentences_of[k]);
    // An event led by a national body's official belongs to the region it
    // visits ("kunjungan kerja ke Kota Pontianak"), else to none of the
    // article's (a Sekjen of a ministry at a meeting in Jakarta).
    const Official* leader = e.leader >= 0 ? &out->officials[e.leader] : nullptr;
    e.region = leader != nullptr && leader->national            ? RegionVisited(ctx, *out, told.sentences_of[k])
               : leader != nullptr && leader->region != nullptr ? leader->region
                                                                : out->primary_region;
    for (size_t j = 0; j < out->organizations.size(); ++j) {
      if (out->organizations[j].region == e.region && e.region != nullptr) {
        e.organizer = static_cast<int>(j);
        break;
      }
    }
  }
}

}  // namespace netra::extract
