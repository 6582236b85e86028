#include "extract/statutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "extract/fold.h"

namespace netra::extract {

namespace {

// Statute type words, longest first within each group so that
// "peraturan pemerintah pengganti undang-undang" wins over "peraturan pemerintah".
struct TypeWord {
  const char* pattern;  // RE2 over ASCII-lower-cased text
  const char* type;
  bool needs_caps;      // short abbreviations count only in capitals ("PP", not "pp")
};

const TypeWord kTypeWords[] = {
    {"peraturan pemerintah pengganti undang[ -]+undang", "PERPPU", false},
    {"perppu", "PERPPU", false},
    {"undang[ -]+undang(?: dasar)?", "UU", false},
    {"uu", "UU", true},
    {"peraturan pemerintah", "PP", false},
    {"pp", "PP", true},
    {"peraturan presiden", "PERPRES", false},
    {"perpres", "PERPRES", false},
    {"peraturan menteri(?: [a-z]+){0,4}?", "PERMEN", false},
    {"permen[a-z]*", "PERMEN", false},
    {"peraturan (?:badan pengawas pemilihan umum|bawaslu)(?: ri| republik indonesia)?", "PERBAWASLU", false},
    {"perbawaslu", "PERBAWASLU", false},
    {"peraturan (?:komisi pemilihan umum|kpu)(?: ri| republik indonesia)?", "PKPU", false},
    {"pkpu", "PKPU", true},
    {"surat keputusan bersama|keputusan bersama", "SKB", false},
    {"skb", "SKB", true},
    {"surat edaran(?: bersama)?(?: [a-z]+){0,4}?", "SE", false},
    {"se", "SE", true},
    {"peraturan daerah", "PERDA", false},
    {"perda", "PERDA", false},
    {"peraturan (?:bupati|gubernur|wali ?kota|walikota)", "PERKADA", false},
    {"perbup|pergub|perwali|perwal|perwako", "PERKADA", false},
    {"instruksi presiden", "INPRES", false},
    {"inpres", "INPRES", false},
    {"keputusan (?:gubernur|bupati|wali ?kota|menteri|presiden|kepala)(?: [a-z]+){0,3}?", "OTHER", false},
    {"keppres|kepmen[a-z]*|kepgub|kepbup", "OTHER", false},
};

const RE2& TypeRegex() {
  static const RE2* re = [] {
    std::string p = "\\b(";
    bool first = true;
    for (const TypeWord& t : kTypeWords) {
      if (!first) p += "|";
      first = false;
      p += "(" + std::string(t.pattern) + ")";
    }
    p += ")\\b";
    return new RE2(p);
  }();
  return *re;
}

// Each kTypeWords pattern alone, as it sits in TypeRegex: `\b(?:pattern)\b`.
const std::vector<std::unique_ptr<RE2>>& TypeWordRegexes() {
  static const std::vector<std::unique_ptr<RE2>> res = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const TypeWord& t : kTypeWords) v.push_back(std::make_unique<RE2>("\\b(?:" + std::string(t.pattern) + ")\\b"));
    return v;
  }();
  return res;
}

// Which kTypeWords entry TypeRegex matched at [begin, end) of `lower`.
// Asking TypeRegex for its 27 groups makes RE2 run its slowest engine on
// every match; this asks only for the bounds. The alternative it took is
// the first one, in order, that matches exactly those bounds: an earlier
// one that did would have been preferred (leftmost-first).
int MatchedType(std::string_view lower, size_t begin, size_t end) {
  const auto& res = TypeWordRegexes();
  const re2::StringPiece text(lower.data(), lower.size());
  for (size_t i = 0; i < res.size(); ++i) {
    if (res[i]->Match(text, begin, end, RE2::ANCHOR_BOTH, nullptr, 0)) return static_cast<int>(i);
  }
  return -1;
}

