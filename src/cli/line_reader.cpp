#include "cli/line_reader.h"

#include <editline/readline.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace netra::cli {

namespace {

// How many lines the history file keeps.
constexpr int kHistoryLines = 1000;

// libedit's readline(): editing, and history with the arrow keys and
// Ctrl-R. One per process (libedit's state is global).
class TerminalReader : public LineReader {
 public:
  TerminalReader(std::string prompt, std::string history_file)
      : prompt_(std::move(prompt)), history_file_(std::move(history_file)) {
    rl_readline_name = "netra";
    using_history();
    stifle_history(kHistoryLines);
    if (!history_file_.empty()) read_history(history_file_.c_str());  // none yet is fine
  }

  std::optional<std::string> Next() override {
    std::cout.flush();
    char* raw = readline(prompt_.c_str());
    if (raw == nullptr) {
      std::cout << "\n";  // Ctrl-D: leave the terminal on a fresh line
      return std::nullopt;
    }
    std::string line(raw);
    std::free(raw);
    if (line.find_first_not_of(" \t") != std::string::npos) Remember(line);
    return line;
  }

  bool interactive() const override { return true; }

 private:
  // Saved at once: a shell that is killed keeps what was typed.
  void Remember(const std::string& line) {
    add_history(line.c_str());
    if (history_file_.empty()) return;
    if (write_history(history_file_.c_str()) != 0 && !warned_) {
      std::cerr << "netra: cannot write the history file " << history_file_ << " (set NETRA_HISTORY)\n";
      warned_ = true;
    }
  }

  std::string prompt_;
  std::string history_file_;
  bool warned_ = false;
};

class PipeReader : public LineReader {
 public:
  std::optional<std::string> Next() override {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  }

  bool interactive() const override { return false; }
};

}  // namespace

std::unique_ptr<LineReader> LineReader::ForStdin(const std::string& prompt, const std::string& history_file) {
  if (::isatty(STDIN_FILENO)) return std::make_unique<TerminalReader>(prompt, history_file);
  return std::make_unique<PipeReader>();
}

std::string HistoryFile() {
  if (const char* set = std::getenv("NETRA_HISTORY")) return set;
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.netra_history";
  }
  return "";
}

}  // namespace netra::cli
