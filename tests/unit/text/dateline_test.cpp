#include "text/dateline.h"

#include <doctest/doctest.h>

#include <string>

#include "text/analyze.h"

namespace netra::text {
namespace {

struct Parsed {
  std::string place;
  std::string publisher;
  std::string body;  // the text after the dateline
};

std::optional<Parsed> Parse(std::string_view line) {
  const std::optional<DatelineMatch> m = MatchDateline(line);
  if (!m) return std::nullopt;
  return Parsed{std::string(line.substr(m->place_begin, m->place_end - m->place_begin)),
                std::string(line.substr(m->publisher_begin, m->publisher_end - m->publisher_begin)),
                std::string(line.substr(m->body_begin))};
}

void CheckDateline(std::string_view line, std::string_view place, std::string_view publisher) {
  CAPTURE(line);
  const std::optional<Parsed> p = Parse(line);
  REQUIRE(p.has_value());
  CHECK(p->place == place);
  CHECK(p->publisher == publisher);
  CHECK(p->body == "Pelaksanaan Pilkada dimulai.");
}

TEST_SUITE("text.dateline") {
  TEST_CASE("place then publisher") {
    CheckDateline("KAYUAGUNG, KORANPALPRES.COM \u2013 Pelaksanaan Pilkada dimulai.", "KAYUAGUNG", "KORANPALPRES.COM");
    CheckDateline("PANGKALPINANG,PERKARANEWS \u2014 Pelaksanaan Pilkada dimulai.", "PANGKALPINANG", "PERKARANEWS");
    CheckDateline("JAKARTA, KOMPAS.com -Pelaksanaan Pilkada dimulai.", "JAKARTA", "KOMPAS.com");
    CheckDateline("PALEMBANG, SUMSELUPDATE - Pelaksanaan Pilkada dimulai.", "PALEMBANG", "SUMSELUPDATE");
  }

  TEST_CASE("publisher then place") {
    CheckDateline("RADAR BENGKULU, MANNA - Pelaksanaan Pilkada dimulai.", "MANNA", "RADAR BENGKULU");
    CheckDateline("TRIBUNJOGJA.COM, MAGELANG - Pelaksanaan Pilkada dimulai.", "MAGELANG", "TRIBUNJOGJA.COM");
    CheckDateline("Liputan6.com, Jakarta - Pelaksanaan Pilkada dimulai.", "Jakarta", "Liputan6.com");
    CheckDateline("Jakarta , CNN Indonesia - - Pelaksanaan Pilkada dimulai.", "Jakarta", "CNN Indonesia");
  }

  TEST_CASE("markdown left by an HTML conversion is looked through") {
    CheckDateline("Lembata, **bkd.nttprov.go.id** \u2013 Pelaksanaan Pilkada dimulai.", "Lembata", "bkd.nttprov.go.id");
    CheckDateline(
        "Kab. Sumba Barat, **[www.bkd.nttprov.go.id](http://www.bkd.nttprov.go.id)** - "
        "Pelaksanaan Pilkada dimulai.",
        "Kab. Sumba Barat", "www.bkd.nttprov.go.id");
  }

  TEST_CASE("publisher or place alone") {
    CheckDateline("KORANLINGGAUPOS.ID - Pelaksanaan Pilkada dimulai.", "", "KORANLINGGAUPOS.ID");
    CheckDateline("Boyolali \u2013 Pelaksanaan Pilkada dimulai.", "Boyolali", "");
    CheckDateline("BANDAR LAMPUNG -- Pelaksanaan Pilkada dimulai.", "BANDAR LAMPUNG", "");
  }

  TEST_CASE("publisher in brackets") {
    CheckDateline("Kupang (ANTARA) - Pelaksanaan Pilkada dimulai.", "Kupang", "ANTARA");
    CheckDateline("JAKARTA (ANTARA) - Pelaksanaan Pilkada dimulai.", "JAKARTA", "ANTARA");
  }

  TEST_CASE("ordinary sentences are not datelines") {
    for (const char* line : {
             "Pelaksanaan Pilkada November mendatang menjadi warning bagi aparatur sipil negara "
             "(ASN) agar dapat menjaga netralitas--",
             "Hal ini ditegaskan Pj Bupati OKI, melalui Asisten Bidang Administrasi Umum.",
             "ASN dan Non-ASN harus menjadi contoh yang baik.",
             "Jelang Pilkada 2024, ASN Pemkot Magelang Diminta Jaga Netralitas",
             "Sementara itu - kata dia - semua berjalan lancar.",
             "KAYUAGUNG, KORANPALPRES.COM \u2013",
             "Netralitas ASN - kunci pelayanan publik",
         }) {
      CAPTURE(line);
      CHECK_FALSE(MatchDateline(line).has_value());
    }
  }

  TEST_CASE("Analyze reports the dateline with spans and starts the sentence after it") {
    const std::string original =
        "Judul Berita Netralitas\n\nKAYUAGUNG, KORANPALPRES.COM \u2013 Pelaksanaan Pilkada "
        "dimulai. ASN netral.";
    const Result<AnalyzedText> a = Analyze(original);
    REQUIRE(a.ok());
    REQUIRE(a->dateline.has_value());
    CHECK(a->dateline->place == "KAYUAGUNG");
    CHECK(a->dateline->publisher == "KORANPALPRES.COM");
    CHECK(a->dateline->place_span.Slice(original) == "KAYUAGUNG");
    CHECK(a->dateline->publisher_span.Slice(original) == "KORANPALPRES.COM");
    CHECK(a->dateline->span.Slice(original) == "KAYUAGUNG, KORANPALPRES.COM \u2013");
    CHECK(a->lines[2].cls == LineClass::kDateline);
    REQUIRE(a->sentences.size() == 3);
    CHECK(a->sentences[1].text == "Pelaksanaan Pilkada dimulai.");
    CHECK(a->sentences[1].span.Slice(original) == "Pelaksanaan Pilkada dimulai.");
  }

  TEST_CASE("a photo caption before the first paragraph does not hide the dateline") {
    const std::string original =
        "Pemkot Bogor Sosialisasikan Netralitas\n\nFoto: Dok. Prokompim Kota Bogor\n"
        "Suasana sosialisasi netralitas ASN di Balai Kota Bogor.\n\n"
        "Bogor \u2013 Pemerintah Kota Bogor menggelar sosialisasi.";
    const Result<AnalyzedText> a = Analyze(original);
    REQUIRE(a.ok());
    REQUIRE(a->dateline.has_value());
    CHECK(a->dateline->place == "Bogor");
    CHECK(a->lines[0].cls == LineClass::kTitle);
    CHECK(a->lines[2].cls == LineClass::kPhotoCredit);
  }

  TEST_CASE("no dateline is looked for after the first paragraph") {
    const std::string original =
        "Apel berlangsung di Perkantoran Pemkot Lubuk Linggau, Kamis 21 November 2024, dan "
        "diikuti seluruh pegawai negeri sipil, pegawai pemerintah dengan perjanjian kerja, "
        "serta tenaga honorer di lingkungan pemkot.\n"
        "Boyolali \u2013 Bawaslu menggelar rapat.";
    const Result<AnalyzedText> a = Analyze(original);
    REQUIRE(a.ok());
    CHECK_FALSE(a->dateline.has_value());
  }
}

}  // namespace
}  // namespace netra::text
