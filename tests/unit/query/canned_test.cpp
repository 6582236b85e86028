// The canned questions other than regions-citing-laws (citations_test.cpp)
// on the hand-made store: `events` with filters finds its events from the
// regions, dates and kinds before describing any; `regions` and `statutes`
// read who mentions them as ids. Every answer is checked by hand.
#include "query/canned.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "graph_fixture.h"

namespace netra::query {
namespace {

using model::Term;
using testing::GraphFixture;

// The fixture's two events, and more for the filters: kinds, an event with
// two dates (the smaller date id is the one shown), an election, an event
// no document mentions, an event without a date or region.
struct EventsFixture : GraphFixture {
  EventsFixture() {
    auto E = [](const std::string& id) { return Term::Entity(id); };
    auto S = [](const std::string& s) { return Term::String(s); };
    Docs docs;
    docs.Add("d4", E("Event:sosialisasi/2024-11-02/16.73"), "kind", S("sosialisasi"));
    docs.Add("d4", E("Event:sosialisasi/2024-11-02/16.73"), "held_in", E("Region:16.73"));
    docs.Add("d4", E("Event:sosialisasi/2024-11-02/16.73"), "held_on", Term::Date("2024-11-02"));
    docs.Add("d4", E("Document:d4"), "mentions", E("Event:sosialisasi/2024-11-02/16.73"));
    docs.Add("d5", E("Document:d5"), "mentions", E("Event:sosialisasi/2024-11-02/16.73"));
    docs.Add("d5", E("Event:apel/2024-11-05/35.73"), "kind", S("apel"));
    docs.Add("d5", E("Event:apel/2024-11-05/35.73"), "held_in", E("Region:35.73"));
    docs.Add("d5", E("Event:apel/2024-11-05/35.73"), "held_on", Term::Date("2024-11-05"));
    docs.Add("d5", E("Event:apel/2024-11-05/35.73"), "held_on", Term::Date("2024-07-01"));
    docs.Add("d5", E("Document:d5"), "mentions", E("Event:apel/2024-11-05/35.73"));
    docs.Add("d6", E("Election:pilkada-2024/16.73"), "held_in", E("Region:16.73"));
    docs.Add("d6", E("Election:pilkada-2024/16.73"), "held_on", Term::Date("2024-11-27"));
    docs.Add("d6", E("Document:d6"), "mentions", E("Election:pilkada-2024/16.73"));
    // Held in Lubuk Linggau, but no document mentions it: never listed.
    docs.Add("d6", E("Event:rapat/2024-11-03/16.73"), "held_in", E("Region:16.73"));
    docs.Add("d6", E("Event:rapat/2024-11-03/16.73"), "held_on", Term::Date("2024-11-03"));
    docs.Add("d6", E("Event:undated"), "kind", S("apel"));
    docs.Add("d6", E("Document:d6"), "mentions", E("Event:undated"));
    docs.Add("d6", E("Document:d6"), "mentions", E("Statute:UU/20/2023"));
    docs.Add("d4", E("Document:d4"), "mentions", E("Region:16.73"));
    docs.Add("d4", E("Document:d4"), "about", E("Region:16.73"));
    docs.Add("d5", E("Document:d5"), "about", E("Region:35.73"));
    // Two leaders: the one with the smaller id is shown; it has no label.
    docs.Add("d4", E("Person:anon@16.73"), "leads", E("Event:sosialisasi/2024-11-02/16.73"));
    docs.Add("d4", E("Person:zz@16.73"), "leads", E("Event:sosialisasi/2024-11-02/16.73"));
    docs.Add("d4", E("Person:zz@16.73"), "label", S("Zulkifli"));
    // Only documents count for a region's documents.
    docs.Add("d5", E("Person:iwan@35.73"), "mentions", E("Region:35.73"));
    Write(docs);
  }
};

// "id [documents]" per row.
std::vector<std::string> Rows(const store::Store& store, const std::string& query, const CannedFilter& f = {}) {
  Result<Value> rows = RunCanned(store, query, f);
  INFO(rows.status().ToString());
  REQUIRE(rows.ok());
  std::vector<std::string> out;
  for (const Value& row : rows->items()) {
    std::string line = row.Get("id")->as_string();
    for (const Value& d : row.Get("documents")->items()) line += " " + d.as_string();
    out.push_back(line);
  }
  return out;
}

TEST_SUITE("query.canned") {
  TEST_CASE("events: every mentioned event and election, by id, with its documents") {
    EventsFixture f;
    CHECK(Rows(f.store(), "events") ==
          std::vector<std::string>{"Election:pilkada-2024/16.73 d6", "Event:apel/2024-10-08/16.73 d1",
                                   "Event:apel/2024-11-05/35.73 d5", "Event:deklarasi/2024-08-12/16.08 d2",
                                   "Event:sosialisasi/2024-11-02/16.73 d4 d5", "Event:undated d6"});
  }

  TEST_CASE("events: each row's kind, name, date, region and leader") {
    EventsFixture f;
    Result<Value> all = RunCanned(f.store(), "events", {});
    REQUIRE(all.ok());
    std::map<std::string, const Value*> by_id;
    for (const Value& row : all->items()) by_id[row.Get("id")->as_string()] = &row;
    const Value& apel = *by_id.at("Event:apel/2024-10-08/16.73");
    CHECK(apel.Get("name")->as_string() == "Apel Siaga");
    CHECK(apel.Get("date")->as_string() == "2024-10-08");
    CHECK(apel.Get("kind")->as_string() == "");
    CHECK(apel.Get("region")->Get("name")->as_string() == "Kota Lubuk Linggau");
    CHECK(apel.Get("region")->Get("code")->as_string() == "16.73");
    CHECK(apel.Get("led_by")->as_string() == "Rahmat Hidayat");
    const Value& undated = *by_id.at("Event:undated");
    CHECK(undated.Get("kind")->as_string() == "apel");
    CHECK(undated.Get("date")->is_null());
    CHECK(undated.Get("region")->is_null());
    CHECK(undated.Get("led_by")->is_null());
    CHECK(undated.Get("name")->as_string() == "");
    // Of two leaders, the first in id order, whichever has a label.
    std::string first_leader =
        store::Store::IdOf(Term::Entity("Person:anon@16.73")) < store::Store::IdOf(Term::Entity("Person:zz@16.73"))
            ? ""
            : "Zulkifli";
    CHECK(by_id.at("Event:sosialisasi/2024-11-02/16.73")->Get("led_by")->as_string() == first_leader);
    CHECK(by_id.at("Event:sosialisasi/2024-11-02/16.73")->Get("led_by")->type() == Value::Type::kString);

    // A filtered question describes its events the same way.
    CannedFilter lubuk;
    lubuk.region = "lubuk linggau";
    Result<Value> filtered = RunCanned(f.store(), "events", lubuk);
    REQUIRE(filtered.ok());
    REQUIRE(filtered->items().size() == 3);
    for (const Value& row : filtered->items()) {
      CHECK(row.ToJson() == by_id.at(row.Get("id")->as_string())->ToJson());
    }
  }

  TEST_CASE("events: filters by region, dates and kind, alone and together") {
    EventsFixture f;
    CannedFilter lubuk;
    lubuk.region = "lubuk linggau";
    CHECK(Rows(f.store(), "events", lubuk) == std::vector<std::string>{"Election:pilkada-2024/16.73 d6",
                                                                       "Event:apel/2024-10-08/16.73 d1",
                                                                       "Event:sosialisasi/2024-11-02/16.73 d4 d5"});
    CannedFilter by_code;
    by_code.region = "16.73";
    CHECK(Rows(f.store(), "events", by_code) == Rows(f.store(), "events", lubuk));
    // A region the store does not hold names nothing: refused, not an empty
    // answer (the cli also knows the gazetteer's regions: cli/entity_args.h).
    CannedFilter nowhere;
    nowhere.region = "Kota Bogor";
    CHECK(RunCanned(f.store(), "events", nowhere).status().code() == StatusCode::kInvalidArgument);

    // An event's date is one of its `held_on` (the first in id order):
    // the apel of 35.73 has two, and only one of them is shown.
    Result<Value> all = RunCanned(f.store(), "events", {});
    REQUIRE(all.ok());
    std::string two_dates;
    for (const Value& row : all->items()) {
      if (row.Get("id")->as_string() == "Event:apel/2024-11-05/35.73") two_dates = row.Get("date")->as_string();
    }
    REQUIRE((two_dates == "2024-11-05" || two_dates == "2024-07-01"));
    CannedFilter november;
    november.from = "2024-11-01";
    november.to = "2024-11-30";
    std::vector<std::string> in_november = {"Election:pilkada-2024/16.73 d6",
                                            "Event:sosialisasi/2024-11-02/16.73 d4 d5"};
    if (two_dates == "2024-11-05") in_november.insert(in_november.begin() + 1, "Event:apel/2024-11-05/35.73 d5");
    CHECK(Rows(f.store(), "events", november) == in_november);
    CannedFilter july;
    july.to = "2024-07-31";
    CHECK(Rows(f.store(), "events", july) == (two_dates == "2024-07-01"
                                                  ? std::vector<std::string>{"Event:apel/2024-11-05/35.73 d5"}
                                                  : std::vector<std::string>{}));

    CannedFilter apel;
    apel.kind = "apel";
    CHECK(Rows(f.store(), "events", apel) ==
          std::vector<std::string>{"Event:apel/2024-11-05/35.73 d5", "Event:undated d6"});
    CannedFilter apel_in_lubuk = apel;
    apel_in_lubuk.region = "lubuk linggau";
    CHECK(Rows(f.store(), "events", apel_in_lubuk).empty());
    CannedFilter sosialisasi_in_november = november;
    sosialisasi_in_november.kind = "sosialisasi";
    sosialisasi_in_november.region = "Kota Lubuk Linggau";
    CHECK(Rows(f.store(), "events", sosialisasi_in_november) ==
          std::vector<std::string>{"Event:sosialisasi/2024-11-02/16.73 d4 d5"});
  }

  TEST_CASE("officials: a row per position and written name, with honorifics, degrees and region") {
    EventsFixture f;
    auto E = [](const std::string& id) { return Term::Entity(id); };
    auto S = [](const std::string& s) { return Term::String(s); };
    GraphFixture::Docs docs;
    // d7 writes Rahmat's name another way and holds the same position.
    docs.Add("d7", E("Person:rahmat@16.73"), "label", S("H. Rahmat Hidayat, S.H."));
    docs.Add("d7", E("Person:rahmat@16.73"), "holds_position", E("Position:sekda@16.73"));
    docs.Add("d7", E("Person:rahmat@16.73"), "honorific", S("H."));
    docs.Add("d7", E("Person:rahmat@16.73"), "degree", S("S.H."));
    f.Write(docs);
    Result<Value> all = RunCanned(f.store(), "officials", {});
    REQUIRE(all.ok());
    std::vector<std::string> rows;
    for (const Value& row : all->items()) {
      std::string line = row.Get("id")->as_string() + " | " + row.Get("name")->as_string() + " | " +
                         row.Get("role")->as_string() + " | ";
      line += row.Get("region")->is_null() ? "-" : row.Get("region")->Get("name")->as_string();
      for (const char* list : {"honorifics", "degrees", "documents"}) {
        line += " |";
        for (const Value& v : row.Get(list)->items()) line += " " + v.as_string();
      }
      rows.push_back(line);
    }
    std::sort(rows.begin(), rows.end());
    CHECK(rows ==
          std::vector<std::string>{
              "Person:iwan@35.73 | Iwan |  | Kota Malang | | | d3",
              "Person:rahmat@16.73 | H. Rahmat Hidayat, S.H. | Sekretaris Daerah | Kota Lubuk Linggau | H. | S.H. | d7",
              "Person:rahmat@16.73 | Rahmat Hidayat | Sekretaris Daerah | Kota Lubuk Linggau | H. | S.H. | d1",
              "Person:sumarno@16.08 | Sumarno André | Pj Bupati | Kabupaten Ogan Komering Ulu Timur | | | d2"});
    CannedFilter lubuk;
    lubuk.region = "lubuk linggau";
    Result<Value> filtered = RunCanned(f.store(), "officials", lubuk);
    REQUIRE(filtered.ok());
    REQUIRE(filtered->items().size() == 2);
    for (const Value& row : filtered->items()) CHECK(row.Get("id")->as_string() == "Person:rahmat@16.73");
    CannedFilter nowhere;
    nowhere.region = "Kota Bogor";
    CHECK(RunCanned(f.store(), "officials", nowhere).status().code() == StatusCode::kInvalidArgument);
  }

  TEST_CASE("regions: documents that mention a region or are about it; statutes: documents that mention it") {
    EventsFixture f;
    CHECK(Rows(f.store(), "regions") == std::vector<std::string>{"Region:16.73 d4", "Region:35.73 d5"});
    std::vector<std::string> statutes = Rows(f.store(), "statutes");
    CHECK(statutes == std::vector<std::string>{"Statute:UU/20/2023 d6"});
  }
}

}  // namespace
}  // namespace netra::query
