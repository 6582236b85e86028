#include <doctest/doctest.h>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

struct Found {
  std::string name, role, region;
  bool operator==(const Found&) const = default;
};

[[maybe_unused]] std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << "{" << f.name << " | " << f.role << " | " << f.region << "}";
}

std::vector<Found> Officials(const std::string& body) {
  auto p = testing::ProcessText("Judul\n\n" + body + "\n");
  std::vector<Found> out;
  for (const auto& o : p.extraction.officials) {
    out.push_back({o.name, o.role, o.region ? o.region->name : ""});
  }
  return out;
}

}  // namespace

TEST_SUITE("extract.officials") {
  TEST_CASE("role, region, comma, honorific, name") {
    CHECK(Officials("Apel dipimpin Pj Wali Kota Lubuk Linggau, H Koimudin.") ==
          std::vector<Found>{{"Koimudin", "Pj Wali Kota", "Kota Lubuk Linggau"}});
  }

  TEST_CASE("honorifics and degrees are kept apart from the name") {
    auto p = testing::ProcessText(
        "Judul\n\nPejabat (Pj) Wali Kota Pangkalpinang, Dra. Lusje Anneke Tabalujan, M.Pd mengatakan hal itu.\n");
    REQUIRE(p.extraction.officials.size() == 1);
    const auto& o = p.extraction.officials[0];
    CHECK(o.name == "Lusje Anneke Tabalujan");
    CHECK(o.role == "Pj Wali Kota");
    CHECK(o.honorifics == std::vector<std::string>{"Dra."});
    CHECK(o.degrees == std::vector<std::string>{"M.Pd"});
  }

  TEST_CASE("a unit name runs until the person's name even without a comma") {
    CHECK(Officials("Hal ini ditegaskan Pj Bupati OKI, melalui Asisten Bidang Administrasi Umum Nursula, SSos.") ==
          std::vector<Found>{{"Nursula", "Asisten Bidang Administrasi Umum", "Kabupaten Ogan Komering Ilir"}});
  }

  TEST_CASE("a role with no name is never made into a person") {
    CHECK(Officials("Hal ini ditegaskan Pj Bupati OKI, melalui surat edaran.").empty());
    CHECK(Officials("Pjs Bupati Bengkulu Selatan menyampaikan pesan.").empty());
  }

  TEST_CASE("the name may come first: selaku, appositions and transfers") {
    CHECK(Officials("Ervan Luri selaku Anggota Panwaslucam Karanggede hadir.") ==
          std::vector<Found>{{"Ervan Luri", "Anggota Panwaslu Kecamatan Karanggede", ""}});
    auto moved = Officials("George M. Hadjoh, SH, Kepala Biro Umum dipromosi menjadi Kepala Dinas Sosial.");
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].name == "George M. Hadjoh");
    CHECK(moved[0].role == "Kepala Dinas Sosial");
  }

  TEST_CASE("members listed after a role each take it") {
    auto found = Officials(
        "Hadir anggota Panitia Seleksi yaitu : Prof. Ir. Fredrik Benu, Ph.D, Dr. Ahmad Atang, M.Si dan "
        "Yulius Yasinto.");
    REQUIRE(found.size() == 3);
    CHECK(found[0].name == "Fredrik Benu");
    CHECK(found[1].name == "Ahmad Atang");
    CHECK(found[2].name == "Yulius Yasinto");
    CHECK(found[2].role == "Anggota Panitia Seleksi");
  }

  TEST_CASE("headline verbs, places and degrees are not names") {
    CHECK(Officials("Usai apel, Sekda Ingatkan ASN soal netralitas.").empty());
    CHECK(Officials("Acara di Kantor Gubernur Jalan El Tari berjalan lancar.").empty());
  }

  TEST_CASE("the same person under a short form is one official") {
    auto p = testing::ProcessText(
        "Judul\n\nHal itu ditegaskan Wakil Wali Kota Magelang, KH M Mansyur, pada apel pagi. "
        "\"ASN harus netral,\" ujar Kyai Mansyur.\n");
    REQUIRE(p.extraction.officials.size() == 1);
    CHECK(p.extraction.officials[0].name == "M Mansyur");
  }

  TEST_CASE("a reporter's sign-off is not a person") {
    CHECK(Officials("Kegiatan berjalan lancar dan tertib. (Yuko)").empty());
  }

  TEST_CASE("titles glued to the name are honorifics, one at a time") {
    CHECK(Officials("Rapat dibuka Bupati Sleman Dr.H.Sutrisno Wibowo pada pagi hari.") ==
          std::vector<Found>{{"Sutrisno Wibowo", "Bupati", "Kabupaten Sleman"}});
  }

  TEST_CASE("a region's name or a lone abbreviation after a role is no person") {
    // The office's place written where a name could stand, in two forms.
    CHECK(Officials("Hadir pula Kepala Bidang Mutasi BKPSDM Lembata dalam acara itu.").empty());
    CHECK(Officials("Menurut Gubernur HD, pembangunan jalan dipercepat.").empty());
  }

  TEST_CASE("the word after a place head is a place: Camat Manding, Desa Cibatu") {
    auto found = Officials(
        "Turut hadir Kepala Dinas Sosial Kabupaten Sumenep, Drs. Ahmad Fauzi, Camat Gapura, Kapolsek Gapura dan "
        "Danramil Gapura.");
    for (const Found& f : found) CHECK(f.name != "Gapura");
  }

  TEST_CASE("an institution's proper name after RSUD or SMAN belongs to the role") {
    CHECK(Officials("Direktur RSUD Wamena dr. Yulianus Tabuni menerima bantuan itu.") ==
          std::vector<Found>{{"Yulianus Tabuni", "Direktur RSUD Wamena", ""}});
  }

  TEST_CASE("compass and list words never make a name") {
    for (const Found& f : Officials("Hadir Camat Cikarang Selatan, Kepala Desa Cibatu beserta jajaran.")) {
      CHECK(f.name != "Selatan");
      CHECK(f.name != "Beserta");
    }
  }

  TEST_CASE("an office of a national body has no local region") {
    CHECK(Officials("Acara dibuka oleh Sekjen Kemendagri Bambang Suryadi di Palembang.") ==
          std::vector<Found>{{"Bambang Suryadi", "Sekjen Kemendagri", ""}});
  }

  TEST_CASE("initials are written one way, so two spellings make one person") {
    CHECK(Officials("Apel dipimpin Penjabat Gubernur NTT Ayodhia G.L. Kalake pada pagi hari.") ==
          std::vector<Found>{{"Ayodhia G. L. Kalake", "Pj Gubernur", "Provinsi Nusa Tenggara Timur"}});
    CHECK(Officials("Apel dipimpin Penjabat Gubernur NTT Ayodhia G. L. Kalake pada pagi hari.") ==
          std::vector<Found>{{"Ayodhia G. L. Kalake", "Pj Gubernur", "Provinsi Nusa Tenggara Timur"}});
  }

  TEST_CASE("one person in two offices joined by sekaligus keeps the first") {
    CHECK(Officials(
              "Acara dihadiri Sekretaris Daerah sekaligus Ketua Komite Ir. H. Bambang Irawan, M.Si di Muara Enim.") ==
          std::vector<Found>{{"Bambang Irawan", "Sekretaris Daerah", "Kabupaten Muara Enim"}});
  }

  TEST_CASE("a post entrusted to its new holder: jabatan ROLE dipercayakan kepada NAME") {
    CHECK(Officials("Jabatan Kepala Dinas Sosial Kota Kupang dipercayakan kepada Maria Goreti, S.Sos.") ==
          std::vector<Found>{{"Maria Goreti", "Kepala Dinas Sosial", "Kota Kupang"}});
    CHECK(Officials("Yakobus Bere, S.Sos, dilantik dalam jabatan Kepala Dinas Kesehatan Kabupaten Belu.") ==
          std::vector<Found>{{"Yakobus Bere", "Kepala Dinas Kesehatan", "Kabupaten Belu"}});
  }

  TEST_CASE("unit names joined by dan with an abbreviation in brackets, then the name") {
    CHECK(
        Officials("Sambutan disampaikan Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) "
                  "Kabupaten Sleman, Rina Handayani, S.IP.") ==
        std::vector<Found>{{"Rina Handayani", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)",
                            "Kabupaten Sleman"}});
  }

  TEST_CASE("a unit the article names with a national body elsewhere is national") {
    auto found = Officials(
        "Upacara digelar di halaman UPT BKN Manokwari. Upacara dipimpin Kepala UPT, "
        "Yohanes Mandacan, S.Sos.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].name == "Yohanes Mandacan");
    CHECK(found[0].region == "");
    // A role that names its region keeps it, whatever else the article names.
    CHECK(Officials("Hadir anggota Bawaslu RI dan Ketua Bawaslu Kota Mataram Sri Wahyuni Amin.") ==
          std::vector<Found>{{"Sri Wahyuni Amin", "Ketua Bawaslu", "Kota Mataram"}});
  }

  TEST_CASE("members listed after a lower-case role share it, with commas, semicolons and dan") {
    CHECK(Officials("Anggota tim penilai, yakni Ahmad Rifai, Budi Santoso, dan Citra Lestari hadir.") ==
          std::vector<Found>{{"Ahmad Rifai", "Anggota tim penilai", ""},
                             {"Budi Santoso", "Anggota tim penilai", ""},
                             {"Citra Lestari", "Anggota tim penilai", ""}});
    CHECK(Officials("Kordiv Pencegahan Bawaslu Kabupaten Sigi yaitu Ahmad Rifai; Budi Santoso.").size() == 2);
  }

  TEST_CASE("a role and a comma at the very end of a sentence read nothing past it") {
    // Found by valgrind: the name after the comma was looked for one token
    // past the end of the sentence.
    CHECK(Officials("Sekda(,").empty());
    CHECK(Officials("Hadir Kepala Dinas Sosial,").empty());
  }

  TEST_CASE("an office title before a region name that is also a common word makes it a region") {
    CHECK(Officials("Apel dipimpin Kapolres Sigi AKBP Rudy Hartono, S.I.K. pada pagi hari.") ==
          std::vector<Found>{{"Rudy Hartono", "Kapolres", "Kabupaten Sigi"}});
  }

  TEST_CASE("an office title in a building's name names no person") {
    CHECK(Officials("Upacara digelar di halaman Kantor Bupati Sigi, Bora, pada Selasa.").empty());
    CHECK(Officials("Pelantikan di Rumah Dinas Wali Kota Bima berjalan lancar.").empty());
  }

  TEST_CASE("a long role with a division list and a Raden title before the name") {
    CHECK(Officials("Hadir Kordiv Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat KPU Kota Mataram, Baiq "
                    "Ririn Handayani.") ==
          std::vector<Found>{{"Baiq Ririn Handayani",
                              "Koordinator Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat KPU",
                              "Kota Mataram"}});
    CHECK(Officials("Kunjungan dipimpin Deputi Bidang Pelayanan Publik KemenPAN-RB, Dr. Rd. Agus Setiawan, M.Si.") ==
          std::vector<Found>{{"Agus Setiawan", "Deputi Bidang Pelayanan Publik KemenPAN-RB", ""}});
  }

  TEST_CASE("ranks and unit numbers: role, rank and name in either order") {
    CHECK(Officials("Hadir Dandim 0105/Aceh Barat, Letkol Inf. Dwi Cahyo Nugroho, dalam acara itu.") ==
          std::vector<Found>{{"Dwi Cahyo Nugroho", "Dandim 0105", "Kabupaten Aceh Barat"}});
    CHECK(Officials("Hadir pula Kompol I Made Sudarsana, Kabag Ops Polresta Mataram, dalam acara itu.") ==
          std::vector<Found>{{"I Made Sudarsana", "Kepala Bagian Ops Polresta", "Kota Mataram"}});
  }

  TEST_CASE("members of a listed team named with a national body are national") {
    for (const Found& f : Officials("Anggota tim evaluator KemenPAN-RB, yakni Andreas Wibisono dan Fitri Handayani "
                                    "hadir di Kota Pontianak.")) {
      CHECK(f.region == "");
    }
  }
}

}  // namespace netra::extract
