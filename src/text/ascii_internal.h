// ASCII helpers for rules written against normalized text. Only ASCII is
// case-folded here: the keywords the rules look for are all ASCII, and the
// text around them is compared byte for byte.
#pragma once

#include <cstddef>
#include <string_view>

namespace netra::text::internal {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char ToAsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
// Normalized text has no tabs, NBSPs or CRs left: space and newline suffice.
inline bool IsSpace(char c) { return c == ' ' || c == '\n'; }

inline std::string_view TrimLeft(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && IsSpace(s[b])) ++b;
  return s.substr(b);
}
inline std::string_view TrimRight(std::string_view s) {
  size_t e = s.size();
  while (e > 0 && IsSpace(s[e - 1])) --e;
  return s.substr(0, e);
}
inline std::string_view Trim(std::string_view s) { return TrimRight(TrimLeft(s)); }

inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ToAsciiLower(a[i]) != ToAsciiLower(b[i])) return false;
  }
  return true;
}
inline bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}
inline bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}
// Whether `needle` (lowercase ASCII) occurs in `s`, ignoring ASCII case.
inline bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (ToAsciiLower(s[i]) == needle[0] && EqualsIgnoreCase(s.substr(i, needle.size()), needle)) {
      return true;
    }
  }
  return false;
}

}  // namespace netra::text::internal
