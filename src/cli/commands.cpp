#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/session.h"
#include "core/paths.h"

namespace netra::cli {

std::vector<Command> AllCommands() {
  std::vector<Command> commands;
  for (auto group : {DocumentCommands, QueryCommands, ExportCommands, GraphCommands, EvidenceCommands, LookupCommands,
                     ShellCommands, ServeCommands}) {
    for (Command& c : group()) commands.push_back(std::move(c));
  }
  return commands;
}

namespace {

// What the shell refuses of a line before reading its flags: a command that
// writes, and the shell itself. "" if the line may run.
std::string RefusedInShell(const std::vector<std::string>& args, const std::vector<Command>& commands) {
  if (args.empty()) return "";
  auto named = std::find_if(commands.begin(), commands.end(), [&](const Command& c) { return args[0] == c.name; });
  if (named == commands.end()) return "";
  if (args[0] == "shell" || args[0] == "serve") return "already in the shell";
  if (!named->writes) return "";
  return "`" + args[0] + "` writes, and the shell only reads its store: run `netra " + args[0] +
         " ...` beside the shell (the shell sees what it wrote from its next command on)";
}

// The shell answers from the store it opened: a line's --db would be
// ignored, so it is refused.
bool GaveDb(const CLI::App* sub) {
  const CLI::Option* db = sub->get_option_no_throw("--db");
  return db != nullptr && db->count() > 0;
}

}  // namespace

int RunCommandLine(const std::string& program, const std::vector<std::string>& args, Session& session) {
  DiagnosticsTo diagnostics(session.err());
  CLI::App app{"netra: a knowledge graph of Indonesian civic news (ASN neutrality, Pilkada, Pemilu)", program};
  app.footer(
      "Exit codes: 0 ok; 1 usage; 2 some inputs failed (reported on stderr, the rest processed); "
      "3 store or I/O error.");
  app.set_version_flag("--version", std::string("netra ") + Version());
  app.require_subcommand(1);
  std::string schema_dir;
  if (!session.shell()) {
    // Global, so that every command reads the same lexicon and gazetteer.
    app.add_option("--schema-dir", schema_dir,
                   "folder of vocabulary, gazetteer, catalog and lexicon files (default $NETRA_SCHEMA_DIR, "
                   "else the schema/ netra was built with)");
  }
  bool csv_raw = false;
  app.add_flag("--csv-raw", csv_raw,
               "CSV/TSV answers and exported CSV keep cells that start with = + - @ as they are (by default a ' "
               "goes in front, so that a spreadsheet does not run them as formulas)");
  app.fallthrough();  // global options may stand after the command name too
  std::vector<Command> commands = AllCommands();
  if (session.shell()) {
    std::string refused = RefusedInShell(args, commands);
    if (!refused.empty()) return ReportStatus(Status::InvalidArgument(refused), args[0]);
  }
  std::vector<std::pair<CLI::App*, const Command*>> bound;
  for (const Command& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    c.bind(sub);
    bound.emplace_back(sub, &c);
  }
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them last first
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e, session.out(), session.err());
    std::string hint = HintForParseError(app, e, args);
    if (!hint.empty()) session.err() << "netra: did you mean `" << hint << "`?\n";
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (!schema_dir.empty()) SetSchemaDir(schema_dir);
  session.set_formula_cells(csv_raw ? FormulaCells::kRaw : FormulaCells::kProtect);
  for (const auto& [sub, cmd] : bound) {
    if (!sub->parsed()) continue;
    if (session.shell() && GaveDb(sub)) {
      return ReportStatus(Status::InvalidArgument("the shell reads the store it opened: leave out --db"), cmd->name);
    }
    return cmd->run(session);
  }
  return kExitUsage;
}

int Main(int argc, char** argv) {
  Session one_shot;
  if (argc < 1) return RunCommandLine("netra", {}, one_shot);
  return RunCommandLine(argv[0], std::vector<std::string>(argv + 1, argv + argc), one_shot);
}

}  // namespace netra::cli
