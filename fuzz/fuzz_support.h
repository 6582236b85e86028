// What the fuzz targets share: the schema/ resources, loaded once; an input
// analysed as the loaders hand a document to the text layer; and checks of
// what must hold of any result, whatever the input.
//
// A check that fails prints what broke and aborts, which libFuzzer records
// as a crash with its input, like a sanitizer's report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/context.h"
#include "model/document.h"
#include "text/analyze.h"

namespace netra::fuzz {

// The resources of schema/ (SchemaDir(): $NETRA_SCHEMA_DIR, else the source
// tree's). Aborts when they cannot be loaded: without them an extractor
// target would test nothing.
const extract::Resources& Resources();

// One fuzz input as a document and its analysis.
struct AnalyzedInput {
  model::Document doc;
  text::AnalyzedText analyzed;
};

// The input as both loaders see a text: a `.txt` article (its first line
// the title) and the text of a JSONL record (which carries its title
// apart). Empty when the input is not UTF-8 (the text layer refuses it).
std::vector<AnalyzedInput> AnalyzeAsLoaded(const uint8_t* data, size_t size);

// Aborts, naming `what`, unless `ok`.
void Check(bool ok, const char* what);

// Checks that `span` is a range of a text of `size` bytes.
void CheckSpan(text::Span span, size_t size, const char* what);

}  // namespace netra::fuzz
