// inspect, extract, ingest, forget, stats: the commands that read documents
// or write the store.
#include <fcntl.h>
#include <fmt/core.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <utility>

#include "cli/command_table.h"
#include "cli/common.h"
#include "cli/session.h"
#include "pipeline/fact_binary.h"
#include "pipeline/fact_loader.h"
#include "pipeline/fact_writer.h"
#include "pipeline/pipeline.h"
#include "pipeline/process_pool.h"
#include "query/canned/citations.h"
#include "store/derived_cache.h"

namespace netra::cli {

namespace {

struct InputOptions {
  std::vector<std::string> paths;
  uint64_t max_doc_bytes = 10ull << 20;
  int jobs = 0;
};

void BindInputs(CLI::App* app, InputOptions* o) {
  app->add_option("paths", o->paths, ".txt files, .jsonl files, folders (walked recursively), or - for JSONL on stdin")
      ->required();
  app->add_option("--max-doc-size", o->max_doc_bytes, "skip documents larger than this many bytes (default 10 MiB)");
  app->add_option("--jobs,-j", o->jobs, "extraction threads (default: one per core); output order never changes");
}

// `flag` (--facts, --sst) reads what was extracted before: the flags that
// steer extraction (--max-doc-size, --jobs) are refused beside it (exit 1)
// rather than accepted and ignored. (--no-progress stays: there is no
// progress line then, as it asks.)
void RefuseExtractionFlags(CLI::App* app, const std::string& flag) {
  CLI::Option* mode = app->get_option(flag);
  for (const char* steering : {"--max-doc-size", "--jobs"}) {
    if (CLI::Option* other = app->get_option_no_throw(steering)) mode->excludes(other);
  }
}

// The path `-` (JSONL on standard input) is refused in the shell, whose
// standard input holds its lines.
Status CheckStdinPath(const Session& session, const InputOptions& o) {
  if (std::find(o.paths.begin(), o.paths.end(), "-") == o.paths.end()) return Status::Ok();
  return session.RefuseStdin("the path `-`");
}

// Standard output into a file or a pipe. The JSON forms of `extract` and
// `inspect` go through std::cout, and a 1 MiB stdio buffer makes a write(2)
// per MiB rather than two per document (`extract --format jsonl` writes its
// batches itself). A terminal keeps its line buffering. glibc ignores the
// size unless given the buffer, which must outlive the final flush at exit:
// hence static. Into a pipe (`extract | ingest --facts`, a Hadoop Streaming
// mapper), a 1 MiB pipe rather than 64 KiB lets a batch's write(2) go
// through at once instead of waking the reader and sleeping 16 times (best
// effort: the system's limit may be lower).
void UseLargeOutputBuffer() {
  static char buffer[1 << 20];
  if (!isatty(fileno(stdout))) std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
  struct stat st;
  if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode)) fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
}

