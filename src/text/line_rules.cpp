#include "text/line_rules.h"

#include <unicode/uchar.h>

#include <array>

#include "text/ascii_internal.h"
#include "text/utf8.h"

namespace netra::text {
namespace {

using internal::ContainsIgnoreCase;
using internal::EqualsIgnoreCase;
using internal::IsAsciiAlpha;
using internal::IsAsciiDigit;
using internal::IsAsciiUpper;
using internal::StartsWithIgnoreCase;
using LC = LineClass;

// A line that, apart from bullets and punctuation around it, is exactly one
// of these phrases (ASCII case ignored).
struct Phrase {
  std::string_view text;
  LineClass cls;
  bool opens_list = false;
  bool list_needs_article = false;
};
constexpr Phrase kPhrases[] = {
    // Headers of related-story lists; the titles under them follow.
    {"baca juga", LC::kRelatedLink, true},
    {"baca pula", LC::kRelatedLink, true},
    {"simak juga", LC::kRelatedLink, true},
    {"lihat juga", LC::kRelatedLink, true},
    {"artikel terkait", LC::kRelatedLink, true},
    {"berita terkait", LC::kRelatedLink, true},
    {"postingan terkait", LC::kRelatedLink, true},
    {"artikel lainnya", LC::kRelatedLink, true},
    {"berita lainnya", LC::kRelatedLink, true},
    {"baca berita lainnya", LC::kRelatedLink, true},
    {"artikel menarik lainnya", LC::kRelatedLink, true},
    {"related posts", LC::kRelatedLink, true},
    {"related post", LC::kRelatedLink, true},
    {"related articles", LC::kRelatedLink, true},
    {"related news", LC::kRelatedLink, true},
    {"you may also like", LC::kRelatedLink, true},
    {"read also", LC::kRelatedLink, true},
    {"read more", LC::kRelatedLink, true},
    // Section headers of the site around the article, often followed by
    // other articles' titles.
    {"berita terkini", LC::kMenu, true, true},
    {"berita terpopuler", LC::kMenu, true, true},
    {"berita pilihan", LC::kMenu, true, true},
    {"berita populer", LC::kMenu, true, true},
    {"berita utama", LC::kMenu, true, true},
    {"berita terbaru", LC::kMenu, true, true},
    {"terkini", LC::kMenu, true, true},
    {"terbaru", LC::kMenu, true, true},
    {"terpopuler", LC::kMenu, true, true},
    {"populer", LC::kMenu, true, true},
    {"pilihan editor", LC::kMenu, true, true},
    {"editor's pick", LC::kMenu, true, true},
    {"editor's choice", LC::kMenu, true, true},
    {"trending", LC::kMenu, true, true},
    {"trending topic", LC::kMenu, true, true},
    {"headline", LC::kMenu, true, true},
    {"headlines", LC::kMenu, true, true},
    {"rekomendasi", LC::kMenu, true, true},
    {"rekomendasi untuk anda", LC::kMenu, true, true},
    {"rekomendasi untukmu", LC::kMenu, true, true},
    {"most popular", LC::kMenu, true, true},
    {"latest news", LC::kMenu, true, true},
    // Widgets and navigation.
    {"tag", LC::kMenu}, {"tags", LC::kMenu}, {"topik", LC::kMenu}, {"topic", LC::kMenu},
    {"label", LC::kMenu}, {"kategori", LC::kMenu}, {"category", LC::kMenu},
    {"share", LC::kMenu}, {"bagikan", LC::kMenu}, {"share this", LC::kMenu},
    {"komentar", LC::kMenu}, {"comments", LC::kMenu}, {"aa", LC::kMenu},  // font-size buttons
    {"home", LC::kMenu}, {"beranda", LC::kMenu}, {"advertisement", LC::kMenu},
    {"iklan", LC::kMenu}, {"scroll to continue with content", LC::kMenu},
    {"scroll untuk melanjutkan", LC::kMenu}, {"next", LC::kMenu}, {"prev", LC::kMenu},
    {"previous", LC::kMenu}, {"selanjutnya", LC::kMenu}, {"sebelumnya", LC::kMenu},
    {"load more", LC::kMenu}, {"lihat semua", LC::kMenu}, {"tutup", LC::kMenu},
    {"menu", LC::kMenu}, {"search", LC::kMenu}, {"cari", LC::kMenu}, {"login", LC::kMenu},
    {"video", LC::kMenu}, {"galeri", LC::kMenu}, {"indeks", LC::kMenu}, {"index", LC::kMenu},
    // Site footer links.
    {"pedoman media siber", LC::kFooter}, {"kebijakan privasi", LC::kFooter},
    {"privacy policy", LC::kFooter}, {"tentang kami", LC::kFooter}, {"about us", LC::kFooter},
    {"redaksi", LC::kFooter}, {"susunan redaksi", LC::kFooter}, {"kontak", LC::kFooter},
    {"kontak kami", LC::kFooter}, {"hubungi kami", LC::kFooter}, {"contact us", LC::kFooter},
    {"disclaimer", LC::kFooter}, {"info iklan", LC::kFooter}, {"karir", LC::kFooter},
    {"syarat dan ketentuan", LC::kFooter}, {"terms of use", LC::kFooter},
    {"sitemap", LC::kFooter},
    // Photo credits standing alone.
    {"ilustrasi", LC::kPhotoCredit}, {"ist", LC::kPhotoCredit}, {"istimewa", LC::kPhotoCredit},
    {"foto", LC::kPhotoCredit}, {"dok", LC::kPhotoCredit}, {"dokumentasi", LC::kPhotoCredit},
};

// A line starting with one of these words (followed by a non-letter), if it
// is shorter than max_len bytes.
struct Prefix {
  std::string_view text;
  LineClass cls;
  size_t max_len;
};
constexpr Prefix kPrefixes[] = {
    // `BACA JUGA:PJ Walikota ...`, `Baca juga: ...`, `Baca Juga : ...`
    {"baca juga", LC::kRelatedLink, 400}, {"baca pula", LC::kRelatedLink, 400},
    {"simak juga", LC::kRelatedLink, 400}, {"lihat juga", LC::kRelatedLink, 400},
    {"baca selengkapnya", LC::kRelatedLink, 400}, {"simak selengkapnya", LC::kRelatedLink, 400},
    {"baca berita", LC::kRelatedLink, 400}, {"baca artikel", LC::kRelatedLink, 400},
    {"artikel terkait", LC::kRelatedLink, 400}, {"berita terkait", LC::kRelatedLink, 400},
    {"related post", LC::kRelatedLink, 400}, {"related article", LC::kRelatedLink, 400},
    {"read also", LC::kRelatedLink, 400}, {"read more", LC::kRelatedLink, 400},
    {"tonton juga", LC::kRelatedLink, 400}, {"saksikan juga", LC::kRelatedLink, 400},
    {"simak video", LC::kRelatedLink, 400},
    // Calls to follow or share, category lines.
    {"ikuti kami", LC::kMenu, 200}, {"follow us", LC::kMenu, 200},
    {"posted in", LC::kMenu, 200}, {"filed under", LC::kMenu, 200},
    {"share this", LC::kMenu, 200}, {"bagikan artikel", LC::kMenu, 200},
    {"dapatkan update", LC::kMenu, 300}, {"dapatkan informasi", LC::kMenu, 300},
    {"download aplikasi", LC::kMenu, 200}, {"unduh aplikasi", LC::kMenu, 200},
    {"klik di sini", LC::kMenu, 200}, {"klik disini", LC::kMenu, 200},
    {"copyright", LC::kFooter, 300}, {"powered by", LC::kFooter, 200},
    {"hak cipta", LC::kFooter, 300},
    // `by Bawaslu Boyolali - 3 Agustus 2023`, `Laporan Wartawan Tribun ...`
    {"by", LC::kByline, 150},
    {"laporan wartawan", LC::kByline, 200}, {"laporan reporter", LC::kByline, 200},
    {"laporan koresponden", LC::kByline, 200}, {"laporan kontributor", LC::kByline, 200},
    {"posted by", LC::kByline, 150}, {"diposting oleh", LC::kByline, 150},
    {"ditulis oleh", LC::kByline, 150}, {"dipublikasikan", LC::kByline, 150},
    {"diterbitkan", LC::kByline, 150}, {"diperbarui", LC::kByline, 150},
    {"published", LC::kByline, 150}, {"updated", LC::kByline, 150},
    // `Dok. Prokompim Kota Magelang`, `Ilustrasi - ...`
    {"dok", LC::kPhotoCredit, 150}, {"dokumentasi", LC::kPhotoCredit, 200},
    {"ilustrasi", LC::kPhotoCredit, 200},
};

// `Label: value` lines (also `Label : value`, and `FOTO/ANTARA` for photo
// labels). Longer labels first, so `Sumber foto:` is not read as `Sumber:`.
struct Label {
  std::string_view text;
  LineClass cls;
};
constexpr Label kLabels[] = {
    {"sumber foto", LC::kPhotoCredit}, {"kredit foto", LC::kPhotoCredit},
    {"keterangan foto", LC::kPhotoCredit}, {"foto", LC::kPhotoCredit},
    {"photo", LC::kPhotoCredit}, {"dokumentasi", LC::kPhotoCredit}, {"dok", LC::kPhotoCredit},
    {"image", LC::kPhotoCredit}, {"gambar", LC::kPhotoCredit}, {"ilustrasi", LC::kPhotoCredit},
    {"caption", LC::kPhotoCredit},
    {"editor", LC::kByline}, {"penulis", LC::kByline}, {"reporter", LC::kByline},
    {"pewarta", LC::kByline}, {"penyunting", LC::kByline}, {"redaktur", LC::kByline},
    {"wartawan", LC::kByline}, {"kontributor", LC::kByline}, {"fotografer", LC::kByline},
    {"jurnalis", LC::kByline}, {"author", LC::kByline}, {"writer", LC::kByline},
    {"oleh", LC::kByline},
    {"sumber", LC::kFooter}, {"source", LC::kFooter}, {"copyright", LC::kFooter},
    {"hak cipta", LC::kFooter},
    {"kata kunci", LC::kMenu}, {"tags", LC::kMenu}, {"tag", LC::kMenu}, {"topik", LC::kMenu},
    {"topic", LC::kMenu}, {"labels", LC::kMenu}, {"label", LC::kMenu}, {"kategori", LC::kMenu},
    {"categories", LC::kMenu}, {"category", LC::kMenu}, {"rubrik", LC::kMenu},
    {"share", LC::kMenu}, {"bagikan", LC::kMenu}, {"keywords", LC::kMenu},
    {"keyword", LC::kMenu}, {"ikuti kami", LC::kMenu},
    {"baca", LC::kRelatedLink}, {"simak", LC::kRelatedLink}, {"lihat", LC::kRelatedLink},
};

constexpr std::string_view kDays[] = {"senin", "selasa", "rabu", "kamis", "jumat",
                                      "jum'at", "sabtu", "minggu", "ahad"};
constexpr std::string_view kMonths[] = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "january", "february", "march", "may", "june", "july",
    "august", "october", "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
    "aug", "sep", "okt", "oct", "nov", "des", "dec"};

bool IsAlnumAt(std::string_view s, size_t pos) {
  if (static_cast<unsigned char>(s[pos]) < 0x80) return IsAsciiAlpha(s[pos]) || IsAsciiDigit(s[pos]);
  return u_isalnum(static_cast<UChar32>(DecodeUtf8(s, &pos)));
}

// The line without the bullets, pipes, quotes and punctuation around it:
// `  • Ikuti kami di` -> `Ikuti kami di`, `Tags:` -> `Tags`.
std::string_view Core(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && !IsAlnumAt(s, b)) b += Utf8Length(static_cast<unsigned char>(s[b]));
  size_t e = s.size();
  while (e > b) {
    size_t start;
    const auto cp = static_cast<UChar32>(DecodeUtf8Before(s, e, &start));
    if (u_isalnum(cp)) break;
    e = start;
  }
  return s.substr(b, e - b);
}

