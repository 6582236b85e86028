#include "extract/officials.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "extract/fold.h"
#include "extract/lexicon.h"
#include "extract/regions.h"
#include "extract/word_set.h"

namespace netra::extract {

namespace {

struct Cursor {
  const SentenceView& s;
  const std::vector<Token>& t;
  const Gazetteer* g;
  const Lexicon& lex;
  Cursor(const SentenceView& sv, const Gazetteer* gazetteer, const Lexicon& lexicon)
      : s(sv), t(sv.tokens), g(gazetteer), lex(lexicon) {}
  // The token lower-cased: a view into the sentence's lower-cased copy,
  // which has the same byte offsets as its text.
  std::string_view Lower(size_t i) const { return TokenText(s.lower, t[i]); }
  std::string_view Text(size_t i) const { return TokenText(s.text, t[i]); }
  bool Is(size_t i, std::string_view w) const { return i < t.size() && Lower(i) == w; }
  bool Punct(size_t i, std::string_view p) const { return i < t.size() && !t[i].word && Text(i) == p; }
  bool Adjacent(size_t i) const { return i + 1 < t.size() && t[i].end == t[i + 1].begin; }
};

// Matches a multi-word head at token i; returns the number of tokens or 0.
size_t MatchWords(const Cursor& c, size_t i, std::string_view words) {
  size_t n = 0;
  std::string_view rest(words);
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    std::string_view w = rest.substr(0, sp);
    if (i + n >= c.t.size() || !c.t[i + n].word || c.Lower(i + n) != w) return 0;
    ++n;
    rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
  }
  return n;
}

size_t ChunkEnd(const Cursor& c, size_t i);
std::string Compact(const Cursor& c, size_t b, size_t e);
bool IsInitial(const Cursor& c, size_t i);

// Indonesian nominalisations (pe-...-an, ke-...-an: "Penanganan",
// "Pengurusan", "Kebangsaan") name activities and units, never people.
bool IsNominalisation(std::string_view w) {
  // Verbs with -kan ("Ingatkan", "Tegaskan", "Pastikan") are no names either.
  if (w.size() >= 6 && w.substr(w.size() - 3) == "kan") return true;
  if (w.size() < 8 || w.substr(w.size() - 2) != "an") return false;
  return w.substr(0, 2) == "pe" || w.substr(0, 2) == "ke";
}

bool CanBeNameWord(const Cursor& c, size_t i) {
  if (i >= c.t.size() || !c.t[i].word || !c.t[i].capitalized || c.t[i].number) return false;
  std::string_view w = c.Lower(i);
  if (c.lex.IsNotName(w) || c.lex.IsUnitWord(w) || c.lex.CanStartRole(w) || IsNominalisation(w)) return false;
  // "Camat Manding", "Desa Cibatu": the word after a place head is a place.
  if (i > 0 && c.t[i - 1].word && c.lex.TakesPlaceName(c.Lower(i - 1))) return false;
  // A seat of government ("Oelamasi", "Cibinong") after a role is a place.
  if (c.g != nullptr) {
    if (const auto* forms = c.g->Lookup(w)) {
      for (const RegionForm& f : *forms) {
        if (f.form == FormKind::kSeat) return false;
      }
    }
  }
  if (std::any_of(w.begin(), w.end(), IsDigit)) return false;
  return true;
}

// One spelling for initials, so that "Ayodhia G.L. Kalake" and "Ayodhia
// G. L. Kalake" are one person with one label: a space after every dot
// that a capital follows.
std::string SpacedInitials(const std::string& name) {
  std::string out;
  out.reserve(name.size() + 4);
  for (size_t i = 0; i < name.size(); ++i) {
    out.push_back(name[i]);
    if (name[i] == '.' && i + 1 < name.size() && IsUpperAscii(name[i + 1])) out.push_back(' ');
  }
  return out;
}

// A region's name or alias written alone ("Lembata", "Kukar", "OKU Timur")
// after a role is the office's place, and a lone capitalised abbreviation
// ("HD") is a nickname the article has spelt out before: neither is a name.
bool IsPlaceOrInitials(const Cursor& c, size_t begin, size_t end, const std::string& name) {
  if (end - begin == 1) {
    std::string_view t = c.Text(begin);
    if (t.size() <= 3 && std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
      return true;
    }
  }
  return c.g != nullptr && c.g->Lookup(NameKey(name)) != nullptr;
}

// Whether a person's name (after optional honorifics) starts at token i.
bool LooksLikeNameAt(const Cursor& c, size_t i) {
  while (i < c.t.size() && c.t[i].word && c.lex.IsHonorific(c.Lower(i))) {
    ++i;
    if (c.Punct(i, ".")) ++i;
  }
  if (!CanBeNameWord(c, i) && !IsInitial(c, i)) return false;
  // A degree after a comma ("Nursula, SSos.", "Sukarni, S.P., M.Si") is no name.
  size_t e = ChunkEnd(c, i);
  std::string compact = Compact(c, i, e);
  if (c.lex.IsDegree(compact) || (e - i >= 3 && compact.size() <= 7)) return false;
  if (IsInitial(c, i)) return true;
  std::string_view t = c.Text(i);
  bool caps = std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
  return !caps || t.size() <= 1;
}

// Whether a role can start with this lower-case word: a modifier, the
// first word of a title, or "pelaksana" (of "Pelaksana Tugas"). ParseRole
// runs at every token; this rejects almost all of them with one probe.
bool CanStartRole(const Cursor& c, std::string_view w) { return c.lex.CanStartRole(w) || w == "pelaksana"; }

struct RoleParse {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  std::string role;
  OfficeScope scope = OfficeScope::kRegional;
  const Region* region = nullptr;
  bool national = false;
};

// The modifiers written before a title, shown as in a role ("Pj",
// "Pjs", "Plt", "Wakil"), starting at token *j; *j moves past them.
std::string ReadModifiers(const Cursor& c, size_t* j) {
  std::string modifiers;
  for (int guard = 0; guard < 3 && *j < c.t.size(); ++guard) {
    std::string_view w = c.Lower(*j);
    const RoleModifier* mod = c.lex.FindModifier(w);
    if (mod == nullptr) break;
    std::string display = mod->display;
    size_t k = *j + 1;
    if (c.Punct(k, ".")) ++k;
    // "Penjabat Sementara" is Pjs; "Pejabat (Pj)" is Pj written twice.
    if ((w == "penjabat" || w == "pejabat") && c.Is(k, "sementara")) {
      display = "Pjs";
      ++k;
    }
    if (c.Punct(k, "(") && k + 2 < c.t.size() && c.Punct(k + 2, ")")) {
      std::string_view inner = c.Lower(k + 1);
      if (inner == "pj" || inner == "pjs" || inner == "plt") {
        display = inner == "pj" ? "Pj" : (inner == "pjs" ? "Pjs" : "Plt");
        k += 3;
      }
    }
    if (!modifiers.empty()) modifiers += " ";
    modifiers += display;
    *j = k;
  }
  // "Pelaksana Tugas (Plt)" written out.
  if (c.Is(*j, "pelaksana") && c.Is(*j + 1, "tugas")) {
    modifiers += modifiers.empty() ? "Plt" : " Plt";
    *j += 2;
    if (c.Punct(*j, "(") && c.Is(*j + 1, "plt") && c.Punct(*j + 2, ")")) *j += 3;
  }
  return modifiers;
}

// The longest office title at token j, the earliest on a tie; *len its
// tokens. Only titles whose first word is at j can match there.
const OfficeTitle* LongestHead(const Cursor& c, size_t j, size_t* len) {
  const OfficeTitle* head = nullptr;
  *len = 0;
  if (j >= c.t.size() || !c.t[j].word) return nullptr;
  for (const OfficeTitle* h : c.lex.OfficesStartingWith(c.Lower(j))) {
    if (size_t n = MatchWords(c, j, h->words); n > *len) {
      head = h;
      *len = n;
    }
  }
  return head;
}

using RegionAt = std::unordered_map<uint32_t, std::pair<const Region*, uint32_t>>;

// A role being read after its title.
struct RoleScan {
  size_t k = 0;         // the next token to read
  size_t text_end = 0;  // the end of the role's own words (its region left out)
  const Region* region = nullptr;
  bool national = false;
  bool regional_head = false;  // Bupati, Wali Kota, Gubernur: only a region follows
  size_t units = 0;            // unit words read
};

// "Kepala Bidang Mutasi dan Promosi BKPSDM Sumba Barat, Th. Eko Ismada":
// capitalised words up to a comma that a name follows are all the role,
// whatever the words are. True, and the scan moved to the comma, when so.
bool ReadToComma(const Cursor& c, const RegionAt& region_at, RoleScan* scan) {
  const size_t k = scan->k;
  size_t q = k;
  const Region* seen = nullptr;
  size_t region_from = 0;
  int depth = 0;
  bool saw_national = false;
  while (q < c.t.size() && q < k + 24) {
    if (c.t[q].word) {
      std::string_view w = c.Lower(q);
      auto r = region_at.find(c.t[q].begin);
      if (r != region_at.end()) {
        seen = r->second.first;
        region_from = q;
        while (q < c.t.size() && c.t[q].begin < r->second.second) ++q;
        continue;
      }
      // "Kepala SMAN 1, Darmadi", "Dandim 0303/Bengkalis": numbers of units.
      if (c.t[q].number) {
        ++q;
        continue;
      }
      const bool joins_units = w == "dan" || w == "serta";  // "Kepegawaian dan Pengembangan"
      if (!c.t[q].capitalized && !joins_units) return false;
      if (c.lex.IsNotName(w) && !c.lex.IsUnitWord(w) && !joins_units) return false;
      if (c.lex.IsNationalWord(w)) saw_national = true;
      ++q;
      continue;
    }
    std::string_view p = c.Text(q);
    if (p == ",") {
      if (q > k && LooksLikeNameAt(c, q + 1)) {
        scan->k = q;
        scan->region = seen;
        scan->units = 1;
        if (saw_national) scan->national = true;
        scan->text_end = seen != nullptr && region_from > k ? region_from : q;
        return true;
      }
      // "Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi": a list of units.
      if (q + 1 < c.t.size() && c.t[q + 1].word && c.t[q + 1].capitalized && c.lex.IsUnitWord(c.Lower(q + 1))) {
        ++q;
        continue;
      }
      return false;
    }
    if (p == "(") ++depth;
    if (p == ")" && --depth < 0) return false;  // the role sits inside brackets
    if (p == "(" || p == ")" || p == "/" || p == "&" || p == "-" || p == ".") {
      ++q;
      continue;
    }
    return false;
  }
  return false;
}

// Extends the role over unit words ("Dinas Sosial", "Bidang Administrasi
// Umum"), abbreviations ("BKPSDM"), place names after Kecamatan or
// Panwaslucam, and the office's region, which ends the role.
void ExtendUnits(const Cursor& c, const RegionAt& region_at, RoleScan* scan) {
  size_t& k = scan->k;
  while (k < c.t.size()) {
    if (!c.t[k].word) {
      // "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak ..." lists
      // units with commas: go on only when a unit word follows.
      std::string_view p = c.Text(k);
      if ((p == "," || p == "&" || p == "/") && k + 1 < c.t.size() && c.t[k + 1].word &&
          c.lex.IsUnitWord(c.Lower(k + 1)) && c.t[k + 1].capitalized && !scan->regional_head) {
        ++k;
        continue;
      }
      if (p == "." && k > 0 && (c.Lower(k - 1) == "kab" || c.Lower(k - 1) == "prov" || c.Lower(k - 1) == "kec")) {
        ++k;
        continue;
      }
      return;
    }
    auto r = region_at.find(c.t[k].begin);
    if (r != region_at.end()) {
      scan->region = r->second.first;
      scan->text_end = k;
      while (k < c.t.size() && c.t[k].begin < r->second.second) ++k;
      return;
    }
    std::string_view w = c.Lower(k);
    if (w == "dan" && !scan->regional_head && k + 1 < c.t.size() && c.t[k + 1].capitalized &&
        c.lex.IsUnitWord(c.Lower(k + 1))) {
      ++k;
      continue;
    }
    if (!c.t[k].capitalized) return;
    if (scan->regional_head) {
      // "Bupati" takes only its region ("Bupati OKI"); "Kabupaten" may
      // stand between ("Bupati Kabupaten Bogor").
      if (w == "kabupaten" || w == "kota" || w == "provinsi" || w == "kab" || w == "prov") {
        ++k;
        continue;
      }
      if (w == "ri" || w == "republik") scan->national = true;
      return;
    }
    if (c.lex.TakesPlaceName(w) && k + 1 < c.t.size() && c.t[k + 1].word && c.t[k + 1].capitalized) {
      k += 2;  // "Kecamatan Karanggede": the place is part of the office
      scan->units += 2;
      scan->text_end = k;
      continue;
    }
    bool abbreviation =
        c.t[k].end - c.t[k].begin >= 2 &&
        std::none_of(c.Text(k).begin(), c.Text(k).end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
        !c.t[k].number;
    if (c.lex.IsUnitWord(w) || (abbreviation && w.size() <= 10 && !c.lex.IsNotName(w))) {
      if (c.lex.IsNationalWord(w)) scan->national = true;
      ++scan->units;
      ++k;
      scan->text_end = k;
      continue;
    }
    return;
  }
}

// The role as shown: modifiers and title, then the words of its units
// from `from` to the scan's text end, without the region or a kind word
// left before it ("Bupati Kabupaten"), sub-district abbreviations spelt out.
std::string RoleText(const Cursor& c, std::string title, size_t from, const RoleScan& scan) {
  std::string text = std::move(title);
  if (scan.text_end > from) {
    size_t b = c.t[from].begin, e = c.t[scan.text_end - 1].end;
    std::string units_text(c.s.text.substr(b, e - b));
    for (const char* tail : {" Kabupaten", " Kota", " Provinsi", " Kab.", " Kab", " Prov."}) {
      std::string t(tail);
      if (units_text.size() > t.size() && units_text.compare(units_text.size() - t.size(), t.size(), t) == 0) {
        units_text.resize(units_text.size() - t.size());
      }
    }
    if (units_text == "Kabupaten" || units_text == "Kota" || units_text == "Provinsi") units_text.clear();
    // "Dandim 0105/Aceh Barat": the region goes, and the slash before it.
    while (!units_text.empty() && (units_text.back() == '/' || units_text.back() == ' ')) units_text.pop_back();
    if (!units_text.empty()) text += " " + units_text;
  }
  for (const auto& [abbr, full] : {std::pair<const char*, const char*>{"Panwaslucam", "Panwaslu Kecamatan"},
                                   {"Panwascam", "Panwaslu Kecamatan"}}) {
    size_t at = text.find(abbr);
    if (at != std::string::npos) text.replace(at, std::char_traits<char>::length(abbr), full);
  }
  return text;
}

// Parses a role at token i. Region matches in the sentence are indexed by
// their first token so a role can take "Lubuk Linggau" as its region.
bool ParseRole(const Cursor& c, size_t i, const RegionAt& region_at, RoleParse* out, bool allow_lower = false) {
  if (i >= c.t.size() || !c.t[i].word) return false;
  if (!CanStartRole(c, c.Lower(i))) return false;
  if (!c.t[i].capitalized && !allow_lower) {
    // "plt. Kepala BKPSDM": a lower-case modifier before a capitalised head.
    std::string_view w = c.Lower(i);
    if (w != "plt" && w != "pj" && w != "pjs" && w != "plh") return false;
  }
  size_t j = i;
  const std::string modifiers = ReadModifiers(c, &j);
  size_t head_len = 0;
  const OfficeTitle* head = LongestHead(c, j, &head_len);
  if (head == nullptr) return false;
  if (!c.t[j].capitalized && modifiers.empty() && !allow_lower) return false;
  RoleScan scan;
  scan.k = scan.text_end = j + head_len;
  scan.regional_head = head->scope == OfficeScope::kKota || head->scope == OfficeScope::kKabupaten ||
                       head->scope == OfficeScope::kProvinsi;
  scan.national = head->scope == OfficeScope::kNational;
  // "Camat Manding": the word after a head that takes a place is the place.
  if (c.lex.TakesPlaceName(head->words) && scan.k < c.t.size() && c.t[scan.k].word && c.t[scan.k].capitalized &&
      region_at.find(c.t[scan.k].begin) == region_at.end()) {
    scan.text_end = ++scan.k;
  }
  if (scan.regional_head || !ReadToComma(c, region_at, &scan)) ExtendUnits(c, region_at, &scan);
  if (head->needs_unit && scan.units == 0 && scan.region == nullptr) return false;
  out->begin = i;
  out->end = scan.k;
  out->role = RoleText(c, modifiers.empty() ? head->display : modifiers + " " + head->display, j + head_len, scan);
  out->scope = scan.national ? OfficeScope::kNational : head->scope;
  out->region = scan.region;
  out->national = scan.national;
  return true;
}

bool IsInitial(const Cursor& c, size_t i) {
  return i < c.t.size() && c.t[i].word && c.t[i].end - c.t[i].begin == 1 && IsUpperAscii(c.s.text[c.t[i].begin]);
}

// A run of adjacent tokens with no space ("S.Pd.", "M.Si", "H.M.").
size_t ChunkEnd(const Cursor& c, size_t i) {
  size_t k = i;
  while (k + 1 < c.t.size() && c.Adjacent(k) && (c.t[k + 1].word || c.Text(k + 1) == ".")) ++k;
  return k + 1;
}

std::string Compact(const Cursor& c, size_t b, size_t e) {
  std::string out;
  for (size_t k = b; k < e; ++k) {
    if (c.t[k].word) out += c.Lower(k);
  }
  return out;
}

struct NameParse {
  size_t begin = 0, end = 0;  // tokens of the name proper
  size_t last = 0;            // last token consumed (degrees included)
  std::string name;
  std::vector<std::string> honorifics, degrees;
};

// Reads honorifics, a name and degrees starting at token i.
bool ParseName(const Cursor& c, size_t i, NameParse* out) {
  size_t k = i;
  NameParse n;
  // Honorifics: "H", "Hj.", "Dra.", "KH", "K.H.", "Dr. H."
  while (k < c.t.size()) {
    size_t e = ChunkEnd(c, k);
    std::string compact = Compact(c, k, e);
    // "Dr.H.Herdiat Sunarya": titles glued to the name, one at a time.
    if (c.t[k].word && !c.lex.IsHonorific(compact) && c.lex.IsHonorific(c.Lower(k)) && c.Punct(k + 1, ".") &&
        k + 2 < e) {
      n.honorifics.emplace_back(c.Text(k));
      k += 2;
      continue;
    }
    if (!c.t[k].word || !c.lex.IsHonorific(compact)) break;
    // "H" followed by a capitalised word is an honorific; "Hj" always.
    n.honorifics.push_back(std::string(c.s.text.substr(c.t[k].begin, c.t[e - 1].end - c.t[k].begin)));
    k = e;
  }
  size_t start = k;
  size_t words = 0, initials = 0;
  while (k < c.t.size() && words < 6) {
    if (IsInitial(c, k)) {
      // "George M. Hadjoh", "Ayodhia G. L. Kalake", "Kanisius H.M. Mau"
      ++words;
      ++initials;
      ++k;
      if (c.Punct(k, ".")) ++k;
      continue;
    }
    if (!CanBeNameWord(c, k)) break;
    std::string_view t = c.Text(k);
    // "Begitupun DR. Drs. Yusuf ...": a title inside a run starts the name.
    if (words > 0 && t.size() >= 2 && c.lex.IsHonorific(c.Lower(k)) && c.Punct(k + 1, ".")) break;
    bool caps = std::none_of(t.begin(), t.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (caps && t.size() > 2) break;  // ASN, OPD, BKPSDM
    ++words;
    ++k;
    // An abbreviated name part: "Th. Eko Ismada", "Akh. Zaini", "Moh. Rasyid".
    if (t.size() <= 4 && c.Punct(k, ".") && k + 1 < c.t.size() && CanBeNameWord(c, k + 1)) {
      ++k;
      ++initials;
    }
  }
  if (words == initials) return false;  // initials alone are no name
  if (words == 0) return false;
  size_t end = k;
  // A name does not end on an initial alone ("Sisardi S" of "Sisardi S.Pd").
  n.begin = start;
  n.end = end;
  std::string name(c.s.text.substr(c.t[start].begin, c.t[end - 1].end - c.t[start].begin));
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
  if (IsPlaceOrInitials(c, start, end, name)) return false;
  n.name = SpacedInitials(name);
  // Degrees after a comma: ", S.Pd., M.M", ",S.Pd.,M.M", ", SSos."
  size_t last = end;
  while (k < c.t.size() && c.Punct(k, ",")) {
    size_t d = k + 1;
    if (d >= c.t.size() || !c.t[d].word || !c.t[d].capitalized) break;
    size_t e = ChunkEnd(c, d);
    std::string compact = Compact(c, d, e);
    bool dotted = e - d >= 3;  // "S.Pd" has word . word
    if (!c.lex.IsDegree(compact) && !(dotted && compact.size() <= 7)) break;
    std::string written(c.s.text.substr(c.t[d].begin, c.t[e - 1].end - c.t[d].begin));
    while (!written.empty() && written.back() == '.') written.pop_back();
    n.degrees.push_back(written);
    k = e;
    last = e;
  }
  // A degree with no comma before it: "Sisardi S.Pd" is rare; not read.
  n.last = last;
  *out = std::move(n);
  return true;
}

// The words that open a list of members after a role: "yaitu", "antara
// lain", "terdiri dari", "masing-masing", a colon. Returns how many tokens
// they take, 0 when no list opens at token i.
size_t ListCueAt(const Cursor& c, size_t i) {
  size_t k = i;
  bool cue = false;
  for (int guard = 0; guard < 4 && k < c.t.size(); ++guard) {
    std::string_view w = c.Lower(k);
    if (w == "yaitu" || w == "yakni" || w == "masing-masing" || w == "terdiri") {
      cue = true;
      ++k;
    } else if (w == "antara" && c.Is(k + 1, "lain")) {
      cue = true;
      k += 2;
    } else if ((w == "dari" || w == "atas") && cue) {
      ++k;
    } else if (c.Punct(k, ":")) {
      cue = true;
      ++k;
    } else {
      break;
    }
  }
  return cue ? k - i : 0;
}

// A role of lower-case words that a list of members follows: a title, up
// to six words, an optional comma, then a list cue ("anggota tim penilai,
// yakni", "ketua panitia yaitu"). The role ends before the comma.
bool ParseListRole(const Cursor& c, size_t i, RoleParse* out) {
  const OfficeTitle* head = nullptr;
  size_t head_len = 0;
  for (const OfficeTitle* h : c.lex.OfficesStartingWith(c.Lower(i))) {
    if (size_t n = MatchWords(c, i, h->words); n > head_len) {
      head = h;
      head_len = n;
    }
  }
  if (head == nullptr) return false;
  for (size_t k = i + head_len; k < c.t.size() && k <= i + head_len + 6; ++k) {
    const size_t cue = ListCueAt(c, c.Punct(k, ",") ? k + 1 : k);
    if (cue > 0 && k > i + head_len) {
      out->begin = i;
      out->end = c.Punct(k, ",") ? k + 1 : k;  // where ListCueAt finds the cue
      out->role = head->display + " " +
                  std::string(c.s.text.substr(c.t[i + head_len].begin, c.t[k - 1].end - c.t[i + head_len].begin));
      out->scope = head->scope;
      out->region = nullptr;
      out->national = head->scope == OfficeScope::kNational;
      for (size_t w = i + head_len; w < k; ++w) {  // "anggota tim evaluator KemenPAN-RB"
        if (c.t[w].word && c.lex.IsNationalWord(c.Lower(w))) out->national = true;
      }
      if (out->national) out->scope = OfficeScope::kNational;
      return true;
    }
    if (!c.t[k].word || c.t[k].number || c.lex.IsNotName(c.Lower(k))) return false;
  }
  return false;
}

// Finds a name that ends right before token `end`, skipping the degrees
// written after it ("George M. Hadjoh, SH," -> "George M. Hadjoh"). Names
// already given to another role in the sentence (`claimed`) are not taken
// again: in "Ketua FPK, Drs. Idham Khalid, SH, MM, Camat Manding" the
// camat is not Idham Khalid.
bool FindNameBefore(const Cursor& c, size_t end, const std::vector<bool>& claimed, NameParse* out) {
  size_t e = end;
  for (int guard = 0; guard < 4 && e > 1; ++guard) {
    size_t cb = e - 1;
    while (cb > 0 && c.t[cb - 1].end == c.t[cb].begin && (c.t[cb - 1].word || c.Text(cb - 1) == ".")) --cb;
    if (!c.t[cb].word || !c.t[cb].capitalized || cb == 0 || !c.Punct(cb - 1, ",")) break;
    std::string compact = Compact(c, cb, e);
    bool dotted = e - cb >= 3;
    if (!c.lex.IsDegree(compact) && !(dotted && compact.size() <= 7)) break;
    e = cb - 1;
  }
  size_t b = e;
  while (b > 0 && e - b < 10) {
    size_t p = b - 1;
    if (c.t[p].word && (CanBeNameWord(c, p) || IsInitial(c, p) || c.lex.IsHonorific(c.Lower(p)))) {
      b = p;
      continue;
    }
    if (c.Punct(p, ".") && p > 0 && c.t[p - 1].word && c.t[p - 1].end - c.t[p - 1].begin <= 4 &&
        c.t[p - 1].capitalized) {
      b = p;
      continue;
    }
    break;
  }
  if (b == e) return false;
  for (size_t t = b; t < e; ++t) {
    if (claimed[t]) return false;
  }
  NameParse n;
  if (!ParseName(c, b, &n) || n.end != e) return false;
  n.last = end;
  *out = std::move(n);
  return true;
}

// Whether token i is a verb of appointment or transfer: di- or me- and one
// of the lexicon's stems ("dipercayakan", "dilantik", "mengangkat").
bool IsAppointmentVerb(const Cursor& c, size_t i) {
  if (i >= c.t.size() || !c.t[i].word) return false;
  std::string_view w = c.Lower(i);
  if (w.rfind("di", 0) != 0 && w.rfind("me", 0) != 0) return false;
  return std::any_of(c.lex.appointment_stems().begin(), c.lex.appointment_stems().end(),
                     [&](const std::string& stem) { return w.find(stem) != std::string_view::npos; });
}

// Whether a verb of appointment or transfer stands shortly before token
// `cue` ("dimutasi menjadi", "diangkat sebagai", "menjabat sebagai",
// "dipercayakan untuk memimpin", "mengisi Jabatan lowong, yaitu").
bool TransferVerbBefore(const Cursor& c, size_t cue) {
  size_t lowest = cue > 8 ? cue - 8 : 0;
  for (size_t k = cue; k-- > lowest;) {
    if (IsAppointmentVerb(c, k)) return true;
  }
  return false;
}

// The subject of a transfer: "Drs. Kanisius H.M. Mau, M.Si, juga ikut
// dimutasi menjadi <role>", "Henderina ..., yang selama ... dipercayakan
// untuk memimpin <unit>". Looks back from `before` for the nearest name
// with only lower-case words, commas and unit words after it.
bool FindSubjectName(const Cursor& c, size_t before, const std::vector<bool>& claimed, NameParse* out) {
  size_t lowest = before > 25 ? before - 25 : 0;
  for (size_t start = before; start-- > lowest;) {
    if (!c.t[start].word || !c.t[start].capitalized) continue;
    // A name starts a run of words: not inside "M.Si", not after another
    // capitalised word, not after "H." of "Kanisius H.M. Mau".
    if (start > 0 && c.t[start - 1].end == c.t[start].begin) continue;
    bool honorific = c.lex.IsHonorific(c.Lower(start));
    if (!honorific && start > 0 && c.t[start - 1].word && c.t[start - 1].capitalized) continue;
    if (!honorific && start > 1 && c.Punct(start - 1, ".") && c.t[start - 2].word && c.t[start - 2].capitalized) {
      continue;
    }
    if (honorific && start > 1 && c.Punct(start - 1, ".") && c.lex.IsHonorific(c.Lower(start - 2))) continue;
    if (!c.lex.IsHonorific(c.Lower(start)) && !CanBeNameWord(c, start)) continue;
    {
      size_t e = ChunkEnd(c, start);
      std::string compact = Compact(c, start, e);
      if (c.lex.IsDegree(compact) || (e - start >= 3 && compact.size() <= 7)) continue;
    }
    NameParse n;
    // The subject may be named already in its old post ("George M. Hadjoh,
    // SH, Kepala Biro Umum dipromosi menjadi ..."), so claimed names count.
    (void)claimed;
    if (!ParseName(c, start, &n) || n.last > before) continue;
    bool clean = true;
    for (size_t k = n.last; k < before; ++k) {
      if (c.t[k].word && c.t[k].capitalized && !c.lex.IsUnitWord(c.Lower(k))) {
        clean = false;
        break;
      }
    }
    if (!clean) return false;  // another capitalised name stands between
    *out = std::move(n);
    return true;
  }
  return false;
}

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(name)) {
    if (t.word) out.push_back(LowerAscii(TokenText(name, t)));
  }
  return out;
}

// Region of an office whose text names none: the article's region when its
// kind fits the head ("Bupati" needs a kabupaten), its province for
// "Gubernur", nothing for national offices.
const Region* ImpliedRegion(OfficeScope scope, const Region* primary, const Gazetteer& g) {
  if (primary == nullptr) return nullptr;
  switch (scope) {
    case OfficeScope::kNational: return nullptr;
    case OfficeScope::kKota: return primary->kind == RegionKind::kKota ? primary : nullptr;
    case OfficeScope::kKabupaten: return primary->kind == RegionKind::kKabupaten ? primary : nullptr;
    case OfficeScope::kProvinsi: return primary->kind == RegionKind::kProvinsi ? primary : g.Province(*primary);
    case OfficeScope::kRegional:
    case OfficeScope::kAny: return primary;
  }
  return nullptr;
}

// The region most of the article's mentions point at, used for offices
// that do not name theirs. Dateline and explicit mentions weigh more.
const Region* PrimaryRegion(const Extraction& out) {
  std::unordered_map<const Region*, int> score;
  for (const RegionMention& m : out.regions) {
    int w = 1;
    if (m.role == RegionRole::kDateline) w = 3;
    if (m.role == RegionRole::kTitle) w = 2;
    if (m.explicit_kind) w += 1;
    score[m.region] += w;
  }
  const Region* best = nullptr;
  int best_score = 0;
  for (const RegionMention& m : out.regions) {  // ties go to the earliest mention
    if (score[m.region] > best_score) {
      best = m.region;
      best_score = score[m.region];
    }
  }
  return best;
}

// Adds an official, or merges a second mention of the same person. A role
// the article says the person moves into ("dimutasi menjadi Kepala Dinas
// Sosial") replaces the one held before (`new_post`).
void AddOfficial(Official o, Extraction* out, bool new_post = false) {
  std::vector<std::string> words = NameWords(o.name);
  for (Official& existing : out->officials) {
    std::vector<std::string> other = NameWords(existing.name);
    if (other == words) {
      if (new_post) {
        existing.role = o.role;
        existing.region = o.region;
      }
      // The same person again: keep the more specific record.
      if (existing.region == nullptr && o.region != nullptr) existing.region = o.region;
      if (existing.role.size() < o.role.size() && existing.role.find(o.role) == std::string::npos &&
          o.role.find(existing.role) != std::string::npos) {
        existing.role = o.role;
      }
      for (auto& h : o.honorifics) {
        if (std::find(existing.honorifics.begin(), existing.honorifics.end(), h) == existing.honorifics.end())
          existing.honorifics.push_back(h);
      }
      for (auto& d : o.degrees) {
        if (std::find(existing.degrees.begin(), existing.degrees.end(), d) == existing.degrees.end())
          existing.degrees.push_back(d);
      }
      return;
    }
  }
  out->officials.push_back(std::move(o));
}

// "Kepala UPT, Iskandar ..." in an article about "UPT BKN Gorontalo": the
// unit a role names by a short word is the national body the article writes
// with that word elsewhere ("UPT BKN", "Kanreg XI BKN", "Kantor Wilayah
// Kemenkumham"), so its holder has no local region.
void MarkNationalUnits(const DocContext& ctx, Extraction* out) {
  const Lexicon& lex = *ctx.res().lexicon;
  // The last word of each regional role that names a unit ("upt" of
  // "Kepala UPT"), by official.
  std::vector<std::pair<Official*, std::string>> units;
  for (Official& o : out->officials) {
    // "Ketua Bawaslu Kota Mataram" names its region: the article's "Bawaslu
    // RI" is another office.
    if (o.national || o.region == nullptr || o.region_written) continue;
    std::string role = LowerAscii(o.role);
    const size_t space = role.rfind(' ');
    if (space == std::string::npos) continue;
    std::string unit = role.substr(space + 1);
    if (unit.size() < 2 || lex.IsNationalWord(unit) || !lex.OfficesStartingWith(unit).empty()) continue;
    units.emplace_back(&o, std::move(unit));
  }
  if (units.empty()) return;
  for (const SentenceView& s : ctx.sentences()) {
    for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
      const std::string_view w = TokenText(s.lower, s.tokens[i]);
      for (auto& [official, unit] : units) {
        if (official->national || w != unit || !s.tokens[i + 1].word) continue;
        if (!lex.IsNationalWord(TokenText(s.lower, s.tokens[i + 1]))) continue;
        official->national = true;
        official->region = nullptr;
      }
    }
  }
}

}  // namespace