// Writes bytes to standard output with write(2), straight from the buffer
// they were rendered into: the facts of `extract --format jsonl` are 12
// bytes per byte of article, and copying them into stdio's buffer first cost
// 2% of `--jobs 1`. What std::cout or stdio hold is flushed first,
// so that the bytes keep their order. Fails on a write error (a full disk).
Status WriteToStdout(std::string_view bytes) {
  std::cout.flush();
  std::fflush(stdout);
  while (!bytes.empty()) {
    ssize_t n = write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(std::strerror(errno));
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Status::Ok();
}

// Renders each document of the inputs with `render` on `o.jobs` threads
// (ProcessPool::Render) and hands what it wrote to `emit`, in input order;
// without `emit`, writes it to standard output as it is, a batch of
// documents a write(2). `emit` runs on the caller's thread and should only
// write bytes.
int ForEachRendered(const InputOptions& o, const pipeline::ProcessPool::Render& render,
                    const std::function<void(std::string_view)>& emit = nullptr) {
  auto res = LoadResources();
  if (!res.ok()) return ReportStatus(res.status(), "extract");
  UseLargeOutputBuffer();
  std::vector<ingest::Diagnostic> problems;
  auto inputs = ingest::ListInputs(o.paths, &problems);
  ingest::LoadOptions load;
  load.max_document_bytes = o.max_doc_bytes;
  // The problems of reading are found ahead of those of processing, by as
  // many documents as the threads have in hand; each is placed in input
  // order (2n: before document n was read, 2n + 1: document n failed), so
  // that the messages do not change with --jobs either.
  std::vector<std::pair<uint64_t, ingest::Diagnostic>> placed;
  uint64_t read = 0, taken = 0;
  auto on_problem = [&](const ingest::Diagnostic& d) { placed.emplace_back(2 * read, d); };
  pipeline::ProcessPool pool(*res, pipeline::WorkerCount(o.jobs), render);
  Status output;
  auto take = [&]() {
    std::unique_ptr<pipeline::ProcessPool::Batch> batch = pool.TakeBatch();
    for (size_t i = 0; i < batch->docs.size(); ++i, ++taken) {
      const pipeline::ProcessPool::Done& done = batch->docs[i];
      if (!done.processed.ok()) {
        placed.emplace_back(2 * taken + 1, ingest::Diagnostic{done.source, done.processed.status().message()});
      } else {
        if (!done.warning.empty()) placed.emplace_back(2 * taken + 1, ingest::Diagnostic{done.source, done.warning});
        if (emit) emit(batch->Rendered(i));
      }
    }
    // A failed document rendered nothing: the buffer is what to write.
    if (!emit && output.ok()) output = WriteToStdout(batch->rendered);
    pool.Recycle(std::move(batch));
  };
  for (const auto& input : inputs) {
    ingest::LoadFile(
        input, load,
        [&](model::Document&& doc) {
          if (!output.ok()) return;  // nothing more can be written
          while (pool.Full()) take();
          pool.Submit(std::move(doc));
          ++read;
        },
        on_problem);
  }
  while (pool.in_flight() > 0) take();
  std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& entry : placed) problems.push_back(std::move(entry.second));
  PrintProblems(problems);
  if (!output.ok()) return ReportStatus(output, "writing to standard output");
  return problems.empty() ? kExitOk : kExitInputs;
}

void Write(std::string_view bytes) { std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }

// `--format json` over any number of documents: one JSON document, an
// array with one object per document (one per line, so that `grep` still
// finds a document), `[]` for none. `jsonl` is the one-per-line form.
class JsonArrayWriter {
 public:
  void Item(std::string_view json) {
    std::cout << (count_++ == 0 ? "[\n" : ",\n");
    Write(json);
  }
  void End() { std::cout << (count_ == 0 ? "[]\n" : "\n]\n"); }

 private:
  size_t count_ = 0;
};

// extract --format binary: the file header, then a record per document,
// written straight to standard output as ForEachRendered writes (so an
// empty input still makes a valid file: the header alone).
int ExtractBinary(const InputOptions& o) {
  if (isatty(STDOUT_FILENO)) {
    std::cerr << "netra extract: --format binary is not for a terminal: redirect it to a file or a pipe\n";
    return kExitUsage;
  }
  std::string header;
  pipeline::AppendBinaryFactHeader(&header);
  if (Status s = WriteToStdout(header); !s.ok()) return ReportStatus(s, "writing to standard output");
  return ForEachRendered(o, pipeline::AppendBinaryFactRecord);
}

void AppendInspectText(const pipeline::ProcessedDocument& p, std::string* out) {
  *out += "# " + p.doc.id + "  (" + p.doc.source + ")\n";
  *out += "title: " + p.doc.title + "\n";
  if (p.analyzed.dateline) {
    *out += "dateline: " + p.analyzed.dateline->place + " | publisher: " + p.analyzed.dateline->publisher + "\n";
  }
  for (const auto& l : p.analyzed.lines) {
    if (l.cls == text::LineClass::kBlank) continue;
    std::string t = p.doc.text.substr(l.span.begin, l.span.end - l.span.begin);
    if (t.size() > 70) t = t.substr(0, 70) + "...";
    *out += fmt::format("  {:<13} [{},{}) {}\n", text::LineClassName(l.cls), l.span.begin, l.span.end, t);
  }
  *out += "sentences:\n";
  for (const auto& s : p.analyzed.sentences) {
    *out += fmt::format("  [{},{}) {}\n", s.span.begin, s.span.end, s.text);
  }
}