// `s` starts with `word` (ASCII case ignored) followed by a non-letter.
bool StartsWithWord(std::string_view s, std::string_view word) {
  return StartsWithIgnoreCase(s, word) && (s.size() == word.size() || !IsAsciiAlpha(s[word.size()]));
}

// `s` is `label`, optional spaces, then `:` (or `/` if `slash_ok`), then a value.
bool HasLabel(std::string_view s, std::string_view label, bool slash_ok) {
  if (!StartsWithIgnoreCase(s, label)) return false;
  size_t i = label.size();
  while (i < s.size() && s[i] == ' ') ++i;
  return i < s.size() && (s[i] == ':' || (slash_ok && s[i] == '/'));
}

// `s` contains `word` between non-letters, case-sensitively.
bool HasWord(std::string_view s, std::string_view word) {
  for (size_t pos = s.find(word); pos != std::string_view::npos; pos = s.find(word, pos + 1)) {
    const bool left = pos == 0 || !IsAsciiAlpha(s[pos - 1]);
    const size_t end = pos + word.size();
    if (left && (end == s.size() || !IsAsciiAlpha(s[end]))) return true;
  }
  return false;
}

bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((s.substr(i, 2) == "19" || s.substr(i, 2) == "20") && IsAsciiDigit(s[i + 2]) &&
        IsAsciiDigit(s[i + 3]) && (i == 0 || !IsAsciiDigit(s[i - 1])) &&
        (i + 4 == s.size() || !IsAsciiDigit(s[i + 4]))) {
      return true;
    }
  }
  return false;
}

