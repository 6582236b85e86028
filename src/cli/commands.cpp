#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "core/paths.h"

namespace netra::cli {

int Main(int argc, char** argv) {
  CLI::App app{"netra: a knowledge graph of Indonesian civic news (ASN neutrality, Pilkada, Pemilu)"};
  app.footer(
      "Exit codes: 0 ok; 1 usage; 2 some inputs failed (reported on stderr, the rest processed); "
      "3 store or I/O error.");
  app.set_version_flag("--version", std::string("netra ") + Version());
  app.require_subcommand(1);
  // Global, so that every command reads the same lexicon and gazetteer;
  // fallthrough lets it stand after the command name as well.
  std::string schema_dir;
  app.add_option("--schema-dir", schema_dir,
                 "folder of vocabulary, gazetteer, catalog and lexicon files (default $NETRA_SCHEMA_DIR, "
                 "else the schema/ netra was built with)");
  app.fallthrough();
  std::vector<Command> commands;
  for (auto group : {DocumentCommands, QueryCommands, ExportCommands, GraphCommands, EvidenceCommands}) {
    for (Command& c : group()) commands.push_back(std::move(c));
  }
  std::vector<std::pair<CLI::App*, const Command*>> bound;
  for (const Command& c : commands) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    c.bind(sub);
    bound.emplace_back(sub, &c);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    std::string hint = HintForParseError(app, e, std::vector<std::string>(argv + 1, argv + argc));
    if (!hint.empty()) std::cerr << "netra: did you mean `" << hint << "`?\n";
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (!schema_dir.empty()) SetSchemaDir(schema_dir);
  for (const auto& [sub, cmd] : bound) {
    if (sub->parsed()) return cmd->run();
  }
  return kExitUsage;
}

}  // namespace netra::cli
