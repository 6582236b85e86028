#include "pipeline/pipeline.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "core/file_util.h"
#include "core/rewindable_stdin.h"
#include "extract/extractor.h"
#include "pipeline/latest_versions.h"
#include "pipeline/process_pool.h"

namespace netra::pipeline {

Result<ProcessedDocument> Process(model::Document doc, const extract::Resources& res) {
  text::AnalyzeOptions options;
  // A .txt article starts with its headline; a JSONL one carries it apart.
  options.title_is_first_line = doc.title.empty();
  auto analyzed = text::Analyze(doc.text, options);
  if (!analyzed.ok()) return analyzed.status();
  ProcessedDocument p;
  p.content_hash = ContentHash(doc);
  p.analyzed = std::move(analyzed).value();
  if (doc.title.empty()) {
    for (const text::Line& line : p.analyzed.lines) {
      if (line.cls == text::LineClass::kTitle) {
        doc.title = doc.text.substr(line.span.begin, line.span.end - line.span.begin);
        break;
      }
    }
  }
  p.doc = std::move(doc);
  p.extraction = extract::ExtractAll(p.doc, p.analyzed, res);
  extract::ExtractedFacts facts = extract::ToFacts(p.doc, p.extraction, res);
  p.facts = std::move(facts.facts);
  p.facts_dropped = facts.dropped;
  return p;
}

std::string DroppedFactsMessage(uint64_t kept, uint64_t dropped) {
  if (dropped == 0) return "";
  return "kept " + std::to_string(kept) + " facts and left out " + std::to_string(dropped) +
         ": one document yields at most one fact per 16 bytes of its text (at least 4096), "
         "and past 1024 facts at most 8 places of each fact (docs/limits.md)";
}

// The hash of the fields joined with NULs after the extractor version,
// computed piece by piece instead of copying the document to join them.
uint64_t ContentHash(const model::Document& doc) {
  constexpr std::string_view kNul("\0", 1);
  uint64_t h = Fnv1a64(kExtractorVersion);
  for (const std::string* s : {&doc.text, &doc.title, &doc.url, &doc.published, &doc.publisher}) {
    h = Fnv1a64(*s, Fnv1a64(kNul, h));
  }
  for (const auto& [k, v] : doc.metadata) {
    h = Fnv1a64(v, Fnv1a64("=", Fnv1a64(k, Fnv1a64(kNul, h))));
  }
  return h;
}

std::string DocumentMetadata(const model::Document& doc) {
  Value v = Value::Object();
  v.Set("title", Value::Str(doc.title));
  v.Set("source", Value::Str(doc.source));
  if (!doc.url.empty()) v.Set("url", Value::Str(doc.url));
  if (!doc.published.empty()) v.Set("published", Value::Str(doc.published));
  if (!doc.publisher.empty()) v.Set("publisher", Value::Str(doc.publisher));
  v.Set("bytes", Value::Int(static_cast<int64_t>(doc.text.size())));
  std::string json = v.ToJson();
  if (!doc.metadata.empty()) {
    // Other JSONL fields are already JSON text: splice them in verbatim.
    json.pop_back();
    json += ",\"metadata\":{";
    for (size_t i = 0; i < doc.metadata.size(); ++i) {
      if (i) json += ",";
      AppendJsonString(doc.metadata[i].first, &json);
      json += ":" + doc.metadata[i].second;
    }
    json += "}}";
  }
  return json;
}

std::string IngestReport::Summary() const {
  char superseded[128] = "";
  int n = 0;
  if (documents_superseded > 0) {
    n = std::snprintf(superseded, sizeof superseded, ", %llu skipped for a later version",
                      static_cast<unsigned long long>(documents_superseded));
  }
  if (documents_cut > 0) {
    std::snprintf(superseded + n, sizeof superseded - n, ", %llu stored with facts left out",
                  static_cast<unsigned long long>(documents_cut));
  }
  char buf[512];
  std::snprintf(
      buf, sizeof buf,
      "documents: %llu new, %llu changed, %llu unchanged, %llu failed%s; triples: +%llu -%llu; "
      "%.1f MB in %.2f s",
      static_cast<unsigned long long>(counters.docs_new), static_cast<unsigned long long>(counters.docs_changed),
      static_cast<unsigned long long>(counters.docs_unchanged), static_cast<unsigned long long>(documents_failed),
      superseded, static_cast<unsigned long long>(counters.triples_added),
      static_cast<unsigned long long>(counters.triples_removed), bytes / 1e6, seconds);
  return buf;
}

namespace {

class Progress {
 public:
  Progress(bool enabled, uint64_t total_bytes)
      : enabled_(enabled && isatty(STDERR_FILENO)), total_(total_bytes), start_(std::chrono::steady_clock::now()) {}

  void Update(uint64_t docs, uint64_t bytes) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? bytes / secs : 0;
    char eta[32] = "";
    if (total_ > 0 && rate > 0 && bytes <= total_) {
      std::snprintf(eta, sizeof eta, ", ETA %.0f s", (total_ - bytes) / rate);
    }
    std::fprintf(stderr, "\r%llu documents, %.1f MB/s%s   ", static_cast<unsigned long long>(docs), rate / 1e6, eta);
  }