int FindPersonByShortName(const Extraction& out, const Lexicon& lexicon, std::string_view written) {
  std::vector<std::string> words = NameWords(written);
  std::vector<std::string> kept;
  for (auto& w : words) {
    if (!lexicon.IsHonorific(w)) kept.push_back(w);
  }
  if (kept.empty()) return -1;
  int found = -1;
  for (size_t i = 0; i < out.officials.size(); ++i) {
    std::vector<std::string> name = NameWords(out.officials[i].name);
    bool all = std::all_of(kept.begin(), kept.end(),
                           [&](const std::string& w) { return std::find(name.begin(), name.end(), w) != name.end(); });
    if (all) {
      if (found >= 0) return -1;  // two people share the word: do not guess
      found = static_cast<int>(i);
    }
  }
  return found;
}

namespace {

// The officials of one sentence: its roles, each with the name the press
// writes before or after it, member lists and bracketed functions.
class SentenceReader {
 public:
  SentenceReader(const DocContext& ctx, const SentenceView& s, Extraction* out)
      : ctx_(ctx),
        s_(s),
        out_(out),
        g_(*ctx.res().gazetteer),
        c_(s, &g_, *ctx.res().lexicon),
        claimed_(c_.t.size(), false) {
    const std::vector<const Region*> stated = ExplicitRegions(*out);
    for (const RegionMatch& m : s.regions) region_at_[m.begin] = {ChooseRegion(m, stated), m.end};
  }

