// netra_bench query: the graph-query figures of issue 5 on a generated store,
// beside rdflib and rasqal's roqet answering the same join over the same
// facts exported as N-Triples, measured in the same run.
//
//   netra_bench query [--docs N] [--dir DIR] [--runs R] [--reuse] [--no-peers]
//   netra_bench query --db STORE [--runs R] [--no-peers]
//
// The store is generated directly (no text extraction): N articles shaped
// like the real ones (a region, officials with positions, an event, statutes
// cited with a skewed popularity), bulk-loaded. With --db, an existing store
// (e.g. one `netra ingest` built from tools/gen_corpus.py articles, as
// tools/bench/run.sh does) is measured instead. Prints a Markdown table.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "graph/analytics.h"
#include "graph/paths.h"
#include "graph/projection.h"
#include "graph/projection_cache.h"
#include "model/vocab.h"
#include "query/canned.h"
#include "query/pattern_query.h"
#include "store/derived_cache.h"
#include "store/store.h"

namespace {

using netra::model::Term;
namespace vocab = netra::vocab;

struct Options {
  size_t docs = 100000;
  std::string dir = "/tmp/netra-query-bench";
  int runs = 3;
  bool reuse = false;
  bool peers = true;
  std::string db;  // an existing store: nothing generated
};

constexpr int kProvinces = 38;
constexpr int kRegionsPerProvince = 14;
constexpr int kStatutes = 300;
constexpr int kPeoplePerRegion = 40;

std::string RegionId(int p, int r) {
  return "Region:" + std::to_string(11 + p) + (r < 0 ? "" : "." + std::to_string(1 + r));
}
std::string StatuteId(int s) { return "Statute:UU/" + std::to_string(s + 1) + "/" + std::to_string(1990 + s % 35); }

netra::store::DocumentFacts Article(size_t i, std::mt19937_64& rng) {
  netra::store::DocumentFacts d;
  d.doc_id = "a" + std::to_string(i);
  d.content_hash = i * 0x9e3779b97f4a7c15ull + 1;
  auto add = [&](const std::string& s, const char* p, Term o) {
    d.facts.push_back({{Term::Entity(s), Term::Entity(p), std::move(o)}, {d.doc_id, 0, 100, "bench", 1.0f}});
  };
  int p = static_cast<int>(rng() % kProvinces), r = static_cast<int>(rng() % kRegionsPerProvince);
  std::string region = RegionId(p, r), province = RegionId(p, -1), doc = "Document:" + d.doc_id;
  char date[16];
  std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + static_cast<int>(rng() % 12),
                1 + static_cast<int>(rng() % 28));
  add(doc, vocab::kLabel, Term::String("Berita " + std::to_string(i)));
  add(doc, vocab::kPublishedOn, Term::Date(date));
  add(doc, vocab::kAbout, Term::Entity(region));
  add(doc, vocab::kMentions, Term::Entity(region));
  add(region, vocab::kLabel, Term::String("Kota " + std::to_string(p) + "-" + std::to_string(r)));
  add(region, vocab::kCode, Term::String(region.substr(7)));
  add(region, vocab::kPartOf, Term::Entity(province));
  add(province, vocab::kLabel, Term::String("Provinsi " + std::to_string(p)));
  std::string event = "Event:apel/" + std::string(date) + "/" + region.substr(7);
  add(event, vocab::kHeldIn, Term::Entity(region));
  add(event, vocab::kHeldOn, Term::Date(date));
  add(event, vocab::kKind, Term::String("apel"));
  add(doc, vocab::kMentions, Term::Entity(event));
  std::string org = "Organization:bawaslu@" + region.substr(7);
  add(org, vocab::kLabel, Term::String("Bawaslu " + region.substr(7)));
  add(org, vocab::kLocatedIn, Term::Entity(region));
  add(org, vocab::kOrganizes, Term::Entity(event));
  for (int k = 0; k < 2; ++k) {
    int who = static_cast<int>(rng() % kPeoplePerRegion);
    std::string person = "Person:p" + std::to_string(who) + "@" + region.substr(7);
    std::string pos = "Position:pos" + std::to_string(who % 8) + "@" + region.substr(7);
    add(person, vocab::kLabel, Term::String("Pejabat " + std::to_string(who) + " " + region.substr(7)));
    add(person, vocab::kHoldsPosition, Term::Entity(pos));
    add(pos, vocab::kPositionIn, Term::Entity(region));
    add(pos, vocab::kRole, Term::String("Kepala " + std::to_string(who % 8)));
    add(doc, vocab::kMentions, Term::Entity(person));
    if (k == 0) add(person, vocab::kLeads, Term::Entity(event));
    // Statute popularity is skewed: a few laws are cited everywhere.
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    int s = static_cast<int>(kStatutes * u * u * u);
    add(person, vocab::kCites, Term::Entity(StatuteId(s)));
    add(StatuteId(s), vocab::kLabel, Term::String("UU " + std::to_string(s + 1)));
    add(doc, vocab::kMentions, Term::Entity(StatuteId(s)));
  }
  return d;
}

