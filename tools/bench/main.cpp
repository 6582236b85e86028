// netra_bench: one binary, one sub-benchmark per argument.
//   netra_bench export [options]   GraphML/GEXF writers vs NetworkX (export_bench.cpp)
//   netra_bench extract CORPUS     extraction per core vs a sequential read (scale_bench.cpp)
//   netra_bench ingest CORPUS DIR  store writes vs raw RocksDB (scale_bench.cpp)
//   netra_bench bulk CORPUS DIR    the bulk loader alone, several rounds (scale_bench.cpp)
//   netra_bench query [options]    graph queries vs rdflib and roqet (query_bench.cpp)
#include <cstdio>
#include <cstring>

int RunExportBench(int argc, char** argv);
int RunQueryBench(int argc, char** argv);
int RunExtractBench(int argc, char** argv);
int RunIngestBench(int argc, char** argv);
int RunBulkBench(int argc, char** argv);

namespace {

struct Bench {
  const char* name;
  int (*run)(int argc, char** argv);
  const char* help;
};

const Bench kBenches[] = {
    {"bulk", RunBulkBench, "only the bulk loader, several rounds on the same facts (scale_bench.cpp)"},
    {"export", RunExportBench, "write 100k nodes / 1M edges as GraphML and GEXF, beside NetworkX"},
    {"extract", RunExtractBench, "extraction MB/s on one core beside a sequential read (scale_bench.cpp)"},
    {"ingest", RunIngestBench, "ordinary, bulk and re-ingest beside raw RocksDB WriteBatch and SST (scale_bench.cpp)"},
    {"query", RunQueryBench, "graph queries on a generated store, beside rdflib and roqet (query_bench.cpp)"},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2) {
    for (const Bench& b : kBenches) {
      if (std::strcmp(argv[1], b.name) == 0) return b.run(argc - 1, argv + 1);
    }
  }
  std::fprintf(stderr, "usage: netra_bench BENCH [options]\n");
  for (const Bench& b : kBenches) std::fprintf(stderr, "  %-10s %s\n", b.name, b.help);
  return 1;
}
