// The command-line interface: a table of commands over the library.
//
// Exit codes (documented in the README and in `netra --help`):
//   0 ok; 1 usage; 2 some inputs failed; 3 store or I/O error.
#pragma once

#include <string>
#include <vector>

namespace netra::cli {

class Session;

// Parses argv, runs the command, returns the process exit code. Data goes to
// stdout, diagnostics to stderr.
int Main(int argc, char** argv);

// Parses `args` (a command line after the program's name: `neighbors
// 16.73 --hops 2`) as Main does and runs the command on `session`'s store;
// returns the command's exit code. `program` names netra in usage lines.
// In the shell (session.shell()), a command that writes is refused, and so
// are --db (the shell reads the store it opened) and --schema-dir (read
// once, when the shell starts).
int RunCommandLine(const std::string& program, const std::vector<std::string>& args, Session& session);

}  // namespace netra::cli
