// The command table: each command is a name, a one-line help, a function
// that binds its options to CLI11 and a function that runs it. Commands are
// grouped by the module they front (document_commands.cpp, query_commands.cpp,
// export_commands.cpp ...) and Main() assembles the table (Ninja's kTools,
// RocksDB's LDBCommand).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}  // namespace CLI

namespace netra::cli {

struct Command {
  const char* name;
  const char* help;
  // Binds the command's options; the state they fill lives in the closure.
  std::function<void(CLI::App*)> bind;
  std::function<int()> run;
};

// Each group returns its commands; defined in its own file.
std::vector<Command> DocumentCommands();  // inspect, extract, ingest, forget, stats
std::vector<Command> QueryCommands();     // query
std::vector<Command> GraphCommands();     // neighbors, path, rank, components, timeline
std::vector<Command> ExportCommands();    // export
std::vector<Command> EvidenceCommands();  // evidence (evidence_commands.cpp)

}  // namespace netra::cli