double Seconds(const std::function<void()>& fn) {
  auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void Check(const netra::Status& s, const char* what) {
  if (!s.ok()) {
    std::cerr << "netra_bench query: " << what << ": " << s.ToString() << "\n";
    std::exit(3);
  }
}

// N-Triples for the peers: entities under one base IRI.
std::string Nt(const Term& t) {
  if (t.is_entity()) return "<http://netra.example/" + t.value + ">";
  std::string q = "\"" + t.value + "\"";
  if (t.kind == netra::model::TermKind::kDate) q += "^^<http://www.w3.org/2001/XMLSchema#date>";
  if (t.kind == netra::model::TermKind::kInteger) q += "^^<http://www.w3.org/2001/XMLSchema#integer>";
  return q;
}

double TimeCommand(const std::string& cmd) {
  double t = Seconds([&] {
    if (std::system(cmd.c_str()) != 0) std::cerr << "netra_bench query: failed: " << cmd << "\n";
  });
  return t;
}

}  // namespace

int RunQueryBench(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--docs")
      o.docs = std::stoul(next());
    else if (a == "--dir")
      o.dir = next();
    else if (a == "--runs")
      o.runs = std::stoi(next());
    else if (a == "--reuse")
      o.reuse = true;
    else if (a == "--no-peers")
      o.peers = false;
    else if (a == "--db")
      o.db = next();
    else {
      std::cerr << "usage: netra_bench query [--docs N] [--dir DIR] [--runs R] [--reuse] [--no-peers]\n"
                   "       netra_bench query --db STORE [--runs R] [--no-peers]\n";
      return 1;
    }
  }
  std::string db = o.db.empty() ? o.dir + "/db" : o.db;
  if (!o.db.empty()) {
    if (!std::filesystem::exists(db)) {
      std::cerr << "netra_bench query: no store at " << db << "\n";
      return 1;
    }
    std::filesystem::create_directories(o.dir);  // the peers' files
  } else {
    if (!o.reuse) std::filesystem::remove_all(o.dir);
    std::filesystem::create_directories(o.dir);
  }
  bool fresh = !std::filesystem::exists(db);
  auto opened = netra::store::Store::Open(db);
  Check(opened.status(), "opening");
  auto& store = **opened;
  if (fresh) {
    double load = Seconds([&] {
      auto loader = store.NewBulkLoader();
      Check(loader.status(), "bulk loader");
      std::mt19937_64 rng(20241121);
      for (size_t i = 0; i < o.docs; ++i) Check((*loader)->Add(Article(i, rng)), "adding");
      Check((*loader)->Finish(nullptr), "finishing");
    });
    std::cerr << "generated " << o.docs << " articles in " << load << " s\n";
  }
  auto counters = store.Counters();
  Check(counters.status(), "counters");
  std::printf("store: %llu documents, %llu triples, %llu supports\n\n",
              static_cast<unsigned long long>(counters->documents), static_cast<unsigned long long>(counters->triples),
              static_cast<unsigned long long>(counters->supports));

  // The join's constant: Region:16.3 in a generated store (40 rows); in a
  // given store, the region of the first position the index holds.
  std::string join_region = "Region:16.3";
  if (!o.db.empty())
    Check(store.Match(std::nullopt, Term::Entity(vocab::kPositionIn), std::nullopt,
                      [&](const netra::model::Triple& t) {
                        join_region = t.object.value;
                        return false;
                      }),
          "finding a region");
  const std::string join =
      "SELECT ?person ?role WHERE { ?person netra:holds_position ?pos . "
      "?pos netra:position_in " +
      join_region + " ; netra:role ?role }";
  // The first official the index holds: any one will do.
  std::string person;
  Check(store.Match(std::nullopt, Term::Entity(vocab::kHoldsPosition), std::nullopt,
                    [&](const netra::model::Triple& t) {
                      person = t.subject.value;
                      return false;
                    }),
        "finding a person");
  struct Row {
    std::string what;
    std::vector<double> secs;
    std::string extra;
  };
  std::vector<Row> rows;
  auto measure = [&](const std::string& what, const std::function<std::string()>& fn) {
    Row r{what, {}, ""};
    for (int k = 0; k < o.runs; ++k) {
      std::string extra;
      r.secs.push_back(Seconds([&] { extra = fn(); }));
      r.extra = extra;
    }
    rows.push_back(r);
  };
  netra::query::CannedFilter computed;
  computed.use_cache = false;
  measure("regions-citing-laws (canned), computed from the indexes", [&] {
    auto v = netra::query::RunCanned(store, "regions-citing-laws", computed);
    Check(v.status(), "regions-citing-laws");
    return std::to_string(v->items().size()) + " rows";
  });
  // The same question with the citation table read from the store's cache
  // (saved once, beforehand, as the first question after a write would).
  {
    std::error_code ec;
    std::filesystem::remove_all(netra::store::DerivedCacheDir(store), ec);
    Check(netra::query::RunCanned(store, "regions-citing-laws", {}).status(), "regions-citing-laws, saving");
  }
  std::error_code no_dir;
  bool table_saved = std::filesystem::exists(netra::store::DerivedCacheDir(store), no_dir) &&
                     !std::filesystem::is_empty(netra::store::DerivedCacheDir(store), no_dir);
  measure("regions-citing-laws (canned), table from the cache", [&] {
    auto v = netra::query::RunCanned(store, "regions-citing-laws", {});
    Check(v.status(), "regions-citing-laws");
    return std::to_string(v->items().size()) + " rows" +
           (table_saved ? "" : " (table too small to be saved: computed)");
  });
  measure("two-pattern join, selective constant (pattern query)", [&] {
    auto v = netra::query::RunPatternQuery(store, join);
    Check(v.status(), "join");
    return std::to_string(v->items().size()) + " rows";
  });
  measure("neighbours of one person, 1 hop (index look-ups)", [&] {
    auto v = netra::graph::Neighbors(store, person, {});
    Check(v.status(), "neighbors");
    return std::to_string(v->items().size()) + " entities";
  });
  std::unique_ptr<netra::graph::Projection> proj;
  measure("projection load, all entity edges", [&] {
    auto p = netra::graph::Projection::Load(store, {});
    Check(p.status(), "projection");
    proj = std::move(p).value();
    return std::to_string(proj->num_edges()) + " edges";
  });
  double edges_per_s = static_cast<double>(proj->num_edges()) / Median(rows.back().secs);
  rows.back().extra += ", " + std::to_string(static_cast<long long>(edges_per_s)) + " edges/s";
  // The same projection through the cache of the store's folder
  // (graph/projection_cache.h): saved once (timed apart, as the first
  // command after a write would pay it), then read back.
  netra::graph::ProjectionCacheOptions cache;
  cache.min_edges = 0;
  double save_s = Seconds([&] {
    std::error_code ec;
    std::filesystem::remove_all(netra::store::DerivedCacheDir(store), ec);
    auto c = netra::graph::LoadProjection(store, {}, netra::graph::Projection::Names::kAll, cache);
    Check(c.status(), "projection cache");
    if (!c->saved) Check(netra::Status::IoError("the projection was not saved"), "projection cache");
  });
  measure("projection load, from the cache (saved by a first load)", [&] {
    auto c = netra::graph::LoadProjection(store, {}, netra::graph::Projection::Names::kAll, cache);
    Check(c.status(), "projection cache");
    if (!c->from_cache) Check(netra::Status::IoError("the projection was not read from the cache"), "projection cache");
    return std::to_string(c->projection->num_edges()) + " edges";
  });
  edges_per_s = static_cast<double>(proj->num_edges()) / Median(rows.back().secs);
  rows.back().extra += ", " + std::to_string(static_cast<long long>(edges_per_s)) + " edges/s; first load + save " +
                       std::to_string(save_s).substr(0, 5) + " s";
  measure("PageRank on the full projection (50 iterations)", [&] {
    auto v = netra::graph::Rank(store, *proj, {netra::graph::RankBy::kPageRank, "Person", 10});
    Check(v.status(), "pagerank");
    return std::to_string(proj->num_vertices()) + " vertices";
  });
  std::printf("| measure | median of %d | result |\n|---|---|---|\n", o.runs);
  for (const Row& r : rows) std::printf("| %s | %.4f s | %s |\n", r.what.c_str(), Median(r.secs), r.extra.c_str());

  if (!o.peers) return 0;
  // The same join for the peers, over the same triples.
  std::string nt = o.dir + "/facts.nt";
  {
    std::ofstream out(nt);
    Check(store.Match(std::nullopt, std::nullopt, std::nullopt,
                      [&](const netra::model::Triple& t) {
                        out << Nt(t.subject) << ' ' << Nt(t.predicate) << ' ' << Nt(t.object) << " .\n";
                        return true;
                      }),
          "exporting");
  }
  std::string sparql = o.dir + "/join.rq";
  std::ofstream(sparql) << "PREFIX n: <http://netra.example/>\n"
                           "SELECT ?person ?role WHERE { ?pos n:position_in <http://netra.example/" +
                               join_region +
                               "> . "
                               "?pos n:role ?role . ?person n:holds_position ?pos }\n";
  std::string py = o.dir + "/rdflib_join.py";
  std::ofstream(py) << "import sys, time, rdflib\n"
                       "t0 = time.time(); g = rdflib.Graph(); g.parse(sys.argv[1], format='nt'); t1 = time.time()\n"
                       "rows = list(g.query(open(sys.argv[2]).read())); t2 = time.time()\n"
                       "print(f'rdflib: parse {t1 - t0:.2f} s, join {t2 - t1:.4f} s, {len(rows)} rows')\n";
  std::printf("\npeers, same join over %s:\n", nt.c_str());
  std::fflush(stdout);
  TimeCommand("/usr/bin/python3 " + py + " " + nt + " " + sparql);
  double roqet = TimeCommand("roqet -q -i sparql -D " + nt + " " + sparql + " -r csv > " + o.dir + "/roqet.out");
  std::printf("roqet (parse + join, selective pattern first): %.2f s\n", roqet);
  return 0;
}
