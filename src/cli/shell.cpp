// `netra shell`: many questions over one open store (issue 17, "warm
// answers"). A one-shot command pays for starting the process, opening the
// store, loading the schema's names and (path, rank, components) loading a
// projection before it answers; the shell pays once. Each line is a command
// as on the command line, without `netra` and without --db, run through the
// same command table and flags (commands.h) on the shell's store, so that it
// prints exactly what the one-shot command prints.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/command_table.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/line_reader.h"
#include "cli/session.h"
#include "cli/shell_words.h"

namespace netra::cli {

namespace {

constexpr const char* kPrompt = "netra> ";

// Decompressed blocks the shell keeps (store::OpenOptions): a question
// asked again, or one over the same part of the store, reads memory. A
// store of 100k articles is about 330 MB on disk, compressed.
constexpr size_t kBlockCacheBytes = 256ull << 20;

constexpr const char* kShellHelp = R"(Each line is a netra command without `netra` and without --db, answered
from the open store exactly as the command would answer:

  neighbors "OKU Timur"
  path 16.73 "UU 20/2023" --exclude-type Document
  query regions-citing-laws --region 16
  query 'SELECT ?name WHERE { ?p netra:cites Statute:UU/20/2023 ; netra:label ?name }'

Words are split as a shell splits them: '...' and "..." quote (in "...",
\" and \\ escape), a backslash keeps the next character, # starts a comment.
Before each command the shell looks for writes to the store (an ingest
beside it) and reads the new state if there is one. Commands that write
(ingest, forget, sst) run outside the shell.

  help, .help        this text;  help COMMAND: the command's flags
  .timer on|off      after each answer, the time it took (measured in-process)
  quit, exit, Ctrl-D leave the shell

Commands:
)";

// The commands a line may run, with their one-line help.
void PrintHelp() {
  std::cout << kShellHelp;
  for (const Command& c : AllCommands()) {
    if (c.writes || std::string(c.name) == "shell") continue;
    std::cout << fmt::format("  {:<12} {}\n", c.name, c.help);
  }
  std::cout.flush();
}

class Shell {
 public:
  explicit Shell(std::shared_ptr<store::Store> store) : store_(store), session_(std::move(store)) {}

  // Runs one line: its exit code, or nullopt for a line that ends the shell.
  // Never throws: a command that fails, however, leaves the shell running.
  std::optional<int> RunLine(const std::string& line) {
    Result<std::vector<std::string>> words = SplitWords(line);
    if (!words.ok()) return ReportStatus(words.status(), "shell");
    if (words->empty()) return kExitOk;
    const std::string& first = words->front();
    if ((first == "quit" || first == "exit") && words->size() == 1) return std::nullopt;
    if (first == "help" || first == ".help") return Help(*words);
    if (first == ".timer") return Timer(*words);
    if (first[0] == '.') return ReportStatus(Status::InvalidArgument("unknown shell command (see help)"), first);
    auto start = std::chrono::steady_clock::now();
    int code = Answer(*words);
    std::cout.flush();  // a script reading the answers through a pipe gets each as it is given
    if (timer_) {
      std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
      std::cerr << fmt::format("netra: time {:.3f} ms (in-process: store check, parsing and answer)\n", took.count());
    }
    return code;
  }

 private:
  int Answer(const std::vector<std::string>& words) {
    try {
      Result<bool> refreshed = store_->RefreshIfChanged();
      if (!refreshed.ok()) return ReportStoreError(refreshed.status(), "reading the new state of " + store_->dir());
      return RunCommandLine("netra", words, session_);
    } catch (const std::exception& e) {
      // One-shot, the process would end here; the shell goes on.
      return ReportStoreError(Status::IoError(e.what()), words.front());
    }
  }

  int Help(const std::vector<std::string>& words) {
    if (words.size() == 1) {
      PrintHelp();
      return kExitOk;
    }
    return RunCommandLine("netra", {words[1], "--help"}, session_);
  }

  int Timer(const std::vector<std::string>& words) {
    if (words.size() != 2 || (words[1] != "on" && words[1] != "off")) {
      return ReportStatus(Status::InvalidArgument("give on or off"), ".timer");
    }
    timer_ = words[1] == "on";
    return kExitOk;
  }

  std::shared_ptr<store::Store> store_;
  Session session_;
  bool timer_ = false;
};

int RunShell(const std::string& db) {
  store::OpenOptions options;
  options.read_only = true;
  options.create_if_missing = false;
  options.block_cache_bytes = kBlockCacheBytes;
  auto st = store::Store::Open(db, options);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + db);
  std::shared_ptr<store::Store> store(std::move(st).value());
  std::unique_ptr<LineReader> lines = LineReader::ForStdin(kPrompt, HistoryFile());
  if (lines->interactive()) {
    std::cerr << "netra shell over " << db << " (read-only): `help` lists the commands, `quit` or Ctrl-D leaves\n";
  }
  Shell shell(std::move(store));
  int last_failure = kExitOk;
  while (std::optional<std::string> line = lines->Next()) {
    std::optional<int> code = shell.RunLine(*line);
    if (!code) break;
    if (*code != kExitOk) last_failure = *code;
  }
  return last_failure;
}

Command ShellCommand() {
  auto db = std::make_shared<std::string>("netra.db");
  return {"shell",
          "many questions over one open store: each line a command without `netra` and --db (help, .timer on, "
          "quit)",
          [=](CLI::App* app) {
            AddDbOption(app, db.get());
            app->footer(
                "Reads lines from a terminal (with editing, and history in $NETRA_HISTORY, default "
                "~/.netra_history) or from a pipe (no prompt): printf 'neighbors 16.73\\nquery regions\\n' | netra "
                "shell --db DIR. Exit code: that of the last command that failed, else 0.");
          },
          [=](Session&) { return RunShell(*db); }};
}

}  // namespace

std::vector<Command> ShellCommands() { return {ShellCommand()}; }

}  // namespace netra::cli