  void Done() {
    if (enabled_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  uint64_t total_;
  std::chrono::steady_clock::time_point start_, last_{};
};

}  // namespace

namespace {

// The first pass of a run (latest_versions.h): the id of every document of
// the inputs, in order. Bad documents are left to the writing pass, which
// reports them.
Status NoteVersions(const std::vector<ingest::InputFile>& inputs, const ingest::LoadOptions& load,
                    LatestVersions* versions) {
  bool reads_stdin = false;
  for (const auto& input : inputs) reads_stdin |= input.path == "-";
  if (reads_stdin) NETRA_RETURN_IF_ERROR(MakeStdinRewindable());
  for (const auto& input : inputs) {
    ingest::LoadFile(
        input, load, [&](model::Document&& doc) { versions->Note(doc.id); }, [](const ingest::Diagnostic&) {});
  }
  return reads_stdin ? RewindStdin() : Status::Ok();
}

// Extracts every document of the inputs on a ProcessPool and writes the
// results in input order: through `loader` if given (a bulk load into the
// store, or an SST set without one), else in atomic batches into `store`.
// Of an id given more than once only the last version is extracted and
// written (latest_versions.h). Unchanged documents (same id and hash in the
// store) skip extraction.
Status IngestDocuments(const std::vector<std::string>& paths, store::Store* store, store::BulkLoader* loader,
                       const extract::Resources& res, const IngestOptions& options, IngestReport* report) {
  auto start = std::chrono::steady_clock::now();
  std::vector<ingest::Diagnostic> problems;
  std::vector<ingest::InputFile> inputs = ingest::ListInputs(paths, &problems);
  for (const auto& p : problems) {
    report->problems.push_back(p);
    ++report->documents_failed;
  }
  uint64_t total = 0;
  for (const auto& in : inputs) total += in.bytes;
  LatestVersions versions;
  NETRA_RETURN_IF_ERROR(NoteVersions(inputs, options.load, &versions));
  Progress progress(options.progress, total);

  std::vector<store::DocumentFacts> batch;
  size_t batch_facts = 0;
  Status failure;
  uint64_t docs_seen = 0;
  auto on_problem = [&](const ingest::Diagnostic& d) {
    report->problems.push_back(d);
    ++report->documents_failed;
  };
  auto flush = [&]() {
    if (batch.empty() || !failure.ok()) return;
    failure = store->WriteDocuments(batch, nullptr, &report->counters);
    batch.clear();
    batch_facts = 0;
  };
  auto write = [&](ProcessPool::Done&& done) {
    if (!failure.ok()) return;
    if (!done.processed.ok()) {
      on_problem({done.source, done.processed.status().message()});
      return;
    }
    if (!done.warning.empty()) {
      report->problems.push_back({done.source, done.warning});
      ++report->documents_cut;
    }
    ProcessedDocument& p = done.processed.value();
    store::DocumentFacts facts;
    facts.doc_id = p.doc.id;
    facts.content_hash = p.content_hash;
    facts.metadata = DocumentMetadata(p.doc);
    facts.facts = std::move(p.facts);
    facts.text = std::move(p.doc.text);  // for `netra evidence`
    if (loader != nullptr) {
      Status s = loader->Add(std::move(facts));
      if (s.code() == StatusCode::kInvalidArgument) {
        on_problem({done.source, s.message()});
      } else if (!s.ok()) {
        failure = s;
      }
      return;
    }
    batch_facts += facts.facts.size();
    batch.push_back(std::move(facts));
    if (batch.size() >= options.batch_documents || batch_facts >= 200000) flush();
  };

  ProcessPool pool(res, WorkerCount(options.jobs));
  auto on_document = [&](model::Document&& doc) {
    if (!failure.ok()) return;
    ++docs_seen;
    report->bytes += doc.text.size();
    progress.Update(docs_seen, report->bytes);
    if (!versions.Keep(doc.id)) return;
    if (store != nullptr) {
      auto unchanged = store->IsUnchanged(doc.id, ContentHash(doc));
      if (unchanged.ok() && *unchanged) {
        ++report->counters.docs_unchanged;
        return;
      }
    }
    while (pool.Full()) write(pool.TakeNext());
    pool.Submit(std::move(doc));
  };
  for (const auto& input : inputs) {
    ingest::LoadFile(input, options.load, on_document, on_problem);
    if (!failure.ok()) break;
  }
  while (pool.in_flight() > 0) write(pool.TakeNext());
  flush();
  if (loader != nullptr && failure.ok()) failure = loader->Finish(&report->counters);
  report->documents_superseded = versions.dropped();
  progress.Done();
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return failure;
}

}  // namespace

Status Ingest(const std::vector<std::string>& paths, store::Store* store, const extract::Resources& res,
              const IngestOptions& options, IngestReport* report) {
  std::unique_ptr<store::BulkLoader> bulk;
  if (options.bulk) {
    auto loader = store->NewBulkLoader();
    if (!loader.ok()) return loader.status();
    bulk = std::move(loader).value();
  }
  return IngestDocuments(paths, store, bulk.get(), res, options, report);
}

Status WriteSstSet(const std::vector<std::string>& paths, const extract::Resources& res, const std::string& out_dir,
                   const IngestOptions& options, IngestReport* report) {
  auto loader = store::BulkLoader::WriteSstSet(out_dir);
  if (!loader.ok()) return loader.status();
  return IngestDocuments(paths, nullptr, loader->get(), res, options, report);
}

}  // namespace netra::pipeline