Command Inspect() {
  auto o = std::make_shared<InputOptions>();
  auto format = std::make_shared<std::string>("text");
  return {
      "inspect", "show what the text layer finds: lines and their classes, sentences with byte spans",
      [=](CLI::App* app) {
        BindInputs(app, o.get());
        app->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
      },
      [=](Session& session) {
        if (Status s = CheckStdinPath(session, *o); !s.ok()) return ReportStatus(s, "inspect");
        if (*format == "text") return ForEachRendered(*o, AppendInspectText);
        JsonArrayWriter array;
        int rc = ForEachRendered(
            *o,
            [](const pipeline::ProcessedDocument& p, std::string* out) { pipeline::InspectValue(p).AppendJson(out); },
            [&](std::string_view json) { array.Item(json); });
        array.End();
        return rc;
      }};
}

Command Extract() {
  auto o = std::make_shared<InputOptions>();
  auto format = std::make_shared<std::string>("json");
  return {"extract", "print the facts of documents, without a store",
          [=](CLI::App* app) {
            BindInputs(app, o.get());
            app->add_option("--format", *format,
                            "json (one array, an object per document), jsonl (a header line per document, then one "
                            "fact a line) or binary (the facts of jsonl in a compact binary form, for `ingest --facts` "
                            "to read fast; docs/fact_format.md)")
                ->check(CLI::IsMember({"json", "jsonl", "binary"}));
          },
          [=](Session& session) {
            if (Status s = CheckStdinPath(session, *o); !s.ok()) return ReportStatus(s, "extract");
            // One fact a line, after a header line with the document's hash and
            // record: the form distributed workers emit (Spark, Hadoop Streaming)
            // and `ingest --facts` loads.
            if (*format == "jsonl") return ForEachRendered(*o, pipeline::AppendFactLines);
            if (*format == "binary") return ExtractBinary(*o);
            JsonArrayWriter array;
            int rc = ForEachRendered(
                *o,
                [](const pipeline::ProcessedDocument& p, std::string* out) {
                  pipeline::ExtractionValue(p).AppendJson(out);
                },
                [&](std::string_view json) { array.Item(json); });
            array.End();
            return rc;
          }};
}

struct IngestOptions {
  std::string db = "netra.db";
  InputOptions inputs;
  bool bulk = false;
  bool no_progress = false;
  bool facts = false;
  bool sst = false;
  bool no_refresh = false;
};

// After a write: brings the table behind regions-citing-laws and
// co-cited-laws to the store's new version (query/canned/citations.h), so that the
// first of those questions after the write reads it rather than computing
// it. Failing here is only a warning: the write itself stands.
void RefreshDerivedData(const store::Store& store, bool enabled) {
  if (!enabled) return;
  auto start = std::chrono::steady_clock::now();
  Result<query::CitationCacheRefresh> r = query::RefreshCitationCache(store);
  if (!r.ok()) {
    std::cerr << "netra: warning: the regions-citing-laws table of " << store.dir()
              << " was not refreshed: " << r.status().message() << "\n";
    return;
  }
  if (*r == query::CitationCacheRefresh::kSaved) {
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cerr << fmt::format("netra: regions-citing-laws table of this store version saved ({:.1f} s)\n", took.count());
  }
}

void AddNoRefreshFlag(CLI::App* app, bool* no_refresh) {
  app->add_flag("--no-refresh", *no_refresh,
                "leave the regions-citing-laws table of a large store to be computed by the next question");
}

