// Cheap ASCII folding for matching. Region names, statute keywords and
// titles are ASCII, so lower-casing only ASCII bytes keeps every byte offset
// valid for mapping matches back to the original text; text-layer Unicode
// folding (accents) is used where names may carry them.
#pragma once

#include <string>
#include <string_view>

namespace netra::extract {

constexpr char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

inline std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

constexpr bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAlnumAscii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c); }

// A key for comparing names: ASCII lower case, hyphens and dots as spaces,
// runs of spaces collapsed. "Toli-Toli" and "toli toli" share a key.
std::string NameKey(std::string_view s);
// Appends NameKey(s) to *out: the same as `*out += NameKey(s)`, without
// the temporary.
void AppendNameKey(std::string_view s, std::string* out);

// Trims ASCII spaces.
std::string_view Trim(std::string_view s);

}  // namespace netra::extract
