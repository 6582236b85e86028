#include "extract/tokens.h"

#include <array>

#include "extract/fold.h"

namespace netra::extract {

namespace {

// Length of a UTF-8 punctuation sequence at i (quotes, dashes, ellipsis,
// bullet), or 0 when the bytes there are a letter.
size_t UnicodePunctLength(std::string_view s, size_t i) {
  auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 < s.size() && u(i) == 0xE2 && u(i + 1) == 0x80) {
    unsigned char c = u(i + 2);
    // U+2010..U+2027: dashes, quotes, bullet, ellipsis.
    if (c >= 0x90 && c <= 0xA7) return 3;
  }
  if (i + 1 < s.size() && u(i) == 0xC2 &&
      (u(i + 1) == 0xA9 || u(i + 1) == 0xAB || u(i + 1) == 0xBB || u(i + 1) == 0xB7)) {
    return 2;  // © « » ·
  }
  return 0;
}

// ASCII letters and digits, by byte.
constexpr std::array<bool, 128> kAsciiAlnum = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = IsAlnumAscii(static_cast<char>(c));
  return t;
}();

bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 0x80) return UnicodePunctLength(s, i) == 0;
  return kAsciiAlnum[c];
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 4);  // about one token per five bytes of prose
  size_t i = 0, n = text.size();
  while (i < n) {
    char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      ++i;
      continue;
    }
    if (size_t p = UnicodePunctLength(text, i); p > 0) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + p), false, false, false});
      i += p;
      continue;
    }
    if (!IsWordByte(text, i)) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), false, false, false});
      ++i;
      continue;
    }
    size_t b = i;
    bool digits = true;
    while (i < n) {
      if (IsWordByte(text, i)) {
        if (!IsDigit(text[i])) digits = false;
        ++i;
      } else if (text[i] == '-' && i + 1 < n && IsWordByte(text, i + 1) && i > b) {
        digits = false;
        ++i;
      } else {
        break;
      }
    }
    unsigned char first = static_cast<unsigned char>(text[b]);
    Token t{static_cast<uint32_t>(b), static_cast<uint32_t>(i), true,
            IsUpperAscii(static_cast<char>(first)) || first >= 0xC0, digits};
    out.push_back(t);
  }
  return out;
}

}  // namespace netra::extract