// ingest --sst: the paths are SST sets from `netra sst` (several: merged).
int IngestSst(const IngestOptions& o) {
  // The sets are checked first, so that a bad one does not leave an empty
  // store folder behind.
  auto set_problem = [&](const Status& s) {
    ReportStatus(s, "ingest --sst into " + o.db);
    return kExitInputs;  // the set is the bad input, the store is fine
  };
  for (const std::string& set : o.inputs.paths) {
    Status checked = store::Store::CheckSstSet(set);
    if (checked.code() == StatusCode::kNotFound || checked.code() == StatusCode::kBadInput) return set_problem(checked);
    if (!checked.ok()) return ReportStatus(checked, "ingest --sst into " + o.db);
  }
  auto st = OpenStore(o.db, false);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  store::WriteCounters c;
  Status s = (*st)->IngestSstSets(o.inputs.paths, &c);
  if (s.code() == StatusCode::kNotFound || s.code() == StatusCode::kBadInput) return set_problem(s);
  if (!s.ok()) return ReportStatus(s, "ingest --sst into " + o.db);
  std::string what = o.inputs.paths.size() == 1 ? "SST set " + o.inputs.paths[0]
                                                : fmt::format("{} SST sets merged and", o.inputs.paths.size());
  std::cerr << fmt::format("netra: {} ingested: {} documents, {} triples\n", what, c.docs_new, c.triples_added);
  RefreshDerivedData(**st, !o.no_refresh);
  return kExitOk;
}

// An ingest that a store error stopped (a full disk, an I/O error): the
// summary above counts what was committed before it, and this says so. Each
// batch of documents is one atomic write, and a bulk load is one ingestion
// of its SST files at the end, so nothing is half stored.
int ReportStoppedIngest(const Status& s, const std::string& db, bool bulk) {
  if (bulk) {
    std::cerr << "netra: stopped by the store error below: nothing of this bulk load was stored\n";
  } else {
    std::cerr << "netra: stopped by the store error below: the documents counted new or changed above are stored, "
                 "the rest are not; once it is fixed, the same command stores the rest (stored ones are unchanged)\n";
  }
  return ReportStatus(s, "ingest into " + db);
}

// ingest --facts: no extraction, the facts come from extract --format jsonl.
int IngestFacts(const IngestOptions& o) {
  auto st = OpenStore(o.db, false, o.bulk);
  if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o.db);
  pipeline::IngestOptions io;
  io.bulk = o.bulk;
  pipeline::IngestReport report;
  Status s = pipeline::IngestFacts(o.inputs.paths, st->get(), io, &report);
  PrintProblems(report.problems);
  std::cerr << "netra: " << report.Summary() << "\n";
  if (report.documents_without_text > 0) {
    std::cerr
        << "netra: " << report.documents_without_text
        << " documents' text not stored (their fact files carry none): `netra evidence` shows their offsets only\n";
  }
  if (!s.ok()) return ReportStoppedIngest(s, o.db, o.bulk);
  if (o.bulk) {
    Status c = (*st)->Compact();
    if (!c.ok()) return ReportStatus(c, "compacting " + o.db);
  }
  RefreshDerivedData(**st, !o.no_refresh);
  return report.problems.empty() ? static_cast<int>(kExitOk) : static_cast<int>(kExitInputs);
}

Command Ingest() {
  auto o = std::make_shared<IngestOptions>();
  return {"ingest", "extract documents and store their facts (re-ingesting unchanged documents changes nothing)",
          [=](CLI::App* app) {
            AddDbOption(app, &o->db);
            BindInputs(app, &o->inputs);
            app->add_flag("--bulk", o->bulk, "first big load: sorted SST files, then compaction");
            app->add_flag("--no-progress", o->no_progress, "no progress line on stderr");
            app->add_flag(
                "--facts", o->facts,
                "the paths are fact files written by `extract --format jsonl` or `--format binary` (- for stdin)");
            app->add_flag("--sst", o->sst,
                          "the paths are SST sets written by `netra sst` (into an empty store; several are merged, "
                          "in load order)")
                ->excludes("--facts")
                ->excludes("--bulk");
            AddNoRefreshFlag(app, &o->no_refresh);
            // Fact files and SST sets are loaded, not extracted: the
            // extraction flags would be accepted and do nothing.
            RefuseExtractionFlags(app, "--facts");
            RefuseExtractionFlags(app, "--sst");
          },
          [=](Session&) {
            if (o->sst) return IngestSst(*o);
            if (o->facts) return IngestFacts(*o);
            auto res = LoadResources();
            if (!res.ok()) return ReportStatus(res.status(), "ingest");
            auto st = OpenStore(o->db, false, o->bulk);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + o->db);
            pipeline::IngestOptions io;
            io.load.max_document_bytes = o->inputs.max_doc_bytes;
            io.bulk = o->bulk;
            io.progress = !o->no_progress;
            io.jobs = o->inputs.jobs;
            pipeline::IngestReport report;
            Status s = pipeline::Ingest(o->inputs.paths, st->get(), *res, io, &report);
            PrintProblems(report.problems);
            std::cerr << "netra: " << report.Summary() << "\n";
            if (!s.ok()) return ReportStoppedIngest(s, o->db, o->bulk);
            if (o->bulk) {
              Status c = (*st)->Compact();
              if (!c.ok()) return ReportStatus(c, "compacting " + o->db);
            }
            RefreshDerivedData(**st, !o->no_refresh);
            return report.documents_failed + report.documents_cut > 0 ? static_cast<int>(kExitInputs)
                                                                      : static_cast<int>(kExitOk);
          },
          /*writes=*/true};
}

