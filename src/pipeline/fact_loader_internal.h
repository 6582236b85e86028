// The reading half of fact_loader.cpp without a store: for tests and the
// fact-file fuzz target (fuzz/fact_loader_fuzzer.cpp). Internal to
// netra_pipeline.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "pipeline/pipeline.h"
#include "store/store_types.h"

namespace netra::pipeline {

// Reads `bytes` as one fact file called `name`, as IngestFacts reads a file
// (JSONL or binary, both passes, the rules for grouping and repeated ids),
// and hands each document IngestFacts would write to `on_document`, in
// order. Bad lines and records go to report->problems as IngestFacts
// reports them, and count in report->documents_failed.
void ReadFactBytes(std::string_view bytes, const std::string& name,
                   const std::function<void(store::DocumentFacts&&)>& on_document, IngestReport* report);

}  // namespace netra::pipeline