  void Read() {
    size_t i = 0;
    while (i < c_.t.size()) i = ReadRoleAt(i);
    ReadBracketFunctions();
  }

 private:
  // Reads a role starting at token i and who holds it; the token to go on from.
  size_t ReadRoleAt(size_t i) {
    const Cursor& c = c_;
    if (!c.t[i].word || !CanStartRole(c, c.Lower(i))) return i + 1;  // what ParseRole rejects first, twice
    RoleParse role;
    bool parsed = ParseRole(c, i, region_at_, &role);
    // "5 orang anggota Panitia Seleksi yaitu masing-masing : H. Sumasna, ..."
    if (!parsed && ParseRole(c, i, region_at_, &role, /*allow_lower=*/true) && ListCueAt(c, role.end) > 0) {
      parsed = true;
      role.role[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(role.role[0])));
    }
    // "anggota tim penilai, yakni A, B, dan C": a role written in lower
    // case up to the words that open its list of members.
    if (!parsed && ParseListRole(c, i, &role)) parsed = true;
    if (!parsed) return i + 1;
    // "Kantor Bupati Sigi", "Rumah Dinas Wali Kota": a building's name.
    if (role.begin > 0 && c.t[role.begin - 1].word && c.lex.IsBuildingWord(c.Lower(role.begin - 1))) {
      return role.end > i ? role.end : i + 1;
    }
    // Roles inside a list ("menjabat sebagai ...") are read too.
    if (ReadMembers(role) > 0) return role.end;
    NameParse name;
    bool new_post = false;
    if (!FindHolder(role, &name, &new_post)) return role.end > i ? role.end : i + 1;
    Official o;
    o.name = name.name;
    o.role = role.role;
    o.region = role.national ? nullptr : RegionOf(role);
    o.national = role.national;
    o.region_written = role.region != nullptr;
    o.honorifics = name.honorifics;
    o.degrees = name.degrees;
    const size_t first = std::min(role.begin, name.begin);
    const size_t last = std::max(role.end, name.last);
    o.span = ctx_.ToOriginal(s_, c.t[first].begin, c.t[last - 1].end);
    o.sentence = s_.index;
    // "Kiai Mansyur" after "KH M Mansyur": the same person, not a new one.
    AddOfficial(std::move(o), out_, new_post);
    Claim(name);
    return std::max(role.end, name.last);
  }

