// The dateline that opens an Indonesian news story: where it was written
// and/or who published it, then a dash, then the first sentence.
//
//   `KAYUAGUNG, KORANPALPRES.COM – `  place, publisher
//   `RADAR BENGKULU, MANNA - `        publisher first, place second
//   `PANGKALPINANG,PERKARANEWS — `    no space after the comma
//   `TRIBUNJOGJA.COM, MAGELANG - `
//   `KORANLINGGAUPOS.ID - `           publisher only
//   `Boyolali – `                     place only, title case
//   `JAKARTA, KOMPAS.com -`
//   `Kupang (ANTARA) -`               publisher in brackets
//
// Of two parts, the publisher is the one that looks like a media name: a
// domain (`.COM`, `.ID`, `.CO`...) or a word such as RADAR, POS, TRIBUN,
// ANTARA, KORAN, NEWS, also inside a longer word (`KORANLINGGAUPOS`,
// `PERKARANEWS`). If neither does, both must be in capitals and the usual
// order `PLACE, PUBLISHER` is assumed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text/span.h"

namespace netra::text {

struct Dateline {
  std::string place;      // "KAYUAGUNG"; empty if the dateline names no place
  std::string publisher;  // "KORANPALPRES.COM"; empty if it names no publisher
  Span span;              // original bytes from the line start through the dash
  Span place_span;        // empty if no place
  Span publisher_span;    // empty if no publisher
};

// Where MatchDateline found a dateline: byte offsets relative to the line.
struct DatelineMatch {
  uint32_t place_begin = 0, place_end = 0;          // equal if no place
  uint32_t publisher_begin = 0, publisher_end = 0;  // equal if no publisher
  uint32_t end = 0;                                 // just past the dash
  uint32_t body_begin = 0;                          // first byte of the text after the dash
};

// Matches a dateline at the start of `line` (normalized, trimmed), followed
// by body text. nullopt if the line does not start with one.
std::optional<DatelineMatch> MatchDateline(std::string_view line);

}  // namespace netra::text
