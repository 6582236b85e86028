#include "cli/session.h"

#include <unistd.h>

#include <algorithm>

#include "cli/common.h"

namespace netra::cli {

namespace {

// Projections the shell keeps: the graph `path` walks and the one `rank`
// and `components` score (without documents) are two; a third filter
// replaces the least recently used. At 100k articles a projection of the
// whole store takes about 100 MB (a shell that ran path, rank, neighbors
// and regions-citing-laws there peaked at 340 MB).
constexpr size_t kShellProjections = 2;

}  // namespace

Session::Session() = default;

Session::Session(std::shared_ptr<store::Store> store)
    : shared_(std::move(store)),
      projections_(std::make_shared<SharedProjections>(kShellProjections)),
      plan_statistics_(std::make_unique<query::pattern::PlanStatistics>()) {}

// A server request's: the plan statistics are not kept (several requests
// run at once; PlanStatistics is the shell's, one line at a time).
Session::Session(std::shared_ptr<store::Store> store, std::shared_ptr<SharedProjections> projections, std::ostream& out,
                 std::ostream& err, const Limits& limits)
    : shared_(std::move(store)),
      projections_(std::move(projections)),
      out_(&out),
      err_(&err),
      limits_(limits),
      served_(true) {}

Session::~Session() = default;

bool Session::out_is_terminal() const { return out_ == &std::cout && ::isatty(STDOUT_FILENO); }

Status Session::RefuseStdin(const std::string& what) const {
  if (!shell()) return Status::Ok();
  return Status::InvalidArgument(what + " reads standard input, which holds the shell's lines: give a file");
}

namespace {

// The limit a flag asks for, 0 being none: in the CLI the flag's, else the
// default; in a server the tighter of the flag's and the server's.
template <typename T>
T Narrowed(const std::optional<T>& flag, T session, bool served) {
  if (!flag) return session;
  if (!served) return *flag;
  if (*flag == 0) return session;
  return session == 0 ? *flag : std::min(*flag, session);
}

}  // namespace

Limits Session::LimitsFor(const LimitFlags& flags) const {
  Limits l;
  l.timeout_seconds = Narrowed(flags.timeout_seconds, limits_.timeout_seconds, served_);
  l.max_rows = Narrowed(flags.max_rows, limits_.max_rows, served_);
  l.max_memory_mb = Narrowed(flags.max_memory_mb, limits_.max_memory_mb, served_);
  return l;
}

Status Session::CheckRowLimit(size_t rows) {
  if (!served_ || limits_.max_rows == 0 || rows <= limits_.max_rows) return Status::Ok();
  NoteLimit(Status::RowLimit("the answer has " + std::to_string(rows) + " rows, more than the server's limit of " +
                             std::to_string(limits_.max_rows) + " (netra serve --max-rows): narrow the question"));
  return limit_hit_;
}

Result<std::shared_ptr<store::Store>> Session::ReadStore(const std::string& db, bool whole_scan) {
  if (shared_ != nullptr) return shared_;
  NETRA_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> opened, OpenStore(db, true, false, !whole_scan));
  return std::shared_ptr<store::Store>(std::move(opened));
}

Result<std::shared_ptr<const graph::Projection>> Session::LoadProjection(const store::Store& store,
                                                                         const graph::ProjectionFilter& filter,
                                                                         bool use_file_cache) {
  graph::ProjectionCacheOptions cache;
  cache.enabled = use_file_cache;
  // --no-cache asks for the graph as the indexes hold it: not from memory either.
  if (projections_ != nullptr && use_file_cache) return projections_->Load(store, filter, cache);
  NETRA_ASSIGN_OR_RETURN(graph::CachedProjection loaded,
                         graph::LoadProjection(store, filter, graph::Projection::Names::kAll, cache));
  return std::shared_ptr<const graph::Projection>(std::move(loaded.projection));
}

}  // namespace netra::cli
