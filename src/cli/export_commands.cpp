// export: the graph as GraphML, GEXF, DOT, N-Triples, CSV, or an SVG/PNG
// picture rendered by Graphviz.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/session.h"
#include "core/direct_file.h"
#include "core/replacing_file.h"
#include "export/builder.h"
#include "export/layout.h"
#include "export/render.h"
#include "export/store_graph.h"
#include "export/style.h"
#include "export/writers.h"
#include "model/vocab.h"
#include "query/region_scope.h"

namespace netra::cli {

namespace {

struct ExportOptions {
  std::string db = "netra.db";
  std::string format;
  std::string out;
  std::vector<std::string> types, predicates;
  exporter::ExportFilter filter;
  bool cluster_by_region = false;
  std::string engine = "auto";
  std::string csv_style = "gephi";
  std::string base = exporter::kDefaultBase;
  int layout_iterations = 0;
  size_t label_chars = 32;
  std::string gexf_version = "1.3";
};

const std::vector<std::string> kFormats = {"graphml", "gexf", "dot", "ntriples", "nquads", "csv", "svg", "png"};
// Writes through `write` into a temporary file beside `path`, then renames
// it (ReplacingFile): a failed export leaves no half-written file behind. An
// empty path means `out` (the session's output). The file is written past
// the page cache (core/direct_file.h): exports are big and read once, later.
Status WriteFile(const std::string& path, std::ostream& out, const std::function<Status(std::ostream&)>& write) {
  if (path.empty()) return write(out);
  NETRA_ASSIGN_OR_RETURN(ReplacingFile file, ReplacingFile::Create(path));
  NETRA_ASSIGN_OR_RETURN(std::unique_ptr<DirectFileBuf> buf, DirectFileBuf::Open(file.temp_path()));
  std::ostream f(buf.get());
  NETRA_RETURN_IF_ERROR(write(f));
  NETRA_RETURN_IF_ERROR(buf->Close());
  if (!f) return Status::IoError("writing " + file.temp_path() + " failed");
  return file.Commit();
}

// "out/netra.csv" -> "out/netra.nodes.csv" / "out/netra.edges.csv".
std::string CsvPath(const std::string& out, const char* part) {
  std::filesystem::path p(out);
  std::string stem = p.extension() == ".csv" ? p.stem().string() : p.filename().string();
  return (p.parent_path() / (stem + "." + part + ".csv")).string();
}

// --region, --statute and --ego name entities as every argument does
// (cli/entity_args.h); BuildGraph then finds them by id.
Status ResolveSelection(const store::Store& store, exporter::ExportFilter* f) {
  std::set<std::string> within;
  if (!f->region.empty()) {
    NETRA_ASSIGN_OR_RETURN(f->region, ResolveArg(store, f->region, vocab::kRegion));
    NETRA_ASSIGN_OR_RETURN(within, query::RegionsWithin(store, f->region, f->subregions));
  }
  if (!f->statute.empty()) {
    NETRA_ASSIGN_OR_RETURN(f->statute, ResolveArg(store, f->statute, vocab::kStatute, within));
  }
  if (!f->ego.empty()) {
    NETRA_ASSIGN_OR_RETURN(f->ego, ResolveArg(store, f->ego, ""));
  }
  return Status::Ok();
}

// `--out DIR/file`: DIR and its parents are made as `mkdir -p` would;
// when they cannot be, the OS's reason (a file in the way, no permission).
Status MakeParentDirectories(const std::string& out) {
  std::filesystem::path parent = std::filesystem::path(out).parent_path();
  if (parent.empty()) return Status::Ok();
  std::error_code ec;
  std::filesystem::create_directories(parent, ec);
  if (ec) return Status::IoError("cannot create directory " + parent.string() + " for --out: " + ec.message());
  return Status::Ok();
}

// Writes `g` in a format drawn from its nodes and edges alone (GraphML,
// GEXF, DOT and the pictures); `lay_out` sets its positions.
Status WriteGraph(const ExportOptions& o, const exporter::GraphSource& g,
                  const std::function<Status(const exporter::LayoutOptions&)>& lay_out, Session& session) {
  exporter::DotOptions dot;
  dot.cluster_by_region = o.cluster_by_region;
  dot.max_label_chars = o.label_chars;
  if (o.format == "svg" || o.format == "png") {
    std::ostringstream text;
    NETRA_RETURN_IF_ERROR(exporter::WriteDot(g, dot, text));
    std::string engine = o.engine == "auto" ? exporter::ChooseEngine(g.NodeCount()) : o.engine;
    if (o.out.empty()) return exporter::RenderWithGraphviz(text.str(), engine, o.format, "");
    NETRA_ASSIGN_OR_RETURN(ReplacingFile file, ReplacingFile::Create(o.out));
    NETRA_RETURN_IF_ERROR(exporter::RenderWithGraphviz(text.str(), engine, o.format, file.temp_path()));
    return file.Commit();
  }
  if (o.format == "dot") {
    return WriteFile(o.out, session.out(), [&](std::ostream& out) { return exporter::WriteDot(g, dot, out); });
  }
  // GraphML and GEXF open in Gephi with the positions written here.
  exporter::LayoutOptions layout;
  layout.iterations = o.layout_iterations;
  NETRA_RETURN_IF_ERROR(lay_out(layout));
  if (o.format == "gexf") {
    return WriteFile(o.out, session.out(),
                     [&](std::ostream& out) { return exporter::WriteGexf(g, out, o.gexf_version); });
  }
  return WriteFile(o.out, session.out(), [&](std::ostream& out) { return exporter::WriteGraphml(g, out); });
}

// N-Quads is the store as it is, every fact with its documents: the
// selections that shape a graph (a region, a statute, dates, types ...) do
// not apply, and are refused rather than ignored.
Status CheckWholeStore(const ExportOptions& o) {
  const exporter::ExportFilter& f = o.filter;
  const bool selected = !f.region.empty() || !f.statute.empty() || !f.ego.empty() || !f.from.empty() || !f.to.empty() ||
                        f.min_support > 0 || !o.types.empty() || !o.predicates.empty();
  if (!selected) return Status::Ok();
  return Status::InvalidArgument(
      "--format nquads writes the whole store with its provenance; --region, --statute, --ego, --from, --to, "
      "--min-support, --types and --predicates are for the graph formats");
}

Status RunExport(const ExportOptions& o, Session& session) {
  if (o.format == "csv" && o.out.empty()) {
    return Status::InvalidArgument("--format csv writes two files (nodes, edges): give --out FILE.csv");
  }
  if (o.gexf_version != "1.3" && o.format != "gexf") {
    return Status::InvalidArgument("--gexf-version is for --format gexf, not " + o.format);
  }
  if (!o.out.empty()) NETRA_RETURN_IF_ERROR(MakeParentDirectories(o.out));
  const bool whole_store = o.filter.region.empty() && o.filter.statute.empty() && o.filter.ego.empty();
  auto st = session.ReadStore(o.db, whole_store);
  if (!st.ok()) return st.status().WithContext("opening store " + o.db);
  if (o.format == "nquads") {
    NETRA_RETURN_IF_ERROR(CheckWholeStore(o));
    return WriteFile(o.out, session.out(), [&](std::ostream& out) { return exporter::WriteNQuads(**st, o.base, out); });
  }
  exporter::ExportFilter filter = o.filter;
  NETRA_RETURN_IF_ERROR(ResolveSelection(**st, &filter));
  filter.types.insert(o.types.begin(), o.types.end());
  filter.predicates.insert(o.predicates.begin(), o.predicates.end());
  filter.literals = o.format == "ntriples";
  if (whole_store && o.format != "ntriples" && o.format != "csv") {
    // A whole store, held in columns (export/store_graph.h).
    NETRA_ASSIGN_OR_RETURN(std::unique_ptr<exporter::StoreGraph> g, exporter::StoreGraph::Build(**st, filter));
    return WriteGraph(
        o, *g, [&](const exporter::LayoutOptions& layout) { return g->Layout(layout); }, session);
  }
  NETRA_ASSIGN_OR_RETURN(exporter::ExportGraph g, exporter::BuildGraph(**st, filter));
  exporter::Style(&g);
  if (o.format == "ntriples") {
    return WriteFile(o.out, session.out(), [&](std::ostream& out) { return exporter::WriteNTriples(g, o.base, out); });
  }
  if (o.format == "csv") {
    auto style = o.csv_style == "neo4j" ? exporter::CsvStyle::kNeo4j : exporter::CsvStyle::kGephi;
    NETRA_RETURN_IF_ERROR(WriteFile(CsvPath(o.out, "nodes"), session.out(), [&](std::ostream& out) {
      return exporter::WriteCsvNodes(g, style, session.formula_cells(), out);
    }));
    return WriteFile(CsvPath(o.out, "edges"), session.out(), [&](std::ostream& out) {
      return exporter::WriteCsvEdges(g, style, session.formula_cells(), out);
    });
  }
  return WriteGraph(
      o, exporter::ExportGraphSource(g),
      [&](const exporter::LayoutOptions& layout) { return exporter::Layout(&g, layout); }, session);
}

Command Export() {
  auto o = std::make_shared<ExportOptions>();
  return {
      "export", "the graph as GraphML, GEXF, DOT, N-Triples or CSV, or an SVG/PNG picture (Graphviz)",
      [=](CLI::App* app) {
        AddDbOption(app, &o->db);
        app->add_option("--format", o->format, "graphml, gexf, dot, ntriples, nquads, csv, svg or png")
            ->required()
            ->check(CLI::IsMember(kFormats));
        app->add_option("--out", o->out, "output file (default stdout); csv writes FILE's .nodes.csv and .edges.csv");
        app->add_option("--types", o->types, "only these entity types (comma-separated)")
            ->delimiter(',')
            ->check(OneOf(EntityTypes(), "type"));
        app->add_option("--predicates", o->predicates, "only these predicates (comma-separated)")
            ->delimiter(',')
            ->check(OneOf(EdgePredicates(), "predicate"));
        app->add_option("--region", o->filter.region,
                        "only what is anchored in this region and the regions inside it (code, id or name)");
        app->add_flag(
               "--no-subregions", [o](int64_t) { o->filter.subregions = false; },
               "--region alone, without its kabupaten/kota")
            ->needs("--region");
        app->add_option("--statute", o->filter.statute,
                        "only this statute and who cites it (\"UU 20/2023\", id or title)");
        app->add_option("--from", o->filter.from, "only facts reported from this date (YYYY-MM-DD, YYYY-MM, YYYY)")
            ->transform(IsoDate(DateBound::kFirst));
        app->add_option("--to", o->filter.to, "only facts reported up to this date (YYYY-MM-DD, YYYY-MM, YYYY)")
            ->transform(IsoDate(DateBound::kLast));
        app->add_option("--ego", o->filter.ego, "only the neighbourhood of this entity (id or label)");
        app->add_option("--hops", o->filter.hops, "radius of --ego in edges (default 1)")->check(CLI::Range(0, 100));
        app->add_option("--min-support", o->filter.min_support, "only edges stated by at least this many documents");
        app->add_flag("--cluster-by-region", o->cluster_by_region, "dot/svg/png: one box per region");
        app->add_option("--engine", o->engine,
                        "svg/png: Graphviz engine (auto: dot up to 60 nodes, neato up to 500, else sfdp)")
            ->check(CLI::IsMember({"auto", "dot", "sfdp", "neato", "fdp"}));
        app->add_option("--csv-style", o->csv_style, "csv headers: gephi (default) or neo4j")
            ->check(CLI::IsMember({"gephi", "neo4j"}));
        app->add_option("--base", o->base,
                        "ntriples, nquads: base IRI, ending in '/' (default https://netra.invalid/)");
        app->add_option("--layout-iterations", o->layout_iterations,
                        "graphml/gexf: Fruchterman-Reingold steps (default 100)")
            ->check(CLI::Range(0, 10000));
        app->add_option("--label-chars", o->label_chars, "dot/svg/png: cut labels at this many characters");
        app->add_option("--gexf-version", o->gexf_version,
                        "gexf: 1.3 (default, Gephi 0.9+, graphology) or 1.2 (1.2draft, which NetworkX 2.x reads)")
            ->check(CLI::IsMember({"1.2", "1.3"}));
      },
      [=](Session& session) {
        Status s = RunExport(*o, session);
        return s.ok() ? static_cast<int>(kExitOk) : ReportStatus(s, "export");
      }};
}

}  // namespace

std::vector<Command> ExportCommands() { return {Export()}; }

}  // namespace netra::cli