// netra sst: the sort of a bulk load, without a store, for `ingest --sst`.
Command Sst() {
  struct SstOptions {
    InputOptions inputs;
    std::string out;
    bool facts = false;
    bool no_progress = false;
  };
  auto o = std::make_shared<SstOptions>();
  return {"sst", "write sorted SST files (an SST set) that `ingest --sst` loads into an empty store",
          [=](CLI::App* app) {
            BindInputs(app, &o->inputs);
            app->add_option("--out", o->out, "folder for the SST set (must not exist, or be empty)")->required();
            app->add_flag(
                "--facts", o->facts,
                "the paths are fact files written by `extract --format jsonl` or `--format binary` (- for stdin)");
            app->add_flag("--no-progress", o->no_progress, "no progress line on stderr");
            RefuseExtractionFlags(app, "--facts");
          },
          [=](Session&) {
            pipeline::IngestReport report;
            Status s;
            if (o->facts) {
              s = pipeline::WriteSstSetFromFacts(o->inputs.paths, o->out, &report);
            } else {
              auto res = LoadResources();
              if (!res.ok()) return ReportStatus(res.status(), "sst");
              pipeline::IngestOptions io;
              io.load.max_document_bytes = o->inputs.max_doc_bytes;
              io.progress = !o->no_progress;
              io.jobs = o->inputs.jobs;
              s = pipeline::WriteSstSet(o->inputs.paths, *res, o->out, io, &report);
            }
            PrintProblems(report.problems);
            if (!s.ok()) return ReportStatus(s, "writing SST set " + o->out);
            std::cerr << "netra: SST set " << o->out << ": " << report.Summary() << "\n";
            return report.problems.empty() ? static_cast<int>(kExitOk) : static_cast<int>(kExitInputs);
          },
          /*writes=*/true};
}

Command Forget() {
  auto db = std::make_shared<std::string>("netra.db");
  auto ids = std::make_shared<std::vector<std::string>>();
  auto no_refresh = std::make_shared<bool>(false);
  return {"forget", "remove documents and every fact only they supported",
          [=](CLI::App* app) {
            AddDbOption(app, db.get());
            app->add_option("ids", *ids, "document ids")->required();
            AddNoRefreshFlag(app, no_refresh.get());
          },
          [=](Session&) {
            auto st = OpenStore(*db, false);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + *db);
            store::WriteCounters c;
            Status s = (*st)->Forget(*ids, &c);
            std::cerr << fmt::format("netra: {} documents forgotten; triples -{}\n", c.docs_forgotten,
                                     c.triples_removed);
            if (s.code() == StatusCode::kNotFound) {
              std::cerr << "netra: " << s.message() << "\n";
              if (c.docs_forgotten > 0) RefreshDerivedData(**st, !*no_refresh);
              return static_cast<int>(kExitInputs);
            }
            if (!s.ok()) return ReportStatus(s, "forget");
            RefreshDerivedData(**st, !*no_refresh);
            return static_cast<int>(kExitOk);
          },
          /*writes=*/true};
}

Command Dump() {
  auto db = std::make_shared<std::string>("netra.db");
  return {"dump", "print the canonical sorted text of the store (two stores with the same facts dump alike)",
          [=](CLI::App* app) { AddDbOption(app, db.get()); },
          [=](Session& session) {
            auto st = session.ReadStore(*db);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + *db);
            Status s = (*st)->Dump(session.out());
            if (!s.ok()) return ReportStatus(s, "dump");
            return static_cast<int>(kExitOk);
          }};
}

