#include <doctest/doctest.h>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

std::vector<std::string> Organizations(const std::string& body) {
  auto p = testing::ProcessText("Judul\n\n" + body + "\n");
  std::vector<std::string> out;
  for (const auto& o : p.extraction.organizations) out.push_back(o.name + (o.region ? "@" + o.region->code : ""));
  return out;
}

}  // namespace

TEST_SUITE("extract.organizations") {
  TEST_CASE("a regional body takes the region written after it, named by its naming rule") {
    CHECK(Organizations("Pemkot Magelang menggelar apel.") ==
          std::vector<std::string>{"Pemerintah Kota Magelang@33.71"});
    CHECK(Organizations("Pemda Sleman menggelar apel.") ==
          std::vector<std::string>{"Pemerintah Kabupaten Sleman@34.04"});
    CHECK(Organizations("Bawaslu Kabupaten Boyolali menggelar rapat.") ==
          std::vector<std::string>{"Bawaslu Kabupaten Boyolali@33.09"});
    // A body of more than one word.
    CHECK(Organizations("Satpol PP Kota Bima menertibkan reklame.") ==
          std::vector<std::string>{"Satpol PP Kota Bima@52.72"});
  }

  TEST_CASE("a national body stands alone, and a regional word without a region is no body") {
    CHECK(Organizations("Menurut BKN, netralitas ASN diawasi.") ==
          std::vector<std::string>{"Badan Kepegawaian Negara"});
    CHECK(Organizations("Surat dari Kemenpan RB diterima.") == std::vector<std::string>{"Kementerian PANRB"});
    CHECK(Organizations("Bawaslu mengingatkan semua pihak.").empty());
  }
}

}  // namespace netra::extract
