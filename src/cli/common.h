// Helpers every command shares: opening the store, loading schema/,
// reporting a Status as a message and an exit code.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/context.h"
#include "ingest/loader.h"
#include "store/store.h"

namespace CLI {
class App;
}  // namespace CLI

namespace netra::cli {

// kExitIncomplete: a limit (--timeout, --max-rows, --max-memory; core/limits.h)
// stopped the command; what it printed is a part of the answer.
enum ExitCode { kExitOk = 0, kExitUsage = 1, kExitInputs = 2, kExitStore = 3, kExitIncomplete = 4 };

// Where this thread's diagnostics go: standard error, or, while a
// DiagnosticsTo lives on the thread, its stream (RunCommandLine points it
// at the session's err(), so that a server request's messages go into its
// response, not into another request's). A thread-local rather than a
// parameter: every command reports through ReportStatus, from many depths.
std::ostream& Diagnostics();
class DiagnosticsTo {
 public:
  explicit DiagnosticsTo(std::ostream& err);
  ~DiagnosticsTo();
  DiagnosticsTo(const DiagnosticsTo&) = delete;
  DiagnosticsTo& operator=(const DiagnosticsTo&) = delete;

 private:
  std::ostream* previous_;
};

// Prints "netra: <context>: <message>" on Diagnostics(); returns the exit code the
// status maps to (InvalidArgument -> usage, BadInput -> inputs, a limit ->
// incomplete, else store).
int ReportStatus(const Status& s, const std::string& context);

// For failures to open or use the store: prints like ReportStatus and
// always returns kExitStore, whatever the status code (a folder that is not
// a netra store is a store problem, not a usage error).
int ReportStoreError(const Status& s, const std::string& context);

// Prints each problem as "netra: <where>: <message>" on Diagnostics().
void PrintProblems(const std::vector<ingest::Diagnostic>& problems);

// Loads regions.tsv and statutes.tsv from the schema folder.
Result<extract::Resources> LoadResources();

// Opens the store: read-only commands open it as a reader, which works
// while an ingest holds it. `mmap_reads`: store::OpenOptions::mmap_reads.
Result<std::unique_ptr<store::Store>> OpenStore(const std::string& dir, bool read_only, bool bulk = false,
                                                bool mmap_reads = true);

// Adds `--db DIR` (default ./netra.db).
void AddDbOption(CLI::App* app, std::string* db);

}  // namespace netra::cli
