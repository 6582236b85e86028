// The command-line interface: a table of commands over the library.
//
// Exit codes (documented in the README and in `netra --help`):
//   0 ok; 1 usage; 2 some inputs failed; 3 store or I/O error.
#pragma once

namespace netra::cli {

// Parses argv, runs the command, returns the process exit code. Data goes to
// stdout, diagnostics to stderr.
int Main(int argc, char** argv);

}  // namespace netra::cli
