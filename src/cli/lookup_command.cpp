// `netra lookup NAME`: what the entity look-up every command uses
// (cli/entity_args.h over query/entity_lookup.h) finds for a name, as rows,
// so that a user (or the explorer's search box, through `netra serve`) sees
// the candidates and how each matched before asking about one.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/output.h"
#include "cli/session.h"
#include "model/term.h"
#include "query/entity_lookup.h"

namespace netra::cli {

namespace {

const std::vector<std::string> kLookupColumns = {"id", "type", "label", "match", "score"};

// The rank of the rule that matched, for a reader or a search box to
// order by: 1 for the rules that name one entity exactly, less for looser
// ones. Not a probability.
double MatchScore(query::LookupMatch match) {
  switch (match) {
    case query::LookupMatch::kNameWithoutKind: return 0.9;
    case query::LookupMatch::kWords: return 0.5;
    case query::LookupMatch::kNear: return 0.25;
    default: return 1.0;
  }
}

struct LookupOptions {
  std::string db = "netra.db";
  std::string name;
  std::string type;
  size_t limit = 20;
  std::string format = "table";
};

int RunLookup(const LookupOptions& o, Session& session) {
  auto st = session.ReadStore(o.db);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  query::LookupOptions lo;
  lo.type = o.type;
  lo.known = SchemaNames();
  auto found = query::FindEntities(**st, o.name, lo);
  if (!found.ok()) return ReportStatus(found.status(), "lookup");
  if (found->empty()) Diagnostics() << "netra: lookup: no entity matches `" << o.name << "`\n";
  Value rows = Value::Array();
  for (size_t i = 0; i < found->size() && i < o.limit; ++i) {
    const query::EntityCandidate& c = (*found)[i];
    Value row = Value::Object();
    row.Set("id", Value::Str(c.id));
    row.Set("type", Value::Str(std::string(model::Term::EntityTypeOf(c.id))));
    row.Set("label", Value::Str(c.label));
    row.Set("match", Value::Str(query::LookupMatchName(c.match)));
    row.Set("score", Value::Double(MatchScore(c.match)));
    rows.Push(std::move(row));
  }
  if (Status s = session.CheckRowLimit(rows.items().size()); !s.ok()) return ReportStatus(s, "lookup");
  PrintRows(rows, o.format, session.out(), kLookupColumns, {}, session.formula_cells());
  return kExitOk;
}

Command Lookup() {
  auto o = std::make_shared<LookupOptions>();
  return {
      "lookup", "the entities a name, code or id matches, as every command looks them up (and \"did you mean\")",
      [=](CLI::App* app) {
        app->add_option("name", o->name, "a name, code or id: \"lubuk linggau\", 16.73, \"UU 20/2023\"")->required();
        app->add_option("--type", o->type, "only entities of this type: Region, Person, Statute ...")
            ->check(OneOf(EntityTypes(), "type"));
        app->add_option("--limit", o->limit, "how many candidates at most (default 20)");
        app->add_option("--format", o->format, "table (default), json, csv or tsv")
            ->check(CLI::IsMember({"table", "json", "csv", "tsv"}));
        AddDbOption(app, &o->db);
        app->footer(
            "match says which rule found each: id, statute, code, name (a label, abbreviation or alias), "
            "name-without-kind (without Kota/Kabupaten/Provinsi), words (words of a label) or near (a "
            "misspelt region: did you mean); score ranks them (1 exact ... 0.25 near). No match: no rows, "
            "exit 0.");
      },
      [=](Session& session) { return RunLookup(*o, session); }};
}

}  // namespace

std::vector<Command> LookupCommands() { return {Lookup()}; }

}  // namespace netra::cli