  // The role's region as written, else the one the article implies.
  const Region* RegionOf(const RoleParse& role) const {
    return role.region != nullptr ? role.region : ImpliedRegion(role.scope, out_->primary_region, g_);
  }

  void Claim(const NameParse& name) {
    for (size_t t = name.begin; t < name.end; ++t) claimed_[t] = true;
  }

  void Add(const NameParse& name, const std::string& role_text, const Region* region, size_t first, size_t last) {
    Official o;
    o.name = name.name;
    o.role = role_text;
    o.region = region;
    o.honorifics = name.honorifics;
    o.degrees = name.degrees;
    o.span = ctx_.ToOriginal(s_, c_.t[first].begin, c_.t[last - 1].end);
    o.sentence = s_.index;
    AddOfficial(std::move(o), out_, false);
    Claim(name);
  }

  // A list of members after the role ("yaitu A, B dan C"): each name (with
  // degrees, and a remark in brackets) takes the role. How many were read.
  size_t ReadMembers(const RoleParse& role) {
    const Cursor& c = c_;
    const size_t cue = ListCueAt(c, role.end);
    if (cue == 0) return 0;
    size_t k = role.end + cue;
    const Region* region = role.national ? nullptr : RegionOf(role);
    size_t listed = 0;
    while (k < c.t.size()) {
      NameParse member;
      if (!ParseName(c, k, &member)) break;
      k = member.last;
      if (c.Punct(k, "(")) {
        int depth = 0;
        for (; k < c.t.size(); ++k) {
          if (c.Punct(k, "(")) ++depth;
          if (c.Punct(k, ")") && --depth == 0) {
            ++k;
            break;
          }
        }
      }
      Add(member, role.role, region, member.begin, member.last);
      ++listed;
      if (!(c.Punct(k, ",") || c.Punct(k, ";") || c.Is(k, "dan") || c.Is(k, "serta"))) break;
      ++k;
      if (c.Is(k, "dan")) ++k;
    }
    return listed;
  }

