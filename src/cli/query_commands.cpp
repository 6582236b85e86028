// query: the canned questions over a store.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/output.h"
#include "graph/canned.h"

namespace netra::cli {

namespace {

struct QueryOptions {
  std::string db = "netra.db";
  std::string name;
  std::string format = "table";
  graph::CannedFilter filter;
};

Command Query() {
  auto o = std::make_shared<QueryOptions>();
  return {"query", "canned questions: regions-citing-laws, regions, officials, statutes, events",
          [=](CLI::App* app) {
            AddDbOption(app, &o->db);
            app->add_option("name", o->name, "the query")->required()->check(CLI::IsMember(graph::CannedQueryNames()));
            app->add_option("--format", o->format, "table (default), json, csv or tsv")
                ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
            app->add_option("--region", o->filter.region, "only this region (code, id or name)");
            app->add_option("--statute", o->filter.statute, "only this statute (\"UU 20/2023\", id or title)");
            app->add_option("--from", o->filter.from, "from this date (YYYY-MM-DD)");
            app->add_option("--to", o->filter.to, "to this date (YYYY-MM-DD)");
            app->add_option("--kind", o->filter.kind, "event kind (apel, sosialisasi ...) or region kind");
          },
          [=]() {
            auto st = OpenStore(o->db, true);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o->db);
            auto rows = graph::RunCanned(**st, o->name, o->filter);
            if (!rows.ok()) return ReportStatus(rows.status(), "query " + o->name);
            PrintRows(*rows, o->format, std::cout);
            return static_cast<int>(kExitOk);
          }};
}

}  // namespace

std::vector<Command> QueryCommands() { return {Query()}; }

}  // namespace netra::cli
