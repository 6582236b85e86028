// `netra serve`: the store over HTTP (issue 18). The HTTP side (routes,
// limits, static files, the SPARQL protocol) is server/http_server.h's;
// this file gives it the command table: each API request runs a command
// line through RunCommandLine, as `netra shell` runs a line, in a Session
// of its own that writes into the response, over the store version that
// was newest when the request came.
#include <malloc.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <exception>
#include <iostream>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>

#include "cli/command_table.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/limits.h"
#include "cli/session.h"
#include "core/deadline.h"
#include "core/value.h"
#include "query/pattern_query.h"
#include "server/http_server.h"

namespace netra::cli {

namespace {

using Clock = std::chrono::steady_clock;
using server::CommandResult;

// As the shell's (shell.cpp): blocks kept decompressed, shared by every
// version the server opens, so that a new version starts warm.
constexpr size_t kBlockCacheBytes = 256ull << 20;
// Projections kept between requests: path's graph and rank's (session.cpp).
constexpr size_t kServeProjections = 2;

// What the API runs: the commands that only read and print an answer.
// Writes (ingest, forget, sst), `inspect` and `extract` (which read files
// of the server's machine), dump, shell and serve are refused.
const std::set<std::string> kServedCommands = {"query",    "neighbors", "path",  "rank",   "components",
                                               "timeline", "evidence",  "stats", "lookup", "export"};
// Flags that name files or folders of the server's machine, or that print
// something other than an answer (help, a query's plan).
const std::set<std::string> kRefusedFlags = {"--db",   "--out",     "--file",   "--schema-dir",
                                             "--help", "--version", "--explain"};
// The formats an API answer may take: JSON, and export's files for download.
const std::set<std::string> kExportFormats = {"json", "graphml", "gexf", "dot", "ntriples"};

// The store versions requests read. A request reads the version that was
// newest when it started, for its whole length (a Store that is never
// refreshed in place: each read of it sees the same committed state); when
// a writer has committed since, the next request opens the new version,
// and the old one closes when its last request ends.
class StoreVersions {
 public:
  explicit StoreVersions(std::shared_ptr<store::Store> first) : current_(std::move(first)) {}

  Result<std::shared_ptr<store::Store>> Latest() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!current_->MayHaveChanged()) return current_;
    NETRA_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> fresh, Open(current_->dir()));
    current_ = std::move(fresh);
    return current_;
  }

  static Result<std::unique_ptr<store::Store>> Open(const std::string& dir) {
    store::OpenOptions options;
    options.read_only = true;
    options.create_if_missing = false;
    options.block_cache_bytes = kBlockCacheBytes;
    return store::Store::Open(dir, options);
  }

 private:
  std::mutex mu_;
  std::shared_ptr<store::Store> current_;
};

CommandResult Refused(CommandResult::Kind kind, const std::string& why) {
  CommandResult r;
  r.kind = kind;
  r.exit_code = kExitUsage;
  r.err = "netra: " + why + "\n";
  return r;
}

// Why the server does not run `args`, or "" if it does.
std::string WhyRefused(const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a == "--") break;
    std::string flag = a.substr(0, a.find('='));
    if (kRefusedFlags.count(flag) > 0) {
      return flag + " is not taken by the server (it reads its own store, and never a file of its machine)";
    }
    if (flag == "--format" && kExportFormats.count(a.substr(a.find('=') + 1)) == 0) {
      return "the API answers JSON (and export: graphml, gexf, dot, ntriples), not " + a;
    }
    if (flag == "--format" && a != "--format=json" && args[0] != "export") {
      return "the API answers JSON; " + a + " is for export";
    }
  }
  return "";
}

class CommandBackend : public server::Backend {
 public:
  CommandBackend(StoreVersions& versions, const Limits& limits)
      : versions_(versions), projections_(std::make_shared<SharedProjections>(kServeProjections)), limits_(limits) {}

