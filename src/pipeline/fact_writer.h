// Writing fact files: the lines `netra extract --format jsonl` prints and
// `ingest --facts` reads (fact_loader.h shows the form). A document's lines
// are appended to a caller's buffer, so that a worker thread can format its
// own documents and one reused buffer serves every fact: no allocation per
// fact, and the writer thread only copies bytes.
#pragma once

#include <string>

#include "model/term.h"
#include "pipeline/pipeline.h"

namespace netra::pipeline {

// Appends the header line of `p` (without newline): its id, content hash,
// document record and original text.
void AppendDocumentHeader(const ProcessedDocument& p, std::string* out);

// Appends the line of one fact (without newline): the bytes of
// FactValue(f).ToJson() (views.cpp), which stays the reference form that
// `extract --format json` nests; tests hold the two alike.
void AppendFactLine(const model::Fact& f, std::string* out);

// Appends every line of `p`, each ending in '\n': the header, then its facts.
void AppendFactLines(const ProcessedDocument& p, std::string* out);

}  // namespace netra::pipeline
