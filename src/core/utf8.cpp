#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace netra {
namespace {

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Returns the length of the well-formed character at p[0..n), or 0 if the
// bytes there are not one (table 3-7 of the Unicode standard). Only the second
// byte's range depends on the lead byte; that is what rules out overlong
// forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
size_t WellFormedLength(const unsigned char* p, size_t n) {
  const unsigned char lead = p[0];
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return 0;  // ASCII is handled by the caller; C0, C1, F5..FF, 80..BF never lead
  }
  if (n < len || p[1] < lo || p[1] > hi) return 0;
  for (size_t i = 2; i < len; ++i) {
    if (!IsContinuation(p[i])) return 0;
  }
  return len;
}

}  // namespace

Status ValidateUtf8(std::string_view text, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Most of the corpus is ASCII: skip eight ASCII bytes at a time.
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const size_t len = WellFormedLength(p + i, n - i);
    if (len == 0) {
      if (bad_offset != nullptr) *bad_offset = i;
      return Status::BadInput("invalid UTF-8 at byte " + std::to_string(i));
    }
    i += len;
  }
  return Status::Ok();
}

}  // namespace netra