// Subject words between a type and its number ("UU ASN nomor 5"), or a
// subject alone ("UU Pemilu"): letters only, not the number keywords.
const RE2& SubjectRegex() {
  static const RE2 re(
      "^ ?((?:(?:ri|republik indonesia)\\b ?)?(?:(?:[a-z][a-z&]*)(?: |$)){0,5}?)"
      "(?:(?:nomor|nomer|no)\\b)");
  return re;
}

// "nomor 20 tahun 2023", "no. 20 th 2023", "nomor : 440/5184/SE", "94/2021",
// "10 / 2016", "20 tahun 2023".
const RE2& NumberRegex() {
  // After "nomor" a number may start with letters ("Nomor BKD. 013.1/I/207");
  // without it, only digits.
#define NETRA_NUM "[0-9][0-9a-z.\\-]*(?: ?(?:/| - ) ?[0-9a-z][0-9a-z.\\-]*)*"
  static const RE2 re("^ ?(?:(?:nomor|nomer|no)\\b ?\\.? ?:? ?((?:[a-z]{1,6}\\. ?)?" NETRA_NUM ")|(" NETRA_NUM "))"
                      "(?:,? ?(?:tahun|thn|th)\\.? ?([0-9]{4}))?");
#undef NETRA_NUM
  return re;
}

const RE2& ArticleRegex() {
  static const RE2 re(
      "\\bpasal ([0-9]+[a-z]?)(?: ayat ?\\( ?([0-9]+) ?\\)| ayat ([0-9]+))?(?: huruf ([a-z])\\b)?");
  return re;
}

const RE2& SubjectOnlyRegex() {
  static const RE2 re("^ ?((?:[a-z]+)(?: [a-z]+){0,2})");
  return re;
}

// An abbreviation in brackets after a long form: "(skb)".
const RE2& BracketRegex() {
  static const RE2 re("^ ?\\([a-z ]{2,12}\\)");
  return re;
}

const RE2& TentangRegex() {
  static const RE2 re("^,? ?tentang ");
  return re;
}

// "SKB 5 Menteri", "SKB (lima) menteri".
const RE2& CountRegex() {
  static const RE2 re("^ ?\\(?([0-9]+|lima|tiga|empat)\\)? ?([a-z]+)");
  return re;
}

bool HasCapitals(std::string_view original, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (original[i] >= 'a' && original[i] <= 'z') return false;
  }
  return true;
}

// "94/2021" -> number 94, year 2021. A longer number keeps its parts and
// lends its trailing year: "BKD. 013.1/I/207/PK-JS/VII/2019" -> 2019.
void SplitNumberYear(std::string number, int year, StatuteRef* ref) {
  std::string compact;
  for (char c : number) {
    if (c != ' ') compact.push_back(c);
  }
  while (!compact.empty() && (compact.back() == '.' || compact.back() == '-')) compact.pop_back();
  if (year == 0) {
    size_t slash = compact.rfind('/');
    if (slash != std::string::npos && compact.size() - slash - 1 == 4 &&
        std::all_of(compact.begin() + slash + 1, compact.end(), IsDigit)) {
      int y = std::stoi(compact.substr(slash + 1));
      if (y >= 1945 && y <= 2100) {
        year = y;
        bool simple = std::all_of(compact.begin(), compact.begin() + slash, IsDigit);
        if (simple) compact = compact.substr(0, slash);
      }
    }
  }
  while (!compact.empty() && (compact.back() == '.' || compact.back() == '-')) compact.pop_back();
  ref->number = compact;
  ref->year = year;
}

std::string UpperSubject(std::string_view original, size_t b, size_t e) {
  return std::string(Trim(original.substr(b, e - b)));
}

