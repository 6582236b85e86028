// What the extractors find in one document, before it becomes triples.
//
// Each extractor adds its mentions here; the linker (link.cpp) then ties
// them together (who cites which statute, which region an event belongs to)
// and facts.cpp turns the result into model::Facts with provenance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/statute_catalog.h"
#include "text/analyze.h"

namespace netra::extract {

// Kinds of place a region mention takes in the article.
enum class RegionRole { kBody, kDateline, kTitle };

struct RegionMention {
  const Region* region = nullptr;
  text::Span span;             // in the original text
  size_t sentence = SIZE_MAX;  // SIZE_MAX for the dateline and title
  bool explicit_kind = false;  // "Kota Magelang", "Pemkot Magelang", "Bupati OKI"
  RegionRole role = RegionRole::kBody;
};

struct StatuteMention {
  StatuteRef ref;
  std::string label;                  // as written, trimmed: "UU No 20 Tahun 2023"
  std::string title;                  // from "tentang ..." or the catalog; may be empty
  std::vector<std::string> articles;  // "Pasal 9 ayat 2"
  text::Span span;
  size_t sentence = 0;
};

struct Official {
  std::string name;                     // without honorifics and degrees: "Lusje Anneke Tabalujan"
  std::string role;                     // as written, normalised: "Pj Wali Kota"
  const Region* region = nullptr;       // the region of the office, if any
  bool national = false;                // an office of a national body (BKN, a ministry, Bawaslu RI)
  bool region_written = false;          // the role names its region ("Ketua Bawaslu Kota Mataram")
  std::vector<std::string> honorifics;  // "Dra"
  std::vector<std::string> degrees;     // "M.Pd"
  text::Span span;
  size_t sentence = 0;
};

struct Organization {
  std::string name;  // "Pemerintah Kota Lubuk Linggau", "Bawaslu Kabupaten Boyolali"
  std::string abbr;  // "Pemkot Lubuk Linggau", "BKPP OKI"
  const Region* region = nullptr;
  text::Span span;
  size_t sentence = 0;
};

struct EventMention {
  std::string kind;  // apel, sosialisasi, rapat, kampanye, pelantikan, other
  std::string name;  // "Apel Gabungan Pembinaan Netralitas ASN"
  std::string date;  // ISO or empty
  const Region* region = nullptr;
  int leader = -1;     // index into Extraction::officials
  int organizer = -1;  // index into Extraction::organizations
  text::Span span;
  size_t sentence = 0;
};

struct Election {
  std::string name;  // "Pilkada 2024", "Pemilu 2024"
  int year = 0;
  text::Span span;
};

// Who cites a statute: an official, an organisation or an event.
struct Citation {
  size_t statute = 0;  // index into statutes
  enum class Actor { kOfficial, kOrganization, kEvent, kDocument } actor = Actor::kDocument;
  size_t actor_index = 0;
  const Region* region = nullptr;  // the citing region, when one is known
};

struct Extraction {
  std::string document;
  std::string publisher;
  std::string date;  // the document's date (ISO), from metadata or the text
  const Region* dateline_region = nullptr;
  std::string dateline_place;
  std::vector<RegionMention> regions;
  std::vector<StatuteMention> statutes;
  std::vector<Official> officials;
  std::vector<Organization> organizations;
  std::vector<EventMention> events;
  std::vector<Election> elections;
  std::vector<Citation> citations;
  const Region* primary_region = nullptr;  // the region the article is about
  // Regions that act in the article or are its subject (see
  // SelectSubjectRegions); passing mentions are in `regions` only.
  std::vector<const Region*> subject_regions;
  // SpeakerBySentence, kept by ExtractEvents for LinkCitations: both need
  // it and the officials do not change in between. Empty until then.
  std::vector<int> speaker_by_sentence;
};

}  // namespace netra::extract
