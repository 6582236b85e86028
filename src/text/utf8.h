// UTF-8 validation and the small decode/encode helpers the text layer uses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/utf8.h"

namespace netra::text {

// ValidateUtf8 lives in core (core/utf8.h), shared with the JSONL loader.
using ::netra::ValidateUtf8;

// Length in bytes of the character whose lead byte is `lead`.
// REQUIRES: `lead` is the lead byte of a well-formed character.
inline size_t Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// Decodes the character starting at text[*pos] and advances *pos past it.
// REQUIRES: text is valid UTF-8 and *pos is a character boundary < size.
inline char32_t DecodeUtf8(std::string_view text, size_t* pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + *pos;
  const size_t n = Utf8Length(p[0]);
  *pos += n;
  switch (n) {
    case 1: return p[0];
    case 2: return (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    case 3: return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
    default:
      return (char32_t{p[0] & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) | (char32_t{p[2] & 0x3Fu} << 6) |
             (p[3] & 0x3Fu);
  }
}

// Decodes the character that ends at text[pos - 1]; *start receives its first
// byte. REQUIRES: valid UTF-8, pos > 0 is a character boundary.
inline char32_t DecodeUtf8Before(std::string_view text, size_t pos, size_t* start) {
  size_t b = pos - 1;
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  *start = b;
  return DecodeUtf8(text, &b);
}

// Appends the UTF-8 encoding of `cp`. REQUIRES: cp is a scalar value.
inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace netra::text
