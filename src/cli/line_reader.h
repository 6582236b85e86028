// Where `netra shell` reads its lines: typed at a terminal, with line
// editing and a history kept between sessions (libedit, BSD-licensed), or
// read from a pipe or a file one line at a time, with no prompt, so that
// scripts can pipe questions in.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace netra::cli {

class LineReader {
 public:
  // Reads standard input: with `prompt`, editing and history when it is a
  // terminal, the history loaded from `history_file` and saved to it after
  // every line ("" = none kept); else plain lines.
  static std::unique_ptr<LineReader> ForStdin(const std::string& prompt, const std::string& history_file);

  virtual ~LineReader() = default;

  // The next line, without its end of line; nullopt at the end of input
  // (Ctrl-D at a terminal).
  virtual std::optional<std::string> Next() = 0;

  // Whether lines come from a terminal (a person typing).
  virtual bool interactive() const = 0;
};

// The history file: $NETRA_HISTORY if set, else ~/.netra_history, else
// (no home) "".
std::string HistoryFile();

}  // namespace netra::cli
