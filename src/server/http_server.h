// `netra serve`'s HTTP side: the routes, the limits and the static files,
// over a Backend that answers command lines (the cli module gives it the
// command table, so that every answer is the one `netra COMMAND --format
// json` prints: one implementation).
//
//   GET  /api/<command>?arg=A&arg=B&flag=V&boolflag   the command's JSON
//   GET  /api/version                                 the store version
//   GET|POST /sparql                                  SPARQL 1.1 Protocol
//   GET  /...                                         the explorer's files
//
// docs/serve.md documents the endpoints, parameters and status codes.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "core/status.h"

namespace netra::server {

// What a Backend's run of one command line gave.
struct CommandResult {
  enum class Kind {
    kRan,             // the command ran: exit_code, out and err are its own
    kUnknownCommand,  // no such command (404)
    kRefused,         // the server does not run it, or not with these flags (403); err says why
    kTimedOut,        // it passed its deadline (503)
    kTooManyRows,     // its answer has more rows than the server's limit (413)
    kTooMuchMemory,   // it must hold more than the server's memory limit to answer (413)
  };
  Kind kind = Kind::kRan;
  int exit_code = 0;
  std::string out;  // the command's standard output
  std::string err;  // its diagnostics, or why it was refused
};

// What the server asks of netra. Thread-safe: requests run side by side.
class Backend {
 public:
  virtual ~Backend() = default;
  // Runs `args`, a command line without `netra` ({"neighbors", "16.73",
  // "--format", "json"}), over the newest store version, stopping at
  // `deadline`.
  virtual CommandResult Run(const std::vector<std::string>& args, std::chrono::steady_clock::time_point deadline) = 0;
  // Runs a SPARQL query (`query_text`) with `format` (sparql-json,
  // sparql-csv, sparql-tsv), as `netra query TEXT --format FORMAT` does;
  // kRefused, with a message, for what netra's pattern queries do not answer
  // (ASK, CONSTRUCT, DESCRIBE, updates).
  virtual CommandResult RunSparql(const std::string& query_text, const std::string& format,
                                  std::chrono::steady_clock::time_point deadline) = 0;
  // The version of the store requests now read, as a JSON object:
  // {"store_version": "...", "documents": N, "triples": N}.
  virtual Result<std::string> VersionJson() = 0;
};

struct ServeOptions {
  std::string bind = "127.0.0.1";
  int port = 7878;
  // The explorer's files; "" or a missing folder: `/` says how to build it.
  std::string static_dir;
  std::chrono::milliseconds timeout{30'000};  // per request
  size_t max_body_bytes = 1 << 20;            // a POSTed query
  std::string cors_origin;                    // "" = no CORS headers
  size_t threads = 8;                         // requests answered at once
};

// Blocks SIGINT, SIGTERM and SIGPIPE in the calling thread and in every
// thread it starts from now on, so that Serve can take SIGINT and SIGTERM
// as a request to stop. Call it before anything starts a thread (opening a
// store starts RocksDB's): a thread started before would get the signal
// and end the process by its default action.
void BlockStopSignals();

// REQUIRES: BlockStopSignals() was called before any thread started.
// Serves until SIGINT or SIGTERM (then returns OK once the requests in
// progress are answered), or until the address cannot be bound (IoError).
// Logs one line per request to stderr. `ready`, if given, is called once
// the socket listens, with the port (useful with port 0: any free port).
Status Serve(const ServeOptions& options, Backend& backend, const std::function<void(int port)>& ready = {});

}  // namespace netra::server
