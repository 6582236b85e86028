// A whole store held in columns (StoreGraph) must write what BuildGraph's
// ExportGraph writes, byte for byte, under every filter a whole-store
// export takes: `netra export` writes the first, tests and filtered views
// the second.
#include "export/store_graph.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "export/style.h"
#include "export/writers.h"
#include "export_test_util.h"
#include "run_command.h"

namespace netra::exporter {

namespace {

struct Written {
  std::string graphml, gexf, gexf12, dot, clustered;
};

Written WriteAll(const GraphSource& g) {
  Written w;
  std::ostringstream graphml, gexf, gexf12, dot, clustered;
  CHECK(WriteGraphml(g, graphml).ok());
  CHECK(WriteGexf(g, gexf).ok());
  CHECK(WriteGexf(g, gexf12, "1.2").ok());
  CHECK(WriteDot(g, DotOptions{}, dot).ok());
  DotOptions clusters;
  clusters.cluster_by_region = true;
  CHECK(WriteDot(g, clusters, clustered).ok());
  return {graphml.str(), gexf.str(), gexf12.str(), dot.str(), clustered.str()};
}

// Both graphs of `store` under `filter`, laid out with `layout`, written.
void CheckSameOutput(const store::Store& store, const ExportFilter& filter, const LayoutOptions& layout = {}) {
  ExportGraph expected = testing::MustBuild(store, filter);
  Style(&expected);
  REQUIRE(Layout(&expected, layout).ok());
  Result<std::unique_ptr<StoreGraph>> columns = StoreGraph::Build(store, filter);
  INFO(columns.status().ToString());
  REQUIRE(columns.ok());
  REQUIRE((*columns)->Layout(layout).ok());
  CHECK((*columns)->NodeCount() == expected.nodes.size());
  CHECK((*columns)->EdgeCount() == expected.edges.size());
  Written want = WriteAll(ExportGraphSource(expected)), got = WriteAll(**columns);
  CHECK(got.graphml == want.graphml);
  CHECK(got.gexf == want.gexf);
  CHECK(got.gexf12 == want.gexf12);
  CHECK(got.dot == want.dot);
  CHECK(got.clustered == want.clustered);
}

std::vector<ExportFilter> Filters() {
  std::vector<ExportFilter> filters(9);
  filters[1].types = {"Person", "Statute", "Position"};
  filters[2].predicates = {"mentions", "cites"};
  filters[3].from = "2024-12-01";
  filters[4].to = "2024-11-20";
  filters[5].from = "2024-06-01";
  filters[5].to = "2024-11-30";
  filters[6].min_support = 2;
  filters[7].from = "2024-11-01";
  filters[7].min_support = 2;
  filters[7].predicates = {"cites", "holds_position", "mentions"};
  filters[8].types = {"Document", "Region", "Event"};
  filters[8].to = "2024-12-31";
  for (ExportFilter& f : filters) f.literals = false;
  return filters;
}

}  // namespace

TEST_SUITE("export.store_graph") {
  TEST_CASE("a whole store in columns writes what BuildGraph's graph writes, under every filter") {
    netra::testing::TempDir dir;
    auto store = testing::AdversarialStore((dir.path() / "db").string());
    std::vector<ExportFilter> filters = Filters();
    for (size_t i = 0; i < filters.size(); ++i) {
      CAPTURE(i);
      CheckSameOutput(*store, filters[i]);
    }
  }

  TEST_CASE("the samples store in columns writes what BuildGraph's graph writes, the backbone layout included") {
    netra::testing::TempDir dir;
    std::string db = (dir.path() / "db").string();
    netra::testing::CommandResult ingest =
        netra::testing::RunNetra({"ingest", "--db", db, std::string(NETRA_SOURCE_DIR) + "/samples/"});
    INFO(ingest.err);
    REQUIRE((ingest.exit_code == 0 || ingest.exit_code == 2));
    auto st = store::Store::Open(db);
    REQUIRE(st.ok());
    // A backbone smaller than the graph: the rest is placed around it.
    LayoutOptions small_backbone;
    small_backbone.max_force_nodes = 40;
    small_backbone.iterations = 20;
    std::vector<ExportFilter> filters = Filters();
    for (size_t i = 0; i < filters.size(); ++i) {
      CAPTURE(i);
      CheckSameOutput(**st, filters[i], small_backbone);
    }
    CheckSameOutput(**st, ExportFilter{});
  }

}  // TEST_SUITE

}  // namespace netra::exporter
