#include "text/dateline.h"

#include "text/ascii_internal.h"

namespace netra::text {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsAsciiAlpha;
using internal::IsAsciiLower;
using internal::IsAsciiUpper;
using internal::IsSpace;

// A dateline is short; anything longer before the dash is a sentence.
constexpr size_t kMaxHead = 120;
constexpr size_t kMaxWords = 4;

// Media words, matched as whole words, as the start of a longer word
// (`TRIBUNJOGJA`, `KORANLINGGAUPOS`) or, for the second list, as its end
// (`PERKARANEWS`). Compared ignoring ASCII case.
constexpr std::string_view kMediaWords[] = {
    "radar",   "pos",    "post",  "tribun",   "antara",  "koran",    "harian",    "suara",   "warta",
    "kabar",   "berita", "news",  "times",    "ekspres", "express",  "media",     "online",  "tv",
    "fm",      "kompas", "detik", "detikcom", "tempo",   "okezone",  "republika", "cnn",     "inews",
    "metrotv", "rri",    "tvri",  "jpnn",     "viva",    "kumparan", "sindonews", "liputan6"};
constexpr std::string_view kMediaPrefixes[] = {"radar", "tribun", "koran",  "harian", "suara",
                                               "warta", "kabar",  "berita", "detik",  "kompas"};
constexpr std::string_view kMediaSuffixes[] = {"news", "pos", "post",    "times", "online",
                                               "tv",   "fm",  "ekspres", "media"};
constexpr std::string_view kDomainSuffixes[] = {"com", "id", "co", "net", "org", "news", "tv", "info", "online"};

enum class WordKind { kCaps, kTitle, kDomain, kOther };

struct Part {
  std::string_view text;  // trimmed
  size_t begin = 0;       // offset in the line
  bool caps = true;       // every word in capitals (or a domain)
  bool title = true;      // every word capitalized, like `Boyolali`, `Bandar Lampung`
  bool media = false;
  size_t words = 0;
};

// `KOMPAS.com`, `KORANLINGGAUPOS.ID`, `bkd.nttprov.go.id`: a dotted name
// ending in a common top-level or second-level label.
bool IsDomain(std::string_view word) {
  const size_t dot = word.rfind('.');
  if (dot == 0 || dot == std::string_view::npos || !IsAsciiAlpha(word[0])) return false;
  const std::string_view suffix = word.substr(dot + 1);
  for (std::string_view d : kDomainSuffixes) {
    if (EqualsIgnoreCase(suffix, d)) return true;
  }
  return false;
}

// Text converted from HTML often keeps markdown around the publisher:
// `**bkd.nttprov.go.id**`, `[www.site.id](http://www.site.id)`. Narrows
// [*begin, *end) to what a reader sees.
void StripMarkup(std::string_view line, size_t* begin, size_t* end) {
  const auto is_emphasis = [](char c) { return c == '*' || c == '_'; };
  while (*begin < *end && is_emphasis(line[*begin])) ++*begin;
  while (*end > *begin && is_emphasis(line[*end - 1])) --*end;
  const std::string_view part = line.substr(*begin, *end - *begin);
  const size_t close = part.find("](");
  if (part.size() > 2 && part.front() == '[' && part.back() == ')' && close != std::string_view::npos) {
    *end = *begin + close;
    ++*begin;
  }
}

WordKind Classify(std::string_view word) {
  if (IsDomain(word)) return WordKind::kDomain;
  bool upper = false, lower = false;
  for (char c : word) {
    const bool ok = IsAsciiAlpha(c) || internal::IsAsciiDigit(c) || c == '.' || c == '&' || c == '\'' || c == '-' ||
                    static_cast<unsigned char>(c) >= 0x80;
    if (!ok) return WordKind::kOther;
    upper = upper || IsAsciiUpper(c);
    lower = lower || IsAsciiLower(c);
  }
  if (upper && !lower) return WordKind::kCaps;
  if (IsAsciiUpper(word[0]) && lower) return WordKind::kTitle;
  return WordKind::kOther;
}

bool IsMediaWord(std::string_view word) {
  for (std::string_view m : kMediaWords) {
    if (EqualsIgnoreCase(word, m)) return true;
  }
  for (std::string_view p : kMediaPrefixes) {
    if (word.size() > p.size() && EqualsIgnoreCase(word.substr(0, p.size()), p)) return true;
  }
  for (std::string_view s : kMediaSuffixes) {
    if (word.size() > s.size() && EqualsIgnoreCase(word.substr(word.size() - s.size()), s)) {
      return true;
    }
  }
  return false;
}

// Parses line[begin, end) as one part of a dateline head.
std::optional<Part> ParsePart(std::string_view line, size_t begin, size_t end) {
  while (begin < end && IsSpace(line[begin])) ++begin;
  while (end > begin && IsSpace(line[end - 1])) --end;
  StripMarkup(line, &begin, &end);
  if (begin == end) return std::nullopt;
  Part part;
  part.text = line.substr(begin, end - begin);
  part.begin = begin;
  size_t i = 0;
  while (i < part.text.size()) {
    size_t e = part.text.find(' ', i);
    if (e == std::string_view::npos) e = part.text.size();
    const std::string_view word = part.text.substr(i, e - i);
    if (!word.empty()) {
      if (++part.words > kMaxWords) return std::nullopt;
      const WordKind kind = Classify(word);
      if (kind == WordKind::kOther) return std::nullopt;
      part.caps = part.caps && kind != WordKind::kTitle;
      part.title = part.title && kind != WordKind::kCaps;
      part.media = part.media || kind == WordKind::kDomain || IsMediaWord(word);
    }
    i = e + 1;
  }
  return part;
}

// A place is written in capitals (`MANNA`, `BANDAR LAMPUNG`) or, at most
// three words, in title case (`Boyolali`).
bool IsPlace(const Part& p) { return !p.media && (p.caps || (p.title && p.words <= 3)); }

// The dash after the head: `-` with a space on at least one side (so the
// hyphen of `Non-ASN` is not one), `--`, or an en or em dash. Returns its
// length at `i`, or 0.
size_t DashAt(std::string_view s, size_t i) {
  if (s.substr(i, 3) == "\u2013" || s.substr(i, 3) == "\u2014") return 3;
  if (s[i] != '-') return 0;
  size_t len = 1;
  while (i + len < s.size() && s[i + len] == '-') ++len;
  const bool space_before = i > 0 && IsSpace(s[i - 1]);
  const bool space_after = i + len < s.size() && IsSpace(s[i + len]);
  return len > 1 || space_before || space_after ? len : 0;
}

void SetPlace(const Part& p, DatelineMatch* m) {
  m->place_begin = static_cast<uint32_t>(p.begin);
  m->place_end = static_cast<uint32_t>(p.begin + p.text.size());
}
void SetPublisher(const Part& p, DatelineMatch* m) {
  m->publisher_begin = static_cast<uint32_t>(p.begin);
  m->publisher_end = static_cast<uint32_t>(p.begin + p.text.size());
}

// Assigns place and publisher from a head without brackets: one part or two
// parts separated by a comma.
bool AssignParts(std::string_view line, size_t head_end, DatelineMatch* m) {
  const size_t comma = line.substr(0, head_end).find(',');
  if (comma == std::string_view::npos) {
    const auto only = ParsePart(line, 0, head_end);
    if (!only) return false;
    if (only->media) {
      SetPublisher(*only, m);
    } else if (IsPlace(*only)) {
      SetPlace(*only, m);
    } else {
      return false;
    }
    return true;
  }
  const auto first = ParsePart(line, 0, comma);
  const auto second = ParsePart(line, comma + 1, head_end);
  if (!first || !second) return false;
  const Part* place = nullptr;
  const Part* publisher = nullptr;
  if (first->media && !second->media) {
    publisher = &*first;  // `RADAR BENGKULU, MANNA`
    place = &*second;
  } else if (second->media && !first->media) {
    place = &*first;  // `KAYUAGUNG, KORANPALPRES.COM`
    publisher = &*second;
  } else if (!first->media && !second->media && first->caps && second->caps) {
    place = &*first;  // `PALEMBANG, SUMSELUPDATE`: the usual order
    publisher = &*second;
  } else {
    return false;
  }
  if (!IsPlace(*place)) return false;
  SetPlace(*place, m);
  SetPublisher(*publisher, m);
  return true;
}

// `Kupang (ANTARA)`, `(ANTARA)`.
bool AssignBracketed(std::string_view line, size_t head_end, DatelineMatch* m) {
  const std::string_view head = internal::TrimRight(line.substr(0, head_end));
  const size_t open = head.rfind('(');
  if (open == std::string_view::npos) return false;
  const auto publisher = ParsePart(line, open + 1, head.size() - 1);
  if (!publisher || (!publisher->caps && !publisher->title)) return false;
  SetPublisher(*publisher, m);
  if (!internal::Trim(head.substr(0, open)).empty()) {
    const auto place = ParsePart(line, 0, open);
    if (!place || !IsPlace(*place)) return false;
    SetPlace(*place, m);
  }
  return true;
}

}  // namespace

