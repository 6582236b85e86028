// netra_bench export: writes a synthetic 100,000-node / 1,000,000-edge graph
// as GraphML and GEXF and, in the same run, has NetworkX (Debian's, under
// /usr/bin/python3) write the same graph, so the ratio is measured on one
// machine at one time. Also times the Boost Fruchterman-Reingold layout the
// CLI runs before writing. Prints a Markdown table for BENCHMARKS.md.
//
//   netra_bench export [--nodes N] [--edges M] [--runs R] [--dir DIR]
//                      [--no-networkx] [--no-layout] [--script PATH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "export/layout.h"
#include "export/style.h"
#include "export/writers.h"
#include "model/vocab.h"

namespace {

namespace ex = netra::exporter;
namespace vocab = netra::vocab;

struct Options {
  size_t nodes = 100000;
  size_t edges = 1000000;
  int runs = 3;
  std::string dir = "/tmp/netra-export-bench";
  bool networkx = true;
  bool layout = true;
  size_t force_nodes = ex::LayoutOptions().max_force_nodes;
  std::string script = "tools/bench/export_networkx.py";
};

// Names and attributes shaped like the real store's, with a share of
// markup and non-ASCII characters so that escaping is on the measured path.
ex::ExportGraph Synthetic(const Options& o) {
  std::mt19937_64 rng(20241121);
  const char* types[] = {vocab::kRegion,   vocab::kPerson,   vocab::kPosition, vocab::kOrganization,
                         vocab::kEvent,    vocab::kElection, vocab::kStatute,  vocab::kStatuteArticle,
                         vocab::kDocument, vocab::kPublisher};
  ex::ExportGraph g;
  g.predicates = {vocab::kAbout,         vocab::kCites,      vocab::kCitesArticle, vocab::kDateline,  vocab::kHeldIn,
                  vocab::kHoldsPosition, vocab::kLeads,      vocab::kLocatedIn,    vocab::kMentions,  vocab::kOrganizes,
                  vocab::kPartOf,        vocab::kPositionIn, vocab::kPublishedBy,  vocab::kReplacedBy};
  auto date = [&] {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "2024-%02d-%02d", static_cast<int>(1 + rng() % 12),
                  static_cast<int>(1 + rng() % 28));
    return std::string(buf);
  };
  g.nodes.resize(o.nodes);
  for (size_t i = 0; i < o.nodes; ++i) {
    ex::Node& n = g.nodes[i];
    n.type = types[i % 10];
    n.id = n.type + ":entity-" + std::to_string(i);
    n.label =
        i % 10 == 1 ? "Pe\xCC\x81rez & <Sons> \"" + std::to_string(i) + "\"" : "Entitas Nomor " + std::to_string(i);
    if (n.type == vocab::kRegion) {
      n.kind = "kota";
      n.code = std::to_string(11 + i % 80) + "." + std::to_string(i % 99);
    }
    if (n.type == vocab::kEvent || n.type == vocab::kDocument) n.date = date();
    if (n.type == vocab::kEvent) n.kind = "apel";
    if (n.type == vocab::kStatute) n.year = 2000 + static_cast<int64_t>(i % 25);
    n.support = 1 + rng() % 20;
    n.x = static_cast<double>(rng() % 200000) / 100.0;
    n.y = static_cast<double>(rng() % 200000) / 100.0;
  }
  std::unordered_set<uint64_t> seen;
  g.edges.reserve(o.edges);
  while (g.edges.size() < o.edges) {
    auto s = static_cast<uint32_t>(rng() % o.nodes), t = static_cast<uint32_t>(rng() % o.nodes);
    if (s == t || !seen.insert((static_cast<uint64_t>(s) << 32) | t).second) continue;
    ex::Edge e;
    e.source = s;
    e.target = t;
    e.predicates = {static_cast<uint32_t>(rng() % g.predicates.size())};
    if (rng() % 8 == 0) e.predicates.push_back(static_cast<uint32_t>(g.predicates.size() - 1));
    e.weight = 1 + rng() % 10;
    e.first_date = date();
    e.last_date = std::max(e.first_date, date());
    ++g.nodes[s].degree;
    ++g.nodes[t].degree;
    g.edges.push_back(std::move(e));
  }
  std::sort(g.edges.begin(), g.edges.end(), [](const ex::Edge& a, const ex::Edge& b) {
    return std::tie(a.source, a.target) < std::tie(b.source, b.target);
  });
  ex::Style(&g);
  return g;
}

