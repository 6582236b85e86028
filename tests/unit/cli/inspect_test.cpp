// `netra inspect --format json` on a seed: boilerplate lines, dateline and
// publisher, and sentence spans that cut the original file exactly.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>

#include "run_command.h"
#include "shared_data.h"

namespace netra::cli {

TEST_SUITE("cli.inspect") {
  TEST_CASE("the OKI seed: BACA JUGA lines and footer are boilerplate, KAYUAGUNG is the dateline") {
    NETRA_NEEDS_SHARED("seeds/002_72ca306ff750cd8f.txt");
    std::string path = testing::SharedDir() + "/seeds/002_72ca306ff750cd8f.txt";
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string original = ss.str();

    auto r = testing::RunNetra({"inspect", path, "--format", "json"});
    REQUIRE(r.exit_code == 0);
    // One JSON document: an array with an object per input document.
    rapidjson::Document all;
    all.Parse(r.out.c_str());
    REQUIRE(!all.HasParseError());
    REQUIRE(all.IsArray());
    REQUIRE(all.Size() == 1);
    const rapidjson::Value& doc = all[0];
    CHECK(std::string(doc["dateline"]["place"].GetString()) == "KAYUAGUNG");
    CHECK(std::string(doc["dateline"]["publisher"].GetString()) == "KORANPALPRES.COM");

    int related = 0, menu = 0;
    for (const auto& line : doc["lines"].GetArray()) {
      std::string cls = line["class"].GetString();
      std::string text = line["text"].GetString();
      if (text.rfind("BACA JUGA", 0) == 0) {
        CHECK(cls == "related-link");
        ++related;
      }
      if (text == "Tag" || text == "Share" || text == "Berita Terkini" || text == "Berita Terpopuler" ||
          text == "Berita Pilihan") {
        CHECK(cls == "menu");
        ++menu;
      }
    }
    CHECK(related == 2);
    CHECK(menu == 5);

    // Every sentence span cuts the original bytes to the sentence as written
    // (this seed needs no normalisation, so the two are equal).
    int sentences = 0;
    for (const auto& s : doc["sentences"].GetArray()) {
      size_t b = s["span"][0].GetUint(), e = s["span"][1].GetUint();
      REQUIRE(e <= original.size());
      CHECK(original.substr(b, e - b) == std::string(s["text"].GetString()));
      CHECK(original.substr(b, e - b).find("BACA JUGA") == std::string::npos);
      ++sentences;
    }
    CHECK(sentences > 8);
  }
}

}  // namespace netra::cli