  // Who holds the role: the name after it, or before it in the orders the
  // press writes; `new_post` when the article moves the person into it.
  bool FindHolder(const RoleParse& role, NameParse* name, bool* new_post) {
    const Cursor& c = c_;
    size_t after = role.end;
    // "Sekretaris Daerah sekaligus Ketua Komite Ir. H. Hasanudin": one
    // person in two offices; the first, the one the article leads with,
    // is the role kept.
    if (c.Is(after, "sekaligus") || c.Is(after, "merangkap")) {
      RoleParse second;
      if (ParseRole(c, after + 1, region_at_, &second, /*allow_lower=*/true)) after = second.end;
    }
    if (c.Punct(after, ",")) ++after;
    // "Kosmas D. Lana, SH, M.Si, selaku Ketua Panitia Seleksi, Prof. ...":
    // after "selaku" the name came before the role, and the name after it
    // belongs to the next role.
    const bool selaku = role.begin >= 1 && (c.Is(role.begin - 1, "selaku") || c.Is(role.begin - 1, "sebagai"));
    if (!selaku && ParseName(c, after, name)) return true;
    // "Koimudin, Pj Wali Kota ...", "George M. Hadjoh, SH, Kepala Biro
    // Umum": no name after the role, a name (and degrees) before it.
    if (role.begin >= 2 && c.Punct(role.begin - 1, ",") && FindNameBefore(c, role.begin - 1, claimed_, name)) {
      return true;
    }
    // "Ervan Luri selaku Anggota ...", "Syahrial Abdi mengatakan selaku Pj. Bupati".
    if (role.begin >= 2 && selaku && FindNameBefore(c, NameEndBeforeSelaku(role.begin - 1), claimed_, name)) {
      return true;
    }
    // "... dimutasi menjadi Kepala Dinas Sosial", "diangkat sebagai Kepala BKD".
    if (role.begin >= 2 && c.t[role.begin - 1].word && c.lex.IsAppointmentCue(c.Lower(role.begin - 1)) &&
        TransferVerbBefore(c, role.begin - 1) && FindSubjectName(c, role.begin - 1, claimed_, name)) {
      *new_post = true;
      return true;
    }
    // "jabatan Kepala BKD dipercayakan kepada Yosef Rasi": the post, a
    // passive appointment verb, then its new holder.
    if (IsAppointmentVerb(c, role.end) && c.Is(role.end + 1, "kepada") && ParseName(c, role.end + 2, name)) {
      *new_post = true;
      return true;
    }
    return false;
  }

