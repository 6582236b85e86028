// Graph commands: neighbors, path, rank, components, timeline. Each takes
// entities by id or name (query/entity_lookup.h) and loads only the
// projection it needs (graph/projection.h).
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <set>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/output.h"
#include "cli/session.h"
#include "graph/analytics.h"
#include "graph/paths.h"
#include "graph/projection.h"
#include "graph/projection_cache.h"
#include "query/entity_lookup.h"
#include "query/region_scope.h"
#include "query/timeline.h"

namespace netra::cli {

namespace {

// Options every graph command shares: the store, the output format and
// which part of the graph to look at.
struct GraphOptions {
  std::string db = "netra.db";
  std::string format = "table";
  std::vector<std::string> predicates;
  std::vector<std::string> types;
  std::vector<std::string> exclude_types;
  std::string from, to;
  bool no_cache = false;
  // rank and path: only the entities of this region (and, unless
  // subregions is false, of the regions inside it).
  std::string region;
  bool subregions = true;

  graph::ProjectionFilter Filter() const {
    graph::ProjectionFilter f;
    f.predicates.insert(predicates.begin(), predicates.end());
    f.types.insert(types.begin(), types.end());
    f.exclude_types.insert(exclude_types.begin(), exclude_types.end());
    f.from = from;
    f.to = to;
    return f;
  }

  // The projection of `filter`, through the store's projection cache
  // unless --no-cache (and, in the shell, kept for the next command).
  Result<std::shared_ptr<const graph::Projection>> Load(Session& session, const store::Store& s,
                                                        const graph::ProjectionFilter& filter) const {
    return session.LoadProjection(s, filter, !no_cache);
  }

