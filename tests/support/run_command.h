// Runs the netra binary as a user would, capturing its exit code, stdout
// and stderr: the CLI tests check messages and exit codes end to end.
#pragma once

#include <string>
#include <vector>

namespace netra::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `netra` with these arguments (each passed as one argv entry) and,
// when `stdin_text` is not empty, feeds it on standard input.
CommandResult RunNetra(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace netra::testing
