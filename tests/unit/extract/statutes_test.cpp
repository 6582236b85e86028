#include <doctest/doctest.h>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

// The statutes of a one-paragraph article, as "TYPE number/year".
std::vector<std::string> Statutes(const std::string& body) {
  auto p = testing::ProcessText("Judul\n\n" + body + "\n");
  std::vector<std::string> out;
  for (const auto& s : p.extraction.statutes) out.push_back(s.ref.Short());
  return out;
}

std::vector<std::string> Articles(const std::string& body) {
  auto p = testing::ProcessText("Judul\n\n" + body + "\n");
  std::vector<std::string> out;
  for (const auto& s : p.extraction.statutes) {
    for (const auto& a : s.articles) out.push_back(s.ref.Short() + " " + a);
  }
  return out;
}

}  // namespace

TEST_SUITE("extract.statutes") {
  TEST_CASE("the numbered forms Indonesian writing uses are read") {
    CHECK(Statutes("Hal itu diatur UU Nomor 20 Tahun 2023 tentang ASN.") == std::vector<std::string>{"UU 20/2023"});
    CHECK(Statutes("Sesuai UU No 20 Tahun 2023 Pasal 9 ayat 2 pegawai harus netral.") ==
          std::vector<std::string>{"UU 20/2023"});
    CHECK(Statutes("Undang-undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara berlaku.") ==
          std::vector<std::string>{"UU 20/2023"});
    CHECK(Statutes("Sanksi mengacu PP 94/2021 dan PP Nomor 42 Tahun 2004.") ==
          std::vector<std::string>{"PP 94/2021", "PP 42/2004"});
    CHECK(Statutes("Pengawasan diatur Perbawaslu Nomor 6 Tahun 2018.") ==
          std::vector<std::string>{"PERBAWASLU 6/2018"});
    CHECK(Statutes("Aturan itu tertuang dalam PP No. 42 Tahun 2004 tentang Pembinaan Jiwa Korps.") ==
          std::vector<std::string>{"PP 42/2004"});
  }

  TEST_CASE("tokenised text with spaces around the slash is read") {
    CHECK(Statutes("Sesuai UU 10 / 2016 , kepala daerah dilarang memutasi pejabat .") ==
          std::vector<std::string>{"UU 10/2016"});
  }

  TEST_CASE("an article written before the law named by its subject is attached to it") {
    CHECK(Articles("Berdasarkan pasal 2 UU ASN nomor 5 tahun 2014 netralitas adalah asas.") ==
          std::vector<std::string>{"UU 5/2014 Pasal 2"});
    CHECK(Articles("Dalam UU No 20 Tahun 2023 Pasal 9 ayat (2) pegawai ASN harus bebas.") ==
          std::vector<std::string>{"UU 20/2023 Pasal 9 ayat 2"});
  }

  TEST_CASE("a law named only by its subject is resolved through the catalog when unambiguous") {
    CHECK(Statutes("Ia mengutip Pasal 280 ayat (2) UU Pemilu soal kampanye.") ==
          std::vector<std::string>{"UU 7/2017"});
    CHECK(Statutes("Pedoman teknis mengacu pada SKB 5 Menteri yang diteken pada 2022.") ==
          std::vector<std::string>{"SKB ?/2022"});
    // "UU ASN" alone names two laws (5/2014 and 20/2023): no guess.
    CHECK(Statutes("ASN wajib netral sesuai UU ASN.").empty());
  }

  TEST_CASE("decree numbers keep their letters and take their trailing year") {
    CHECK(Statutes("Ia diangkat dengan Keputusan Gubernur Nomor BKD. 013.1/I/207/PK-JS/VII/2019 tanggal 26 Juli 2019.") ==
          std::vector<std::string>{"OTHER BKD.013.1/I/207/PK-JS/VII/2019/2019"});
    CHECK(Statutes("Penetapan tertuang dalam Keputusan Gubernur Jawa Barat Nomor:561/Kep.1065 - Yangbangsos/2017 .") ==
          std::vector<std::string>{"OTHER 561/Kep.1065-Yangbangsos/2017/2017"});
  }

  TEST_CASE("regional regulations with the region before the number are read") {
    CHECK(Statutes("Pemerintah merevisi Peraturan Daerah Provinsi Nusa Tenggara Timur Nomor 13 Tahun 2016 tentang "
                   "Pembentukan Perangkat Daerah.") == std::vector<std::string>{"PERDA 13/2016"});
  }

  TEST_CASE("short abbreviations count only in capitals, counts are not statute numbers") {
    CHECK(Statutes("Ada pp yang membahas 20 tahun 2023 lalu.").empty());
    CHECK(Statutes("Sebanyak 5 pegawai hadir.").empty());
  }

  TEST_CASE("the catalog adds titles and the status of repealed laws") {
    auto p = testing::ProcessText("Judul\n\nKomitmen ini sejalan dengan UU Nomor 5 Tahun 2014.\n");
    REQUIRE(p.extraction.statutes.size() == 1);
    CHECK(p.extraction.statutes[0].title == "Aparatur Sipil Negara");
    bool repealed = false;
    for (const auto& f : p.facts) {
      if (f.triple.predicate.value == "status" && f.triple.object.value == "dicabut") repealed = true;
    }
    CHECK(repealed);
  }
}

}  // namespace netra::extract
