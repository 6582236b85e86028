// The one-way flow: documents -> text layer -> extractors -> facts -> store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/value.h"
#include "extract/context.h"
#include "extract/extraction.h"
#include "ingest/loader.h"
#include "model/document.h"
#include "model/term.h"
#include "store/store.h"
#include "text/analyze.h"

namespace netra::pipeline {

// Bumped whenever extraction changes what it finds, so that re-ingesting
// an unchanged article with a newer netra refreshes its facts.
inline constexpr const char* kExtractorVersion = "extract-1";

struct ProcessedDocument {
  model::Document doc;
  uint64_t content_hash = 0;  // ContentHash of the document as given (before Process filled its title)
  text::AnalyzedText analyzed;
  extract::Extraction extraction;
  std::vector<model::Fact> facts;
  uint64_t facts_dropped = 0;  // over the document's bound (extract::ExtractedFacts)
};

// What to tell the user about a document whose facts were not all kept:
// "" when all were.
std::string DroppedFactsMessage(uint64_t kept, uint64_t dropped);

// Runs the text layer and every extractor. Fails with kBadInput (invalid
// UTF-8, with its byte offset) when the document cannot be analysed.
Result<ProcessedDocument> Process(model::Document doc, const extract::Resources& res);

// The content hash the store keeps for a document: its text, title and
// metadata, and the extractor version.
uint64_t ContentHash(const model::Document& doc);

// The document record kept in the store (JSON): title, source, url,
// published, publisher and other metadata.
std::string DocumentMetadata(const model::Document& doc);

struct IngestOptions {
  ingest::LoadOptions load;
  bool bulk = false;             // first load through sorted SST files
  size_t batch_documents = 256;  // documents per atomic WriteBatch
  bool progress = false;         // a progress line on stderr
  int jobs = 0;                  // extraction threads (0: one per core)
};

struct IngestReport {
  store::WriteCounters counters;
  uint64_t documents_failed = 0;
  // Versions of an id given again later in the run, dropped unwritten (latest_versions.h).
  uint64_t documents_superseded = 0;
  uint64_t documents_without_text = 0;
  uint64_t documents_cut = 0;  // stored with facts left out (DroppedFactsMessage)  // fact files only: documents whose
                               // text the store will not keep
  uint64_t bytes = 0;
  double seconds = 0;
  std::vector<ingest::Diagnostic> problems;
  std::string Summary() const;  // one line
};

// Loads every input, processes each document and writes its facts to the
// store, a batch of documents per atomic write. Of an id given more than
// once, only the last version is written (latest_versions.h); the inputs
// are read twice for that (standard input through a temporary copy). Bad
// documents become problems in the report; the rest go on. Fails only on
// store errors (and when standard input cannot be copied).
Status Ingest(const std::vector<std::string>& paths, store::Store* store, const extract::Resources& res,
              const IngestOptions& options, IngestReport* report);

// Extracts the documents as Ingest does, but into an SST set in `out_dir`
// (`netra sst`, see store::BulkLoader::WriteSstSet) instead of a store.
Status WriteSstSet(const std::vector<std::string>& paths, const extract::Resources& res, const std::string& out_dir,
                   const IngestOptions& options, IngestReport* report);

// JSON-shaped views for `netra inspect` and `netra extract`.
Value InspectValue(const ProcessedDocument& p);
Value ExtractionValue(const ProcessedDocument& p);
Value FactValue(const model::Fact& f);

}  // namespace netra::pipeline
