// regions-citing-laws and the citation table under it, on the graph
// fixture with one actor of every kind added.
#include "query/canned/citations.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "graph_fixture.h"
#include "query/canned.h"
#include "store/derived_cache.h"

namespace netra::query {
namespace {

using model::Term;
using testing::GraphFixture;

// The fixture, plus: an event held in 16.08 citing UU 20/2023 (d4); a
// document about 35.73 (and about an event, which is no region) citing
// PP 94/2021 (d5); Rahmat citing Pasal 9 of UU 20/2023 (d6) and UU 20/2023
// again (d6); an official of no region citing UU 20/2023 (d7).
struct CitationFixture : GraphFixture {
  CitationFixture() {
    auto E = [](const std::string& id) { return Term::Entity(id); };
    GraphFixture::Docs docs;
    docs.Add("d4", E("Event:deklarasi/2024-08-12/16.08"), "cites", E("Statute:UU/20/2023"));
    docs.Add("d5", E("Document:d5"), "about", E("Region:35.73"));
    docs.Add("d5", E("Document:d5"), "about", E("Event:deklarasi/2024-08-12/16.08"));
    docs.Add("d5", E("Document:d5"), "cites", E("Statute:PP/94/2021"));
    docs.Add("d6", E("Person:rahmat@16.73"), "cites", E("Statute:UU/20/2023"));
    docs.Add("d6", E("Person:rahmat@16.73"), "cites_article", E("StatuteArticle:UU/20/2023/9"));
    docs.Add("d6", E("StatuteArticle:UU/20/2023/9"), "part_of", E("Statute:UU/20/2023"));
    docs.Add("d6", E("StatuteArticle:UU/20/2023/9"), "label", Term::String("Pasal 9"));
    docs.Add("d7", E("Person:nobody"), "cites", E("Statute:UU/20/2023"));
    Write(docs);
  }
};

// A row as "region statute [articles] docs".
std::string Row(const Value& row) {
  std::string out = row.Get("region")->Get("id")->as_string() + " " + row.Get("statute")->Get("id")->as_string();
  out += " [";
  for (const Value& a : row.Get("articles")->items()) out += a.as_string() + ";";
  out += "]";
  for (const Value& d : row.Get("documents")->items()) out += " " + d.as_string();
  return out;
}

std::vector<std::string> Rows(const store::Store& store, const CannedFilter& filter = {}) {
  auto result = RunCanned(store, "regions-citing-laws", filter);
  INFO(result.status().ToString());
  REQUIRE(result.ok());
  std::vector<std::string> out;
  for (const Value& row : result->items()) out.push_back(Row(row));
  return out;
}

// The table as text: each row's ids, documents and articles.
std::vector<std::string> Summary(const CitationTable& table) {
  std::vector<std::string> out;
  for (const CitationRow& row : table.rows) {
    std::string line = std::to_string(row.region) + " " + std::to_string(row.statute);
    for (uint32_t i = row.first_doc; i < row.first_doc + row.num_docs; ++i) {
      line += " " + std::string(table.doc_id(table.docs[i]));
    }
    for (store::TermId a : row.articles) line += " " + std::to_string(a);
    out.push_back(line);
  }
  return out;
}

std::vector<std::filesystem::path> CacheFiles(const store::Store& store) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(DerivedCacheDir(store), ec))
    files.push_back(entry.path());
  return files;
}

