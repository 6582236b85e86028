// The text layer on the five seed articles in shared/seeds: real scraped
// pages from Indonesian regional news sites. Skipped when shared/ is absent
// (tests/support/shared_data.h).
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "text/analyze.h"
#include "text_test_util.h"

namespace netra::text {
namespace {

using testing::ReadSeed;

struct Seed {
  std::string original;
  AnalyzedText analyzed;
};

Seed AnalyzeSeed(const std::string& prefix) {
  Seed seed;
  seed.original = ReadSeed(prefix);
  Result<AnalyzedText> result = Analyze(seed.original);
  REQUIRE_MESSAGE(result.ok(), result.status().ToString());
  seed.analyzed = std::move(result).value();
  return seed;
}

std::string_view LineText(const Seed& seed, const Line& line) { return line.span.Slice(seed.original); }

// The classes of the lines whose original text starts with `prefix`.
std::vector<LineClass> ClassesOf(const Seed& seed, std::string_view prefix) {
  std::vector<LineClass> classes;
  for (const Line& line : seed.analyzed.lines) {
    if (LineText(seed, line).starts_with(prefix)) classes.push_back(line.cls);
  }
  return classes;
}

bool InAnySentence(const Seed& seed, Span span) {
  for (const Sentence& s : seed.analyzed.sentences) {
    if (s.span.begin < span.end && span.begin < s.span.end) return true;
  }
  return false;
}

TEST_SUITE("text.seeds") {
  TEST_CASE("every sentence span slices the original to its normalized text") {
    NETRA_NEEDS_SHARED("seeds");
    for (const char* prefix : testing::kSeedPrefixes) {
      CAPTURE(prefix);
      const Seed seed = AnalyzeSeed(prefix);
      const AnalyzedText& a = seed.analyzed;
      CHECK(a.sentences.size() >= 8);
      uint32_t previous_end = 0;
      for (const Sentence& s : a.sentences) {
        CAPTURE(s.text);
        REQUIRE(s.span.end <= seed.original.size());
        CHECK(s.span.begin >= previous_end);  // in order, no overlap
        previous_end = s.span.end;
        CHECK_FALSE(s.text.empty());
        CHECK(s.text.front() != ' ');
        CHECK(s.text.back() != ' ');
        CHECK(s.text.find('\n') == std::string::npos);
        CHECK(a.normalized.compare(s.norm_begin, s.text.size(), s.text) == 0);
        const Result<NormalizedText> renormalized = Normalize(s.span.Slice(seed.original));
        REQUIRE(renormalized.ok());
        CHECK(renormalized->text == s.text);
        // Inside its line, and the line is not boilerplate.
        const Line& line = a.lines.at(s.line);
        CHECK(line.span.begin <= s.span.begin);
        CHECK(s.span.end <= line.span.end);
        CHECK_FALSE(IsBoilerplate(line.cls));
        CHECK(line.cls != LineClass::kBlank);
      }
    }
  }

  TEST_CASE("sentences split where the seeds' sentences end") {
    NETRA_NEEDS_SHARED("seeds");
    const Seed s001 = AnalyzeSeed("001");
    // `Dra. Lusje Anneke Tabalujan, M.Pd mengatakan` stays one sentence.
    bool found = false;
    for (const Sentence& s : s001.analyzed.sentences) {
      if (s.text.starts_with("Pejabat (Pj) Wali Kota Pangkalpinang, Dra. Lusje")) {
        found = true;
        CHECK(s.text.ends_with("netralitas ASN menjadi perhatian publik."));
      }
    }
    CHECK(found);
    const Seed s000 = AnalyzeSeed("000");
    CHECK(s000.analyzed.sentences.size() == 13);
    CHECK(s000.analyzed.sentences[2].text == "Apel gabung dipimpin langsung Pj Wali Kota Lubuk Linggau, H Koimudin.");
  }

  TEST_CASE("every BACA JUGA line is a related link") {
    NETRA_NEEDS_SHARED("seeds");
    for (const char* prefix : {"000", "002", "004"}) {
      CAPTURE(prefix);
      const Seed seed = AnalyzeSeed(prefix);
      const std::vector<LineClass> classes = ClassesOf(seed, "BACA JUGA");
      CHECK(classes.size() >= 2);
      for (LineClass c : classes) CHECK(c == LineClass::kRelatedLink);
    }
    const Seed s003 = AnalyzeSeed("003");
    CHECK(ClassesOf(s003, "Baca juga:") == std::vector<LineClass>{LineClass::kRelatedLink});
  }

  TEST_CASE("the Magelang footer is boilerplate and its photo credit is one") {
    NETRA_NEEDS_SHARED("seeds");
    const Seed seed = AnalyzeSeed("003");
    for (const char* prefix : {"Sumber: Tribun Jogja", "Rekomendasi untuk Anda", "\u2022 Ikuti kami di", "AA",
                               "Berita Terkini", "Berita Populer", "\u00A9", "All Right Reserved", "|"}) {
      CAPTURE(prefix);
      const std::vector<LineClass> classes = ClassesOf(seed, prefix);
      REQUIRE_FALSE(classes.empty());
      for (LineClass c : classes) CHECK(IsBoilerplate(c));
    }
    CHECK(ClassesOf(seed, "Dok. Prokompim Kota Magelang") == std::vector<LineClass>{LineClass::kPhotoCredit});
    REQUIRE(seed.analyzed.dateline.has_value());
    CHECK(seed.analyzed.dateline->place == "MAGELANG");
    CHECK(seed.analyzed.dateline->publisher == "TRIBUNJOGJA.COM");
  }

  TEST_CASE("the OKI footer is boilerplate") {
    NETRA_NEEDS_SHARED("seeds");
    const Seed seed = AnalyzeSeed("002");
    for (const char* prefix : {"Tag", "Share", "Berita Terkini", "Berita Terpopuler", "Berita Pilihan"}) {
      CAPTURE(prefix);
      const std::vector<LineClass> classes = ClassesOf(seed, prefix);
      REQUIRE_FALSE(classes.empty());
      for (LineClass c : classes) CHECK(IsBoilerplate(c));
    }
    CHECK(seed.analyzed.lines[0].cls == LineClass::kTitle);
  }

  TEST_CASE("datelines of the seeds") {
    NETRA_NEEDS_SHARED("seeds");
    struct Expected {
      const char* seed;
      const char* place;
      const char* publisher;
      const char* first_sentence_start;
    };
    for (const Expected& e : {
             Expected{"000", "", "KORANLINGGAUPOS.ID", "Menjelang pemungutan suara"},
             Expected{"001", "PANGKALPINANG", "PERKARANEWS", "Dalam upaya mensukseskan"},
             Expected{"002", "KAYUAGUNG", "KORANPALPRES.COM", "Pelaksanaan Pilkada November"},
             Expected{"003", "MAGELANG", "TRIBUNJOGJA.COM", "Aparatur Sipil Negara (ASN)"},
             Expected{"004", "MANNA", "RADAR BENGKULU", "Pada saat apel pagi"},
         }) {
      CAPTURE(e.seed);
      const Seed seed = AnalyzeSeed(e.seed);
      const AnalyzedText& a = seed.analyzed;
      REQUIRE(a.dateline.has_value());
      CHECK(a.dateline->place == e.place);
      CHECK(a.dateline->publisher == e.publisher);
      CHECK(a.dateline->place_span.Slice(seed.original) == e.place);
      CHECK(a.dateline->publisher_span.Slice(seed.original) == e.publisher);
      // The dateline line's first sentence starts after the dash.
      size_t dateline_line = a.lines.size();
      for (size_t i = 0; i < a.lines.size(); ++i) {
        if (a.lines[i].cls == LineClass::kDateline) dateline_line = i;
      }
      REQUIRE(dateline_line < a.lines.size());
      const Sentence* first = nullptr;
      for (const Sentence& s : a.sentences) {
        if (s.line == dateline_line) {
          first = &s;
          break;
        }
      }
      REQUIRE(first != nullptr);
      CHECK(first->text.starts_with(e.first_sentence_start));
      CHECK(first->span.begin >= a.dateline->span.end);
      CHECK_FALSE(InAnySentence(seed, a.dateline->span));
    }
  }

  TEST_CASE("the reporter's sign-off in 001 is in no sentence") {
    NETRA_NEEDS_SHARED("seeds");
    const Seed seed = AnalyzeSeed("001");
    const size_t yuko = seed.original.rfind("(Yuko)");
    REQUIRE(yuko != std::string::npos);
    const Span span{static_cast<uint32_t>(yuko), static_cast<uint32_t>(yuko + 6)};
    CHECK_FALSE(InAnySentence(seed, span));
    REQUIRE(seed.analyzed.sign_offs.size() == 1);
    CHECK(seed.analyzed.sign_offs[0].Slice(seed.original) == "(Yuko)");
    CHECK(seed.analyzed.sentences.back().text.ends_with("tuturnya."));
  }

  TEST_CASE("threads analysing at once get the same results") {
    NETRA_NEEDS_SHARED("seeds");
    const std::string original = ReadSeed("003");
    const Result<AnalyzedText> expected = Analyze(original);
    REQUIRE(expected.ok());
    std::vector<size_t> counts(4, 0);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < counts.size(); ++t) {
      threads.emplace_back([&original, &counts, t] {
        for (int i = 0; i < 50; ++i) {
          const Result<AnalyzedText> a = Analyze(original);
          if (a.ok()) counts[t] += a->sentences.size();
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (size_t count : counts) CHECK(count == 50 * expected->sentences.size());
  }

  TEST_CASE("the title can come from the loader") {
    NETRA_NEEDS_SHARED("seeds");
    const std::string original = ReadSeed("003");
    AnalyzeOptions options;
    options.title_is_first_line = true;
    const Result<AnalyzedText> a = Analyze(original, options);
    REQUIRE(a.ok());
    CHECK(a->lines[0].cls == LineClass::kTitle);
    CHECK(a->lines[0].span.Slice(original) == "Pilkada Kota Magelang 2024");
  }
}

}  // namespace
}  // namespace netra::text