  CommandResult Run(const std::vector<std::string>& args, Clock::time_point deadline) override {
    const std::string& name = args.front();
    std::vector<Command> commands = AllCommands();
    bool known = std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return name == c.name; });
    std::string served;
    for (const std::string& c : kServedCommands) served += " " + c;
    if (!known) {
      return Refused(CommandResult::Kind::kUnknownCommand, "no command `" + name + "`; the API serves:" + served);
    }
    if (kServedCommands.count(name) == 0) {
      return Refused(CommandResult::Kind::kRefused,
                     "`" + name + "` is not served (the server only reads its store); the API serves:" + served);
    }
    if (std::string why = WhyRefused(args); !why.empty()) return Refused(CommandResult::Kind::kRefused, why);
    return Execute(args, deadline);
  }

  CommandResult RunSparql(const std::string& text, const std::string& format, Clock::time_point deadline) override {
    if (!query::IsPatternQuery(text)) {
      CommandResult r;
      r.exit_code = kExitUsage;
      r.err =
          "netra answers SPARQL SELECT queries (a subset: see `netra query --help`); ASK, CONSTRUCT, DESCRIBE "
          "and updates are not supported\n";
      return r;
    }
    return Execute({"query", "--format=" + format, "--", text}, deadline);
  }

  Result<std::string> VersionJson() override {
    NETRA_ASSIGN_OR_RETURN(std::shared_ptr<store::Store> store, versions_.Latest());
    NETRA_ASSIGN_OR_RETURN(std::string version, store->Version());
    NETRA_ASSIGN_OR_RETURN(store::StoreCounters counters, store->Counters());
    Value v = Value::Object();
    v.Set("store_version", Value::Str(version));
    v.Set("documents", Value::Int(static_cast<int64_t>(counters.documents)));
    v.Set("triples", Value::Int(static_cast<int64_t>(counters.triples)));
    return v.ToJson();
  }

 private:
  CommandResult Execute(const std::vector<std::string>& args, Clock::time_point deadline) {
    CommandResult r;
    auto store = versions_.Latest();
    if (!store.ok()) {
      r.exit_code = kExitStore;
      r.err = "netra: reading the store: " + store.status().message() + "\n";
      return r;
    }
    std::ostringstream out, err;
    Session session(*store, projections_, out, err, limits_);
    {
      ScopedDeadline limit(deadline);
      try {
        r.exit_code = RunCommandLine("netra", args, session);
      } catch (const std::exception& e) {  // one-shot, the process would end here; the server goes on
        err << "netra: " << args.front() << ": " << e.what() << "\n";
        r.exit_code = kExitStore;
      }
    }
    // A cut answer is not answered 200: SPARQL clients read the body and
    // never the headers, so a part would pass for the whole (docs/serve.md).
    if (r.exit_code == kExitIncomplete || (r.exit_code != kExitOk && Clock::now() >= deadline)) {
      bool rows = session.limit_hit().code() == StatusCode::kRowLimit;
      bool memory = session.limit_hit().code() == StatusCode::kMemoryLimit;
      r.kind = rows     ? CommandResult::Kind::kTooManyRows
               : memory ? CommandResult::Kind::kTooMuchMemory
                        : CommandResult::Kind::kTimedOut;
      // What a query held up to its limit is freed, but glibc keeps it in
      // the thread's arena; give it back to the system.
      ::malloc_trim(0);
    }
    r.out = std::move(out).str();
    r.err = std::move(err).str();
    return r;
  }

  StoreVersions& versions_;
  std::shared_ptr<SharedProjections> projections_;
  const Limits limits_;
};

struct ServeFlags {
  std::string db = "netra.db";
  server::ServeOptions http;
  Limits limits = kServeLimits;
};

bool IsLoopback(const std::string& bind) { return bind == "127.0.0.1" || bind == "::1" || bind == "localhost"; }

int RunServe(ServeFlags flags) {
  server::BlockStopSignals();  // first: opening the store starts threads
  auto opened = StoreVersions::Open(flags.db);
  if (!opened.ok()) return ReportStoreError(opened.status(), "opening store " + flags.db);
  StoreVersions versions(std::move(opened).value());
  SchemaNames();  // loaded now rather than by the first request that names an entity
  CommandBackend backend(versions, flags.limits);
  flags.http.timeout = std::chrono::milliseconds(static_cast<int64_t>(flags.limits.timeout_seconds * 1000));
  if (!IsLoopback(flags.http.bind)) {
    std::cerr << "netra serve: warning: listening on " << flags.http.bind
              << ": anyone who can reach this machine can read the store\n";
  }
  Status s = server::Serve(flags.http, backend, [&](int port) {
    std::cerr << "netra serve: " << flags.db << " (read-only) at http://"
              << (flags.http.bind.find(':') != std::string::npos ? "[" + flags.http.bind + "]" : flags.http.bind) << ":"
              << port << "/  (Ctrl-C stops)" << std::endl;
  });
  if (!s.ok()) return ReportStatus(s.WithContext("serve"), "serve");
  std::cerr << "netra serve: stopped\n";
  return kExitOk;
}

Command Serve() {
  auto flags = std::make_shared<ServeFlags>();
  flags->http.static_dir = NETRA_EXPLORER_DIR;
  return {"serve",
          "a read-only HTTP server over the store: SPARQL 1.1 Protocol at /sparql, the commands as a JSON API at "
          "/api/COMMAND, the browser explorer at /",
          [=](CLI::App* app) {
            AddDbOption(app, &flags->db);
            app->add_option("--port", flags->http.port, "TCP port (default 7878; 0: any free port)")
                ->check(CLI::Range(0, 65535));
            app->add_option("--bind", flags->http.bind,
                            "address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the "
                            "network)");
            app->add_option("--static", flags->http.static_dir,
                            "folder of the explorer's files (default: the one built with netra, " NETRA_EXPLORER_DIR
                            ")");
            AddServeLimitOptions(app, &flags->limits);
            app->add_option("--max-body", flags->http.max_body_bytes,
                            "largest request body in bytes, a POSTed query (default 1048576)")
                ->check(CLI::Range(size_t{1}, size_t{1} << 30));
            app->add_option("--cors", flags->http.cors_origin,
                            "allow this origin to call the server from a browser page (default: none)");
            app->add_option("--threads", flags->http.threads, "requests answered at once (default 8)")
                ->check(CLI::Range(1, 256));
            app->footer(
                "GET /api/COMMAND?arg=A&arg=B&FLAG=VALUE runs `netra COMMAND A B --FLAG VALUE --format json` over "
                "the store; GET /api/version; GET or POST /sparql (SPARQL 1.1 Protocol, JSON, CSV or TSV results). "
                "The store may be written meanwhile (netra ingest): each request reads the newest committed "
                "version. SIGINT or SIGTERM stops it. See docs/serve.md.");
          },
          [=](Session& session) {
            if (session.shell()) return ReportStatus(Status::InvalidArgument("already serving"), "serve");
            return RunServe(*flags);
          }};
}

}  // namespace

std::vector<Command> ServeCommands() { return {Serve()}; }

}  // namespace netra::cli