  // The entities of --region (query/region_scope.h); empty without one.
  Result<std::set<std::string>> RegionEntities(const store::Store& s) const {
    if (region.empty()) return std::set<std::string>();
    NETRA_ASSIGN_OR_RETURN(std::string id, ResolveArg(s, region, "Region"));
    NETRA_ASSIGN_OR_RETURN(std::set<std::string> regions, query::RegionsWithin(s, id, subregions));
    return query::EntitiesOfRegions(s, regions);
  }
};

// --region and --no-subregions, for rank and path.
void AddRegionOptions(CLI::App* app, GraphOptions* o, const char* what) {
  app->add_option("--region", o->region,
                  std::string(what) +
                      " the entities of this region and the regions inside it (code, id or name): "
                      "its regions, positions and their holders, events, organisations, documents about it, and what "
                      "those cite");
  app->add_flag(
         "--no-subregions", [o](int64_t) { o->subregions = false; }, "--region alone, without its kabupaten/kota")
      ->needs("--region");
}

void AddGraphOptions(CLI::App* app, GraphOptions* o, bool projection) {
  AddDbOption(app, &o->db);
  app->add_option("--format", o->format, "table (default), json, csv or tsv")
      ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
  app->add_option("--predicate", o->predicates, "only edges with this predicate (repeatable): cites, held_in ...")
      ->check(OneOf(EdgePredicates(), "predicate"));
  app->add_option("--exclude-type", o->exclude_types,
                  "never step onto entities of this type (repeatable): Document ...")
      ->check(OneOf(EntityTypes(), "type"));
  if (projection) {
    app->add_option("--only-type", o->types, "only edges between entities of these types (repeatable)")
        ->check(OneOf(EntityTypes(), "type"));
    app->add_option("--from", o->from, "only facts stated by documents dated from (YYYY-MM-DD, YYYY-MM, YYYY)")
        ->transform(IsoDate(DateBound::kFirst));
    app->add_option("--to", o->to, "only facts stated by documents dated up to (YYYY-MM-DD, YYYY-MM, YYYY)")
        ->transform(IsoDate(DateBound::kLast));
    app->add_flag("--no-cache", o->no_cache,
                  "load the graph from the store's indexes, not from the projection saved by an earlier command "
                  "(large stores keep one per filter in DB/netra-cache/, replaced after any write)");
  }
}

// Takes the session's store, resolves the entities, runs `body`, prints its
// rows (`columns`: their CSV and TSV header, PrintRows).
int Run(Session& session, const GraphOptions& o, const std::vector<std::pair<std::string, std::string>>& entities,
        const char* what, const std::vector<std::string>& columns,
        const std::function<Result<Value>(const store::Store&, const std::vector<std::string>&)>& body) {
  auto st = session.ReadStore(o.db);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  std::vector<std::string> ids;
  for (const auto& [text, type] : entities) {
    auto id = ResolveArg(**st, text, type);
    if (!id.ok()) return ReportStatus(id.status(), what);
    ids.push_back(*id);
  }
  auto rows = body(**st, ids);
  if (!rows.ok()) {
    if (rows.status().code() == StatusCode::kNotFound) {
      return ReportStatus(Status::InvalidArgument(rows.status().message()), what);
    }
    return ReportStatus(rows.status(), what);
  }
  if (Status s = session.CheckRowLimit(rows->items().size()); !s.ok()) return ReportStatus(s, what);
  PrintRows(*rows, o.format, session.out(), {}, columns, session.formula_cells());
  return kExitOk;
}

Command Neighbors() {
  auto o = std::make_shared<GraphOptions>();
  auto entity = std::make_shared<std::string>();
  auto hops = std::make_shared<int>(1);
  auto max = std::make_shared<size_t>(1000);
  return {
      "neighbors", "the entities around one entity, with the predicates on the way (id or name)",
      [=](CLI::App* app) {
        app->add_option("entity", *entity, "an id, code or name: 16.73, \"lubuk linggau\", \"UU 20/2023\"")->required();
        app->add_option("--hops", *hops, "how far to go (default 1)")->check(CLI::Range(1, 6));
        app->add_option("--max", *max, "stop after this many entities (default 1000)");
        AddGraphOptions(app, o.get(), false);
      },
      [=](Session& session) {
        return Run(session, *o, {{*entity, ""}}, "neighbors", graph::kNeighborColumns,
                   [=](const store::Store& s, const std::vector<std::string>& ids) {
                     graph::NeighborOptions no;
                     no.hops = *hops;
                     no.max_entities = *max;
                     no.predicates.insert(o->predicates.begin(), o->predicates.end());
                     no.exclude_types.insert(o->exclude_types.begin(), o->exclude_types.end());
                     return graph::Neighbors(s, ids[0], no);
                   });
      }};
}

Command Path() {
  auto o = std::make_shared<GraphOptions>();
  auto a = std::make_shared<std::string>(), b = std::make_shared<std::string>();
  auto max = std::make_shared<size_t>(3);
  return {"path", "shortest paths between two entities, with the facts and documents on every step",
          [=](CLI::App* app) {
            app->add_option("from", *a, "an id or name")->required();
            app->add_option("to", *b, "an id or name")->required();
            app->add_option("--paths", *max, "how many shortest paths to list (default 3)");
            AddGraphOptions(app, o.get(), true);
            AddRegionOptions(app, o.get(), "step only onto");
          },
          [=](Session& session) {
            return Run(session, *o, {{*a, ""}, {*b, ""}}, "path", {},
                       [=, &session](const store::Store& s, const std::vector<std::string>& ids) -> Result<Value> {
                         graph::PathOptions po;
                         po.max_paths = *max;
                         NETRA_ASSIGN_OR_RETURN(po.within, o->RegionEntities(s));
                         NETRA_ASSIGN_OR_RETURN(auto proj, o->Load(session, s, o->Filter()));
                         return graph::ShortestPaths(s, *proj, ids[0], ids[1], po);
                       });
          }};
}

Command Rank() {
  auto o = std::make_shared<GraphOptions>();
  auto by = std::make_shared<std::string>("degree");
  auto type = std::make_shared<std::string>();
  auto limit = std::make_shared<size_t>(20);
  auto with_documents = std::make_shared<bool>(false);
  return {"rank", "the most central entities: degree, PageRank or betweenness (Boost.Graph)",
          [=](CLI::App* app) {
            app->add_option("--by", *by, "degree (default), pagerank or betweenness")
                ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
            app->add_option("--type", *type, "list only this type: Person, Region, Statute ...")
                ->check(OneOf(EntityTypes(), "type"));
            app->add_option("--limit", *limit, "how many rows (default 20)");
            app->add_flag("--with-documents", *with_documents,
                          "keep Document and Publisher entities in the graph (by default they are left out: every "
                          "article would be a hub)");
            AddGraphOptions(app, o.get(), true);
            AddRegionOptions(app, o.get(), "list only");
          },
          [=](Session& session) {
            return Run(session, *o, {}, "rank", graph::kRankColumns,
                       [=, &session](const store::Store& s, const std::vector<std::string>&) -> Result<Value> {
                         auto filter = o->Filter();
                         if (!*with_documents) filter.exclude_types.insert({"Document", "Publisher"});
                         NETRA_ASSIGN_OR_RETURN(auto proj, o->Load(session, s, filter));
                         graph::RankOptions ro;
                         ro.by = *by == "pagerank"      ? graph::RankBy::kPageRank
                                 : *by == "betweenness" ? graph::RankBy::kBetweenness
                                                        : graph::RankBy::kDegree;
                         ro.type = *type;
                         ro.limit = *limit;
                         NETRA_ASSIGN_OR_RETURN(ro.within, o->RegionEntities(s));
                         return graph::Rank(s, *proj, ro);
                       });
          }};
}

Command Components() {
  auto o = std::make_shared<GraphOptions>();
  auto limit = std::make_shared<size_t>(20);
  auto with_documents = std::make_shared<bool>(false);
  return {"components", "the connected parts of the graph, largest first",
          [=](CLI::App* app) {
            app->add_option("--limit", *limit, "how many components (default 20)");
            app->add_flag("--with-documents", *with_documents, "keep Document and Publisher entities in the graph");
            AddGraphOptions(app, o.get(), true);
          },
          [=](Session& session) {
            return Run(session, *o, {}, "components", graph::kComponentColumns,
                       [=, &session](const store::Store& s, const std::vector<std::string>&) -> Result<Value> {
                         auto filter = o->Filter();
                         if (!*with_documents) filter.exclude_types.insert({"Document", "Publisher"});
                         NETRA_ASSIGN_OR_RETURN(auto proj, o->Load(session, s, filter));
                         return graph::Components(s, *proj, *limit);
                       });
          }};
}

Command Timeline() {
  auto o = std::make_shared<GraphOptions>();
  auto region = std::make_shared<std::string>();
  auto only_region = std::make_shared<bool>(false);
  return {"timeline", "events and citations of a region in date order",
          [=](CLI::App* app) {
            app->add_option("--region", *region, "the region: code, id or name")->required();
            app->add_flag("--no-subregions", *only_region, "leave out the kabupaten and kota of a province");
            AddDbOption(app, &o->db);
            app->add_option("--format", o->format, "table (default), json, csv or tsv")
                ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
            app->add_option("--from", o->from, "from this date (YYYY-MM-DD; YYYY-MM, YYYY from their first day)")
                ->transform(IsoDate(DateBound::kFirst));
            app->add_option("--to", o->to, "to this date (YYYY-MM-DD; YYYY-MM, YYYY to their last day)")
                ->transform(IsoDate(DateBound::kLast));
          },
          [=](Session& session) {
            return Run(session, *o, {{*region, "Region"}}, "timeline", query::kTimelineColumns,
                       [=](const store::Store& s, const std::vector<std::string>& ids) {
                         query::TimelineOptions to;
                         to.from = o->from;
                         to.to = o->to;
                         to.include_subregions = !*only_region;
                         return query::Timeline(s, ids[0], to);
                       });
          }};
}

}  // namespace

std::vector<Command> GraphCommands() { return {Neighbors(), Path(), Rank(), Components(), Timeline()}; }

}  // namespace netra::cli
