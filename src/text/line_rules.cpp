#include "text/line_rules.h"

#include <string.h>  // memmem (GNU; g++ defines _GNU_SOURCE)
#include <unicode/uchar.h>

#include <span>

#include "text/ascii_internal.h"
#include "text/utf8.h"

namespace netra::text {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsAsciiAlpha;
using internal::IsAsciiDigit;
using internal::IsAsciiUpper;
using internal::StartsWithIgnoreCase;
using LC = LineClass;

// The tables below are data, one kind of line per table; they are kept
// compact by hand rather than one entry per line.
// clang-format off

// Lines that, apart from bullets and punctuation around them, are exactly
// one of these phrases (ASCII case ignored).
constexpr std::string_view kRelatedHeaders[] = {
    "baca juga", "baca pula", "simak juga", "lihat juga", "artikel terkait", "berita terkait",
    "postingan terkait", "artikel lainnya", "berita lainnya", "baca berita lainnya",
    "artikel menarik lainnya", "related posts", "related post", "related articles",
    "related news", "you may also like", "read also", "read more"};
// Section headers of the site around the article, often followed by other
// articles' titles.
constexpr std::string_view kSectionHeaders[] = {
    "berita terkini", "berita terpopuler", "berita pilihan", "berita populer", "berita utama",
    "berita terbaru", "terkini", "terbaru", "terpopuler", "populer", "pilihan editor",
    "editor's pick", "editor's choice", "trending", "trending topic", "headline", "headlines",
    "rekomendasi", "rekomendasi untuk anda", "rekomendasi untukmu", "most popular",
    "latest news"};
// Tag lists: the tags follow, one per line.
constexpr std::string_view kTagHeaders[] = {
    "tag", "tags", "topik", "topic", "label", "kategori", "category", "kata kunci"};
// Widgets and navigation; `AA` is the font-size button.
constexpr std::string_view kMenuPhrases[] = {
    "share", "bagikan", "share this", "komentar", "comments", "aa", "home", "beranda",
    "advertisement", "iklan", "scroll to continue with content", "scroll untuk melanjutkan",
    "next", "prev", "previous", "selanjutnya", "sebelumnya", "load more", "lihat semua",
    "tutup", "menu", "search", "cari", "login", "video", "galeri", "indeks", "index"};
constexpr std::string_view kFooterPhrases[] = {
    "pedoman media siber", "kebijakan privasi", "privacy policy", "tentang kami", "about us",
    "redaksi", "susunan redaksi", "kontak", "kontak kami", "hubungi kami", "contact us",
    "disclaimer", "info iklan", "karir", "syarat dan ketentuan", "terms of use", "sitemap"};
constexpr std::string_view kPhotoPhrases[] = {
    "ilustrasi", "ist", "istimewa", "foto", "dok", "dokumentasi"};

struct PhraseGroup {
  std::span<const std::string_view> phrases;
  LineClass cls;
  bool opens_list;
  bool list_needs_article;
};
constexpr PhraseGroup kPhraseGroups[] = {
    {kRelatedHeaders, LC::kRelatedLink, true, false},
    {kSectionHeaders, LC::kMenu, true, true},
    {kTagHeaders, LC::kMenu, true, true},
    {kMenuPhrases, LC::kMenu, false, false},
    {kFooterPhrases, LC::kFooter, false, false},
    {kPhotoPhrases, LC::kPhotoCredit, false, false},
};

// Lines starting with one of these words (then a non-letter), if shorter
// than the group's limit: `BACA JUGA:PJ Walikota ...`, `Baca Juga : ...`,
// `Ikuti kami di Google News`, `by Bawaslu Boyolali - 3 Agustus 2023`,
// `Laporan Wartawan Tribun Jogja, ...`, `Dok. Prokompim Kota Magelang`.
constexpr std::string_view kRelatedPrefixes[] = {
    "baca juga", "baca pula", "simak juga", "lihat juga", "baca selengkapnya",
    "simak selengkapnya", "baca berita", "baca artikel", "artikel terkait", "berita terkait",
    "related post", "related article", "read also", "read more", "tonton juga",
    "saksikan juga", "simak video"};
constexpr std::string_view kMenuPrefixes[] = {
    "ikuti kami", "follow us", "posted in", "filed under", "share this", "bagikan artikel",
    "dapatkan update", "dapatkan informasi", "download aplikasi", "unduh aplikasi",
    "klik di sini", "klik disini"};
constexpr std::string_view kFooterPrefixes[] = {"copyright", "powered by", "hak cipta"};
constexpr std::string_view kBylinePrefixes[] = {
    "by", "laporan wartawan", "laporan reporter", "laporan koresponden", "laporan kontributor",
    "posted by", "diposting oleh", "ditulis oleh", "dipublikasikan", "diterbitkan",
    "diperbarui", "published", "updated"};
constexpr std::string_view kPhotoPrefixes[] = {"dok", "dokumentasi", "ilustrasi"};

struct PrefixGroup {
  std::span<const std::string_view> prefixes;
  LineClass cls;
  size_t max_len;
};
constexpr PrefixGroup kPrefixGroups[] = {
    {kRelatedPrefixes, LC::kRelatedLink, 400},
    {kMenuPrefixes, LC::kMenu, 300},
    {kFooterPrefixes, LC::kFooter, 300},
    {kBylinePrefixes, LC::kByline, 150},
    {kPhotoPrefixes, LC::kPhotoCredit, 200},
};

// `Label: value` lines (also `Label : value`, and `FOTO/ANTARA` for photo
// labels). Photo labels come first, so `Sumber foto:` is not read as
// `Sumber:`.
constexpr std::string_view kPhotoLabels[] = {
    "sumber foto", "kredit foto", "keterangan foto", "foto", "photo", "dokumentasi", "dok",
    "image", "gambar", "ilustrasi", "caption"};
constexpr std::string_view kBylineLabels[] = {
    "editor", "penulis", "reporter", "pewarta", "penyunting", "redaktur", "wartawan",
    "kontributor", "fotografer", "jurnalis", "author", "writer", "oleh"};
constexpr std::string_view kFooterLabels[] = {"sumber", "source", "copyright", "hak cipta"};
constexpr std::string_view kMenuLabels[] = {
    "kata kunci", "tags", "tag", "topik", "topic", "labels", "label", "kategori", "categories",
    "category", "rubrik", "share", "bagikan", "keywords", "keyword", "ikuti kami"};
constexpr std::string_view kRelatedLabels[] = {"baca", "simak", "lihat"};

struct LabelGroup {
  std::span<const std::string_view> labels;
  LineClass cls;
};
constexpr LabelGroup kLabelGroups[] = {
    {kPhotoLabels, LC::kPhotoCredit},
    {kBylineLabels, LC::kByline},
    {kFooterLabels, LC::kFooter},
    {kMenuLabels, LC::kMenu},
    {kRelatedLabels, LC::kRelatedLink},
};

// Every phrase is shorter, and every label with its colon fits in, these.
constexpr size_t kMaxPhraseBytes = 32;
constexpr size_t kMaxLabelBytes = 24;

constexpr std::string_view kDays[] = {"senin",  "selasa", "rabu",   "kamis", "jumat",
                                      "jum'at", "sabtu",  "minggu", "ahad"};
constexpr std::string_view kMonths[] = {
    "januari",   "februari", "maret",    "april",    "mei",      "juni",     "juli",  "agustus",
    "september", "oktober",  "november", "desember", "january",  "february", "march", "may",
    "june",      "july",     "august",   "october",  "december", "jan",      "feb",   "mar",
    "apr",       "jun",      "jul",      "agu",      "agt",      "aug",      "sep",   "okt",
    "oct",       "nov",      "des",      "dec"};
// clang-format on

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
    if ((s.substr(i, 2) == "19" || s.substr(i, 2) == "20") && IsAsciiDigit(s[i + 2]) && IsAsciiDigit(s[i + 3]) &&
        (i == 0 || !IsAsciiDigit(s[i - 1])) && (i + 4 == s.size() || !IsAsciiDigit(s[i + 4]))) {
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
  constexpr size_t kMaxFooterBytes = 300;  // footers are short: paragraphs skip the searches
  if (s.size() >= kMaxFooterBytes) return false;
  if (s.find("\u00A9") != std::string_view::npos) return true;  // ©
  char buffer[kMaxFooterBytes];
  for (size_t i = 0; i < s.size(); ++i) buffer[i] = internal::ToAsciiLower(s[i]);
  const std::string_view lower(buffer, s.size());
  if (lower.starts_with("(c) ") && lower.size() > 4 && IsAsciiDigit(lower[4])) return true;
  // memmem, not string_view::find: find stops at every occurrence of the
  // phrase's first letter (`a` of `a subsidiary of`), and every body line
  // under the limit is searched.
  const auto contains = [&](std::string_view phrase) {
    return memmem(lower.data(), lower.size(), phrase.data(), phrase.size()) != nullptr;
  };
  for (std::string_view phrase :
       {"all right reserved", "all rights reserved", "hak cipta dilindungi", "a subsidiary of"}) {
    if (contains(phrase)) return true;
  }
  // `TRIBUNnews.com Network`
  return lower.size() < 150 && contains(" network") && (contains(".com") || contains(".id"));
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
    const bool ok =
        IsAsciiAlpha(c) || c == '*' || c == '/' || c == ' ' || c == '.' || c == ',' || c == '-' || c == '&' || c == '+';
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
  const bool final_punct = last == '.' || last == '!' || last == '?' || last == '"' || last == '\'' ||
                           before.ends_with("\u201D") || before.ends_with("\u2019");
  return final_punct ? open : std::string_view::npos;
}

bool IsTitleLike(std::string_view line) { return line.size() < 160 && !EndsWithPeriod(line); }

LineRuleMatch MatchLineRule(std::string_view line) {
  if (line.empty()) return {LC::kBlank};
  if (IsSignOff(line)) return {LC::kSignOff};
  if (IsSymbolsOnly(line)) return {LC::kMenu};  // `|`, `•`, `***`
  if (IsFooterText(line)) return {LC::kFooter, /*opens_list=*/true};
  // A markdown image, `![caption](https://.../photo.jpg)`, left by an HTML
  // conversion: the photo and its caption.
  if (line.starts_with("![") && line.find("](") != std::string_view::npos) {
    return {LC::kPhotoCredit};
  }

  const std::string_view core = Core(line);
  for (const PhraseGroup& group : kPhraseGroups) {
    if (core.size() > kMaxPhraseBytes) break;
    for (std::string_view phrase : group.phrases) {
      if (EqualsIgnoreCase(core, phrase)) {
        return {group.cls, group.opens_list, group.list_needs_article};
      }
    }
  }
  // `(Foto: Humas)`, `[Editor: ...]`, `*Penulis: ...*`: labels may come in
  // brackets or, in text converted from HTML, in markdown emphasis.
  std::string_view unbracketed = line;
  while (!unbracketed.empty() && (unbracketed.front() == '(' || unbracketed.front() == '[' ||
                                  unbracketed.front() == '*' || unbracketed.front() == '_')) {
    unbracketed.remove_prefix(1);
  }
  const bool may_have_label = unbracketed.substr(0, kMaxLabelBytes).find_first_of(":/") != std::string_view::npos;
  for (const LabelGroup& group : kLabelGroups) {
    if (!may_have_label) break;
    for (std::string_view label : group.labels) {
      if (HasLabel(unbracketed, label, /*slash_ok=*/group.cls == LC::kPhotoCredit)) {
        return {group.cls};
      }
    }
  }
  for (const PrefixGroup& group : kPrefixGroups) {
    if (line.size() >= group.max_len) continue;
    // A byline names people, it is not a sentence: it does not end in a period.
    if (group.cls == LC::kByline && EndsWithPeriod(line)) continue;
    for (std::string_view prefix : group.prefixes) {
      if (StartsWithWord(core, prefix)) return {group.cls};
    }
  }
  if (IsOlehByline(line)) return {LC::kByline};
  if (IsDateLine(line)) return {LC::kByline};
  if (IsCategoryLine(line)) return {LC::kMenu};
  if (EndsWithPhotoCredit(line)) return {LC::kPhotoCredit};
  return {LC::kBody};
}

}  // namespace netra::text
