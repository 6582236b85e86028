#include "text/sentences.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/abbreviations.h"

namespace netra::text {
namespace {

std::vector<std::string> Split(std::string_view paragraph) {
  std::vector<SentenceBounds> bounds;
  SplitSentences(paragraph, &bounds);
  std::vector<std::string> sentences;
  for (const SentenceBounds& b : bounds) {
    sentences.emplace_back(paragraph.substr(b.begin, b.end - b.begin));
  }
  return sentences;
}

using Sentences = std::vector<std::string>;

TEST_SUITE("text.sentences") {
  TEST_CASE("plain sentences split at their final punctuation") {
    CHECK(Split("Apel berlangsung di Perkantoran Pemkot. Apel dipimpin Pj Wali Kota! Siapa hadir?") ==
          Sentences{"Apel berlangsung di Perkantoran Pemkot.", "Apel dipimpin Pj Wali Kota!", "Siapa hadir?"});
  }

  TEST_CASE("surrounding spaces are trimmed and empty input gives nothing") {
    CHECK(Split("   Netralitas adalah kunci.   Itu penting.  ") ==
          Sentences{"Netralitas adalah kunci.", "Itu penting."});
    CHECK(Split("").empty());
    CHECK(Split("    ").empty());
  }

  TEST_CASE("administrative and address abbreviations do not split") {
    const std::string s =
        "Kantor itu di Jl. Sudirman No. 5, Kel. Sidakersa, Kec. Kayuagung, Kab. OKI, "
        "Prov. Sumatera Selatan.";
    CHECK(Split(s) == Sentences{s});
  }

  TEST_CASE("honorifics and titles before names do not split") {
    for (const char* s : {
             "Hadir H. Koimudin dan Hj. Siti Aminah dalam apel.",
             "Pengajian dipimpin KH. Ahmad Dahlan di masjid.",
             "Sambutan oleh Dr. Budi Santoso dan dr. Ani Lestari.",
             "Pj Wali Kota Dra. Lusje Anneke Tabalujan dan Drs. Umar Said hadir.",
             "Kepala Dinas Ir. Joko Widodo bersama Prof. Rina Sari.",
             "Apel dipimpin Pj. Bupati OKI, Pjs. Bupati Bengkulu Selatan dan Plt. Kadis.",
         }) {
      CAPTURE(s);
      CHECK(Split(s) == Sentences{s});
    }
  }

  TEST_CASE("degrees after names do not split") {
    for (const char* s : {
             "Kepala Sekolah Budi, S.Pd. M.Pd. memimpin apel.",
             "Hadir Ani, S.Sos., M.Si. dan Dedi, S.H., M.H. dalam rapat.",
             "Camat Rudi, S.E., M.M. bersama Eko, S.STP., M.AP. meninjau lokasi.",
             "Operator Fajar, S.T. dan Gita, S.Kom. menyiapkan data.",
             "Sisardi,S.Pd., M.M didampingi Sukarni, S.P., M.Si serta Asisten.",
         }) {
      CAPTURE(s);
      CHECK(Split(s) == Sentences{s});
    }
  }

  TEST_CASE("nobility titles before names do not split") {
    for (const char* s : {"Acara dibuka Rd. Agus Setiawan dari kementerian.", "Hadir pula Tb. Haerul Jaman di sana."}) {
      CAPTURE(s);
      CHECK(Split(s) == Sentences{s});
    }
  }

  TEST_CASE("a degree before a function in brackets does not split") {
    for (const char* s : {
             "Tim penguji terdiri dari Ratna Dewi, S.Psi. (Psikolog) dan Hendra, S.Kom. (Operator).",
             "Narasumber kegiatan ialah Yusuf Alam, M.Si. (Akademisi) dari universitas negeri.",
         }) {
      CAPTURE(s);
      CHECK(Split(s) == Sentences{s});
    }
  }

  TEST_CASE("a degree ending a sentence before a capitalized word still splits") {
    CHECK(Split("Hal ini disampaikan Nursula, S.Sos. Ia menambahkan bahwa ASN harus netral.") ==
          Sentences{"Hal ini disampaikan Nursula, S.Sos.", "Ia menambahkan bahwa ASN harus netral."});
  }

  TEST_CASE("list enders and company suffixes do not split before lowercase") {
    const std::string s =
        "Bantuan berupa beras, minyak, dll. diserahkan oleh PT Timah Tbk. kepada warga, "
        "lansia, dsb. pada Senin.";
    CHECK(Split(s) == Sentences{s});
    CHECK(Split("Bantuan berupa beras, minyak, dll. Selanjutnya warga pulang.") ==
          Sentences{"Bantuan berupa beras, minyak, dll.", "Selanjutnya warga pulang."});
  }

  TEST_CASE("single capital initials do not split") {
    CHECK(Split("Pj Gubernur NTT Ayodhia G. L. Kalake hadir. Acara dimulai.") ==
          Sentences{"Pj Gubernur NTT Ayodhia G. L. Kalake hadir.", "Acara dimulai."});
    CHECK(Split("Pj Gubernur Sulut George M. Hadjoh membuka acara.") ==
          Sentences{"Pj Gubernur Sulut George M. Hadjoh membuka acara."});
  }

  TEST_CASE("numbers with thousands separators do not split") {
    CHECK(Split("Sebanyak 2.000 ASN dan Rp. 1.500.000 disiapkan. Acara selesai pukul 10.30 WIB.") ==
          Sentences{"Sebanyak 2.000 ASN dan Rp. 1.500.000 disiapkan.", "Acara selesai pukul 10.30 WIB."});
  }

  TEST_CASE("a list marker stays with its item") {
    CHECK(Split("1. Menjaga independensi. 2. Menghindari dukungan terbuka.") ==
          Sentences{"1. Menjaga independensi.", "2. Menghindari dukungan terbuka."});
  }

  TEST_CASE("a quoted question followed by its speech verb is one sentence") {
    CHECK(Split("\u201CSiapa yang netral?\u201D tanya dia. Semua diam.") ==
          Sentences{"\u201CSiapa yang netral?\u201D tanya dia.", "Semua diam."});
  }

  TEST_CASE("a forgotten space after a period still splits") {
    CHECK(Split("Bekerja dengan penuh integritas.Karena itu tugas ASN.") ==
          Sentences{"Bekerja dengan penuh integritas.", "Karena itu tugas ASN."});
    CHECK(Split("Baca di KORANPALPRES.COM dan Tribunnews.Com setiap hari.") ==
          Sentences{"Baca di KORANPALPRES.COM dan Tribunnews.Com setiap hari."});
    CHECK(Split("Daftar di Prov.Jateng sekarang.") == Sentences{"Daftar di Prov.Jateng sekarang."});
  }

  TEST_CASE("sentence offsets point into the paragraph") {
    const std::string p = "  \u201CAndr\u00e9 hadir.\u201D Ia senang. ";
    std::vector<SentenceBounds> bounds;
    SplitSentences(p, &bounds);
    REQUIRE(bounds.size() == 2);
    CHECK(bounds[0].begin == 2);
    CHECK(p.substr(bounds[1].begin, bounds[1].end - bounds[1].begin) == "Ia senang.");
  }
}

TEST_SUITE("text.abbreviations") {
  TEST_CASE("prefix and postfix abbreviations are told apart") {
    CHECK(IsPrefixAbbreviation("Dr"));
    CHECK(IsPrefixAbbreviation("dr"));
    CHECK(IsPrefixAbbreviation("KH"));
    CHECK(IsPrefixAbbreviation("Kab"));
    CHECK_FALSE(IsPrefixAbbreviation("S.Pd"));
    CHECK(IsPostfixAbbreviation("S.Pd"));
    CHECK(IsPostfixAbbreviation("S.I.Kom"));
    CHECK(IsPostfixAbbreviation("SSos"));
    CHECK(IsPostfixAbbreviation("Tbk"));
    CHECK_FALSE(IsPostfixAbbreviation("KORANPALPRES.COM"));
    CHECK_FALSE(IsPostfixAbbreviation("netralitas"));
  }
}

}  // namespace
}  // namespace netra::text
