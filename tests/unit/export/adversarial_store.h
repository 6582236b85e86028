// A small store whose names are built to break exporters: markup
// characters, quotes, `]]>`, newlines and tabs, right-to-left text and bidi
// overrides, combining marks, control characters, invalid UTF-8, emoji, a
// trailing backslash, and 10,000-character names and ids. The facts are
// ordinary (people, positions, a region, a statute, an event), so every
// writer and filter has something to draw.
//
// tests/export/run_readers.sh writes it through the test case
// "export fixture: adversarial-names store" and reads the exports back with
// NetworkX, graphology, Graphviz and rdflib/rapper.
#pragma once

#include <string>
#include <vector>

#include "model/term.h"
#include "model/vocab.h"
#include "store/store.h"

namespace netra::exporter::testing {

inline std::string LongName() {
  // 9 code points per unit: a < & " ' ] space alef combining-acute.
  std::string unit = "a<&\"'] \xD7\x90\xCC\x81";
  std::string s;
  for (int i = 0; i < 1000; ++i) s += unit;
  return s + std::string(1000, 'z');  // 10,000 code points
}

struct AdversarialIds {
  std::string region = "Region:99.01";
  std::string province = "Region:99";
  std::string person = "Person:o'brien \"the <boss>\" & co\nline2";
  std::string person2 = "Person:pe\xCC\x81rez";
  std::string position = "Position:wali\\kota@99.01\\";
  std::string statute = "Statute:UU/1/2024";
  std::string event = "Event:apel/2024-11-21/99.01";
  std::string org = "Organization:" + [] {
    std::string s;
    for (int i = 0; i < 2000; ++i) s += "<&\"' ";
    return s;
  }();
  std::string ctrl = "Organization:ctrl\x01";
  std::string election = "Election:pilkada-2024";
  std::string publisher = "Publisher:empty";
};

// Labels the readers must get back exactly (they are valid XML text).
inline std::vector<std::pair<std::string, std::string>> ExactLabels() {
  AdversarialIds id;
  return {
      {id.region, "Kota <Ujung> & \"Pandang\" 'Lama' ]]> ]"},
      {id.province, "Provinsi \xE2\x80\xAE\xD8\xA7\xD8\xAE\xD8\xAA\xD8\xA8\xD8\xA7\xD8\xB1\xE2\x80\xAC Uji"},
      {id.person, "Baris satu\nbaris dua\r\nbaris tiga\tTab"},
      {id.person2, "Pe\xCC\x81rez Nguye\xCC\x82\xCC\x83n a\xCC\x88\xCC\x81"},
      {id.position, "Wali Kota \\ Backslash \\"},
      {id.statute, LongName()},
      {id.event, "Apel {braces} |pipe| ^caret^ `tick` #hash %percent ?q"},
      {id.election, "\xF0\x9F\x97\xB3\xEF\xB8\x8F Pemilu 2024"},
  };
}

inline std::vector<store::DocumentFacts> AdversarialDocuments() {
  using model::Term;
  AdversarialIds id;
  auto fact = [](const std::string& doc, Term s, const char* p, Term o) {
    return model::Fact{{std::move(s), Term::Entity(p), std::move(o)}, {doc, 0, 1, "test", 1.0f}};
  };
  auto E = [](const std::string& s) { return Term::Entity(s); };
  auto S = [](const std::string& s) { return Term::String(s); };
  std::vector<store::DocumentFacts> docs;

  const std::string d1 = "doc <1> & \"q\"";
  const std::string d2 = "doc2";
  const std::string d3 = "doc3-undated";
  std::vector<model::Fact> f1 = {
      fact(d1, E("Document:" + d1), vocab::kPublishedOn, Term::Date("2024-11-20")),
      fact(d1, E("Document:" + d1), vocab::kLabel, S("Judul <b>tebal</b> & \"kutip\"")),
      fact(d1, E("Document:" + d1), vocab::kMentions, E(id.region)),
      fact(d1, E("Document:" + d1), vocab::kAbout, E(id.region)),
      fact(d1, E("Document:" + d1), vocab::kPublishedBy, E(id.publisher)),
      fact(d1, E(id.publisher), vocab::kLabel, S("")),
      fact(d1, E(id.person), vocab::kHoldsPosition, E(id.position)),
      fact(d1, E(id.position), vocab::kPositionIn, E(id.region)),
      fact(d1, E(id.position), vocab::kRole, S("Wali Kota")),
      fact(d1, E(id.person), vocab::kCites, E(id.statute)),
      fact(d1, E(id.person), vocab::kLeads, E(id.event)),
      fact(d1, E(id.event), vocab::kHeldIn, E(id.region)),
      fact(d1, E(id.event), vocab::kHeldOn, Term::Date("2024-11-21")),
      fact(d1, E(id.event), vocab::kKind, S("apel")),
      fact(d1, E(id.event), vocab::kAbout, E(id.election)),
      fact(d1, E(id.region), vocab::kPartOf, E(id.province)),
      fact(d1, E(id.region), vocab::kKind, S("kota")),
      fact(d1, E(id.region), vocab::kCode, S("99.01")),
      fact(d1, E(id.province), vocab::kCode, S("99")),
      fact(d1, E(id.org), vocab::kLocatedIn, E(id.region)),
      fact(d1, E(id.org), vocab::kOrganizes, E(id.event)),
      fact(d1, E(id.statute), vocab::kStatuteType, S("UU")),
      fact(d1, E(id.statute), vocab::kYear, Term::Integer(2024)),
      fact(d1, E(id.election), vocab::kYear, Term::Integer(2024)),
  };
  for (const auto& [entity, label] : ExactLabels()) f1.push_back(fact(d1, E(entity), vocab::kLabel, S(label)));
  docs.push_back({d1, 1, "{}", f1});

  docs.push_back({d2,
                  2,
                  "{}",
                  {
                      fact(d2, E("Document:" + d2), vocab::kPublishedOn, Term::Date("2024-12-01")),
                      fact(d2, E("Document:" + d2), vocab::kMentions, E(id.statute)),
                      fact(d2, E(id.person), vocab::kCites, E(id.statute)),
                      fact(d2, E(id.person2), vocab::kHoldsPosition, E(id.position)),
                      fact(d2, E(id.ctrl), vocab::kLabel, S("bell\x07 ctl\x01\x1f del\x7f bad \xFF\xFE end \xC3")),
                      fact(d2, E(id.ctrl), vocab::kLocatedIn, E(id.province)),
                      fact(d2, E(id.ctrl), vocab::kAbbreviation, S("bad \xFF\xFE bytes \xC3")),
                  }});
  docs.push_back({d3,
                  3,
                  "{}",
                  {
                      fact(d3, E("Document:" + d3), vocab::kMentions, E(id.person2)),
                      fact(d3, E("Document:" + d3), vocab::kMentions, E(id.region)),
                      fact(d3, E(id.person), vocab::kHoldsPosition, E(id.position)),
                  }});
  return docs;
}

}  // namespace netra::exporter::testing
