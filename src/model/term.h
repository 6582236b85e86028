// Terms, triples and provenance: what extractors produce and the store keeps.
//
// An entity is named by a stable id whose prefix is its type, e.g.
// `Region:16.73`, `Statute:UU/20/2023`, `Person:koimudin`,
// `Event:apel/2024-11-21/16.73`. Predicates are entities too (`cites`).
// Literals carry a datatype so dates compare as dates and counts as numbers.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace netra::model {

// Persisted as the first byte of an encoded term: DO NOT renumber.
enum class TermKind : uint8_t {
  kEntity = 1,
  kString = 2,
  kInteger = 3,
  kDate = 4,  // ISO 8601 calendar date, "2024-11-21"
};

// "entity", "string", "integer" or "date": how fact files and JSON outputs
// name a term's kind.
const char* TermKindName(TermKind kind);

struct Term {
  TermKind kind = TermKind::kEntity;
  std::string value;

  static Term Entity(std::string id) { return {TermKind::kEntity, std::move(id)}; }
  static Term String(std::string s) { return {TermKind::kString, std::move(s)}; }
  static Term Integer(int64_t n) { return {TermKind::kInteger, std::to_string(n)}; }
  static Term Date(std::string iso) { return {TermKind::kDate, std::move(iso)}; }

  bool is_entity() const { return kind == TermKind::kEntity; }
  // The type prefix of an entity id ("Region" for "Region:16.73"), else "".
  std::string_view EntityType() const;
  // The same for an entity's id ("Person:rahmat@16.73" -> "Person"), without
  // making a Term of it: "" if the id has no type.
  static std::string_view EntityTypeOf(std::string_view id);

  // One byte of kind followed by the value: the form the dictionary hashes
  // and stores. Decode is its inverse.
  std::string Encode() const;
  // The same bytes, appended to `out` (for writers that reuse one buffer).
  void EncodeTo(std::string* out) const;
  static Result<Term> Decode(std::string_view bytes);
  // The value of encoded bytes, read in place (no copy): false for bytes
  // Decode refuses. For callers that look at millions of dictionary
  // entries and keep none (Store::ReadTermBytes).
  static bool DecodeView(std::string_view bytes, TermKind* kind, std::string_view* value);

  // Human-readable: entities bare, literals quoted with their type.
  std::string ToString() const;

  auto operator<=>(const Term&) const = default;
};

struct Triple {
  Term subject;
  Term predicate;
  Term object;
  auto operator<=>(const Triple&) const = default;
};

// Where a fact was read: which document, which bytes of its original text,
// by which extractor and how sure it is.
struct Provenance {
  std::string document;
  uint32_t begin = 0;  // byte offsets into model::Document::text, [begin, end)
  uint32_t end = 0;
  std::string extractor;  // "statutes", "regions", ...
  float confidence = 1.0f;
  auto operator<=>(const Provenance&) const = default;
};

struct Fact {
  Triple triple;
  Provenance provenance;
};

}  // namespace netra::model
