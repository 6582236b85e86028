// The IRIs netra's terms have in RDF: one scheme for what `export --format
// ntriples` writes and for what `netra query` reads and prints.
//
//   entity `Region:16.73`          <https://netra.invalid/id/Region:16.73>
//   entity `Statute:UU/20/2023`    <https://netra.invalid/id/Statute:UU/20/2023>
//   predicate `cites`              <https://netra.invalid/vocab/cites>
//   type `Region` (of rdf:type)    <https://netra.invalid/vocab/Region>
//
// An id is percent-encoded but for unreserved characters and
// `/:@!$&'()*+,;=`. `/` stays so that a prefixed name reaches the export's
// IRI in every engine: `statute:UU\/20\/2023` (SPARQL's escape) and
// `statute:UU%2F20%2F2023` (which rdflib decodes) both expand to it. Reading
// decodes every %XX, so all these forms name the same entity in netra.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/term.h"

namespace netra::model::iri {

inline constexpr std::string_view kDefaultBase = "https://netra.invalid/";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

// Percent-encodes everything but RFC 3986 unreserved characters, `/` and the
// sub-delims `:@!$&'()*+,;=` (UTF-8 bytes of non-ASCII characters too), so the
// result is an ASCII IRI path that any N-Triples parser accepts and that
// keeps `#` and `?` out of the entity's part of the IRI.
void AppendIriSegment(std::string_view s, std::string* out);

// base + "id/" + the encoded id.
std::string EntityIri(std::string_view id, std::string_view base = kDefaultBase);
// base + "vocab/" + the encoded name: predicates and entity types.
std::string VocabIri(std::string_view name, std::string_view base = kDefaultBase);

// The IRI of an entity term as a node or a predicate: an id with a `:` is an
// entity (EntityIri), one without is a predicate (VocabIri); an absolute
// http(s) IRI (rdf:type) is itself.
// REQUIRES: t.is_entity().
std::string TermIri(const Term& t, std::string_view base = kDefaultBase);

// The term an IRI names: under base + "id/" an entity, under base +
// "vocab/" a predicate or type name (both %XX-decoded); rdfs:label the
// predicate `label`. Any other IRI is taken as an id as written
// (`<Region:16.73>`, `<cites>`), so older queries keep working.
Term TermForIri(std::string_view iri, std::string_view base = kDefaultBase);

// The datatype IRI of a literal as RDF carries it: xsd:date for a date in
// ISO form, xsd:integer for an integer; "" for a plain string (and for a
// value that is not the datatype's lexical form, which RDF readers reject).
std::string DatatypeOf(const Term& literal);

}  // namespace netra::model::iri