double Seconds(const std::function<void()>& fn) {
  auto start = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Median of `runs` timed writes of `path` (wall clock; the CPU time of that
// run in `cpu`, which the machine's load does not inflate); the file's size
// in `bytes`.
double TimeWrite(const Options& o, const std::string& path, const std::function<netra::Status(std::ostream&)>& write,
                 uintmax_t* bytes, double* cpu) {
  std::vector<std::pair<double, double>> times;
  for (int r = 0; r < o.runs; ++r) {
    std::clock_t start = std::clock();
    double wall = Seconds([&] {
      std::ofstream f(path, std::ios::binary | std::ios::trunc);
      netra::Status s = write(f);
      f.close();
      if (!s.ok() || !f) {
        std::cerr << "export bench: writing " << path << " failed: " << s.ToString() << "\n";
        std::exit(1);
      }
    });
    times.emplace_back(wall, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
  }
  *bytes = std::filesystem::file_size(path);
  std::sort(times.begin(), times.end());
  *cpu = times[times.size() / 2].second;
  return times[times.size() / 2].first;
}

// Same graph, as TSV for export_networkx.py.
void WriteTsv(const ex::ExportGraph& g, const std::string& dir) {
  std::ofstream n(dir + "/nodes.tsv", std::ios::binary);
  n << "id\tlabel\ttype\tkind\tcode\tdate\tyear\tsupport\tdegree\tr\tg\tb\tsize\tx\ty\n";
  for (const ex::Node& v : g.nodes) {
    n << v.id << '\t' << v.label << '\t' << v.type << '\t' << v.kind << '\t' << v.code << '\t' << v.date << '\t'
      << (v.year ? std::to_string(*v.year) : "") << '\t' << v.support << '\t' << v.degree << '\t' << int{v.color.r}
      << '\t' << int{v.color.g} << '\t' << int{v.color.b} << '\t' << v.size << '\t' << v.x << '\t' << v.y << '\n';
  }
  std::ofstream e(dir + "/edges.tsv", std::ios::binary);
  e << "source\ttarget\tlabel\tpredicate\tweight\tfirst_date\tlast_date\n";
  for (const ex::Edge& x : g.edges) {
    std::string p = g.PredicateLabel(x);
    e << g.nodes[x.source].id << '\t' << g.nodes[x.target].id << '\t' << p << '\t' << p << '\t' << x.weight << '\t'
      << x.first_date << '\t' << x.last_date << '\n';
  }
}

double JsonNumber(const std::string& json, const std::string& key) {
  auto at = json.find("\"" + key + "\":");
  return at == std::string::npos ? -1 : std::atof(json.c_str() + at + key.size() + 3);
}

std::string RunNetworkx(const Options& o) {
  std::string cmd = "/usr/bin/python3 '" + o.script + "' '" + o.dir + "'";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return "";
  std::string out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof(buf), p)) out.append(buf, n);
  return pclose(p) == 0 ? out : "";
}

std::string LoadAverage() {
  std::ifstream f("/proc/loadavg");
  std::string one;
  f >> one;
  return one.empty() ? "?" : one;
}

bool Parse(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--no-networkx")
      o->networkx = false;
    else if (a == "--no-layout")
      o->layout = false;
    else if (a == "--nodes" && (v = value()))
      o->nodes = std::strtoull(v, nullptr, 10);
    else if (a == "--edges" && (v = value()))
      o->edges = std::strtoull(v, nullptr, 10);
    else if (a == "--runs" && (v = value()))
      o->runs = std::max(1, std::atoi(v));
    else if (a == "--dir" && (v = value()))
      o->dir = v;
    else if (a == "--script" && (v = value()))
      o->script = v;
    else if (a == "--force-nodes" && (v = value()))
      o->force_nodes = std::strtoull(v, nullptr, 10);
    else
      return false;
  }
  return o->nodes >= 2 && o->edges <= o->nodes * (o->nodes - 1) / 2;
}

}  // namespace

