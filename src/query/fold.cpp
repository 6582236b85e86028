#include "query/fold.h"

#include <algorithm>
#include <cstdint>

namespace netra::query {

namespace {

// Base letter of U+00C0..U+017F, lower case; 0 where there is none.
char LatinBase(uint32_t cp) {
  static const char kLatin1[] =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiii"         // C0..CF
      "dnooooo\0ouuuuyts"        // D0..DF (D7 multiplication sign, DE thorn, DF sharp s)
      "aaaaaaaceeeeiiii"         // E0..EF
      "dnooooo\0ouuuuyty";       // F0..FF (F7 division sign)
  static const char kExtA[] =    // U+0100..U+017F, pairs upper/lower
      "aaaaaaccccccccdd"         // 0100
      "ddeeeeeeeeeegggg"         // 0110
      "gggghhhhiiiiiiii"         // 0120
      "iiiijjkkklllllll"         // 0130
      "lllnnnnnnnnnoooo"         // 0140
      "oooorrrrrrssssss"         // 0150
      "ssttttttuuuuuuuu"         // 0160
      "uuuuwwyyyzzzzzzs";        // 0170
  if (cp >= 0xC0 && cp <= 0xFF) return kLatin1[cp - 0xC0];
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  return 0;
}

// Decodes one UTF-8 sequence at s[i]; returns its length (1 for bad bytes,
// which then pass through as they are).
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    *cp = 0xFFFFFFFF;
    return 1;
  }
  uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *cp = 0xFFFFFFFF;
      return 1;
    }
    v = (v << 6) | (b & 0x3F);
  }
  *cp = v;
  return len;
}

}  // namespace

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    size_t len = Decode(s, i, &cp);
    if (cp < 0x80) {
      char c = s[i];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    } else if (cp >= 0x300 && cp <= 0x36F) {
      // combining accent: dropped
    } else if (char base = LatinBase(cp); base != 0) {
      out.push_back(base);
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string FoldKey(std::string_view s) {
  std::string folded = FoldCase(s);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    bool keep =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || (static_cast<unsigned char>(c) & 0x80) != 0;
    if (!keep) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  // Three rows of the table: i - 2, i - 1 and i.
  std::vector<size_t> before(b.size() + 1), last(b.size() + 1), row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    before.swap(last);
    last.swap(row);
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t substitute = last[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({last[j] + 1, row[j - 1] + 1, substitute});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
  }
  return row[b.size()];
}

std::vector<std::string> NearMisses(std::string_view typed, const std::vector<std::string>& candidates) {
  std::string key = FoldKey(typed);
  size_t limit = std::clamp<size_t>(key.size() / 3, 1, 3);
  std::vector<std::pair<size_t, size_t>> near;  // (distance, place in candidates)
  for (size_t i = 0; i < candidates.size(); ++i) {
    size_t d = EditDistance(key, FoldKey(candidates[i]));
    if (d <= limit) near.emplace_back(d, i);
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (const auto& [d, i] : near) out.push_back(candidates[i]);
  return out;
}

}  // namespace netra::query
