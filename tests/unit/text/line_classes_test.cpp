#include "text/line_classes.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/analyze.h"
#include "text/line_rules.h"

namespace netra::text {
namespace {

LineClass RuleClass(std::string_view line) { return MatchLineRule(line).cls; }

// The classes Analyze gives the lines of `text`.
std::vector<LineClass> Classes(std::string_view text, AnalyzeOptions options = {}) {
  const Result<AnalyzedText> a = Analyze(text, options);
  REQUIRE(a.ok());
  std::vector<LineClass> classes;
  for (const Line& line : a->lines) classes.push_back(line.cls);
  return classes;
}

using LC = LineClass;

TEST_SUITE("text.line_classes") {
  TEST_CASE("class names are the documented strings") {
    CHECK(std::string(LineClassName(LC::kBody)) == "body");
    CHECK(std::string(LineClassName(LC::kRelatedLink)) == "related-link");
    CHECK(std::string(LineClassName(LC::kPhotoCredit)) == "photo-credit");
    CHECK(std::string(LineClassName(LC::kSignOff)) == "sign-off");
    CHECK(IsBoilerplate(LC::kByline));
    CHECK_FALSE(IsBoilerplate(LC::kDateline));
    CHECK_FALSE(IsBoilerplate(LC::kTitle));
  }

  TEST_CASE("related-story links in their usual spellings") {
    for (const char* line : {"BACA JUGA:PJ Walikota Kunjungi Kecamatan", "Baca juga: Pemkot Raih",
                             "Baca Juga : Bawaslu OKU Timur", "Simak juga: Video Apel", "Lihat Juga: Galeri",
                             "BACA JUGA", "Baca: Pj Gubernur Hadir", "Related Posts", "Berita Terkait"}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kRelatedLink);
    }
  }

  TEST_CASE("menus, tags and share widgets") {
    for (const char* line :
         {"Tag", "Tags: ASN, Pilkada", "Share", "Berita Terkini", "Berita Terpopuler", "Berita Pilihan",
          "Berita Populer", "Rekomendasi untuk Anda", "Ikuti kami di", "\u2022 Ikuti kami di", "AA", "|",
          "\u2022 \u2022 \u2022", "in Berita, Kehumasan, Pemilu", "Topik: netralitas ASN"}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kMenu);
    }
  }

