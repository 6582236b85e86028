#include <doctest/doctest.h>

#include "graph_fixture.h"
#include "query/entity_lookup.h"
#include "query/fold.h"

namespace netra::query {
namespace {

using testing::GraphFixture;

std::string Resolve(const GraphFixture& f, const std::string& text, const std::string& type = "") {
  auto id = ResolveEntity(f.store(), text, {type});
  INFO(text);
  INFO(id.status().ToString());
  REQUIRE(id.ok());
  return *id;
}

TEST_SUITE("query.lookup") {
  TEST_CASE("folding drops case, accents and punctuation") {
    CHECK(FoldCase("André ÖZIL") == "andre ozil");
    CHECK(FoldCase("Andre\xcc\x81") == "andre");  // combining acute
    CHECK(FoldKey("  Kota Lubuk-Linggau. ") == "kota lubuk linggau");
    CHECK(FoldKey("UU 20/2023") == "uu 20/2023");
  }

  TEST_CASE("an id, a code, a name with or without its kind, in any case") {
    GraphFixture f;
    for (const char* text : {"Region:16.73", "region:16.73", "16.73", "Kota Lubuk Linggau", "lubuk linggau",
                             "KOTA LUBUK-LINGGAU", "linggau"}) {
      CHECK(Resolve(f, text) == "Region:16.73");
    }
  }

  TEST_CASE("statutes by shorthand and by their written form") {
    GraphFixture f;
    for (const char* text :
         {"UU 20/2023", "uu 20/2023", "UU Nomor 20 Tahun 2023", "UU No. 20 Tahun 2023", "Statute:UU/20/2023"}) {
      CHECK(Resolve(f, text) == "Statute:UU/20/2023");
    }
  }

  TEST_CASE("names match accent-insensitively") {
    GraphFixture f;
    CHECK(Resolve(f, "sumarno andre") == "Person:sumarno@16.08");
    CHECK(Resolve(f, "Sumarno André") == "Person:sumarno@16.08");
  }

  TEST_CASE("an ambiguous name lists the candidates instead of guessing") {
    GraphFixture f;
    auto id = ResolveEntity(f.store(), "malang");
    REQUIRE_FALSE(id.ok());
    CHECK(id.status().code() == StatusCode::kInvalidArgument);
    CHECK(id.status().message().find("ambiguous") != std::string::npos);
    CHECK(id.status().message().find("Region:35.07  (Kabupaten Malang)") != std::string::npos);
    CHECK(id.status().message().find("Region:35.73  (Kota Malang)") != std::string::npos);
    // The full name is not ambiguous.
    CHECK(Resolve(f, "kota malang") == "Region:35.73");
    // Nor is a name within one type.
    CHECK(Resolve(f, "oku timur", "Organization") == "Organization:bawaslu@16.08");
  }

  TEST_CASE("nothing matches: an error naming the text") {
    GraphFixture f;
    auto id = ResolveEntity(f.store(), "atlantis");
    REQUIRE_FALSE(id.ok());
    CHECK(id.status().message().find("atlantis") != std::string::npos);
    CHECK_FALSE(ResolveEntity(f.store(), "Region:99").ok());
  }
}

}  // namespace
}  // namespace netra::query
