#include <doctest/doctest.h>

#include "extract_fixture.h"

namespace netra::extract {

namespace {

struct Ev {
  std::string kind, date, leader;
  bool operator==(const Ev&) const = default;
};

[[maybe_unused]] std::ostream& operator<<(std::ostream& os, const Ev& e) {
  return os << "{" << e.kind << " " << e.date << " " << e.leader << "}";
}

std::vector<Ev> Events(const std::string& text, const std::string& published = "") {
  auto p = testing::ProcessText(text, "doc", published);
  std::vector<Ev> out;
  for (const auto& e : p.extraction.events) {
    out.push_back({e.kind, e.date, e.leader >= 0 ? p.extraction.officials[e.leader].name : ""});
  }
  return out;
}

}  // namespace

TEST_SUITE("extract.events") {
  TEST_CASE("an event takes the date of its sentence and the official who leads it") {
    CHECK(Events("Judul\n\nApel pagi dipimpin Pjs Bupati Bengkulu Selatan Sisardi, S.Pd pada Senin (4/11/2024).\n") ==
          std::vector<Ev>{{"apel", "2024-11-04", "Sisardi"}});
  }

  TEST_CASE("later mentions of the same kind add the date") {
    CHECK(Events("Judul\n\nPemkot Lubuk Linggau menggelar Apel Gabungan Netralitas ASN. Apel berlangsung di "
                 "halaman kantor, Kamis 21 November 2024.\n") == std::vector<Ev>{{"apel", "2024-11-21", ""}});
  }

  TEST_CASE("a year-less date takes the year from the document's date") {
    CHECK(Events("Judul\n\nRapat koordinasi digelar Kamis (8/2).\n", "2024-02-09") ==
          std::vector<Ev>{{"rapat", "2024-02-08", ""}});
  }

  TEST_CASE("topics are not events: kampanye without a date is a subject of talk") {
    CHECK(Events("Judul\n\nASN dilarang ikut kampanye politik.\n").empty());
  }

  TEST_CASE("a decree's date does not date an event") {
    CHECK(Events("Judul\n\nSeleksi terbuka mengacu Keputusan Gubernur Nomor 816/128 tanggal 13 Mei 2024.\n").empty());
  }

  TEST_CASE("two dated activities in one sentence are two events") {
    auto ev = Events(
        "Judul\n\nKegiatan dimulai Rabu, 29 Mei 2024 yakni pengarahan; dan Kamis, 30 Mei 2024 "
        "pelaksanaan ujian di sekolah.\n");
    REQUIRE(ev.size() == 2);
    CHECK(ev[0].date == "2024-05-29");
    CHECK(ev[1].date == "2024-05-30");
  }

  TEST_CASE("a dated sentence with an active reporting verb tells a happening, named by its object") {
    auto events = Events(
        "Judul\n\nBupati Sleman Budi Santoso meresmikan jembatan gantung di Desa Wukirsari, Senin (4/3/2024).\n");
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == "other");
    CHECK(events[0].date == "2024-03-04");
    // An event word in the object gives the kind.
    auto meeting = Events("Judul\n\nPemkot Bima menggelar musrenbang kecamatan pada Selasa (12/3/2024).\n");
    REQUIRE(meeting.size() == 1);
    CHECK(meeting[0].kind == "rapat");
  }

  TEST_CASE("a birth date dates no event") {
    auto events = Events("Judul\n\nPanitia menggelar lomba bagi anak yang lahir sebelum 1 Januari 2015.\n");
    for (const Ev& e : events) CHECK(e.date != "2015-01-01");
  }

  TEST_CASE("an undated event word inside a quote is no event") {
    CHECK(Events("Judul\n\n\"Kami terus menggencarkan Sosialisasi kepada warga,\" ujar Sekda Kota Bima.\n").empty());
  }

  TEST_CASE("the document's date comes from its byline or a date line when metadata has none") {
    auto byline = testing::ProcessText(
        "Bupati Sleman Pimpin Apel\n\nOleh Humas Pemkab Sleman - 12 Maret 2024\n\nBupati Sleman memimpin apel "
        "netralitas ASN, Senin (11/3).\n");
    CHECK(byline.extraction.date == "2024-03-12");
    REQUIRE(byline.extraction.events.size() == 1);
    CHECK(byline.extraction.events[0].date == "2024-03-11");
    auto date_line = testing::ProcessText(
        "Rapat Koordinasi Pilkada\n\nSelasa, 05/03/2024 09:30 WIB\n\nPemkot "
        "Bima menggelar rapat koordinasi pada hari ini.\n");
    CHECK(date_line.extraction.date == "2024-03-05");
  }

  TEST_CASE("a day without a year never takes the year of a cited statute") {
    // 12 August fell on a Monday in 2019, the statute's year, and in 2024.
    auto events = Events("Judul\n\nApel digelar Senin (12/8) sesuai Undang-Undang Nomor 19 Tahun 2019.\n");
    for (const Ev& e : events) CHECK(e.date != "2019-08-12");
    CHECK(Events("Judul\n\nApel digelar Senin (12/8) sesuai Undang-Undang Nomor 19 Tahun 2019.\n", "2024-08-13") ==
          std::vector<Ev>{{"apel", "2024-08-12", ""}});
  }

