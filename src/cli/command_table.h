// The command table: each command is a name, a one-line help, a function
// that binds its options to CLI11 and a function that runs it. Commands are
// grouped by the module they front (document_commands.cpp, query_commands.cpp,
// export_commands.cpp ...) and AllCommands() assembles the table (Ninja's
// kTools, RocksDB's LDBCommand), which both `netra COMMAND` and the lines of
// `netra shell` run through (commands.h).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace netra::cli {

class Session;

struct Command {
  const char* name;
  const char* help;
  // Binds the command's options; the state they fill lives in the closure,
  // so a command parses once: each command line takes fresh Commands.
  std::function<void(CLI::App*)> bind;
  // Runs it: a command that reads a store gets it from the session
  // (Session::ReadStore), opened for it or held open by the shell.
  std::function<int(Session&)> run;
  // It writes a store or an SST set (ingest, forget, sst): the shell, a
  // reader, refuses it.
  bool writes = false;
};

// Each group returns its commands; defined in its own file.
std::vector<Command> DocumentCommands();  // inspect, extract, ingest, sst, forget, stats, dump, verify
std::vector<Command> QueryCommands();     // query
std::vector<Command> GraphCommands();     // neighbors, path, rank, components, timeline
std::vector<Command> ExportCommands();    // export
std::vector<Command> EvidenceCommands();  // evidence (evidence_commands.cpp)
std::vector<Command> LookupCommands();    // lookup (lookup_command.cpp)
std::vector<Command> ShellCommands();     // shell (shell.cpp)
std::vector<Command> ServeCommands();     // serve (serve_command.cpp)

// Every command, in the order `netra --help` lists them.
std::vector<Command> AllCommands();

}  // namespace netra::cli
