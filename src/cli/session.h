// Where a command gets its store. `netra COMMAND --db DIR` opens the store
// for that one command; `netra shell --db DIR` opens it once, and every line
// typed in the shell runs the same command code on that open store, brought
// to the writer's latest commit before each line, with the projections that
// `path`, `rank` and `components` load kept in memory between lines.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "graph/pattern_stats.h"
#include "graph/projection.h"
#include "graph/projection_cache.h"
#include "store/store.h"

namespace netra::cli {

class Session {
 public:
  // The one-shot CLI's: ReadStore opens the store it is asked for.
  Session();
  // The shell's: ReadStore answers with `store` (a reader), whatever the
  // command's --db (the shell refuses --db in its lines).
  explicit Session(std::shared_ptr<store::Store> store);
  ~Session();

  // Whether commands run in the shell, over one store.
  bool shell() const { return shared_ != nullptr; }

  // In the shell, standard input holds the shell's lines: InvalidArgument
  // naming `what` (`--file -`, the path `-`), which would read it. OK
  // outside the shell.
  Status RefuseStdin(const std::string& what) const;

  // The store `db` names, open for reading. In the shell: the shell's store.
  Result<std::shared_ptr<store::Store>> ReadStore(const std::string& db);

  // graph::LoadProjection (through the store's cache folder unless
  // `use_file_cache` is false). In the shell, the last few projections
  // loaded stay in memory, by store version and filter: a second `path`
  // over the same graph does not load it again.
  Result<std::shared_ptr<const graph::Projection>> LoadProjection(const store::Store& store,
                                                                  const graph::ProjectionFilter& filter,
                                                                  bool use_file_cache);

  // What pattern queries read of the store to plan (pattern_stats.h), kept
  // between the shell's lines while the store stays at one version; null
  // outside the shell (a one-shot query plans afresh).
  graph::pattern::PlanStatistics* plan_statistics() { return plan_statistics_.get(); }

 private:
  std::shared_ptr<store::Store> shared_;
  std::unique_ptr<graph::ProjectionMemo> projections_;  // shell only
  std::unique_ptr<graph::pattern::PlanStatistics> plan_statistics_;  // shell only
};

}  // namespace netra::cli
