// Where a command gets its store and where it writes. `netra COMMAND --db
// DIR` opens the store for that one command; `netra shell --db DIR` opens it
// once, and every line typed in the shell runs the same command code on that
// open store, brought to the writer's latest commit before each line, with
// the projections that `path`, `rank` and `components` load kept in memory
// between lines. `netra serve` gives each request a session of its own over
// the store version the request reads, writing into the response instead of
// the process's standard streams, with the projections shared between
// requests.
#pragma once

#include <iostream>
#include <memory>
#include <mutex>
#include <string>

#include "cli/limits.h"
#include "cli/output.h"
#include "core/status.h"
#include "graph/projection.h"
#include "graph/projection_cache.h"
#include "query/pattern_stats.h"
#include "store/store.h"

namespace netra::cli {

// A ProjectionMemo that several sessions use at once (the server's
// requests): one load at a time, so that two requests for the same graph
// load it once.
class SharedProjections {
 public:
  explicit SharedProjections(size_t capacity) : memo_(capacity) {}
  Result<std::shared_ptr<const graph::Projection>> Load(const store::Store& store,
                                                        const graph::ProjectionFilter& filter,
                                                        const graph::ProjectionCacheOptions& cache) {
    std::lock_guard<std::mutex> lock(mu_);
    return memo_.Load(store, filter, graph::Projection::Names::kAll, cache);
  }

 private:
  std::mutex mu_;
  graph::ProjectionMemo memo_;
};

class Session {
 public:
  // The one-shot CLI's: ReadStore opens the store it is asked for.
  Session();
  // The shell's: ReadStore answers with `store` (a reader), whatever the
  // command's --db (the shell refuses --db in its lines).
  explicit Session(std::shared_ptr<store::Store> store);
  // A server request's: as the shell's, over `store`, with `projections`
  // shared with other requests, writing its answer to `out` and its
  // diagnostics to `err` (both must outlive the session), within the
  // server's `limits` (LimitsFor).
  Session(std::shared_ptr<store::Store> store, std::shared_ptr<SharedProjections> projections, std::ostream& out,
          std::ostream& err, const Limits& limits);
  ~Session();

  // Whether commands run over one store held for them (the shell, the
  // server): commands that write, --db and --schema-dir are refused.
  bool shell() const { return shared_ != nullptr; }

  // Where the command writes its answer and its diagnostics: standard
  // output and error, except in the server.
  std::ostream& out() const { return *out_; }
  std::ostream& err() const { return *err_; }
  // How CSV and TSV answers write cells a spreadsheet would run (output.h);
  // `--csv-raw` sets kRaw for one command line.
  FormulaCells formula_cells() const { return formula_cells_; }
  void set_formula_cells(FormulaCells f) { formula_cells_ = f; }
  // Whether out() is a terminal (answers may then use bold).
  bool out_is_terminal() const;

  // In the shell, standard input holds the shell's lines: InvalidArgument
  // naming `what` (`--file -`, the path `-`), which would read it. OK
  // outside the shell.
  Status RefuseStdin(const std::string& what) const;

  // The limits of a command given `flags`: in the CLI and the shell, each
  // flag given, else kCommandLimits'; in a server request, the server's,
  // which a flag may narrow but never lift (a 0 there is no lift either).
  Limits LimitsFor(const LimitFlags& flags) const;
  // Whether the limits are a server's (messages then name its flags).
  bool served() const { return served_; }
  // For the commands other than `query`, whose answers are small: in a
  // server request, RowLimit (noted) for an answer of more rows than the
  // server's --max-rows, refused whole; OK in the CLI and the shell.
  Status CheckRowLimit(size_t rows);
  // The limit that cut the command's answer (IsLimit), for the server's
  // HTTP status; OK if none did.
  void NoteLimit(const Status& s) { limit_hit_ = s; }
  const Status& limit_hit() const { return limit_hit_; }

  // The store `db` names, open for reading. In the shell: the shell's store.
  // `whole_scan`: the command reads most of the store once (a whole-store
  // export), so it is opened without mmap reads (store::OpenOptions).
  Result<std::shared_ptr<store::Store>> ReadStore(const std::string& db, bool whole_scan = false);

  // graph::LoadProjection (through the store's cache folder unless
  // `use_file_cache` is false). In the shell and the server, the last few
  // projections loaded stay in memory, by store version and filter: a
  // second `path` over the same graph does not load it again.
  Result<std::shared_ptr<const graph::Projection>> LoadProjection(const store::Store& store,
                                                                  const graph::ProjectionFilter& filter,
                                                                  bool use_file_cache);

  // What pattern queries read of the store to plan (pattern_stats.h), kept
  // between the shell's lines while the store stays at one version; null
  // outside the shell (a one-shot query plans afresh).
  query::pattern::PlanStatistics* plan_statistics() { return plan_statistics_.get(); }

 private:
  std::shared_ptr<store::Store> shared_;
  std::shared_ptr<SharedProjections> projections_;                   // shell and server only
  std::unique_ptr<query::pattern::PlanStatistics> plan_statistics_;  // shell only
  std::ostream* out_ = &std::cout;
  std::ostream* err_ = &std::cerr;
  Limits limits_ = kCommandLimits;
  bool served_ = false;
  Status limit_hit_;
  FormulaCells formula_cells_ = FormulaCells::kProtect;
};

}  // namespace netra::cli
