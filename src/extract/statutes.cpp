#include "extract/statutes.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

#include "extract/fold.h"
#include "extract/regions.h"

namespace netra::extract {

namespace {

// "nomor 20 tahun 2023", "no. 20 th 2023", "nomor : 440/5184/SE",
// "Nomor B.96.1/M.SM.99/2017", "94/2021", "10 / 2016", "20 tahun 2023".
const RE2& NumberRegex() {
  // After "nomor" a number may start with letters ("Nomor BKD. 013.1/I/207",
  // "Nomor KEP/12/2020"; it must hold a digit somewhere, checked after the
  // match); without it, only digits.
#define NETRA_NUM "[0-9][0-9a-z.\\-]*(?: ?(?:/| - ) ?[0-9a-z][0-9a-z.\\-]*)*"
#define NETRA_ANY_NUM "[0-9a-z][0-9a-z.\\-]*(?: ?(?:/| - ) ?[0-9a-z][0-9a-z.\\-]*)*"
  static const RE2 re("^ ?(?:(?:nomor|nomer|no)\\b ?\\.? ?:? ?((?:[a-z]{1,6}\\. ?)?" NETRA_ANY_NUM ")|(" NETRA_NUM
                      "))"
                      "(?:,? ?(?:tahun|thn|th)\\.? ?([0-9]{4}))?");
#undef NETRA_NUM
#undef NETRA_ANY_NUM
  return re;
}

const RE2& ArticleRegex() {
  static const RE2 re("\\bpasal ([0-9]+[a-z]?)(?: ayat ?\\( ?([0-9]+) ?\\)| ayat ([0-9]+))?(?: huruf ([a-z])\\b)?");
  return re;
}

const RE2& SubjectOnlyRegex() {
  static const RE2 re("^ ?((?:[a-z]+)(?: [a-z]+){0,2})");
  return re;
}

// An abbreviation in brackets after a long form: "(skb)", "( Perppu )".
const RE2& BracketRegex() {
  static const RE2 re("^ ?\\( ?[a-z][a-z &\\-]{1,24}\\)");
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

bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

bool IsNumberKeyword(std::string_view w) { return w == "nomor" || w == "nomer" || w == "no"; }

// Lower-case words that end an issuer phrase: a clause goes on, the words
// before were no issuer. Capitalised words never end it.
bool EndsIssuer(std::string_view w) {
  static const char* const kWords[] = {
      "yang",     "ini",     "itu",     "tersebut",    "untuk",  "pada",   "oleh",  "bahwa",  "akan",    "telah",
      "sudah",    "adalah",  "tentang", "sebagaimana", "dengan", "atau",   "juga",  "sesuai", "serta",   "ke",
      "dari",     "di",      "bagi",    "agar",        "maupun", "karena", "namun", "tetapi", "sebagai", "terkait",
      "mengenai", "harus",   "wajib",   "tidak",       "dapat",  "bisa",   "maka",  "kepada", "pasal",   "ayat",
      "tahun",    "tanggal", "nomor",   "no",          "nomer",  "soal",   "saat",  "sejak",  "hingga",  "sampai"};
  return std::any_of(std::begin(kWords), std::end(kWords), [&](const char* k) { return w == k; });
}

bool HasCapitals(std::string_view original, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (original[i] >= 'a' && original[i] <= 'z') return false;
  }
  return true;
}

// "94/2021" -> number 94, year 2021. A longer number keeps its parts and
// lends its trailing year: "BKD. 013.1/I/207/PK-JS/VII/2019" -> 2019.
void SplitNumberYear(const std::string& number, int year, StatuteRef* ref) {
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

// A sentence with every run of spaces (NBSP is a space by now) written as
// one, so that "Peraturan  Pemerintah Nomor  17 Tahun  2020" reads as any
// other citation; Orig maps an offset back to the sentence.
struct Compact {
  std::string_view text, lower;
  std::string text_buf, lower_buf;
  std::vector<uint32_t> to_sentence;  // empty when nothing was collapsed

  uint32_t Orig(size_t i) const { return to_sentence.empty() ? static_cast<uint32_t>(i) : to_sentence[i]; }
};

void MakeCompact(const SentenceView& s, Compact* c) {
  c->to_sentence.clear();
  if (s.lower.find("  ") == std::string::npos) {
    c->text = s.text;
    c->lower = s.lower;
    return;
  }
  c->text_buf.clear();
  c->lower_buf.clear();
  for (size_t i = 0; i < s.text.size(); ++i) {
    if (s.text[i] == ' ' && i > 0 && s.text[i - 1] == ' ') continue;
    c->text_buf.push_back(s.text[i]);
    c->lower_buf.push_back(s.lower[i]);
    c->to_sentence.push_back(static_cast<uint32_t>(i));
  }
  c->to_sentence.push_back(static_cast<uint32_t>(s.text.size()));
  c->text = c->text_buf;
  c->lower = c->lower_buf;
}

// The words between a type word or head and its number: the issuer
// ("Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
// "Bupati Sleman", "Kota Bogor") or the subject ("ASN" in "UU ASN nomor 5").
struct IssuerPhrase {
  size_t begin = 0, end = 0;            // compact offsets: first word to the end of the last
  std::vector<std::string_view> words;  // lower case; "&" and "-" split words
  bool keyword = false;                 // it ended at Nomor/No/Nomer
  size_t keyword_at = 0;
};

// Reads the phrase from `pos`: up to 12 words, capitalised or not (a
// lower-case clause word ends it), "&", "-", an abbreviation in brackets;
// a digit, other punctuation or the start of another citation ends it.
IssuerPhrase ReadIssuer(const Compact& c, const StatuteTypes& types, size_t pos) {
  IssuerPhrase p;
  p.begin = p.end = pos;
  const std::string_view lower = c.lower;
  size_t i = pos;
  while (i < lower.size()) {
    char ch = lower[i];
    if (ch == ' ' || ch == '&' || ch == '-') {
      ++i;
      continue;
    }
    if (ch == '(') {
      re2::StringPiece rest(lower.data() + i, lower.size() - i);
      if (RE2::Consume(&rest, BracketRegex())) {
        i = rest.data() - lower.data();
        continue;
      }
      break;
    }
    if (!IsLetter(ch)) break;
    size_t j = i;
    while (j < lower.size() && (IsLetter(lower[j]) || IsDigit(lower[j]))) ++j;
    std::string_view w = lower.substr(i, j - i);
    if (IsNumberKeyword(w)) {
      p.keyword = true;
      p.keyword_at = i;
      break;
    }
    bool capital = IsUpperAscii(c.text[i]);
    if (!capital && EndsIssuer(w)) break;
    if (EndsIssuer(w) && (w == "pasal" || w == "ayat" || w == "tahun" || w == "tentang")) break;
    if (types.StartsTypeWord(w) && types.FindTypeWord(w) != nullptr) break;  // another citation
    if (p.words.size() >= 12) break;
    if (p.words.empty()) p.begin = i;
    p.words.push_back(w);
    p.end = j;
    i = j;
  }
  return p;
}

// A number written bare after a type word ("PP 53", "UU 5") is the
// statute's number only where the sentence or clause goes on without a
// noun: "SKB 5 Menteri" counts ministers, "Perda 5 tahun lalu" years.
bool BareNumberEnds(std::string_view lower, size_t at) {
  while (at < lower.size() && lower[at] == ' ') ++at;
  if (at >= lower.size()) return true;
  char ch = lower[at];
  if (ch == '.' || ch == ',' || ch == ';' || ch == ':' || ch == ')' || ch == '"') return true;
  if (!IsLetter(ch)) return false;
  size_t j = at;
  while (j < lower.size() && IsLetter(lower[j])) ++j;
  std::string_view w = lower.substr(at, j - at);
  static const char* const kGoesOn[] = {"tentang",  "yang",  "dan",   "atau",   "itu",         "ini",
                                        "tersebut", "pasal", "serta", "juga",   "sebagaimana", "jo",
                                        "telah",    "sudah", "junto", "maupun", "mengatur",    "menyebutkan"};
  return std::any_of(std::begin(kGoesOn), std::end(kGoesOn), [&](const char* k) { return w == k; });
}

bool IsSmallTitleWord(std::string_view lower) {
  static const char* const kSmall[] = {"dan",  "atas", "tentang", "serta", "di",   "dalam",   "untuk",   "bagi",
                                       "pada", "dari", "oleh",    "ke",    "yang", "sebagai", "menjadi", "terhadap"};
  return std::any_of(std::begin(kSmall), std::end(kSmall), [&](const char* s) { return lower == s; });
}

// Whether token k starts another citation: a type word or head, then
// capitalised words, then a number or Nomor ("... dan Peraturan Kepala
// BKN Nomor 1"), and not a title's own words ("Pembentukan Peraturan
// Perundang-undangan").
bool StartsCitation(std::string_view text, size_t pos, const std::vector<Token>& toks, size_t k,
                    const StatuteTypes& types) {
  std::string key = LowerAscii(TokenText(text.substr(pos), toks[k]));
  for (char& ch : key) {
    if (ch == '-') ch = ' ';
  }
  if (!types.StartsTypeWord(key.substr(0, key.find(' ')))) return false;
  for (size_t q = k + 1; q < toks.size() && q <= k + 14; ++q) {
    const Token& t = toks[q];
    if (t.number) return true;
    if (!t.word) {
      if (TokenText(text.substr(pos), t) == "(" || TokenText(text.substr(pos), t) == ")") continue;
      return false;
    }
    std::string w = LowerAscii(TokenText(text.substr(pos), t));
    if (IsNumberKeyword(w)) return true;
    if (!t.capitalized && w != "dan") return false;
  }
  return false;
}

// Title words after "tentang": a run of capitalised words with the small
// words titles contain and the years they name ("Tahun 2024"), ending at
// punctuation, at an ordinary word, at "sebagaimana" or at the start of
// another citation. An amending act's title names the act it amends
// ("Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang
// Manajemen Pegawai Negeri Sipil"), so there a citation goes on.
std::string ReadTitle(std::string_view text, size_t pos, const StatuteTypes& types) {
  std::vector<Token> toks = Tokenize(text.substr(pos));
  size_t end = 0, words = 0;
  bool amending = false;
  std::string prev;
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    std::string_view w = text.substr(pos + t.begin, t.end - t.begin);
    if (!t.word) {
      if (w == "," || w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "\"" || w == "/" ||
          (static_cast<unsigned char>(w[0]) >= 0x80)) {
        break;
      }
      continue;
    }
    std::string lw = LowerAscii(w);
    if (words == 0 && (lw == "perubahan" || lw == "penetapan" || lw == "pencabutan")) amending = true;
    if (t.number) {
      // A year ("Tahun 2024") or, in an amending title, the amended act's number.
      if (prev == "tahun" || prev == "anggaran" || (amending && (prev == "nomor" || prev == "no"))) {
        ++words;
        end = t.end;
        prev = lw;
        continue;
      }
      break;
    }
    bool small = IsSmallTitleWord(lw);
    if (!t.capitalized && !small) break;
    if (words > 0 && !amending && StartsCitation(text, pos, toks, k, types)) break;
    if (words >= (amending ? 40u : 14u)) break;
    ++words;
    if (!small) end = t.end;
    prev = lw;
  }
  std::string_view title = Trim(text.substr(pos, end));
  // A title never ends in "Tahun" or "Nomor" without its number.
  for (std::string_view tail : {" Tahun", " tahun", " Nomor", " nomor"}) {
    if (title.size() > tail.size() && title.substr(title.size() - tail.size()) == tail) {
      title = Trim(title.substr(0, title.size() - tail.size()));
    }
  }
  return std::string(title);
}

struct Found {
  StatuteMention m;
  uint32_t begin, end;  // in the compact sentence
  text::Span whole{};   // set when the citation goes on in the next sentence
};

bool IsNationalType(const std::string& type) {
  return type == "UU" || type == "PERPPU" || type == "PP" || type == "PERPRES" || type == "PERMEN" || type == "INPRES";
}

// The region an issuer phrase names: "Bupati Sleman", "Kota Bogor",
// "Provinsi Nusa Tenggara Timur". `kind` is the kind of region the issuer
// implies (Bupati: a kabupaten), or -1.
const Region* RegionInPhrase(const SentenceView& s, const Compact& c, const IssuerPhrase& p, int kind,
                             const std::vector<const Region*>& doc_explicit) {
  if (p.words.empty()) return nullptr;
  const uint32_t b = c.Orig(p.begin), e = c.Orig(p.end);
  for (const RegionMatch& m : s.regions) {
    if (m.begin < b || m.end > e || m.candidates.empty()) continue;
    if (kind >= 0 && m.stated_kind < 0) {
      for (const Region* r : m.candidates) {
        if (static_cast<int>(r->kind) == kind) return r;
      }
    }
    return ChooseRegion(m, doc_explicit);
  }
  return nullptr;
}

// "MENPAN RB Nomor 475 Tahun 2019", "Bupati Sleman Nomor 3 Tahun 2024": an
// issuing office followed directly by a number and its year is one of its
// decrees (type OTHER), unless a letter is named before it ("Surat Bupati
// Nomor ..."). Reads the capitalised run of words before `keyword_at`.
bool ReadBareDecree(const Compact& c, const StatuteTypes& types, size_t keyword_at, size_t* begin,
                    const StatuteWord** issuer, IssuerPhrase* phrase) {
  const std::string_view lower = c.lower;
  std::vector<std::pair<size_t, size_t>> spans;  // words before the keyword, nearest first
  size_t i = keyword_at;
  while (i > 0 && spans.size() < 8) {
    size_t j = i;
    while (j > 0 && (lower[j - 1] == ' ' || lower[j - 1] == '&' || lower[j - 1] == '-')) --j;
    size_t e = j;
    while (j > 0 && IsLetter(lower[j - 1])) --j;
    if (j == e) break;
    if (!IsUpperAscii(c.text[j])) {
      // "dan" joins an issuer's words; any other lower-case word ends the run.
      if (lower.substr(j, e - j) != "dan" || spans.empty()) {
        break;
      }
    }
    spans.emplace_back(j, e);
    i = j;
  }
  if (spans.empty()) return false;
  std::reverse(spans.begin(), spans.end());
  while (!spans.empty() && lower.substr(spans.front().first, spans.front().second - spans.front().first) == "dan") {
    spans.erase(spans.begin());
  }
  std::vector<std::string_view> words;
  for (auto [b, e] : spans) words.push_back(lower.substr(b, e - b));
  // The run starts at its first issuer word; a letter before it, or right
  // before the run, makes it a letter.
  for (size_t k = 0; k < words.size(); ++k) {
    size_t len = 0;
    const StatuteWord* w = types.FindIssuer(words, k, &len);
    if (w == nullptr) continue;
    if (w->role == StatuteWord::Role::kLetter) return false;
    for (size_t q = 0; q < k; ++q) {
      size_t l2 = 0;
      const StatuteWord* before = types.FindIssuer(words, q, &l2);
      if (before != nullptr && before->role == StatuteWord::Role::kLetter) return false;
    }
    // The word before the run: "surat" (any case) makes it a letter.
    size_t j = spans.front().first;
    while (j > 0 && lower[j - 1] == ' ') --j;
    size_t e = j;
    while (j > 0 && IsLetter(lower[j - 1])) --j;
    if (e > j) {
      std::vector<std::string_view> prev{lower.substr(j, e - j)};
      size_t l3 = 0;
      const StatuteWord* pw = types.FindIssuer(prev, 0, &l3);
      if (pw != nullptr && pw->role == StatuteWord::Role::kLetter) return false;
    }
    *begin = spans[k].first;
    *issuer = w;
    phrase->begin = spans[k].first;
    phrase->end = spans.back().second;
    phrase->words.assign(words.begin() + k, words.end());
    phrase->keyword = true;
    phrase->keyword_at = keyword_at;
    return true;
  }
  return false;
}

// Reads "Nomor N [Tahun Y]" (or a bare "N/Y") at `at`; false when none is there.
bool ReadNumber(const Compact& c, size_t at, bool keyword, StatuteRef* ref, size_t* end, bool* year_written = nullptr) {
  const std::string_view lower = c.lower;
  re2::StringPiece rest(lower.data() + at, lower.size() - at);
  std::string number, bare_number, year_text;
  if (!RE2::Consume(&rest, NumberRegex(), &number, &bare_number, &year_text)) return false;
  if (number.empty()) {
    if (keyword) return false;
    number = bare_number;
  } else if (!keyword) {
    return false;
  }
  if (std::none_of(number.begin(), number.end(), IsDigit)) return false;  // "Nomor Induk"
  const size_t ne = rest.data() - lower.data();
  // Keep the number's original capitals ("440/5184/SE").
  std::string written(c.text.substr(at, ne - at));
  size_t found = LowerAscii(written).find(number);
  if (found != std::string::npos) number = written.substr(found, number.size());
  SplitNumberYear(number, year_text.empty() ? 0 : std::stoi(year_text), ref);
  if (year_written != nullptr) *year_written = !year_text.empty();
  *end = ne;
  return true;
}

// The first issuer among the phrase's words ("Menteri" of "Menteri
// Pendayagunaan ..."), or null.
const StatuteWord* FirstIssuer(const StatuteTypes& types, const std::vector<std::string_view>& words) {
  for (size_t k = 0; k < words.size(); ++k) {
    size_t len = 0;
    const StatuteWord* w = types.FindIssuer(words, k, &len);
    if (w != nullptr && w->role == StatuteWord::Role::kIssuer) return w;
  }
  return nullptr;
}

// "tentang <title>" after the citation ending at `end`: the title, and the
// mention's end moved past it.
void ReadTitleAfter(const Compact& c, const StatuteTypes& types, size_t end, Found* f) {
  const std::string_view lower = c.lower;
  re2::StringPiece t(lower.data() + end, lower.size() - end);
  if (!RE2::Consume(&t, TentangRegex())) return;
  size_t title_at = t.data() - lower.data();
  f->m.title = ReadTitle(c.text, title_at, types);
  if (!f->m.title.empty()) f->end = static_cast<uint32_t>(title_at + f->m.title.size());
}

// A law named by subject only ("UU Pemilu", "SKB 5 Menteri") or by its
// title ("Surat Keputusan Bersama (SKB) tentang Pedoman ..."), after the
// type word ending at `te`: the catalog entries it can be.
std::vector<const CatalogEntry*> ByName(const StatuteCatalog& catalog, const StatuteTypes& types, const Compact& c,
                                        size_t te, const std::string& type) {
  const std::string_view lower = c.lower;
  std::string name;
  std::string subj_only;
  re2::StringPiece p(lower.data() + te, lower.size() - te);
  if (RE2::Consume(&p, SubjectOnlyRegex(), &subj_only)) name = subj_only;
  // "SKB 5 Menteri": the count is part of the name.
  re2::StringPiece q(lower.data() + te, lower.size() - te);
  std::string count, what;
  if (RE2::Consume(&q, CountRegex(), &count, &what)) name = count + " " + what;
  std::vector<const CatalogEntry*> hits;
  std::string n = LowerAscii(name);
  for (size_t words = 3; words >= 1 && hits.empty(); --words) {
    // Try the longest prefix of the subject first ("UU ASN" of "UU ASN yang").
    std::vector<std::string> parts;
    size_t start = 0;
    while (start < n.size() && parts.size() < words) {
      size_t sp = n.find(' ', start);
      if (sp == std::string::npos) sp = n.size();
      if (sp > start) parts.push_back(n.substr(start, sp - start));
      start = sp + 1;
    }
    if (parts.size() < words) continue;
    std::string candidate = type == "OTHER" ? "" : type;
    for (const std::string& part : parts) candidate += " " + part;
    hits = catalog.ByShortName(candidate);
    if (words == 1) break;
  }
  if (hits.empty()) {
    re2::StringPiece t(lower.data() + te, lower.size() - te);
    RE2::Consume(&t, BracketRegex());
    if (RE2::Consume(&t, TentangRegex())) {
      std::string title = ReadTitle(c.text, t.data() - lower.data(), types);
      hits = catalog.ByTitle(type, title);
    }
  }
  return hits;
}

// Decrees named by their issuing office alone: "oleh MENPAN RB Nomor 475
// Tahun 2019", only with the year written out; outside the citations found.
void AddBareDecrees(const SentenceView& s, const Compact& c, const StatuteTypes& types,
                    const std::vector<const Region*>& doc_explicit, std::vector<Found>* found) {
  const std::string_view lower = c.lower;
  for (size_t k = lower.find("nomor"); k != std::string_view::npos; k = lower.find("nomor", k + 5)) {
    if ((k > 0 && IsLetter(lower[k - 1])) || (k + 5 < lower.size() && IsLetter(lower[k + 5]))) continue;
    bool inside = std::any_of(found->begin(), found->end(), [&](const Found& f) { return k >= f.begin && k < f.end; });
    if (inside) continue;
    size_t begin = 0;
    const StatuteWord* issuer = nullptr;
    IssuerPhrase phrase;
    if (!ReadBareDecree(c, types, k, &begin, &issuer, &phrase)) continue;
    StatuteRef ref;
    size_t end = 0;
    bool year_written = false;
    if (!ReadNumber(c, k, true, &ref, &end, &year_written) || !year_written) continue;
    ref.type = "OTHER";
    ref.regional = issuer->region_kind >= 0 || issuer->type == "PERDA" || issuer->type == "PERKADA";
    ref.region_kind = issuer->region_kind;
    ref.region = RegionInPhrase(s, c, phrase, issuer->region_kind, doc_explicit);
    Found f;
    f.m.ref = ref;
    f.begin = static_cast<uint32_t>(begin);
    f.end = static_cast<uint32_t>(end);
    ReadTitleAfter(c, types, end, &f);
    f.m.label = std::string(Trim(c.text.substr(begin, end - begin)));
    f.m.sentence = s.index;
    found->push_back(std::move(f));
  }
}

// Articles: "Pasal 9 ayat 2" goes to the statute right before or right
// after it, else to the nearest one in the sentence.
void AttachArticles(std::string_view lower, std::vector<Found>* found) {
  size_t apos = 0;
  while (apos < lower.size()) {
    re2::StringPiece m[5];
    if (!ArticleRegex().Match(re2::StringPiece(lower.data(), lower.size()), apos, lower.size(), RE2::UNANCHORED, m,
                              5)) {
      break;
    }
    size_t ab = m[0].data() - lower.data(), ae = ab + m[0].size();
    apos = ae;
    std::string article = "Pasal " + std::string(m[1]);
    if (!m[2].empty()) article += " ayat " + std::string(m[2]);
    if (!m[3].empty()) article += " ayat " + std::string(m[3]);
    if (!m[4].empty()) article += " huruf " + std::string(m[4]);
    Found* best = nullptr;
    size_t best_gap = SIZE_MAX;
    for (Found& f : *found) {
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
}

}  // namespace

void ExtractStatutes(const DocContext& ctx, Extraction* out) {
  const StatuteCatalog& catalog = *ctx.res().catalog;
  const StatuteTypes& types = ctx.res().lexicon->statute_types();
  const RE2& type_re = types.regex();
  const std::vector<const Region*> doc_explicit = ExplicitRegions(*out);
  re2::StringPiece whole_match;
  Compact c;
  const std::vector<SentenceView>& sentences = ctx.sentences();
  for (const SentenceView& s : sentences) {
    MakeCompact(s, &c);
    const std::string_view lower = c.lower;
    std::vector<Found> found;
    size_t pos = 0;
    size_t claimed = 0;  // the end of the last statute's number: type words before it are part of it
    while (pos < lower.size() && type_re.Match(re2::StringPiece(lower.data(), lower.size()), pos, lower.size(),
                                               RE2::UNANCHORED, &whole_match, 1)) {
      size_t tb = whole_match.data() - lower.data();
      size_t te = tb + whole_match.size();
      pos = te;
      if (tb < claimed) continue;
      const StatuteWord* tw = types.FindTypeWord(lower.substr(tb, te - tb));
      if (tw == nullptr) continue;
      if (tw->needs_caps && !HasCapitals(c.text, tb, te)) continue;
      const bool head = tw->role == StatuteWord::Role::kHead;
      StatuteRef ref;
      size_t after = te;
      // "UU." "Perda." : a dot after a type word, then its citation.
      if (after < lower.size() && lower[after] == '.' && after + 1 < lower.size() && lower[after + 1] == ' ') ++after;
      IssuerPhrase phrase = ReadIssuer(c, types, after);
      // The issuer decides a head's type and the kind of region an act is of.
      const StatuteWord* issuer = FirstIssuer(types, phrase.words);
      ref.type = tw->type;
      if (head && ref.type.empty()) ref.type = issuer != nullptr ? issuer->type : "OTHER";
      int region_kind = tw->region_kind >= 0 ? tw->region_kind : (issuer != nullptr ? issuer->region_kind : -1);
      size_t end = te;
      bool numbered = false;
      text::Span whole{};
      if (!phrase.keyword && s.index + 1 < sentences.size() &&
          lower.find_first_not_of(" .", std::max(phrase.end, after)) == std::string_view::npos) {
        // The citation goes on past a sentence or paragraph break the text
        // layer saw: "UU. | No. 2 Tahun 2002", "Peraturan Menteri Pendayagunaan
        // | Aparatur Negara ... Nomor 15 Tahun 2019".
        const SentenceView& ns = sentences[s.index + 1];
        Compact nc;
        MakeCompact(ns, &nc);
        IssuerPhrase more = ReadIssuer(nc, types, 0);
        size_t nend = 0;
        if (more.keyword && ReadNumber(nc, more.keyword_at, true, &ref, &nend)) {
          numbered = true;
          if (issuer == nullptr) issuer = FirstIssuer(types, more.words);
          if (head && tw->type.empty()) ref.type = issuer != nullptr ? issuer->type : "OTHER";
          if (region_kind < 0 && issuer != nullptr) region_kind = issuer->region_kind;
          end = lower.size();
          whole = {ctx.ToOriginal(s, c.Orig(tb), c.Orig(tb)).begin, ctx.ToOriginal(ns, 0, nc.Orig(nend)).end};
        }
      }
      if (!numbered && phrase.keyword) {
        numbered = ReadNumber(c, phrase.keyword_at, true, &ref, &end);
      } else if (!numbered && !head) {
        // "PP 94/2021", "UU 10 / 2016", "PP 53 Tahun 2010", "PP 53."
        re2::StringPiece rest(lower.data() + after, lower.size() - after);
        RE2::Consume(&rest, BracketRegex());
        size_t at = rest.data() - lower.data();
        if (ReadNumber(c, at, false, &ref, &end)) {
          numbered = true;
          bool bare_ok = ref.year > 0 ||
                         (ref.number.size() <= 4 && ref.number[0] != '0' &&
                          std::all_of(ref.number.begin(), ref.number.end(), IsDigit) && BareNumberEnds(lower, end));
          if (!bare_ok) {
            numbered = false;
            ref.number.clear();
            ref.year = 0;
            end = te;
          }
        }
      }
      if (head && !numbered) continue;  // "Peraturan" alone names no statute
      if (!numbered) {
        // Named by subject only ("UU Pemilu", "SKB 5 Menteri") or by title:
        // resolved through the catalog when the name points at one law.
        const std::vector<const CatalogEntry*> hits = ByName(catalog, types, c, te, ref.type);
        if (hits.size() != 1) continue;
        ref = hits[0]->ref;
        phrase = IssuerPhrase{};
      }
      // Regional acts are identified with their region: the one the issuer
      // phrase names, else (ResolveStatuteRegions) the article's.
      if (!IsNationalType(ref.type)) {
        ref.regional = ref.type == "PERDA" || ref.type == "PERKADA" || region_kind >= 0 ||
                       (issuer != nullptr && (issuer->type == "PERDA" || issuer->type == "PERKADA"));
        ref.region_kind = region_kind;
        ref.region = RegionInPhrase(s, c, phrase, region_kind, doc_explicit);
      }
      claimed = end;
      Found f;
      f.m.ref = ref;
      f.begin = static_cast<uint32_t>(tb);
      f.end = static_cast<uint32_t>(end);
      f.whole = whole;
      ReadTitleAfter(c, types, end, &f);
      f.m.label = std::string(Trim(c.text.substr(tb, end - tb)));
      f.m.sentence = s.index;
      found.push_back(std::move(f));
    }
    AddBareDecrees(s, c, types, doc_explicit, &found);
    if (found.empty()) continue;
    AttachArticles(lower, &found);
    for (Found& f : found) {
      f.m.span = f.whole.end > 0 ? f.whole : ctx.ToOriginal(s, c.Orig(f.begin), c.Orig(f.end));
      if (const CatalogEntry* e = catalog.Find(f.m.ref); e != nullptr && !e->title.empty()) {
        f.m.title = e->title;
      }
      out->statutes.push_back(std::move(f.m));
    }
  }
}

void ResolveStatuteRegions(Extraction* x) {
  for (StatuteMention& st : x->statutes) {
    StatuteRef& ref = st.ref;
    if (!ref.regional || ref.region != nullptr) continue;
    auto fits = [&](const Region* r) {
      return r != nullptr && (ref.region_kind < 0 || static_cast<int>(r->kind) == ref.region_kind);
    };
    if (fits(x->primary_region)) {
      ref.region = x->primary_region;
      continue;
    }
    for (const Region* r : x->subject_regions) {
      if (fits(r)) {
        ref.region = r;
        break;
      }
    }
  }
}

}  // namespace netra::extract
