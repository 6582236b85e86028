// A small hand-made store for the query and graph tests, small enough to
// check every answer by hand:
//
//   Region:16 "Provinsi Sumatera Selatan"  <-part_of-  Region:16.73 "Kota Lubuk Linggau"
//                                          <-part_of-  Region:16.08 "Kabupaten Ogan Komering Ulu Timur"
//   Region:35.73 "Kota Malang", Region:35.07 "Kabupaten Malang" (labels only)
//   Person:rahmat@16.73 holds Position:sekda@16.73 (in 16.73), cites UU/20/2023      (d1, published 2024-10-09)
//     and leads Event:apel/2024-10-08/16.73 (held in 16.73 on 2024-10-08)            (d1)
//   Person:sumarno@16.08 "Sumarno André" holds Position:pj-bupati@16.08 (in 16.08),
//     cites UU/20/2023 and PP/94/2021                                                  (d2, undated)
//   Event:deklarasi/2024-08-12/16.08 held in 16.08 on 2024-08-12, mentioned by d2
//   Organization:bawaslu@16.08 "Bawaslu OKU Timur" located in 16.08, cites PP/94/2021 (d3, undated)
//   Person:iwan@35.73 holds Position:pj@35.73 (in 35.73), cites UU/20/2023            (d3)
#pragma once

#include <doctest/doctest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "temp_dir.h"

namespace netra::testing {

class GraphFixture {
 public:
  GraphFixture() {
    auto opened = store::Store::Open((dir_.path() / "db").string());
    REQUIRE(opened.ok());
    store_ = std::move(opened).value();
    using model::Term;
    auto E = [](const std::string& id) { return Term::Entity(id); };
    auto S = [](const std::string& s) { return Term::String(s); };
    Docs docs;
    docs.Add("d1", E("Region:16"), "label", S("Provinsi Sumatera Selatan"));
    docs.Add("d1", E("Region:16"), "code", S("16"));
    docs.Add("d1", E("Region:16.73"), "label", S("Kota Lubuk Linggau"));
    docs.Add("d1", E("Region:16.73"), "code", S("16.73"));
    docs.Add("d1", E("Region:16.73"), "part_of", E("Region:16"));
    docs.Add("d2", E("Region:16.08"), "label", S("Kabupaten Ogan Komering Ulu Timur"));
    docs.Add("d2", E("Region:16.08"), "part_of", E("Region:16"));
    docs.Add("d3", E("Region:35.73"), "label", S("Kota Malang"));
    docs.Add("d3", E("Region:35.07"), "label", S("Kabupaten Malang"));
    docs.Add("d1", E("Statute:UU/20/2023"), "label", S("UU 20/2023"));
    docs.Add("d1", E("Statute:UU/20/2023"), "year", Term::Integer(2023));
    docs.Add("d2", E("Statute:PP/94/2021"), "label", S("PP 94/2021"));
    docs.Add("d2", E("Statute:PP/94/2021"), "year", Term::Integer(2021));

    docs.Add("d1", E("Document:d1"), "published_on", Term::Date("2024-10-09"));
    docs.Add("d1", E("Person:rahmat@16.73"), "label", S("Rahmat Hidayat"));
    docs.Add("d1", E("Person:rahmat@16.73"), "holds_position", E("Position:sekda@16.73"));
    docs.Add("d1", E("Position:sekda@16.73"), "position_in", E("Region:16.73"));
    docs.Add("d1", E("Position:sekda@16.73"), "role", S("Sekretaris Daerah"));
    docs.Add("d1", E("Person:rahmat@16.73"), "cites", E("Statute:UU/20/2023"));
    docs.Add("d1", E("Event:apel/2024-10-08/16.73"), "label", S("Apel Siaga"));
    docs.Add("d1", E("Event:apel/2024-10-08/16.73"), "held_in", E("Region:16.73"));
    docs.Add("d1", E("Event:apel/2024-10-08/16.73"), "held_on", Term::Date("2024-10-08"));
    docs.Add("d1", E("Person:rahmat@16.73"), "leads", E("Event:apel/2024-10-08/16.73"));
    docs.Add("d1", E("Document:d1"), "mentions", E("Event:apel/2024-10-08/16.73"));

    docs.Add("d2", E("Person:sumarno@16.08"), "label", S("Sumarno André"));
    docs.Add("d2", E("Person:sumarno@16.08"), "holds_position", E("Position:pj-bupati@16.08"));
    docs.Add("d2", E("Position:pj-bupati@16.08"), "position_in", E("Region:16.08"));
    docs.Add("d2", E("Position:pj-bupati@16.08"), "role", S("Pj Bupati"));
    docs.Add("d2", E("Person:sumarno@16.08"), "cites", E("Statute:UU/20/2023"));
    docs.Add("d2", E("Person:sumarno@16.08"), "cites", E("Statute:PP/94/2021"));
    docs.Add("d2", E("Event:deklarasi/2024-08-12/16.08"), "label", S("Deklarasi"));
    docs.Add("d2", E("Event:deklarasi/2024-08-12/16.08"), "held_in", E("Region:16.08"));
    docs.Add("d2", E("Event:deklarasi/2024-08-12/16.08"), "held_on", Term::Date("2024-08-12"));
    docs.Add("d2", E("Document:d2"), "mentions", E("Event:deklarasi/2024-08-12/16.08"));

    docs.Add("d3", E("Organization:bawaslu@16.08"), "label", S("Bawaslu OKU Timur"));
    docs.Add("d3", E("Organization:bawaslu@16.08"), "located_in", E("Region:16.08"));
    docs.Add("d3", E("Organization:bawaslu@16.08"), "cites", E("Statute:PP/94/2021"));
    docs.Add("d3", E("Person:iwan@35.73"), "label", S("Iwan"));
    docs.Add("d3", E("Person:iwan@35.73"), "holds_position", E("Position:pj@35.73"));
    docs.Add("d3", E("Position:pj@35.73"), "position_in", E("Region:35.73"));
    docs.Add("d3", E("Person:iwan@35.73"), "cites", E("Statute:UU/20/2023"));
    Write(docs);
  }

  const store::Store& store() const { return *store_; }
  store::Store* mutable_store() { return store_.get(); }

  struct Docs;
  // Writes `docs` into the store as one commit; the test stops if it fails.
  void Write(const Docs& docs) {
    Status s = store_->WriteDocuments(docs.docs, nullptr, nullptr);
    INFO(s.ToString());
    REQUIRE(s.ok());
  }

  // Documents built fact by fact.
  struct Docs {
    std::vector<store::DocumentFacts> docs;
    void Add(const std::string& doc, model::Term s, const std::string& p, model::Term o) {
      store::DocumentFacts* d = nullptr;
      for (auto& x : docs) {
        if (x.doc_id == doc) d = &x;
      }
      if (d == nullptr) {
        docs.push_back({doc, std::hash<std::string>()(doc), "", {}});
        d = &docs.back();
      }
      d->facts.push_back({{std::move(s), model::Term::Entity(p), std::move(o)}, {doc, 0, 1, "test", 1.0f}});
    }
  };

 private:
  netra::testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace netra::testing
