#include "export/escape.h"

#include <cstdint>

#include "core/csv.h"
#include "core/utf8.h"

namespace netra::exporter {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence starting at s[i] (Unicode table
// 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or 0.
size_t SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t n = s.size() - i;
  auto cont = [&](size_t k) { return (byte(i + k) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return n >= 2 && cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (n < 3 || !cont(1) || !cont(2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (n < 4 || !cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

uint32_t CodePoint(std::string_view s, size_t i, size_t len) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k])); };
  switch (len) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

// Calls ascii(c) for each ASCII byte and copies valid multi-byte sequences,
// replacing invalid ones (and U+FFFE/U+FFFF when `xml`) by U+FFFD.
template <typename AsciiFn>
void Transcode(std::string_view s, std::string* out, bool xml, AsciiFn ascii) {
  size_t i = 0;
  while (i < s.size()) {
    // Runs of plain ASCII that need no escaping are the common case.
    size_t run = i;
    while (run < s.size()) {
      auto c = static_cast<unsigned char>(s[run]);
      if (c >= 0x80 || c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '\\' ||
          c == 0x7F) {
        break;
      }
      ++run;
    }
    out->append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ascii(static_cast<char>(c));
      ++i;
      continue;
    }
    size_t len = SequenceLength(s, i);
    if (len == 0) {
      out->append(kReplacement);
      ++i;
      continue;
    }
    if (xml && len == 3) {
      uint32_t cp = CodePoint(s, i, len);
      if (cp == 0xFFFE || cp == 0xFFFF) {
        out->append(kReplacement);
        i += len;
        continue;
      }
    }
    out->append(s.data() + i, len);
    i += len;
  }
}

void AppendHex2(unsigned char c, std::string* out) {
  static const char kHex[] = "0123456789ABCDEF";
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 0xF]);
}

bool IsCombining(uint32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}

}  // namespace

void AppendXmlText(std::string_view s, std::string* out) {
  Transcode(s, out, true, [out](char c) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;  // keeps `]]>` out of content
      case '\r': out->append("&#13;"); break;
      case '\t':
      case '\n': out->push_back(c); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out->append(kReplacement);
        } else {
          out->push_back(c);
        }
    }
  });
}

void AppendXmlAttr(std::string_view s, std::string* out) {
  Transcode(s, out, true, [out](char c) {
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&apos;"); break;
      case '\t': out->append("&#9;"); break;
      case '\n': out->append("&#10;"); break;
      case '\r': out->append("&#13;"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out->append(kReplacement);
        } else {
          out->push_back(c);
        }
    }
  });
}

void AppendDotString(std::string_view s, std::string* out) {
  // Graphviz copies the strings into its SVG, which is XML: U+FFFE/U+FFFF
  // are replaced as in the XML formats.
  Transcode(s, out, true, [out](char c) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '"': out->append("\\\""); break;
      case '\n': out->append("\\n"); break;
      case '\r': break;  // CRLF is one line break; a lone CR carries nothing
      default: out->push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
    }
  });
}

void AppendNTriplesString(std::string_view s, std::string* out) {
  Transcode(s, out, false, [out](char c) {
    switch (c) {
      case '\\': out->append("\\\\"); break;
      case '"': out->append("\\\""); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out->append("\\u00");
          AppendHex2(static_cast<unsigned char>(c), out);
        } else {
          out->push_back(c);
        }
    }
  });
}

void AppendCsvField(std::string_view s, std::string* out) {
  // How a field is quoted is csv.h's; what an export adds is the repair of
  // invalid UTF-8, as in its other formats.
  if (ValidateUtf8(s).ok()) {
    csv::AppendField(s, ',', out);
    return;
  }
  std::string repaired;
  Transcode(s, &repaired, false, [&repaired](char c) { repaired.push_back(c); });
  csv::AppendField(repaired, ',', out);
}

std::string DisplayText(std::string_view s, size_t max_chars) {
  std::string out;
  size_t i = 0, chars = 0;
  while (i < s.size()) {
    size_t len = SequenceLength(s, i);
    uint32_t cp = len == 0 ? 0xFFFD : CodePoint(s, i, len);
    if (chars >= max_chars && !IsCombining(cp)) {
      out.append("\xE2\x80\xA6");  // …
      break;
    }
    if (len == 0) {
      out.append(kReplacement);
      len = 1;
    } else {
      out.append(s.data() + i, len);
    }
    if (!IsCombining(cp)) ++chars;
    i += len;
  }
  return out;
}

}  // namespace netra::exporter