// Title words after "tentang": a run of capitalised words with the small
// words titles contain, ending at punctuation or at an ordinary word.
std::string ReadTitle(std::string_view text, size_t pos) {
  static const char* const kSmall[] = {"dan", "atas", "tentang", "serta", "di", "dalam", "untuk",
                                       "bagi", "pada", "dari", "oleh", "ke", "yang", "sebagai"};
  std::vector<Token> toks = Tokenize(text.substr(pos));
  size_t end = 0, words = 0;
  for (const Token& t : toks) {
    std::string_view w = text.substr(pos + t.begin, t.end - t.begin);
    if (!t.word) {
      if (w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "\"" ||
          (static_cast<unsigned char>(w[0]) >= 0x80)) {
        break;
      }
      continue;
    }
    bool small = std::any_of(std::begin(kSmall), std::end(kSmall),
                             [&](const char* s) { return LowerAscii(w) == s; });
    if (!t.capitalized && !small) break;
    if (words >= 14) break;
    ++words;
    if (!small) end = t.end;
  }
  return std::string(Trim(text.substr(pos, end)));
}

struct Found {
  StatuteMention m;
  uint32_t begin, end;  // in the sentence
};

}  // namespace

void ExtractStatutes(const DocContext& ctx, Extraction* out) {
  const StatuteCatalog& catalog = *ctx.res().catalog;
  const RE2& type_re = TypeRegex();
  re2::StringPiece whole_match;
  for (const SentenceView& s : ctx.sentences()) {
    const std::string& lower = s.lower;
    std::vector<Found> found;
    size_t pos = 0;
    while (pos < lower.size() &&
           type_re.Match(lower, pos, lower.size(), RE2::UNANCHORED, &whole_match, 1)) {
      size_t tb = whole_match.data() - lower.data();
      size_t te = tb + whole_match.size();
      pos = te;
      int ti = MatchedType(lower, tb, te);
      if (ti < 0) continue;
      const TypeWord& tw = kTypeWords[ti];
      if (tw.needs_caps && !HasCapitals(s.text, tb, te)) continue;
      StatuteRef ref;
      ref.type = tw.type;
      re2::StringPiece rest(lower.data() + te, lower.size() - te);
      std::string subject;
      // Skip an abbreviation in brackets after the long form: "Surat Keputusan Bersama (SKB)".
      re2::StringPiece bracket = rest;
      if (RE2::Consume(&bracket, BracketRegex())) rest = bracket;
      re2::StringPiece after_subject = rest;
      std::string subj;
      if (RE2::Consume(&after_subject, SubjectRegex(), &subj)) {
        size_t sb = rest.data() - lower.data();
        subject = UpperSubject(s.text, sb, sb + subj.size());
        rest = re2::StringPiece(lower.data() + sb + subj.size(), lower.size() - sb - subj.size());
      }
      std::string number, bare_number, year_text;
      re2::StringPiece num_piece = rest;
      size_t end = te;
      if (RE2::Consume(&num_piece, NumberRegex(), &number, &bare_number, &year_text)) {
        if (number.empty()) number = bare_number;
        size_t nb = rest.data() - lower.data();
        size_t ne = num_piece.data() - lower.data();
        // Keep the number's original capitals ("440/5184/SE").
        std::string written = std::string(s.text.substr(nb, ne - nb));
        size_t at = LowerAscii(written).find(number);
        if (at != std::string::npos) number = written.substr(at, number.size());
        SplitNumberYear(number, year_text.empty() ? 0 : std::stoi(year_text), &ref);
        end = ne;
        // A bare number with no year and no "nomor" is a count, not a
        // statute ("SKB 5 Menteri" is resolved by subject below).
        bool had_keyword = lower.compare(nb, 6, " nomor") == 0 || lower.compare(nb, 5, "nomor") == 0 ||
                           lower.compare(nb, 3, " no") == 0 || lower.compare(nb, 2, "no") == 0;
        if (ref.year == 0 && !had_keyword) ref.number.clear();
      }
      if (ref.number.empty()) {
        // Named by subject only: "UU Pemilu", "SKB 5 Menteri". Resolved
        // through the catalog when the name points at exactly one law.
        std::string name = subject;
        if (name.empty()) {
          std::string subj_only;
          re2::StringPiece p(lower.data() + te, lower.size() - te);
          if (RE2::Consume(&p, SubjectOnlyRegex(), &subj_only)) name = subj_only;
          // "SKB 5 Menteri": the count is part of the name.
          re2::StringPiece q(lower.data() + te, lower.size() - te);
          std::string count, what;
          if (RE2::Consume(&q, CountRegex(), &count, &what)) {
            name = count + " " + what;
          }
        }
        std::vector<const CatalogEntry*> hits;
        for (size_t words = 3; words >= 1 && hits.empty(); --words) {
          // Try the longest prefix of the subject first ("UU ASN" of "UU ASN yang").
          std::vector<std::string> parts;
          size_t start = 0;
          std::string n = LowerAscii(name);
          while (start < n.size() && parts.size() < words) {
            size_t sp = n.find(' ', start);
            if (sp == std::string::npos) sp = n.size();
            if (sp > start) parts.push_back(n.substr(start, sp - start));
            start = sp + 1;
          }
          if (parts.size() < words) continue;
          std::string candidate = ref.type == "OTHER" ? "" : ref.type;
          for (const std::string& p : parts) candidate += " " + p;
          hits = catalog.ByShortName(candidate);
          if (words == 1) break;
        }
        if (hits.empty()) {
          // Named by its title: "Surat Keputusan Bersama (SKB) tentang Pedoman ...".
          re2::StringPiece t(lower.data() + te, lower.size() - te);
          RE2::Consume(&t, BracketRegex());
          if (RE2::Consume(&t, TentangRegex())) {
            std::string title = ReadTitle(s.text, t.data() - lower.data());
            hits = catalog.ByTitle(ref.type, title);
          }
        }
        if (hits.size() != 1) continue;
        ref = hits[0]->ref;
      }
      Found f;
      f.m.ref = ref;
      f.begin = static_cast<uint32_t>(tb);
      f.end = static_cast<uint32_t>(end);
      // "tentang <title>"
      re2::StringPiece t(lower.data() + end, lower.size() - end);
      if (RE2::Consume(&t, TentangRegex())) {
        size_t title_at = t.data() - lower.data();
        f.m.title = ReadTitle(s.text, title_at);
        if (!f.m.title.empty()) f.end = static_cast<uint32_t>(title_at + f.m.title.size());
      }
      f.m.label = std::string(Trim(s.text.substr(tb, end - tb)));
      f.m.sentence = s.index;
      found.push_back(std::move(f));
    }
    if (found.empty()) continue;
    // Articles: attach "Pasal 9 ayat 2" to the statute right before or right
    // after it, else to the nearest statute in the sentence.
    size_t apos = 0;
    while (apos < lower.size()) {
      re2::StringPiece m[5];
      if (!ArticleRegex().Match(lower, apos, lower.size(), RE2::UNANCHORED, m, 5)) break;
      size_t ab = m[0].data() - lower.data(), ae = ab + m[0].size();
      apos = ae;
      std::string article = "Pasal " + std::string(m[1]);
      if (!m[2].empty()) article += " ayat " + std::string(m[2]);
      if (!m[3].empty()) article += " ayat " + std::string(m[3]);
      if (!m[4].empty()) article += " huruf " + std::string(m[4]);
      Found* best = nullptr;
      size_t best_gap = SIZE_MAX;
      for (Found& f : found) {
        size_t gap = f.begin >= ae ? f.begin - ae : (ab >= f.end ? ab - f.end : 0);
        if (gap < best_gap) {
          best_gap = gap;
          best = &f;
        }
      }
      if (best == nullptr) continue;
      if (std::find(best->m.articles.begin(), best->m.articles.end(), article) == best->m.articles.end()) {
        best->m.articles.push_back(article);
      }
      best->begin = std::min<uint32_t>(best->begin, static_cast<uint32_t>(ab));
      best->end = std::max<uint32_t>(best->end, static_cast<uint32_t>(ae));
    }
    for (Found& f : found) {
      f.m.span = ctx.ToOriginal(s, f.begin, f.end);
      if (const CatalogEntry* e = catalog.Find(f.m.ref); e != nullptr && !e->title.empty()) {
        f.m.title = e->title;
      }
      out->statutes.push_back(std::move(f.m));
    }
  }
}

}  // namespace netra::extract
