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

// The statutes as their id keys: "PERKADA/5/2023@32.71" for a regional act.
std::vector<std::string> Keys(const std::string& text) {
  auto p = testing::ProcessText(text);
  std::vector<std::string> out;
  for (const auto& s : p.extraction.statutes) out.push_back(s.ref.Key());
  return out;
}

std::vector<std::string> Titles(const std::string& body) {
  auto p = testing::ProcessText("Judul\n\n" + body + "\n");
  std::vector<std::string> out;
  for (const auto& s : p.extraction.statutes) out.push_back(s.title);
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
    CHECK(Statutes("Ia mengutip Pasal 280 ayat (2) UU Pemilu soal kampanye.") == std::vector<std::string>{"UU 7/2017"});
    CHECK(Statutes("Pedoman teknis mengacu pada SKB 5 Menteri yang diteken pada 2022.") ==
          std::vector<std::string>{"SKB ?/2022"});
    // "UU ASN" alone names two laws (5/2014 and 20/2023): no guess.
    CHECK(Statutes("ASN wajib netral sesuai UU ASN.").empty());
  }

  TEST_CASE("decree numbers keep their letters and take their trailing year") {
    CHECK(
        Statutes("Ia diangkat dengan Keputusan Gubernur Nomor BKD. 013.1/I/207/PK-JS/VII/2019 tanggal 26 Juli 2019.") ==
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

  TEST_CASE("type words are read in their misspellings, hyphenations and spacings") {
    CHECK(Statutes("Hal ini sesuai Undang undang Nomor 6 Tahun 2014 tentang Desa.") ==
          std::vector<std::string>{"UU 6/2014"});
    CHECK(Statutes("Kepala desa mengacu Undang - Undang Nomor 3 Tahun 2024.") == std::vector<std::string>{"UU 3/2024"});
    CHECK(Statutes("Dasar hukumnya Peratuan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen PPPK.") ==
          std::vector<std::string>{"PP 49/2018"});
    CHECK(Statutes("Ia menyebut UU. No. 2 Tahun 2002 tentang Kepolisian.") == std::vector<std::string>{"UU 2/2002"});
    // Runs of spaces (NBSP is a space by now) between every word.
    CHECK(Statutes("Mengacu  Peraturan   Presiden  Nomor   98  Tahun   2020 tentang Gaji.") ==
          std::vector<std::string>{"PERPRES 98/2020"});
    CHECK(Statutes("Petunjuknya ada di Permendagri Nomor 12 Tahun 2021 dan PermenPAN-RB Nomor 6 Tahun 2022.") ==
          std::vector<std::string>{"PERMEN 12/2021", "PERMEN 6/2022"});
    CHECK(Statutes("Pedomannya Perka BKN Nomor 7 Tahun 2015 dan Inpres Nomor 1 Tahun 2022.") ==
          std::vector<std::string>{"OTHER 7/2015", "INPRES 1/2022"});
    // Pontianak writes its Peraturan Wali Kota "Perwa".
    CHECK(Statutes("Pemkot menerapkan Perwa Nomor 41 Tahun 2023 tentang Mal Pelayanan Publik.").size() == 1);
  }

  TEST_CASE("an issuer phrase between the head and the number decides the type") {
    CHECK(Statutes("Aturannya Peraturan Menteri Kelautan dan Perikanan Republik Indonesia Nomor 18 Tahun 2021.") ==
          std::vector<std::string>{"PERMEN 18/2021"});
    CHECK(Statutes("Ia merujuk Peraturan Kemenkes Nomor 4 Tahun 2019 tentang Standar Teknis.") ==
          std::vector<std::string>{"PERMEN 4/2019"});
    CHECK(Statutes("Tahapan diatur dalam Peraturan Komisi Pemilihan Umum Nomor 2 Tahun 2024.") ==
          std::vector<std::string>{"PKPU 2/2024"});
    CHECK(Statutes("Pengawas berpegang pada Peraturan Badan Pengawas Pemilihan Umum Nomor 3 Tahun 2022.") ==
          std::vector<std::string>{"PERBAWASLU 3/2022"});
    CHECK(Statutes("Hal itu tertuang dalam Peraturan Kepala Lembaga Administrasi Negara Nomor 10 Tahun 2018.") ==
          std::vector<std::string>{"OTHER 10/2018"});
    CHECK(Statutes("Penetapan berdasar Keputusan Komisi Pemilihan Umum Nomor 360 tentang Jadwal Tahapan.") ==
          std::vector<std::string>{"OTHER 360/?"});
    CHECK(Statutes("Kuota ditetapkan dalam Keputusan Menteri Agama dan Urusan Haji Nomor : 417 Tahun 2023.") ==
          std::vector<std::string>{"OTHER 417/2023"});
    CHECK(Statutes("Larangan itu dimuat dalam Surat Edaran Menteri Dalam Negeri dan Otonomi Daerah Nomor 9 Tahun "
                   "2019.") == std::vector<std::string>{"SE 9/2019"});
    CHECK(Statutes("Pedoman juga ada di Surat Edaran Menkes & KB Nomor 14 Tahun 2021.") ==
          std::vector<std::string>{"SE 14/2021"});
    CHECK(
        Statutes("Kedua kementerian meneken Keputusan Bersama Menteri Agama dan Menteri Sosial Nomor 3 Tahun 2020.") ==
        std::vector<std::string>{"SKB 3/2020"});
  }

  TEST_CASE("numbers of any shape follow Nomor, No. and Nomer, with or without a colon") {
    CHECK(Statutes("Edaran itu adalah Surat Edaran Kepala Badan Nomor K.26-30/V.11-3/2021 tentang Cuti.") ==
          std::vector<std::string>{"SE K.26-30/V.11-3/2021/2021"});
    CHECK(Statutes("Bupati meneken Keputusan Bupati Nomer: 800/417/BKPSDM tentang Mutasi.").size() == 1);
    CHECK(Statutes("Surat Edaran Sekda No. 061/2201/ORG disebarkan.") == std::vector<std::string>{"SE 061/2201/ORG/?"});
  }

  TEST_CASE("a type abbreviation directly followed by a number is that statute, year unknown") {
    CHECK(Statutes("Sanksinya diatur dalam PP 30.") == std::vector<std::string>{"PP 30/?"});
    CHECK(Statutes("Pegawai tunduk pada UU 43 yang lama.") == std::vector<std::string>{"UU 43/?"});
    // A count is no number: the catalog resolves "SKB 5 Menteri"; "Perda 3 tahun lalu" is nothing.
    CHECK(Statutes("Sosialisasi SKB 5 Menteri digelar.") == std::vector<std::string>{"SKB ?/2022"});
    CHECK(Statutes("Perda 3 tahun lalu direvisi.").empty());
    CHECK(Statutes("Ada pp 30 di sana.").empty());
  }

  TEST_CASE("an issuing office followed by Nomor N Tahun Y is one of its decrees") {
    CHECK(Statutes("Formasi itu ditetapkan oleh MENKEU Nomor 212 tahun 2022.") ==
          std::vector<std::string>{"OTHER 212/2022"});
    CHECK(Statutes("Jabatan itu dibentuk lewat Gubernur Sulawesi Tengah Nomor 61 Tahun 2020.") ==
          std::vector<std::string>{"OTHER 61/2020"});
  }

  TEST_CASE("letters, counts, pages and phone numbers are no statutes") {
    CHECK(Statutes("Undangan disampaikan lewat Surat Nomor 800/1234/BKD kepada camat.").empty());
    CHECK(Statutes("Ia mengirim Surat Bupati Nomor 005/77/Setda Tahun 2024 kepada camat.").empty());
    CHECK(Statutes("Pengaduan lewat nomor 0812 3456 7890 atau halaman 12.").empty());
    CHECK(Statutes("Peraturan yang berlaku diterangkan di halaman 4 nomor 2.").empty());
    CHECK(Statutes("Nota Dinas Kepala Dinas Nomor 12 Tahun 2024 sudah diterima.").empty());
  }

  TEST_CASE("an amendment chain cites both acts") {
    CHECK(Statutes("Ketentuan PP Nomor 37 Tahun 2004 sebagaimana telah diubah terakhir dengan Peraturan Pemerintah "
                   "Nomor 49 Tahun 2018 tetap berlaku.") == std::vector<std::string>{"PP 37/2004", "PP 49/2018"});
    CHECK(Statutes("Dasarnya Peraturan  Presiden Nomor  5 Tahun  2019 tentang Perubahan atas Peraturan Presiden "
                   "Nomor 7 Tahun 2016 tentang Tunjangan.") ==
          std::vector<std::string>{"PERPRES 5/2019", "PERPRES 7/2016"});
  }

  TEST_CASE("a citation broken by a sentence or paragraph break goes on in the next one") {
    CHECK(Statutes("Ia mengutip Peraturan Menteri Perhubungan\n\nRepublik Indonesia Nomor 12 Tahun 2019 tentang "
                   "Angkutan.") == std::vector<std::string>{"PERMEN 12/2019"});
    CHECK(Statutes("Ia menyebut UU. No. 2 Tahun 2002 tentang Kepolisian.") == std::vector<std::string>{"UU 2/2002"});
  }

  TEST_CASE("titles stop where the title stops") {
    CHECK(Titles("Ia mengacu Peraturan Bupati Nomor 9 Tahun 2022 tentang Tata Naskah Dinas dan Peraturan "
                 "Bupati Nomor 4 Tahun 2021 tentang Pakaian Dinas.")[0] == "Tata Naskah Dinas");
    CHECK(Titles("Acuan kami Peraturan Daerah Nomor 2 Tahun 2019 tentang Pembentukan Peraturan Daerah, ujarnya.")[0] ==
          "Pembentukan Peraturan Daerah");
    CHECK(Titles("Dasarnya Perda Nomor 3 Tahun 2022 tentang Perubahan atas Peraturan Daerah Nomor 8 Tahun 2016 "
                 "tentang Retribusi Pasar sebagaimana disampaikan.")[0] ==
          "Perubahan atas Peraturan Daerah Nomor 8 Tahun 2016 tentang Retribusi Pasar");
    CHECK(Titles("Edaran Surat Edaran Bupati Nomor 3 Tahun 2024 tentang Libur Tahun 2024 dibagikan.")[0] ==
          "Libur Tahun 2024");
  }

  TEST_CASE("regional acts are identified with their issuing region") {
    // Named in the issuer phrase: a kabupaten for a Bupati, a kota for a Perwali.
    CHECK(Keys("Judul\n\nIa mengutip Peraturan Bupati Sleman Nomor 3 Tahun 2024 tentang Cuti.\n") ==
          std::vector<std::string>{"PERKADA/3/2024@34.04"});
    const auto bogor = Keys("Judul\n\nPerwali Bogor Nomor 5 Tahun 2023 berlaku.\n");
    const auto malang = Keys("Judul\n\nPerwali Malang Nomor 5 Tahun 2023 berlaku.\n");
    REQUIRE(bogor.size() == 1);
    REQUIRE(malang.size() == 1);
    CHECK(bogor[0] == "PERKADA/5/2023@32.71");
    CHECK(malang[0] == "PERKADA/5/2023@35.73");
    CHECK(Keys("Judul\n\nDasarnya Perda Kota Bogor Nomor 1 Tahun 2021.\n") ==
          std::vector<std::string>{"PERDA/1/2021@32.71"});
    // Named nowhere: the article's region, when of the kind the act needs.
    CHECK(Keys("Pemkab Sleman Gelar Apel\n\nSLEMAN - Bupati Sleman Kustini memimpin apel di Kabupaten Sleman. Ia "
               "mengingatkan Perbup Nomor 9 Tahun 2022.\n") == std::vector<std::string>{"PERKADA/9/2022@34.04"});
    // National acts keep their ids.
    CHECK(Keys("Judul\n\nBupati Sleman mengutip UU Nomor 20 Tahun 2023.\n") == std::vector<std::string>{"UU/20/2023"});
  }
}

}  // namespace netra::extract