  TEST_CASE("an audience is a meeting led by its host") {
    auto events = Events(
        "Judul\n\nGubernur Jambi Rahmat Hidayat menerima Bupati Kerinci Ahmad Sobri di rumah dinas, "
        "Rabu (15/1/2025).\n");
    REQUIRE(events.size() == 1);
    CHECK(events[0] == Ev{"rapat", "2025-01-15", "Rahmat Hidayat"});
    // Receiving a thing is no audience.
    auto gift = Events("Judul\n\nPemkot Jambi menerima bantuan ambulans dari bank daerah, Rabu (15/1/2025).\n");
    REQUIRE(gift.size() == 1);
    CHECK(gift[0].kind == "other");
  }

  TEST_CASE("the end of a period is no event day") {
    auto events = Events("Judul\n\nVerifikasi berkas dilaksanakan sejak 3 Juni 2024 sampai dengan 1 Juli 2024.\n");
    for (const Ev& e : events) CHECK(e.date != "2024-07-01");
  }

  TEST_CASE("a bounded period opens on its first day; the event is named by its words, not a sentence capital") {
    auto p = testing::ProcessText(
        "Judul\n\nPembukaan pendaftaran calon anggota PPK dilaksanakan sejak tanggal 28 Mei "
        "sampai dengan 3 Juni 2024 di kantor KPU.\n");
    REQUIRE(p.extraction.events.size() == 1);
    CHECK(p.extraction.events[0].date == "2024-05-28");
    CHECK(p.extraction.events[0].name == "Pembukaan pendaftaran calon anggota");
    // "sejak" alone (since) still dates no event.
    CHECK(Events("Judul\n\nPendaftaran dibuka sejak 3 Juni 2024 bagi warga.\n").empty());
  }

  TEST_CASE("when the body tells no happening, the headline's event word names it") {
    auto events = Events(
        "Pemkot Bima Buka Seleksi Terbuka Jabatan Pimpinan Tinggi Pratama\n\nPemerintah Kota Bima "
        "mengundang ASN yang memenuhi syarat untuk mendaftar.\n");
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == "other");
    // A body that tells its happening is not overruled by the headline.
    CHECK(Events("Seleksi Terbuka Dibuka\n\nBupati Sleman memimpin apel pagi, Senin (4/3/2024).\n") ==
          std::vector<Ev>{{"apel", "2024-03-04", ""}});
  }

  TEST_CASE("a passive reporting verb with its agent tells a happening, dated or not") {
    auto events =
        Events("Judul\n\nPenyerahan bantuan beras diserahkan oleh Bupati Sleman Budi Santoso kepada warga.\n");
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == "other");
    CHECK(events[0].date.empty());
  }

  TEST_CASE("a national official's visit belongs to the region visited, a meeting elsewhere to none") {
    auto visit = testing::ProcessText(
        "Judul\n\nDeputi Bidang Pelayanan Publik KemenPAN-RB, Agus Setiawan, melakukan "
        "kunjungan kerja ke Kota Pontianak, Kamis (22/8/2024).\n");
    REQUIRE(visit.extraction.events.size() == 1);
    REQUIRE(visit.extraction.events[0].region != nullptr);
    CHECK(visit.extraction.events[0].region->name == "Kota Pontianak");
    auto meeting = testing::ProcessText(
        "Judul\n\nGubernur Sumsel hadir. Rakor dipimpin Sekjen Kemendagri Bambang "
        "Suryadi di sebuah hotel, Rabu (12/2/2020).\n");
    REQUIRE(meeting.extraction.events.size() == 1);
    CHECK(meeting.extraction.events[0].region == nullptr);
  }

  TEST_CASE("a range of days written with slashes opens on its first day") {
    CHECK(Events("Judul\n\nBimtek pengelolaan kinerja digelar Rabu-Kamis (17-18/7/2024) di aula.\n") ==
          std::vector<Ev>{{"other", "2024-07-17", ""}});
  }

  TEST_CASE("a leading verb names the leader, in its sentence or the next one pointing back") {
    CHECK(Events("Judul\n\nBimtek pengelolaan kinerja dibuka Sekda Kabupaten Manokwari Yafet Rumbiak, Rabu "
                 "(17/7/2024).\n") == std::vector<Ev>{{"other", "2024-07-17", "Yafet Rumbiak"}});
    CHECK(Events("Judul\n\nPemkab Sigi menggelar upacara peringatan Hari Kesaktian Pancasila, Selasa (1/10/2024). "
                 "Upacara tersebut dipimpin langsung oleh Sekda Kabupaten Sigi Arifin Lasaeba.\n") ==
          std::vector<Ev>{{"other", "2024-10-01", "Arifin Lasaeba"}});
  }
}

}  // namespace netra::extract
