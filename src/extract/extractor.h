// Runs every extractor over one analysed document and turns what they found
// into facts with provenance.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/context.h"
#include "extract/extraction.h"
#include "model/document.h"
#include "model/term.h"
#include "text/analyze.h"

namespace netra::extract {

// Extracts regions, statutes, officials, organisations, elections and
// events, then links citations. Reads only non-boilerplate sentences.
Extraction ExtractAll(const model::Document& doc, const text::AnalyzedText& analyzed, const Resources& res);

struct ExtractedFacts {
  std::vector<model::Fact> facts;
  // Facts not kept: past the document's bound (one per 16 bytes of text, at
  // least 4096), or a fact's ninth and later places in a long document.
  uint64_t dropped = 0;
};

// The facts of an extraction, each with its provenance. Entity ids are
// stable: regions by code, statutes by type/number/year, persons by
// normalised name and region, events by kind, date and region.
ExtractedFacts ToFacts(const model::Document& doc, const Extraction& x, const Resources& res);

// "Lusje Anneke Tabalujan" -> "lusje-anneke-tabalujan"
std::string Slug(std::string_view s);

}  // namespace netra::extract