bool HasMonth(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsAsciiAlpha(s[i])) ++i;
    size_t e = i;
    while (e < s.size() && IsAsciiAlpha(s[e])) ++e;
    for (std::string_view m : kMonths) {
      if (EqualsIgnoreCase(s.substr(i, e - i), m)) return true;
    }
    i = e;
  }
  return false;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++words;
  }
  return words;
}

bool EndsWithPeriod(std::string_view s) {
  // Look through closing quotes: `... katanya."` ends a sentence too.
  while (!s.empty()) {
    if (s.back() == '"' || s.back() == '\'') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u201D") || s.ends_with("\u2019")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return !s.empty() && s.back() == '.';
}

// A publication timestamp or date standing alone: `Rabu, 31 Juli 2024
// 10:15 WIB`, `3 Agustus 2023`, `08:15 WITA`.
bool IsDateLine(std::string_view s) {
  if (s.size() >= 100 || EndsWithPeriod(s)) return false;
  if (HasWord(s, "WIB") || HasWord(s, "WITA") || HasWord(s, "WIT")) return true;
  if (!HasYear(s)) return false;
  for (std::string_view day : kDays) {
    if (StartsWithWord(s, day)) return true;
  }
  return CountWords(s) <= 5 && HasMonth(s);
}

// `Oleh Ahmad Fauzi`, but not `Oleh karena itu, ...`: a name follows.
bool IsOlehByline(std::string_view s) {
  if (s.size() >= 80 || !StartsWithWord(s, "oleh") || EndsWithPeriod(s) || CountWords(s) > 6) {
    return false;
  }
  const std::string_view rest = internal::TrimLeft(s.substr(4));
  return !rest.empty() && IsAsciiUpper(rest[0]);
}

// `in Berita, Kehumasan, Pemilu`: the categories a WordPress theme prints.
bool IsCategoryLine(std::string_view s) {
  if (s.size() >= 200 || !s.starts_with("in ") || s.size() < 4 || !IsAsciiUpper(s[3])) return false;
  return !EndsWithPeriod(s) && (s.find(',') != std::string_view::npos || CountWords(s) <= 4);
}

bool IsSymbolsOnly(std::string_view s) {
  for (size_t i = 0; i < s.size(); i += Utf8Length(static_cast<unsigned char>(s[i]))) {
    if (IsAlnumAt(s, i)) return false;
  }
  return true;
}

bool IsFooterText(std::string_view s) {
  if (s.find("\u00A9") != std::string_view::npos) return true;  // ©
  if ((StartsWithIgnoreCase(s, "(c) ") && s.size() > 4 && IsAsciiDigit(s[4]))) return true;
  if (ContainsIgnoreCase(s, "all right reserved") || ContainsIgnoreCase(s, "all rights reserved") ||
      ContainsIgnoreCase(s, "hak cipta dilindungi") || ContainsIgnoreCase(s, "a subsidiary of")) {
    return true;
  }
  // `TRIBUNnews.com Network`
  return s.size() < 150 && ContainsIgnoreCase(s, " network") &&
         (ContainsIgnoreCase(s, ".com") || ContainsIgnoreCase(s, ".id"));
}

// `Apel pagi di halaman kantor (Foto: Humas)`: a caption ending in its credit.
bool EndsWithPhotoCredit(std::string_view s) {
  if (s.size() >= 400 || s.back() != ')') return false;
  const size_t open = s.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view inner = s.substr(open + 1, s.size() - open - 2);
  for (std::string_view w : {"foto", "dok", "ist", "photo", "ilustrasi"}) {
    if (StartsWithWord(inner, w)) return true;
  }
  return false;
}

// A sign-off code inside brackets: `Yuko`, `*`, `adv`, `rls/ant`, `Humas Pemkot`.
bool IsSignOffCode(std::string_view inner) {
  if (inner.empty() || inner.size() > 30 || CountWords(inner) > 3) return false;
  bool any = false;
  for (char c : inner) {
    const bool ok = IsAsciiAlpha(c) || c == '*' || c == '/' || c == ' ' || c == '.' || c == ',' ||
                    c == '-' || c == '&' || c == '+';
    if (!ok) return false;
    any = any || c != ' ';
  }
  return any;
}

}  // namespace

