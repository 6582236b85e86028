#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

std::vector<std::string> Mentioned(const std::string& text) {
  auto p = testing::ProcessText(text);
  std::vector<std::string> out;
  for (const auto& m : p.extraction.regions) {
    if (std::find(out.begin(), out.end(), m.region->name) == out.end()) out.push_back(m.region->name);
  }
  return out;
}

std::vector<std::string> Subjects(const std::string& text) {
  auto p = testing::ProcessText(text);
  std::vector<std::string> out;
  for (const Region* r : p.extraction.subject_regions) out.push_back(r->name);
  return out;
}

}  // namespace

TEST_SUITE("extract.regions") {
  TEST_CASE("the longest written form wins and carries its code") {
    auto p = testing::ProcessText("Judul\n\nBawaslu Kabupaten Ogan Komering Ulu Timur menggelar rapat.\n");
    REQUIRE(!p.extraction.regions.empty());
    CHECK(p.extraction.regions[0].region->code == "16.08");
  }

  TEST_CASE("abbreviations and closed-up spellings resolve") {
    CHECK(Mentioned("Judul\n\nPemkab OKI dan Pemkot Lubuklinggau bersiap.\n") ==
          std::vector<std::string>{"Kabupaten Ogan Komering Ilir", "Kota Lubuk Linggau"});
    CHECK(Mentioned("Judul\n\nPj Gubernur Sumsel hadir di Pangkalpinang.\n") ==
          std::vector<std::string>{"Provinsi Sumatera Selatan", "Kota Pangkal Pinang"});
  }

  TEST_CASE("a kota and a kabupaten of one name are told apart by the words around them") {
    CHECK(Mentioned("Judul\n\nWali Kota Magelang membuka acara.\n") == std::vector<std::string>{"Kota Magelang"});
    CHECK(Mentioned("Judul\n\nBupati Magelang membuka acara.\n") == std::vector<std::string>{"Kabupaten Magelang"});
    // Stated once, the kind holds for the bare name elsewhere in the article.
    auto names = Mentioned("Judul\n\nPemkab Bogor menggelar apel. ASN Bogor diminta netral.\n");
    CHECK(names == std::vector<std::string>{"Kabupaten Bogor"});
  }

  TEST_CASE("all-capital abbreviations match only in capitals, common words need their kind") {
    CHECK(Mentioned("Judul\n\nIa oki bilang batu itu besar.\n").empty());
    CHECK(Mentioned("Judul\n\nWarga Kota Batu hadir.\n") == std::vector<std::string>{"Kota Batu"});
  }

  TEST_CASE("a dateline's seat names its kabupaten") {
    auto p = testing::ProcessText("Judul Berita\n\nKAYUAGUNG, KORANPALPRES.COM - Pemkab OKI menggelar apel.\n");
    REQUIRE(p.extraction.dateline_region != nullptr);
    CHECK(p.extraction.dateline_region->code == "16.02");
  }

  TEST_CASE("regions in related-story links are not mentions of the article") {
    auto names =
        Mentioned("Judul\n\nPemkot Lubuk Linggau menggelar apel.\n\nBACA JUGA:Bawaslu OKU Timur Tegaskan ASN Netral\n");
    CHECK(names == std::vector<std::string>{"Kota Lubuk Linggau"});
  }

  TEST_CASE("a lede listing many regions names them in passing, not as subjects") {
    auto subjects = Subjects(
        "Judul\n\nGubernur Jawa Barat menetapkan upah. Upah di Kabupaten Bogor, Kabupaten Bekasi, Kota Depok "
        "dan Kota Bandung naik.\n");
    CHECK(subjects == std::vector<std::string>{"Provinsi Jawa Barat"});
  }

  TEST_CASE("a region's gazetteer facts are stated once per span, dateline and subject alike") {
    // The dateline and the subject are one kota; a second kota of the same
    // province names it again in the text.
    auto p = testing::ProcessText(
        "Wali Kota Magelang Pimpin Apel\n\nMAGELANG - Wali Kota Magelang memimpin apel netralitas ASN, Senin "
        "(12/8/2024), bersama perwakilan Kota Semarang.\n");
    std::vector<std::string> seen;
    for (const model::Fact& f : p.facts) {
      std::string key = f.triple.subject.value + " " + f.triple.predicate.value + " " + f.triple.object.value + " " +
                        std::to_string(f.provenance.begin) + "-" + std::to_string(f.provenance.end) + " " +
                        f.provenance.extractor;
      INFO(key);
      CHECK(std::find(seen.begin(), seen.end(), key) == seen.end());
      seen.push_back(key);
    }
    CHECK(std::any_of(p.facts.begin(), p.facts.end(), [](const model::Fact& f) {
      return f.triple.subject.value == "Region:33" && f.triple.predicate.value == "label";
    }));
  }
}

}  // namespace netra::extract
