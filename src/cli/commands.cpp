#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <iostream>
#include <memory>

#include "cli/output.h"
#include "core/paths.h"
#include "extract/context.h"
#include "graph/canned.h"
#include "ingest/loader.h"
#include "pipeline/pipeline.h"
#include "store/store.h"

namespace netra::cli {

namespace {

// Options every command may share; each command binds the ones it uses.
struct Options {
  std::string db = "netra.db";
  std::vector<std::string> paths;
  std::string format;
  uint64_t max_doc_bytes = 10ull << 20;
  bool bulk = false;
  bool replace = false;
  bool no_progress = false;
  std::vector<std::string> doc_ids;
  std::string query;
  graph::CannedFilter filter;
};

int ReportStatus(const Status& s, const std::string& context) {
  std::cerr << "netra: " << context << ": " << s.message() << "\n";
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kBadInput: return kExitInputs;
    default: return kExitStore;
  }
}

Result<extract::Resources> LoadResources() {
  auto res = extract::Resources::Load(SchemaDir());
  if (!res.ok()) return res.status().WithContext("loading schema/ (set NETRA_SCHEMA_DIR)");
  return res;
}

void PrintProblems(const std::vector<ingest::Diagnostic>& problems) {
  for (const auto& p : problems) std::cerr << "netra: " << p.where << ": " << p.message << "\n";
}

// Runs `fn` on each processed document of the inputs (inspect, extract).
int ForEachProcessed(const Options& o, const std::function<void(const pipeline::ProcessedDocument&)>& fn) {
  auto res = LoadResources();
  if (!res.ok()) return ReportStatus(res.status(), "extract");
  std::vector<ingest::Diagnostic> problems;
  auto inputs = ingest::ListInputs(o.paths, &problems);
  ingest::LoadOptions load;
  load.max_document_bytes = o.max_doc_bytes;
  auto on_problem = [&](const ingest::Diagnostic& d) { problems.push_back(d); };
  for (const auto& input : inputs) {
    ingest::LoadFile(input, load, [&](model::Document&& doc) {
      std::string source = doc.source;
      auto p = pipeline::Process(std::move(doc), *res);
      if (!p.ok()) {
        on_problem({source, p.status().message()});
        return;
      }
      fn(*p);
    }, on_problem);
  }
  PrintProblems(problems);
  return problems.empty() ? kExitOk : kExitInputs;
}

int RunInspect(const Options& o) {
  bool json = o.format == "json";
  return ForEachProcessed(o, [&](const pipeline::ProcessedDocument& p) {
    Value v = pipeline::InspectValue(p);
    if (json) {
      std::cout << v.ToJson() << "\n";
      return;
    }
    std::cout << "# " << p.doc.id << "  (" << p.doc.source << ")\n";
    std::cout << "title: " << p.doc.title << "\n";
    if (p.analyzed.dateline) {
      std::cout << "dateline: " << p.analyzed.dateline->place << " | publisher: " << p.analyzed.dateline->publisher
                << "\n";
    }
    for (const auto& l : p.analyzed.lines) {
      if (l.cls == text::LineClass::kBlank) continue;
      std::string t = p.doc.text.substr(l.span.begin, l.span.end - l.span.begin);
      if (t.size() > 70) t = t.substr(0, 70) + "...";
      std::cout << fmt::format("  {:<13} [{},{}) {}\n", text::LineClassName(l.cls), l.span.begin, l.span.end, t);
    }
    std::cout << "sentences:\n";
    for (const auto& s : p.analyzed.sentences) {
      std::cout << fmt::format("  [{},{}) {}\n", s.span.begin, s.span.end, s.text);
    }
  });
}

int RunExtract(const Options& o) {
  return ForEachProcessed(o, [&](const pipeline::ProcessedDocument& p) {
    if (o.format == "jsonl") {
      // One fact a line: the form distributed workers emit (Spark, Hadoop Streaming).
      for (const auto& f : p.facts) std::cout << pipeline::FactValue(f).ToJson() << "\n";
    } else {
      std::cout << pipeline::ExtractionValue(p).ToJson() << "\n";
    }
  });
}

Result<std::unique_ptr<store::Store>> OpenStore(const Options& o, bool read_only) {
  store::OpenOptions so;
  so.read_only = read_only;
  so.create_if_missing = !read_only;
  so.bulk_load = o.bulk;
  return store::Store::Open(o.db, so);
}

int RunIngest(const Options& o) {
  auto res = LoadResources();
  if (!res.ok()) return ReportStatus(res.status(), "ingest");
  auto st = OpenStore(o, false);
  if (!st.ok()) return ReportStatus(st.status(), "opening store " + o.db);
  pipeline::IngestOptions io;
  io.load.max_document_bytes = o.max_doc_bytes;
  io.bulk = o.bulk;
  io.progress = !o.no_progress;
  pipeline::IngestReport report;
  Status s = pipeline::Ingest(o.paths, st->get(), *res, io, &report);
  PrintProblems(report.problems);
  std::cerr << "netra: " << report.Summary() << "\n";
  if (!s.ok()) return ReportStatus(s, "ingest into " + o.db);
  if (o.bulk) {
    Status c = (*st)->Compact();
    if (!c.ok()) return ReportStatus(c, "compacting " + o.db);
  }
  return report.documents_failed > 0 ? kExitInputs : kExitOk;
}

int RunForget(const Options& o) {
  auto st = OpenStore(o, false);
  if (!st.ok()) return ReportStatus(st.status(), "opening store " + o.db);
  store::WriteCounters c;
  Status s = (*st)->Forget(o.doc_ids, &c);
  std::cerr << fmt::format("netra: {} documents forgotten; triples -{}\n", c.docs_forgotten, c.triples_removed);
  if (s.code() == StatusCode::kNotFound) {
    std::cerr << "netra: " << s.message() << "\n";
    return kExitInputs;
  }
  if (!s.ok()) return ReportStatus(s, "forget");
  return kExitOk;
}

int RunStats(const Options& o) {
  auto st = OpenStore(o, true);
  if (!st.ok()) return ReportStatus(st.status(), "opening store " + o.db);
  auto stats = (*st)->ComputeStats();
  if (!stats.ok()) return ReportStatus(stats.status(), "stats");
  Value v = Value::Object();
  v.Set("store", Value::Str(o.db));
  v.Set("documents", Value::Int(stats->documents));
  v.Set("triples", Value::Int(stats->triples));
  v.Set("supports", Value::Int(stats->supports));
  v.Set("spans", Value::Int(stats->spans));
  v.Set("terms", Value::Int(stats->terms));
  v.Set("bytes_on_disk", Value::Int(stats->bytes_on_disk));
  Value types = Value::Object();
  for (const auto& [k, n] : stats->entities_by_type) types.Set(k.empty() ? "(none)" : k, Value::Int(n));
  v.Set("entities_by_type", std::move(types));
  Value preds = Value::Object();
  for (const auto& [k, n] : stats->triples_by_predicate) preds.Set(k, Value::Int(n));
  v.Set("triples_by_predicate", std::move(preds));
  if (o.format == "json") {
    std::cout << v.ToJson() << "\n";
    return kExitOk;
  }
  std::cout << fmt::format("store          {}\ndocuments      {}\ntriples        {}\nsupports       {}\n"
                           "spans          {}\nterms          {}\nsize on disk   {:.1f} MB\n",
                           o.db, stats->documents, stats->triples, stats->supports, stats->spans, stats->terms,
                           stats->bytes_on_disk / 1e6);
  std::cout << "entities by type:\n";
  for (const auto& [k, n] : stats->entities_by_type) std::cout << fmt::format("  {:<16} {}\n", k, n);
  std::cout << "triples by predicate:\n";
  for (const auto& [k, n] : stats->triples_by_predicate) std::cout << fmt::format("  {:<16} {}\n", k, n);
  return kExitOk;
}

int RunQuery(const Options& o) {
  auto st = OpenStore(o, true);
  if (!st.ok()) return ReportStatus(st.status(), "opening store " + o.db);
  auto rows = graph::RunCanned(**st, o.query, o.filter);
  if (!rows.ok()) return ReportStatus(rows.status(), "query " + o.query);
  PrintRows(*rows, o.format.empty() ? "table" : o.format, std::cout);
  return kExitOk;
}

// The command table: name, one-line help, how to bind its options, how to run it.
struct Command {
  const char* name;
  const char* help;
  std::function<void(CLI::App*, Options*)> bind;
  std::function<int(const Options&)> run;
};

void BindInputs(CLI::App* app, Options* o) {
  app->add_option("paths", o->paths, ".txt files, .jsonl files, folders (walked recursively), or - for JSONL on stdin")
      ->required();
  app->add_option("--max-doc-size", o->max_doc_bytes, "skip documents larger than this many bytes (default 10 MiB)");
}

void BindDb(CLI::App* app, Options* o) {
  app->add_option("--db", o->db, "store folder (default ./netra.db)");
}

std::vector<Command> Commands() {
  return {
      {"inspect", "show what the text layer finds: lines and their classes, sentences with byte spans",
       [](CLI::App* app, Options* o) {
         BindInputs(app, o);
         o->format = "text";
         app->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
       },
       RunInspect},
      {"extract", "print the facts of documents, without a store",
       [](CLI::App* app, Options* o) {
         BindInputs(app, o);
         o->format = "json";
         app->add_option("--format", o->format, "json (one object per document) or jsonl (one fact per line)")
             ->check(CLI::IsMember({"json", "jsonl"}));
       },
       RunExtract},
      {"ingest", "extract documents and store their facts (re-ingesting unchanged documents changes nothing)",
       [](CLI::App* app, Options* o) {
         BindDb(app, o);
         BindInputs(app, o);
         app->add_flag("--bulk", o->bulk, "first big load: sorted SST files, then compaction");
         app->add_flag("--no-progress", o->no_progress, "no progress line on stderr");
       },
       RunIngest},
      {"forget", "remove documents and every fact only they supported",
       [](CLI::App* app, Options* o) {
         BindDb(app, o);
         app->add_option("ids", o->doc_ids, "document ids")->required();
       },
       RunForget},
      {"stats", "documents, triples, entities by type, triples by predicate, size on disk",
       [](CLI::App* app, Options* o) {
         BindDb(app, o);
         o->format = "text";
         app->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
       },
       RunStats},
      {"query", "canned questions: regions-citing-laws, regions, officials, statutes, events",
       [](CLI::App* app, Options* o) {
         BindDb(app, o);
         app->add_option("name", o->query, "the query")->required()->check(CLI::IsMember(graph::CannedQueryNames()));
         app->add_option("--format", o->format, "table (default), json, csv or tsv")
             ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
         app->add_option("--region", o->filter.region, "only this region (code, id or name)");
         app->add_option("--statute", o->filter.statute, "only this statute (\"UU 20/2023\", id or title)");
         app->add_option("--from", o->filter.from, "from this date (YYYY-MM-DD)");
         app->add_option("--to", o->filter.to, "to this date (YYYY-MM-DD)");
         app->add_option("--kind", o->filter.kind, "event kind (apel, sosialisasi ...) or region kind");
       },
       RunQuery},
  };
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App app{"netra: a knowledge graph of Indonesian civic news (ASN neutrality, Pilkada, Pemilu)"};
  app.footer(
      "Exit codes: 0 ok; 1 usage; 2 some inputs failed (reported on stderr, the rest processed); "
      "3 store or I/O error.");
  app.set_version_flag("--version", std::string("netra ") + Version());
  app.require_subcommand(1);
  Options options;
  std::vector<Command> commands = Commands();
  std::vector<std::pair<CLI::App*, const Command*>> bound;
  for (const Command& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    c.bind(sub, &options);
    bound.emplace_back(sub, &c);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (const auto& [sub, cmd] : bound) {
    if (sub->parsed()) return cmd->run(options);
  }
  return kExitUsage;
}

}  // namespace netra::cli