int RunExportBench(int argc, char** argv) {
  Options o;
  if (!Parse(argc, argv, &o)) {
    std::cerr << "usage: netra_bench export [--nodes N] [--edges M] [--runs R] [--dir DIR] [--no-networkx] "
                 "[--no-layout] [--script tools/bench/export_networkx.py]\n";
    return 1;
  }
  std::filesystem::create_directories(o.dir);
  ex::ExportGraph g;
  double build = Seconds([&] { g = Synthetic(o); });
  std::cerr << "export bench: built " << g.nodes.size() << " nodes / " << g.edges.size() << " edges in " << build
            << " s\n";
  uintmax_t graphml_bytes = 0, gexf_bytes = 0;
  double graphml_cpu = 0, gexf_cpu = 0;
  double graphml = TimeWrite(
      o, o.dir + "/netra.graphml", [&](std::ostream& f) { return ex::WriteGraphml(g, f); }, &graphml_bytes,
      &graphml_cpu);
  double gexf = TimeWrite(
      o, o.dir + "/netra.gexf", [&](std::ostream& f) { return ex::WriteGexf(g, f); }, &gexf_bytes, &gexf_cpu);
  std::filesystem::remove(o.dir + "/netra.graphml");
  std::filesystem::remove(o.dir + "/netra.gexf");

  double layout = -1;
  if (o.layout) {
    ex::ExportGraph copy = g;
    layout = Seconds([&] {
      ex::LayoutOptions lo;
      lo.max_force_nodes = o.force_nodes;
      netra::Status s = ex::Layout(&copy, lo);
      if (!s.ok()) std::cerr << "export bench: layout failed: " << s.ToString() << "\n";
    });
  }
  double nx_graphml = -1, nx_gexf = -1;
  std::string nx_version;
  if (o.networkx) {
    WriteTsv(g, o.dir);
    std::cerr << "export bench: NetworkX writing the same graph (tens of seconds)...\n";
    std::string json = RunNetworkx(o);
    if (json.empty()) {
      std::cerr << "export bench: " << o.script << " failed (run from the repository root; needs python3-networkx)\n";
    } else {
      nx_graphml = JsonNumber(json, "graphml_s");
      nx_gexf = JsonNumber(json, "gexf_s");
      auto at = json.find("\"networkx\": \"");
      if (at != std::string::npos) nx_version = json.substr(at + 13, json.find('"', at + 13) - at - 13);
    }
    std::filesystem::remove(o.dir + "/nodes.tsv");
    std::filesystem::remove(o.dir + "/edges.tsv");
  }

  auto row = [&](const char* fmt, double ours, double cpu, uintmax_t bytes, double theirs) {
    std::printf("| %-7s | %6.2f s | %6.2f s | %6.1f MB | ", fmt, ours, cpu, static_cast<double>(bytes) / 1e6);
    if (theirs > 0) {
      std::printf("%6.2f s | %5.1fx |\n", theirs, theirs / ours);
    } else {
      std::printf("   n/a   |  n/a  |\n");
    }
  };
  std::printf("%zu nodes / %zu edges, median of %d runs; NetworkX %s in the same run; load average %s\n\n",
              g.nodes.size(), g.edges.size(), o.runs, nx_version.empty() ? "(not run)" : nx_version.c_str(),
              LoadAverage().c_str());
  std::printf(
      "| format  | netra    | netra CPU | size      | NetworkX | ratio |\n"
      "|---------|----------|-----------|-----------|----------|-------|\n");
  row("GraphML", graphml, graphml_cpu, graphml_bytes, nx_graphml);
  row("GEXF", gexf, gexf_cpu, gexf_bytes, nx_gexf);
  if (layout >= 0)
    std::printf(
        "\nLayout as the CLI runs it (Fruchterman-Reingold on the top %zu nodes by degree, the rest placed beside "
        "them): %.2f s\n",
        o.force_nodes, layout);
  bool ok = graphml <= 3.0 && gexf <= 3.0 && (nx_graphml < 0 || nx_graphml >= 10 * graphml) &&
            (nx_gexf < 0 || nx_gexf >= 10 * gexf);
  std::printf("\ntargets (<= 3 s each, >= 10x NetworkX): %s\n", ok ? "met" : "NOT met");
  return ok ? 0 : 2;
}
