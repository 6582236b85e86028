#include "model/iri.h"

#include <doctest/doctest.h>

namespace netra::model::iri {

TEST_SUITE("model.iri") {
  TEST_CASE("IRI segments are ASCII, with everything outside the safe set percent-encoded") {
    std::string out;
    AppendIriSegment("Region:16.73", &out);
    CHECK(out == "Region:16.73");
    out.clear();
    AppendIriSegment("UU/20 <x>#?%", &out);
    CHECK(out == "UU/20%20%3Cx%3E%23%3F%25");
    out.clear();
    AppendIriSegment("\xC3\xA9", &out);
    CHECK(out == "%C3%A9");
  }

  TEST_CASE("entities and predicates round-trip through their IRIs") {
    CHECK(EntityIri("Statute:UU/20/2023") == "https://netra.invalid/id/Statute:UU/20/2023");
    CHECK(TermIri(Term::Entity("cites")) == "https://netra.invalid/vocab/cites");
    CHECK(TermForIri("https://netra.invalid/id/Statute:UU%2F20%2F2023") == Term::Entity("Statute:UU/20/2023"));
    CHECK(TermForIri("https://netra.invalid/id/Statute:UU/20/2023") == Term::Entity("Statute:UU/20/2023"));
    CHECK(TermForIri("https://netra.invalid/vocab/cites") == Term::Entity("cites"));
    CHECK(TermForIri(std::string(kRdfsLabel)) == Term::Entity("label"));
    CHECK(TermForIri("Region:16.73") == Term::Entity("Region:16.73"));
    CHECK(TermForIri("http://x.org/id/A:1", "http://x.org/") == Term::Entity("A:1"));
  }

  TEST_CASE("literals carry xsd datatypes only in their lexical form") {
    CHECK(DatatypeOf(Term::Date("2024-08-31")) == std::string(kXsd) + "date");
    CHECK(DatatypeOf(Term::Date("Agustus 2024")).empty());
    CHECK(DatatypeOf(Term::Integer(20)) == std::string(kXsd) + "integer");
    CHECK(DatatypeOf(Term::String("x")).empty());
  }

}  // TEST_SUITE

}  // namespace netra::model::iri
