// `netra evidence`: the documents and sentences behind a fact or an entity.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/evidence.h"
#include "cli/session.h"
#include "query/entity_lookup.h"

namespace netra::cli {

namespace {

struct EvidenceOptions {
  std::string db = "netra.db";
  std::string format = "text";
  std::vector<std::string> words;  // ENTITY, or SUBJECT PREDICATE OBJECT
};

bool AllDigits(std::string_view s) {
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool IsIsoDate(std::string_view s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && AllDigits(s.substr(0, 4)) && AllDigits(s.substr(5, 2)) &&
         AllDigits(s.substr(8, 2));
}

// The literals `text` may be: a date, an integer, a string.
std::vector<model::Term> LiteralReadings(const std::string& text) {
  std::vector<model::Term> readings;
  if (IsIsoDate(text)) readings.push_back(model::Term::Date(text));
  if (AllDigits(text)) readings.push_back(model::Term{model::TermKind::kInteger, text});
  readings.push_back(model::Term::String(text));
  return readings;
}

// SUBJECT PREDICATE OBJECT as a stored triple: the subject an entity (id or
// name), the predicate a name (`cites`, `netra:cites`), the object a literal
// the store holds in that fact, else an entity.
Result<model::Triple> ResolveFact(const store::Store& store, const std::vector<std::string>& words) {
  NETRA_ASSIGN_OR_RETURN(std::string subject, ResolveArg(store, words[0], ""));
  std::string predicate = words[1].rfind("netra:", 0) == 0 ? words[1].substr(6) : words[1];
  model::Triple t{model::Term::Entity(subject), model::Term::Entity(predicate), {}};
  for (model::Term& literal : LiteralReadings(words[2])) {
    t.object = std::move(literal);
    NETRA_ASSIGN_OR_RETURN(uint64_t documents, store.SupportCount(t));
    if (documents > 0) return t;
  }
  NETRA_ASSIGN_OR_RETURN(std::string object, ResolveArg(store, words[2], ""));
  t.object = model::Term::Entity(object);
  return t;
}

Status Print(const store::Store& store, const EvidenceOptions& o, const EvidenceOutput& output, std::ostream& out) {
  if (o.words.size() == 1) {
    NETRA_ASSIGN_OR_RETURN(std::string id, ResolveArg(store, o.words[0], ""));
    return PrintEvidence(store, {id}, output, out);
  }
  if (o.words.size() != 3) {
    return Status::InvalidArgument("give one entity, or a fact as SUBJECT PREDICATE OBJECT (three arguments), not " +
                                   std::to_string(o.words.size()) + " arguments");
  }
  NETRA_ASSIGN_OR_RETURN(model::Triple fact, ResolveFact(store, o.words));
  return PrintFactEvidence(store, {fact}, output, out);
}

int Run(const EvidenceOptions& o, Session& session) {
  auto st = session.ReadStore(o.db);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  EvidenceOutput output;
  output.format = o.format;
  output.bold = o.format == "text" && session.out_is_terminal();
  Status s = Print(**st, o, output, session.out());
  // An unknown entity or fact is the user's to fix: a usage error.
  if (s.code() == StatusCode::kNotFound) s = Status::InvalidArgument(s.message());
  return s.ok() ? static_cast<int>(kExitOk) : ReportStatus(s, "evidence");
}

Command Evidence() {
  auto o = std::make_shared<EvidenceOptions>();
  return {"evidence",
          "the documents and sentences behind a fact (SUBJECT PREDICATE OBJECT) or behind every fact of an entity",
          [=](CLI::App* app) {
            app->add_option("fact", o->words,
                            "an entity (id or name: \"UU 20/2023\", 16.73), or a fact as three arguments: "
                            "SUBJECT PREDICATE OBJECT (Region:16.73 part_of Region:16; an object that is not an "
                            "entity is a literal: 2024-08-12, 20, \"Kota Lubuk Linggau\")")
                ->required();
            app->add_option("--format", o->format,
                            "text (default: the cited bytes between » and «, bold on a terminal) or json (ids, "
                            "byte offsets into the original text, the cited bytes and the sentence)")
                ->check(CLI::IsMember({"text", "json"}));
            AddDbOption(app, &o->db);
          },
          [=](Session& session) { return Run(*o, session); }};
}

}  // namespace

std::vector<Command> EvidenceCommands() { return {Evidence()}; }

}  // namespace netra::cli