// The store's own check, for a user who suspects damage (a crash, a full
// disk, a copied folder): the files whole, then every invariant of the
// layout. Readers check the files' presence and sizes whenever they open,
// so a damaged store fails there too (exit 3), before `verify` reads it.
Command Verify() {
  auto db = std::make_shared<std::string>("netra.db");
  return {"verify", "check the store: every file whole (checksums), every index and count consistent",
          [=](CLI::App* app) { AddDbOption(app, db.get()); },
          [=](Session& session) {
            auto st = session.ReadStore(*db);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + *db);
            Status s = (*st)->VerifyFiles();
            if (s.ok()) s = (*st)->CheckConsistency();
            if (!s.ok()) return ReportStatus(s, "verify");
            std::cout << "store " << (*st)->dir() << ": files whole, indexes and counts consistent\n";
            return static_cast<int>(kExitOk);
          }};
}

Command Stats() {
  auto db = std::make_shared<std::string>("netra.db");
  auto format = std::make_shared<std::string>("text");
  return {"stats", "documents, triples, entities by type, triples by predicate, size on disk",
          [=](CLI::App* app) {
            AddDbOption(app, db.get());
            app->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
          },
          [=](Session& session) {
            auto st = session.ReadStore(*db);
            if (!st.ok()) return ReportStoreError(st.status(), "opening store " + *db);
            auto stats = (*st)->ComputeStats();
            if (!stats.ok()) return ReportStatus(stats.status(), "stats");
            // The folder holds the store and the cache of derived data
            // (store/derived_cache.h), which may be deleted at any time:
            // reported apart, so that the store's size is its own.
            uint64_t cache_bytes = std::min(store::DerivedCacheBytes(**st), stats->bytes_on_disk);
            uint64_t store_bytes = stats->bytes_on_disk - cache_bytes;
            if (*format == "json") {
              Value v = Value::Object();
              v.Set("store", Value::Str((*st)->dir()));
              v.Set("documents", Value::Int(stats->documents));
              v.Set("triples", Value::Int(stats->triples));
              v.Set("supports", Value::Int(stats->supports));
              v.Set("spans", Value::Int(stats->spans));
              v.Set("terms", Value::Int(stats->terms));
              v.Set("bytes_on_disk", Value::Int(store_bytes));
              v.Set("cache_bytes_on_disk", Value::Int(cache_bytes));
              Value types = Value::Object();
              for (const auto& [k, n] : stats->entities_by_type) types.Set(k.empty() ? "(none)" : k, Value::Int(n));
              v.Set("entities_by_type", std::move(types));
              Value preds = Value::Object();
              for (const auto& [k, n] : stats->triples_by_predicate) preds.Set(k, Value::Int(n));
              v.Set("triples_by_predicate", std::move(preds));
              session.out() << v.ToJson() << "\n";
              return static_cast<int>(kExitOk);
            }
            session.out() << fmt::format(
                "store          {}\ndocuments      {}\ntriples        {}\nsupports       {}\n"
                "spans          {}\nterms          {}\nsize on disk   {:.1f} MB{}\n",
                (*st)->dir(), stats->documents, stats->triples, stats->supports, stats->spans, stats->terms,
                store_bytes / 1e6,
                cache_bytes == 0
                    ? std::string()
                    : fmt::format(" (and {:.1f} MB of cached derived data in netra-cache/)", cache_bytes / 1e6));
            session.out() << "entities by type:\n";
            for (const auto& [k, n] : stats->entities_by_type) session.out() << fmt::format("  {:<16} {}\n", k, n);
            session.out() << "triples by predicate:\n";
            for (const auto& [k, n] : stats->triples_by_predicate) session.out() << fmt::format("  {:<16} {}\n", k, n);
            return static_cast<int>(kExitOk);
          }};
}

}  // namespace

std::vector<Command> DocumentCommands() {
  return {Inspect(), Extract(), Ingest(), Sst(), Forget(), Stats(), Dump(), Verify()};
}

}  // namespace netra::cli