std::optional<DatelineMatch> MatchDateline(std::string_view line) {
  size_t dash = 0, dash_len = 0;
  for (size_t i = 1; i < line.size() && i <= kMaxHead; ++i) {
    if ((dash_len = DashAt(line, i)) > 0) {
      dash = i;
      break;
    }
  }
  if (dash_len == 0) return std::nullopt;
  DatelineMatch m;
  m.end = static_cast<uint32_t>(dash + dash_len);
  // Tokenized text doubles the dash: `Jakarta , CNN Indonesia - - Gubernur`.
  size_t body = m.end;
  for (size_t skip = 1; skip > 0; body += skip) {
    skip = body == line.size() ? 0 : IsSpace(line[body]) ? 1 : DashAt(line, body);
  }
  if (body == line.size()) return std::nullopt;  // nothing after the dash
  m.body_begin = static_cast<uint32_t>(body);

  const std::string_view head = internal::TrimRight(line.substr(0, dash));
  // `Kupang (ANTARA)`, but not the URL of a markdown link `[site.id](http://site.id)`.
  const size_t open = head.rfind('(');
  const bool bracketed =
      !head.empty() && head.back() == ')' && open != std::string_view::npos && (open == 0 || head[open - 1] != ']');
  const bool ok = bracketed ? AssignBracketed(line, dash, &m) : AssignParts(line, dash, &m);
  if (!ok) return std::nullopt;
  return m;
}

}  // namespace netra::text
