// Escaping for every output format, in one place so that a name with `<`,
// `&`, quotes, `]`, newlines, bidi or combining marks, or invalid UTF-8 comes
// out the same way (and valid) wherever it is written.
//
// Every function appends to `out`. Input is taken as UTF-8; invalid byte
// sequences become U+FFFD, so the output is always valid UTF-8 (Gephi,
// expat and rdflib reject the file otherwise).
#pragma once

#include <string>
#include <string_view>

namespace netra::exporter {

// XML 1.0 character data (element content). `&`, `<`, `>` become entities;
// `\r` becomes `&#13;` (a parser would turn a raw one into `\n`); characters
// XML 1.0 forbids (C0 controls other than tab and newline, U+FFFE, U+FFFF)
// become U+FFFD.
void AppendXmlText(std::string_view s, std::string* out);

// XML attribute value inside double quotes: as AppendXmlText, plus `"` and
// `'`, and tab/newline as character references (attribute-value
// normalisation would turn raw ones into spaces).
void AppendXmlAttr(std::string_view s, std::string* out);

// The inside of a Graphviz double-quoted string (quotes not added): `\` and
// `"` escaped, a newline as `\n` (Graphviz's centred line break), other
// control characters as a space, U+FFFE/U+FFFF as U+FFFD (the SVG Graphviz
// makes of it is XML). `\` is always doubled so that a string ending in a
// backslash cannot escape its closing quote.
void AppendDotString(std::string_view s, std::string* out);

// The inside of an N-Triples STRING_LITERAL_QUOTE: ECHAR for tab, newline,
// CR, backspace, form feed, `"` and `\`; other controls as \u00XX.
void AppendNTriplesString(std::string_view s, std::string* out);

// One CSV field as csv::AppendField writes it (comma-separated), invalid
// UTF-8 replaced by U+FFFD first.
void AppendCsvField(std::string_view s, std::string* out);

// `s` with invalid UTF-8 replaced by U+FFFD and cut to at most `max_chars`
// code points (plus "…" when cut); combining marks stay with their base.
std::string DisplayText(std::string_view s, size_t max_chars);

}  // namespace netra::exporter