TEST_SUITE("query.citations") {
  TEST_CASE("regions-citing-laws: persons, events, organisations and documents, by region name, then year") {
    CitationFixture f;
    // Kabupaten Ogan Komering Ulu Timur, Kota Lubuk Linggau, Kota Malang;
    // PP 94/2021 before UU 20/2023.
    CHECK(Rows(f.store()) == std::vector<std::string>{
                                 "Region:16.08 Statute:PP/94/2021 [] d2 d3",
                                 "Region:16.08 Statute:UU/20/2023 [] d2 d4",
                                 "Region:16.73 Statute:UU/20/2023 [Pasal 9;] d1 d6",
                                 "Region:35.73 Statute:PP/94/2021 [] d5",
                                 "Region:35.73 Statute:UU/20/2023 [] d3",
                             });
    CannedFilter lubuk;
    lubuk.region = "lubuk linggau";
    CHECK(Rows(f.store(), lubuk) == std::vector<std::string>{"Region:16.73 Statute:UU/20/2023 [Pasal 9;] d1 d6"});
    CannedFilter dated;  // only d1 is dated (2024-10-09)
    dated.from = "2024-10-01";
    CHECK(Rows(f.store(), dated) == std::vector<std::string>{"Region:16.73 Statute:UU/20/2023 [Pasal 9;] d1"});
  }

  TEST_CASE("the citation table: each row's documents once, in id order") {
    CitationFixture f;
    auto table = CitationRows(f.store());
    INFO(table.status().ToString());
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 5);
    size_t docs = 0;
    for (const CitationRow& row : table->rows) {
      CHECK(row.num_docs > 0);
      for (uint32_t i = row.first_doc + 1; i < row.first_doc + row.num_docs; ++i) {
        CHECK(table->doc_id(table->docs[i - 1]) < table->doc_id(table->docs[i]));
      }
      docs += row.num_docs;
    }
    CHECK(docs == table->docs.size());
    CHECK(docs == 8);
  }

  TEST_CASE("the citation table's rows are by region id, then statute id") {
    CitationFixture f;
    auto table = CitationRows(f.store());
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 5);
    for (size_t i = 1; i < table->rows.size(); ++i) {
      const CitationRow& a = table->rows[i - 1];
      const CitationRow& b = table->rows[i];
      CHECK((a.region < b.region || (a.region == b.region && a.statute < b.statute)));
    }
  }

  TEST_CASE("regions-citing-laws: rows that show the same names fall to the region id, then the statute id") {
    // Two regions named alike, each with an official citing the `PERDA No.
    // 6 Tahun 2015` of both (two statutes of one label), and an older law
    // that sorts first by year in each.
    GraphFixture f;
    auto E = [](const std::string& id) { return Term::Entity(id); };
    auto S = [](const std::string& s) { return Term::String(s); };
    GraphFixture::Docs docs;
    for (const std::string code : {"90.02", "90.01"}) {
      docs.Add("t" + code, E("Region:" + code), "label", S("Kota Sama"));
      docs.Add("t" + code, E("Person:p@" + code), "holds_position", E("Position:wali@" + code));
      docs.Add("t" + code, E("Position:wali@" + code), "position_in", E("Region:" + code));
      for (const std::string statute : {"PERDA/6/2015@90.02", "PERDA/6/2015@90.01", "PERDA/1/2010@90.01"}) {
        docs.Add("t" + code, E("Statute:" + statute), "statute_type", S("PERDA"));
        docs.Add("t" + code, E("Statute:" + statute), "number", S(statute.substr(6, 1)));
        docs.Add("t" + code, E("Statute:" + statute), "year", S(statute.substr(8, 4)));
        docs.Add("t" + code, E("Person:p@" + code), "cites", E("Statute:" + statute));
      }
    }
    f.Write(docs);
    std::vector<std::string> rows = Rows(f.store());
    std::erase_if(rows, [](const std::string& row) { return row.find("Region:90.") != 0; });
    const std::vector<std::string> expected = {
        "Region:90.01 Statute:PERDA/1/2010@90.01 [] t90.01", "Region:90.02 Statute:PERDA/1/2010@90.01 [] t90.02",
        "Region:90.01 Statute:PERDA/6/2015@90.01 [] t90.01", "Region:90.01 Statute:PERDA/6/2015@90.02 [] t90.01",
        "Region:90.02 Statute:PERDA/6/2015@90.01 [] t90.02", "Region:90.02 Statute:PERDA/6/2015@90.02 [] t90.02",
    };
    CHECK(rows == expected);
    // Term ids are hashes: the table's order (by them) puts at least one of
    // these pairs the other way round, so only the tie-break by ids gives
    // the rows above.
    auto before = [&](const char* a, const char* b) { return store::Store::IdOf(E(a)) < store::Store::IdOf(E(b)); };
    CHECK_FALSE(
        (before("Region:90.01", "Region:90.02") && before("Statute:PERDA/6/2015@90.01", "Statute:PERDA/6/2015@90.02")));
  }

  TEST_CASE("the citation table does not depend on how the walk is sliced") {
    CitationFixture f;
    auto Sliced = [&](const CitationOptions& options) {
      auto table = CitationRows(f.store(), options);
      INFO(table.status().ToString());
      REQUIRE(table.ok());
      return Summary(*table);
    };
    std::vector<std::string> one = Sliced({1, 4096});
    REQUIRE(one.size() == 5);
    CHECK(Sliced({2, 1}) == one);
    CHECK(Sliced({3, 1}) == one);
    CHECK(Sliced({16, 1}) == one);  // one actor a slice
  }

  TEST_CASE("an article shows the label of the entity its id names, even when it is no entity") {
    CitationFixture f;
    // Pasal 10 is cited as a string that spells an article's id; the label
    // hangs on the entity of that id, the part_of on the string.
    auto E = [](const std::string& id) { return Term::Entity(id); };
    GraphFixture::Docs docs;
    docs.Add("d8", E("Person:rahmat@16.73"), "cites_article", Term::String("StatuteArticle:UU/20/2023/10"));
    docs.Add("d8", Term::String("StatuteArticle:UU/20/2023/10"), "part_of", E("Statute:UU/20/2023"));
    docs.Add("d8", E("StatuteArticle:UU/20/2023/10"), "label", Term::String("Pasal 10"));
    // An article without a label shows as "".
    docs.Add("d8", E("Person:rahmat@16.73"), "cites_article", E("StatuteArticle:UU/20/2023/11"));
    docs.Add("d8", E("StatuteArticle:UU/20/2023/11"), "part_of", E("Statute:UU/20/2023"));
    f.Write(docs);
    CannedFilter lubuk;
    lubuk.region = "lubuk linggau";
    CHECK(Rows(f.store(), lubuk) ==
          std::vector<std::string>{"Region:16.73 Statute:UU/20/2023 [;Pasal 10;Pasal 9;] d1 d6"});
  }

  TEST_CASE("the citation table is read back from the cache until the store changes") {
    CitationFixture f;
    CitationCacheOptions always;
    always.min_supports = 0;
    bool from_cache = true;
    auto first = CachedCitationRows(f.store(), always, &from_cache);
    REQUIRE(first.ok());
    CHECK_FALSE(from_cache);
    REQUIRE(CacheFiles(f.store()).size() == 1);
    auto again = CachedCitationRows(f.store(), always, &from_cache);
    REQUIRE(again.ok());
    CHECK(from_cache);
    CHECK(Summary(*again) == Summary(*first));
    std::vector<std::string> all = Rows(f.store());
    CannedFilter uncached;
    uncached.use_cache = false;
    CHECK(Rows(f.store(), uncached) == all);

    // Every byte of the file matters: a damaged file is computed again
    // (and replaced).
    std::filesystem::path file = CacheFiles(f.store())[0];
    std::string good;
    {
      std::ifstream in(file, std::ios::binary);
      good.assign(std::istreambuf_iterator<char>(in), {});
    }
    for (size_t at = 0; at < good.size(); at += 5) {
      CAPTURE(at);
      std::string bad = good;
      bad[at] = static_cast<char>(bad[at] ^ 0x21);
      std::ofstream(file, std::ios::binary | std::ios::trunc) << bad;
      auto read = CachedCitationRows(f.store(), always, &from_cache);
      REQUIRE(read.ok());
      CHECK_FALSE(from_cache);
      CHECK(Summary(*read) == Summary(*first));
    }

    // A write: the next table is computed (with the new citation) and the
    // old version's file goes.
    GraphFixture::Docs docs;
    docs.Add("d8", Term::Entity("Person:iwan@35.73"), "cites", Term::Entity("Statute:UU/10/2016"));
    f.Write(docs);
    auto after = CachedCitationRows(f.store(), always, &from_cache);
    REQUIRE(after.ok());
    CHECK_FALSE(from_cache);
    CHECK(after->rows.size() == first->rows.size() + 1);
    auto fresh = CitationRows(f.store());
    REQUIRE(fresh.ok());
    CHECK(Summary(*after) == Summary(*fresh));
    CHECK(CacheFiles(f.store()).size() == 1);

    CitationCacheOptions off = always;
    off.enabled = false;
    REQUIRE(CachedCitationRows(f.store(), off, &from_cache).ok());
    CHECK_FALSE(from_cache);
  }

  TEST_CASE("a refresh after a write saves the new version's table once; small stores are not read") {
    CitationFixture f;
    CitationCacheOptions always;
    always.min_supports = 0;
    auto refreshed = RefreshCitationCache(f.store(), always);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kSaved);
    REQUIRE(CacheFiles(f.store()).size() == 1);
    refreshed = RefreshCitationCache(f.store(), always);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kPresent);
    bool from_cache = false;
    auto read = CachedCitationRows(f.store(), always, &from_cache);
    REQUIRE(read.ok());
    CHECK(from_cache);
    auto fresh = CitationRows(f.store());
    REQUIRE(fresh.ok());
    CHECK(Summary(*read) == Summary(*fresh));

    // A write: the refresh computes the new table (with the new citation)
    // and the old version's file goes.
    GraphFixture::Docs docs;
    docs.Add("d8", Term::Entity("Person:iwan@35.73"), "cites", Term::Entity("Statute:UU/10/2016"));
    f.Write(docs);
    refreshed = RefreshCitationCache(f.store(), always);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kSaved);
    CHECK(CacheFiles(f.store()).size() == 1);
    read = CachedCitationRows(f.store(), always, &from_cache);
    REQUIRE(read.ok());
    CHECK(from_cache);
    CHECK(read->rows.size() == fresh->rows.size() + 1);

    // Fewer supports than the threshold, or no cache: nothing read or saved.
    std::filesystem::remove_all(DerivedCacheDir(f.store()));
    CitationCacheOptions large = always;
    large.min_supports = f.store().Counters()->supports + 1;
    refreshed = RefreshCitationCache(f.store(), large);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kSmall);
    CitationCacheOptions off = always;
    off.enabled = false;
    refreshed = RefreshCitationCache(f.store(), off);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kSmall);
    CHECK(CacheFiles(f.store()).empty());

    // A table smaller than min_supports is computed but not kept.
    CitationCacheOptions table_too_small = always;
    table_too_small.min_supports = f.store().Counters()->supports;  // all supports > the table's
    refreshed = RefreshCitationCache(f.store(), table_too_small);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == CitationCacheRefresh::kNotSaved);
    CHECK(CacheFiles(f.store()).empty());
  }

  TEST_CASE("a reader still on an older version, saving late, leaves the newer version's file alone") {
    CitationFixture f;
    CitationCacheOptions always;
    always.min_supports = 0;
    auto reader = store::Store::Open(f.store().dir(), store::OpenOptions{.read_only = true});
    REQUIRE(reader.ok());
    GraphFixture::Docs docs;
    docs.Add("d8", Term::Entity("Person:iwan@35.73"), "cites", Term::Entity("Statute:UU/10/2016"));
    f.Write(docs);
    REQUIRE(*(*reader)->Version() != *f.store().Version());  // the reader has not refreshed

    REQUIRE(CachedCitationRows(f.store(), always).ok());  // the writer saves the new version's table
    REQUIRE(CacheFiles(f.store()).size() == 1);
    std::filesystem::path newer = CacheFiles(f.store())[0];
    REQUIRE(CachedCitationRows(**reader, always).ok());  // then the reader saves the old one's
    std::vector<std::filesystem::path> files = CacheFiles(f.store());
    CHECK(files.size() == 2);
    CHECK(std::find(files.begin(), files.end(), newer) != files.end());
    bool from_cache = false;
    REQUIRE(CachedCitationRows(f.store(), always, &from_cache).ok());
    CHECK(from_cache);

    // The next write's save deletes both.
    GraphFixture::Docs more;
    more.Add("d9", Term::Entity("Person:iwan@35.73"), "cites", Term::Entity("Statute:PP/94/2021"));
    f.Write(more);
    REQUIRE(CachedCitationRows(f.store(), always).ok());
    files = CacheFiles(f.store());
    REQUIRE(files.size() == 1);
    CHECK(files[0] != newer);
  }

  TEST_CASE("a store without citations has no rows") {
    GraphFixture f;
    auto empty = store::Store::Open((f.store().dir() + "-empty"));
    REQUIRE(empty.ok());
    auto table = CitationRows(**empty);
    REQUIRE(table.ok());
    CHECK(table->rows.empty());
    CHECK(Rows(**empty).empty());
  }

  TEST_CASE("co-cited-laws: pairs of statutes cited in the same region") {
    GraphFixture f;
    Result<Value> result = RunCanned(f.store(), "co-cited-laws", {});
    INFO(result.status().ToString());
    REQUIRE(result.ok());
    const Value& rows = *result;
    REQUIRE(rows.items().size() == 1);
    CHECK(rows.items()[0].Get("statute_a")->Get("id")->as_string() == "Statute:PP/94/2021");
    CHECK(rows.items()[0].Get("statute_b")->Get("id")->as_string() == "Statute:UU/20/2023");
    CHECK(rows.items()[0].Get("regions")->as_int() == 1);
  }
}

}  // namespace
}  // namespace netra::query