  // Where the name ends before "selaku": past a few words the press puts
  // between ("Syahrial Abdi mengatakan selaku ...") and a comma.
  size_t NameEndBeforeSelaku(size_t selaku) const {
    const Cursor& c = c_;
    size_t e = selaku;
    for (int skip = 0; skip < 2 && e > 0 && c.t[e - 1].word && !c.t[e - 1].capitalized; ++skip) {
      std::string_view w = c.Lower(e - 1);
      if (w != "mengatakan" && w != "menyampaikan" && w != "yang" && w != "juga" && w != "kini" && w != "saat" &&
          w != "ini") {
        break;
      }
      --e;
    }
    if (e > 0 && c.Punct(e - 1, ",")) --e;
    return e;
  }

  // "Jusuf E. Otemusu, ST (Pejabat Pengawas)": a person with degrees or a
  // title, followed by their function in brackets.
  void ReadBracketFunctions() {
    const Cursor& c = c_;
    for (size_t p = 1; p + 2 < c.t.size(); ++p) {
      if (!c.Punct(p, "(")) continue;
      size_t q = p + 1;
      while (q < c.t.size() && !c.Punct(q, ")") && q < p + 8) ++q;
      if (q >= c.t.size() || !c.Punct(q, ")") || q == p + 1) continue;
      std::string_view first = c.Text(p + 1);
      bool titled = c.t[p + 1].word && c.t[p + 1].capitalized &&
                    std::any_of(first.begin(), first.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      bool digits = false;
      for (size_t k = p + 1; k < q; ++k) digits = digits || c.t[k].number;
      if (!titled || digits) continue;
      NameParse name;
      if (!FindNameBefore(c, p, claimed_, &name)) continue;
      if (name.degrees.empty() && name.honorifics.empty()) continue;  // no sign it is a person
      std::string role_text(s_.text.substr(c.t[p + 1].begin, c.t[q - 1].end - c.t[p + 1].begin));
      Add(name, role_text, out_->primary_region, name.begin, q + 1);
    }
  }

  const DocContext& ctx_;
  const SentenceView& s_;
  Extraction* out_;
  const Gazetteer& g_;
  Cursor c_;
  RegionAt region_at_;
  std::vector<bool> claimed_;  // tokens of names already given a role
};

}  // namespace

void ExtractOfficials(const DocContext& ctx, Extraction* out) {
  out->primary_region = PrimaryRegion(*out);
  const auto& lines = ctx.analyzed().lines;
  for (const SentenceView& s : ctx.sentences()) {
    // Headlines capitalise every word, so "Sekda Ingatkan ASN" reads like a
    // role and a name; officials named there are named again in the body.
    size_t line = ctx.analyzed().sentences[s.index].line;
    if (line < lines.size() && lines[line].cls == text::LineClass::kTitle) continue;
    SentenceReader(ctx, s, out).Read();
  }
  MarkNationalUnits(ctx, out);
}

}  // namespace netra::extract
