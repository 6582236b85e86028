// query: the canned questions, and pattern queries (a SPARQL subset) over a store.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>

#include "cli/args.h"
#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/entity_args.h"
#include "cli/limits.h"
#include "cli/output.h"
#include "cli/row_evidence.h"
#include "cli/session.h"
#include "core/deadline.h"
#include "query/canned.h"
#include "query/pattern_query.h"
#include "query/pattern_results.h"
#include "query/region_scope.h"

namespace netra::cli {

namespace {

struct QueryOptions {
  std::string db = "netra.db";
  std::string name;
  std::string file;
  std::string format = "table";
  bool explain = false;
  bool no_cache = false;
  bool evidence = false;  // canned: each row's documents and sentences
  query::CannedFilter filter;
  LimitFlags limits;
};

constexpr const char* kPatternHelp = R"(
Pattern queries (a SPARQL subset), answered from the store's indexes:

  netra query 'SELECT ?name ?law WHERE {
                 ?person netra:cites ?law ; netra:label ?name ;
                         netra:holds_position ?pos .
                 ?pos netra:position_in region:16.73 }'

  PREFIX p: <iri>      add or replace a prefix. Built in, the namespaces of
                       `export --format ntriples`: netra: <https://netra.invalid/vocab/>
                       for predicates; Region: region: Person: person: ...
                       <https://netra.invalid/id/Region:> ... for entity ids, so
                       region:16.73 = <https://netra.invalid/id/Region:16.73>
                       (= <Region:16.73>); rdfs: (rdfs:label = netra:label) xsd:
  paths: ?p netra:holds_position/netra:position_in ?r   ^p  p|q  p*  p+  p?  (p/q)*
  SELECT [DISTINCT] ?a ?b | * | (COUNT([DISTINCT] ?x|*) AS ?n)
  WHERE { s p o . s p o ; p o , o .
          GRAPH ?doc { s p o }          ?doc = each document stating the fact
          OPTIONAL { ... }
          FILTER (expr) }               = != < > <= >= && || ! ( )
  GROUP BY ?a  ORDER BY ?a DESC(?n)  LIMIT n  OFFSET n
  literals: "text"  42  "2024-08-31"^^xsd:date  (dates compare as dates,
            also with "2024-08-31"; integers as numbers)
  functions: LCASE UCASE STR BOUND YEAR CONTAINS STRSTARTS STRENDS
             netra:fold(x) (lower case, accents dropped)
             netra:contains(x, "lubuk linggau") (folded contains)
             netra:type(?x) = "Region"
  --format sparql-json|sparql-csv|sparql-tsv: the W3C SPARQL 1.1 results formats
  --file - reads the query from standard input
  --explain prints the join order chosen from index statistics and warns
  when a step scans the whole store. Errors give line and column.

Rows are printed as they are found (a table once its first 1000 rows
have set the column widths), except where ORDER BY, GROUP BY or COUNT
need them all first. --timeout, --max-rows and --max-memory stop a query
that runs too long, prints too much or must hold too much to sort or
count: what was printed stays, marked incomplete (the table's last line,
JSON's last element {"incomplete": {...}}, stderr), and the exit status is 4.
)";

Result<std::string> QueryText(const QueryOptions& o) {
  if (o.file.empty()) return o.name;
  if (o.file == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return Status::InvalidArgument("cannot read " + o.file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// --region and --statute name an entity as every argument does
// (cli/entity_args.h); a regional act named without its region is looked
// for in the region.
Status ResolveFilter(const store::Store& store, query::CannedFilter* f) {
  std::set<std::string> within;
  if (!f->region.empty()) {
    NETRA_ASSIGN_OR_RETURN(f->region, ResolveArg(store, f->region, "Region"));
    NETRA_ASSIGN_OR_RETURN(within, query::RegionsWithin(store, f->region, f->subregions));
  }
  if (!f->statute.empty()) {
    NETRA_ASSIGN_OR_RETURN(f->statute, ResolveArg(store, f->statute, "Statute", within));
  }
  return Status::Ok();
}

// The flags of one kind of query given to the other: InvalidArgument.
Status CheckFlags(const QueryOptions& o, bool pattern) {
  const query::CannedFilter& f = o.filter;
  bool canned_flags = !f.region.empty() || !f.statute.empty() || !f.from.empty() || !f.to.empty() || !f.kind.empty() ||
                      !f.subregions || o.no_cache;
  if (pattern && canned_flags) {
    return Status::InvalidArgument(
        "--region, --no-subregions, --statute, --from, --to, --kind and --no-cache are for canned questions; "
        "a pattern query says what it wants in its WHERE and FILTER");
  }
  if (!pattern && o.explain) return Status::InvalidArgument("--explain is for pattern queries (SELECT ...)");
  if (!pattern && o.limits.max_memory_mb) {
    return Status::InvalidArgument(
        "--max-memory is for pattern queries (SELECT ...); canned questions take "
        "--timeout and --max-rows");
  }
  if (pattern && o.evidence) {
    return Status::InvalidArgument("--evidence is for canned questions; for a fact, use `netra evidence S P O`");
  }
  if (o.evidence && o.format != "table" && o.format != "json") {
    return Status::InvalidArgument("--evidence prints as table (rows with their sentences) or json");
  }
  if (!pattern && o.format.rfind("sparql-", 0) == 0) {
    return Status::InvalidArgument("--format " + o.format + " is for pattern queries (SELECT ...)");
  }
  if (!f.subregions && f.region.empty()) return Status::InvalidArgument("--no-subregions needs --region");
  return pattern ? Status::Ok() : query::CheckCannedFilters(o.name, f);
}

// Prints a pattern query's rows as they come: the W3C formats write terms
// (pattern_results.h); the others print the rows as canned questions do,
// with the header even when there are none.
class PatternPrinter : public query::RowSink {
 public:
  PatternPrinter(const std::string& format, Session& session) : format_(format), session_(session) {
    const auto& w3c = query::SparqlResultFormats();
    if (std::find(w3c.begin(), w3c.end(), format) != w3c.end()) sparql_.emplace(format, session.out());
  }

  void Begin(const std::vector<std::string>& columns) override {
    begun_ = true;
    columns_ = columns;
    if (sparql_) {
      sparql_->Begin(columns);
    } else {
      rows_.emplace(format_, session_.out(), columns, session_.formula_cells(), kTableWidthRows);
    }
  }
  void Row(std::vector<std::optional<model::Term>>& row) override {
    ++printed_;
    if (sparql_)
      sparql_->Row(row);
    else
      rows_->Add(query::RowValue(columns_, row));
  }
  void Flush() override { session_.out().flush(); }
  // Ends the answer, if it began (a query stopped while it was planned
  // printed nothing).
  void End(const Value& incomplete) {
    if (!begun_) return;
    if (sparql_)
      sparql_->End(incomplete);
    else if (rows_)
      rows_->End(incomplete);
  }
  uint64_t printed() const { return printed_; }

 private:
  // A table is aligned on its first 1000 rows, a screenful or two: the
  // rows after are printed as they come.
  static constexpr size_t kTableWidthRows = 1000;

  std::string format_;
  Session& session_;
  std::vector<std::string> columns_;
  std::optional<query::SparqlResultWriter> sparql_;
  std::optional<RowPrinter> rows_;
  bool begun_ = false;
  uint64_t printed_ = 0;
};

int PrintPatternResult(Session& session, const store::Store& store, const std::string& text, const std::string& format,
                       const Limits& limits) {
  PatternPrinter printer(format, session);
  Status s = query::StreamPatternQuery(store, text, limits, &printer, session.plan_statistics());
  if (!s.ok() && !IsLimit(s)) return ReportStatus(s, "query");  // before the first row: a bad query, a store error
  if (s.ok()) {
    printer.End(Value());
    return kExitOk;
  }
  session.NoteLimit(s);
  printer.End(IncompleteMarker(s, limits, session.served(), printer.printed()));
  return ReportIncomplete(s, "query", limits, session.served(), printer.printed());
}

// A canned answer within `limits.max_rows`: the rows past it dropped, and
// RowLimit if there were any.
Status CutCannedRows(const Limits& limits, Value* rows) {
  if (limits.max_rows == 0 || rows->items().size() <= limits.max_rows) return Status::Ok();
  Value kept = Value::Array();
  for (size_t i = 0; i < limits.max_rows; ++i) kept.Push(rows->items()[i]);
  *rows = std::move(kept);
  return TooManyRows(limits.max_rows);
}

int RunQuery(QueryOptions o, Session& session) {
  if (o.file == "-") {
    if (Status s = session.RefuseStdin("--file -"); !s.ok()) return ReportStatus(s, "query");
  }
  auto text = QueryText(o);
  if (!text.ok()) return ReportStatus(text.status(), "query");
  bool pattern = query::IsPatternQuery(*text);
  if (!pattern && !o.file.empty())
    return ReportStatus(Status::InvalidArgument("the file holds no SELECT query"), "query");
  if (!pattern) {
    const auto& names = query::CannedQueryNames();
    if (std::find(names.begin(), names.end(), *text) == names.end()) {
      std::string all;
      for (const auto& n : names) all += " " + n;
      return ReportStatus(Status::InvalidArgument("`" + *text + "` is neither a canned query (" + all.substr(1) +
                                                  ") nor a pattern query (SELECT ...; see --help)"),
                          "query");
    }
  }
  if (Status s = CheckFlags(o, pattern); !s.ok()) return ReportStatus(s, pattern ? "query" : "query " + *text);
  Limits limits = session.LimitsFor(o.limits);
  // A canned answer has at most a row per fact of the store, never the
  // product a join can make: the default row limit, which is there to stop
  // such products, is not applied to it (a --max-rows given is, and a
  // server's).
  if (!pattern && !o.limits.max_rows && !session.served()) limits.max_rows = 0;
  std::optional<ScopedDeadline> deadline;
  if (limits.timeout_seconds > 0) {
    deadline.emplace(std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                            std::chrono::duration<double>(limits.timeout_seconds)));
  }
  auto st = session.ReadStore(o.db);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  Result<Value> rows = Value();
  if (pattern) {
    if (o.explain) {
      auto plan = query::ExplainPatternQuery(**st, *text, session.plan_statistics());
      if (!plan.ok()) return ReportStatus(plan.status(), "query");
      session.out() << *plan;
      return kExitOk;
    }
    return PrintPatternResult(session, **st, *text, o.format, limits);
  } else {
    Status s = ResolveFilter(**st, &o.filter);
    if (!s.ok()) return ReportStatus(s, "query " + *text);
    query::CannedFilter filter = o.filter;
    filter.use_cache = !o.no_cache;
    rows = query::RunCanned(**st, *text, filter);
  }
  const std::string context = "query " + *text;
  if (!rows.ok() && IsLimit(rows.status())) {
    session.NoteLimit(rows.status());
    return ReportIncomplete(rows.status(), context, limits, session.served(), 0);
  }
  if (!rows.ok()) return ReportStatus(rows.status(), context);
  Status cut = CutCannedRows(limits, &*rows);
  if (o.evidence) {
    EvidenceOutput output;
    output.format = o.format == "json" ? "json" : "text";
    output.bold = output.format == "text" && session.out_is_terminal();
    if (Status s = PrintRowsWithEvidence(**st, *rows, output, session.out()); !s.ok()) {
      return ReportStatus(s, context + " --evidence");
    }
  } else {
    Value incomplete = cut.ok() ? Value() : IncompleteMarker(cut, limits, session.served(), rows->items().size());
    PrintRows(*rows, o.format, session.out(), {}, query::CannedColumns(*text), session.formula_cells(), incomplete);
  }
  if (cut.ok()) return kExitOk;
  session.NoteLimit(cut);
  return ReportIncomplete(cut, context, limits, session.served(), rows->items().size());
}

Command Query() {
  auto o = std::make_shared<QueryOptions>();
  return {"query",
          "canned questions (regions-citing-laws, regions, officials, statutes, events, co-cited-laws) or a "
          "pattern query 'SELECT ... WHERE { ... }'",
          [=](CLI::App* app) {
            AddDbOption(app, &o->db);
            app->add_option("query", o->name, "a canned query's name, or a pattern query (SELECT ...)");
            app->add_option("--file", o->file, "read the pattern query from this file (`-`: standard input)");
            app->add_flag("--explain", o->explain, "print the pattern query's plan instead of running it");
            app->add_option("--format", o->format,
                            "table (default), json, csv or tsv; for pattern queries also the W3C SPARQL 1.1 "
                            "results formats sparql-json, sparql-csv, sparql-tsv")
                ->check(CLI::IsMember({"table", "json", "csv", "tsv", "sparql-json", "sparql-csv", "sparql-tsv"}));
            app->add_option("--region", o->filter.region,
                            "canned: only this region and the regions inside it (code, id or name: 16.73, OKUT, "
                            "\"Sumatera Selatan\")");
            app->add_flag(
                "--no-subregions", [o](int64_t) { o->filter.subregions = false; },
                "canned: --region alone, without its kabupaten/kota");
            app->add_option("--statute", o->filter.statute,
                            "canned: only this statute (\"UU 20/2023\", \"Undang-Undang Nomor 20 Tahun 2023\", id)");
            app->add_option("--from", o->filter.from,
                            "canned: from this date (YYYY-MM-DD; YYYY-MM, YYYY from their first day)")
                ->transform(IsoDate(DateBound::kFirst));
            app->add_option("--to", o->filter.to, "canned: to this date (YYYY-MM-DD; YYYY-MM, YYYY to their last day)")
                ->transform(IsoDate(DateBound::kLast));
            app->add_option("--kind", o->filter.kind,
                            "canned: events: apel, sosialisasi, rapat, kampanye, pelantikan, pemilihan, other; "
                            "regions: provinsi, kabupaten, kota");
            app->add_flag("--evidence", o->evidence,
                          "canned: after each row, the documents it rests on and the sentence of each (as `netra "
                          "evidence`), table or json");
            app->add_flag("--no-cache", o->no_cache,
                          "canned: compute regions-citing-laws and co-cited-laws from the indexes, not from the "
                          "table an earlier question saved (large stores keep it in DB/netra-cache/, replaced after "
                          "any write)");
            AddLimitOptions(app, &o->limits);
            app->footer(kPatternHelp);
          },
          [=](Session& session) {
            if (o->name.empty() && o->file.empty()) {
              return ReportStatus(Status::InvalidArgument("give a query name, a SELECT query or --file"), "query");
            }
            return RunQuery(*o, session);
          }};
}

}  // namespace

std::vector<Command> QueryCommands() { return {Query()}; }

}  // namespace netra::cli