  TEST_CASE("footers and source lines") {
    for (const char* line :
         {"\u00A9 2025 TRIBUNnews.com Network,a subsidiary of KG Media.", "All Right Reserved", "All Rights Reserved.",
          "Copyright 2024 Koran Palpres", "Sumber: Tribun Jogja", "TRIBUNnews.com Network", "Pedoman Media Siber"}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kFooter);
    }
  }

  TEST_CASE("photo credits and captions with credits") {
    for (const char* line :
         {"Dok. Prokompim Kota Magelang", "Foto: Humas Pemkot", "FOTO/ANTARA", "(Foto: Dok. Bawaslu)", "Ilustrasi",
          "Ilustrasi - Petugas KPPS", "Apel pagi di halaman kantor (Foto: Humas)", "Sumber foto: Istimewa"}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kPhotoCredit);
    }
  }

  TEST_CASE("sign-offs") {
    for (const char* line : {"(Yuko)", "(*)", "(adv)", "(rls/ant)", "(**)", "[*]", "(Humas Pemkot)."}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kSignOff);
    }
    CHECK(RuleClass("(2/2/2024)") != LC::kSignOff);
  }

  TEST_CASE("bylines and publication stamps") {
    for (const char* line : {"by Bawaslu Boyolali - 3 Agustus 2023", "Editor: Budi", "Penulis : Ani", "Reporter: Yuko",
                             "Pewarta: Rina", "Laporan Wartawan Tribun Jogja, Yuwantoro Winduajie",
                             "Rabu, 31 Juli 2024 10:15 WIB", "3 Agustus 2023", "Oleh Ahmad Fauzi"}) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kByline);
    }
  }

  TEST_CASE("body text is left alone") {
    for (const char* line : {
             "Apel berlangsung di Perkantoran Pemkot Lubuk Linggau, Kamis 21 November 2024.",
             "Oleh karena itu, ASN harus netral.",
             "Sumbernya adalah laporan warga.",
             "Dokter puskesmas juga hadir dalam apel.",
             "Share kegiatan ini sudah ditetapkan dalam anggaran.",
             "Tagline Pilkada damai digaungkan.",
             "Netralitas ASN penting karena kualitas aparatur (ASN) tak boleh berubah.",
         }) {
      CAPTURE(line);
      CHECK(RuleClass(line) == LC::kBody);
    }
  }

  TEST_CASE("a trailing sign-off is found only after the sentence ends") {
    const std::string a = "Pelayanan publik yang optimal,\u201D tuturnya. (Yuko)";
    CHECK(FindTrailingSignOff(a) == a.find("(Yuko)"));
    const std::string b = "sikap netral dan objektif. (*)";
    CHECK(FindTrailingSignOff(b) == b.find("(*)"));
    CHECK(FindTrailingSignOff("Aparatur Sipil Negara (ASN)") == std::string_view::npos);
    CHECK(FindTrailingSignOff("(Yuko)") == std::string_view::npos);
  }

  TEST_CASE("short titles after a Related Posts header are related links until a paragraph") {
    const std::string text =
        "Bawaslu Boyolali menggelar rapat koordinasi pengawasan netralitas ASN di aula kantor.\n"
        "Related Posts\n"
        "Bawaslu Gelar Rakor Pengawasan\n"
        "\n"
        "3 Agustus 2023\n"
        "Sosialisasi Netralitas ASN di Kecamatan\n"
        "Rapat berlangsung hingga siang hari dan diikuti seluruh panwascam se-Boyolali.\n";
    CHECK(Classes(text) == std::vector<LC>{LC::kBody, LC::kRelatedLink, LC::kRelatedLink, LC::kBlank, LC::kByline,
                                           LC::kRelatedLink, LC::kBody, LC::kBlank});
  }

  TEST_CASE("the tags listed under a Tag header are menu lines") {
    const std::string text =
        "Rapat ditutup dengan sesi tanya jawab dan penandatanganan pakta integritas oleh para "
        "kepala desa se-Kabupaten Ogan Komering Ilir yang hadir pada kesempatan tersebut.\n"
        "\n"
        "Tag\n"
        "Bawaslu OKI\n"
        "Netralitas ASN\n"
        "Share";
    CHECK(Classes(text) == std::vector<LC>{LC::kBody, LC::kBlank, LC::kMenu, LC::kMenu, LC::kMenu, LC::kMenu});
  }

  TEST_CASE("a section menu above the article does not swallow the title") {
    // Before the article a menu header lists nothing; after it, it lists
    // other articles' titles.
    const std::string text =
        "Berita Terkini\n"
        "Bupati Tegaskan Netralitas ASN\n"
        "\n"
        "Bupati menegaskan netralitas ASN dalam apel pagi di halaman kantor bupati.\n"
        "Berita Terkini\n"
        "Judul Artikel Lain di Situs Ini\n";
    CHECK(Classes(text) ==
          std::vector<LC>{LC::kMenu, LC::kTitle, LC::kBlank, LC::kBody, LC::kMenu, LC::kMenu, LC::kBlank});
  }

  TEST_CASE("a headline-like first line is the title") {
    CHECK(Classes("Tegaskan ASN untuk Jaga Netralitas\n\nIsi berita.")[0] == LC::kTitle);
    CHECK(Classes("Tegaskan ASN untuk Jaga Netralitas\nIsi berita dimulai di sini.")[0] == LC::kTitle);
    // Sentences and one-line documents are not titles.
    CHECK(Classes("Apel berlangsung di Perkantoran Pemkot.\n\nIsi.")[0] == LC::kBody);
    CHECK(Classes("Tegaskan ASN untuk Jaga Netralitas")[0] == LC::kBody);
  }

  TEST_CASE("the loader can say the first line is the title") {
    AnalyzeOptions options;
    options.title_is_first_line = true;
    CHECK(Classes("\nApel berlangsung di Perkantoran Pemkot.\nIsi.", options) ==
          std::vector<LC>{LC::kBlank, LC::kTitle, LC::kBody});
  }

  TEST_CASE("line spans are trimmed and point at the original bytes") {
    const std::string original = "  Judul\u00A0Berita Hari Ini \r\n\r\n\tIsi berita.\u00A0";
    const Result<AnalyzedText> a = Analyze(original);
    REQUIRE(a.ok());
    REQUIRE(a->lines.size() == 3);
    CHECK(a->lines[0].span.Slice(original) == "Judul\u00A0Berita Hari Ini");
    CHECK(a->lines[1].cls == LC::kBlank);
    CHECK(a->lines[2].span.Slice(original) == "Isi berita.");
  }
}

}  // namespace
}  // namespace netra::text
