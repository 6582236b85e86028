#include <doctest/doctest.h>

#include <string>

#include "core/file_util.h"
#include "pipeline/pipeline.h"

namespace netra::pipeline {
namespace {

// The content hash is persisted in every store: it must stay the FNV-1a of
// the extractor version and the fields joined with NULs, however it is
// computed.
uint64_t JoinedHash(const model::Document& doc) {
  std::string all = kExtractorVersion;
  for (const std::string* s : {&doc.text, &doc.title, &doc.url, &doc.published, &doc.publisher}) {
    all.push_back('\0');
    all += *s;
  }
  for (const auto& [k, v] : doc.metadata) {
    all.push_back('\0');
    all += k + "=" + v;
  }
  return Fnv1a64(all);
}

TEST_SUITE("pipeline.content_hash") {
  TEST_CASE("FNV-1a of pieces in turn equals FNV-1a of them joined") {
    CHECK(Fnv1a64("") == kFnv1a64Offset);
    CHECK(Fnv1a64("Lubuk") != Fnv1a64("Linggau"));
    CHECK(Fnv1a64("Linggau", Fnv1a64("Lubuk ")) == Fnv1a64("Lubuk Linggau"));
    CHECK(Fnv1a64(std::string_view("\0b", 2), Fnv1a64("a")) == Fnv1a64(std::string("a\0b", 3)));
  }

  TEST_CASE("the content hash is the hash of the joined fields, and each field counts") {
    model::Document doc;
    doc.id = "d1";
    doc.text = "Pj Wali Kota Lubuklinggau memimpin apel netralitas ASN.";
    doc.title = "Apel netralitas";
    doc.url = "https://berita.invalid/apel";
    doc.published = "2024-08-12";
    doc.publisher = "Berita Daerah";
    doc.metadata = {{"section", "\"Pemerintahan\""}, {"tags", "[\"asn\"]"}};
    CHECK(ContentHash(doc) == JoinedHash(doc));
    model::Document other = doc;
    other.metadata[0].second = "\"Politik\"";
    CHECK(ContentHash(other) == JoinedHash(other));
    CHECK(ContentHash(other) != ContentHash(doc));
    other = doc;
    other.text += " ";
    CHECK(ContentHash(other) != ContentHash(doc));
    // The NULs keep field boundaries: moving a character across them changes the hash.
    other = doc;
    other.title = "Apel netralita";
    other.url = "s" + doc.url;
    CHECK(ContentHash(other) != ContentHash(doc));
    CHECK(ContentHash(model::Document{}) == JoinedHash(model::Document{}));
  }
}

}  // namespace
}  // namespace netra::pipeline