bool IsSignOff(std::string_view line) {
  if (line.ends_with(".")) line.remove_suffix(1);
  if (line.size() < 3) return false;
  const bool paren = line.front() == '(' && line.back() == ')';
  const bool bracket = line.front() == '[' && line.back() == ']';
  return (paren || bracket) && IsSignOffCode(line.substr(1, line.size() - 2));
}

size_t FindTrailingSignOff(std::string_view line) {
  if (line.size() < 4 || line.back() != ')') return std::string_view::npos;
  const size_t open = line.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  if (!IsSignOffCode(line.substr(open + 1, line.size() - open - 2))) return std::string_view::npos;
  const std::string_view before = internal::TrimRight(line.substr(0, open));
  if (before.empty()) return std::string_view::npos;
  const char last = before.back();
  const bool final_punct = last == '.' || last == '!' || last == '?' || last == '"' ||
                           last == '\'' || before.ends_with("\u201D") || before.ends_with("\u2019");
  return final_punct ? open : std::string_view::npos;
}

bool IsTitleLike(std::string_view line) { return line.size() < 160 && !EndsWithPeriod(line); }

LineRuleMatch MatchLineRule(std::string_view line) {
  if (line.empty()) return {LC::kBlank};
  if (IsSignOff(line)) return {LC::kSignOff};
  if (IsSymbolsOnly(line)) return {LC::kMenu};  // `|`, `•`, `***`
  if (IsFooterText(line)) return {LC::kFooter, /*opens_list=*/true};

  const std::string_view core = Core(line);
  for (const Phrase& p : kPhrases) {
    if (EqualsIgnoreCase(core, p.text)) return {p.cls, p.opens_list, p.list_needs_article};
  }
  // `(Foto: Humas)`, `[Editor: ...]`: labels may come in brackets.
  std::string_view unbracketed = line;
  if (unbracketed.front() == '(' || unbracketed.front() == '[') unbracketed.remove_prefix(1);
  for (const Label& l : kLabels) {
    if (HasLabel(unbracketed, l.text, /*slash_ok=*/l.cls == LC::kPhotoCredit)) return {l.cls};
  }
  for (const Prefix& p : kPrefixes) {
    if (line.size() >= p.max_len || !StartsWithWord(core, p.text)) continue;
    // A byline names people, it is not a sentence; `By` never ends in a period.
    if (p.cls == LC::kByline && EndsWithPeriod(line)) continue;
    return {p.cls};
  }
  if (IsOlehByline(line)) return {LC::kByline};
  if (IsDateLine(line)) return {LC::kByline};
  if (IsCategoryLine(line)) return {LC::kMenu};
  if (EndsWithPhotoCredit(line)) return {LC::kPhotoCredit};
  return {LC::kBody};
}

}  // namespace netra::text
