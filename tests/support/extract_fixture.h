// Runs the text layer and every extractor on a string, with the schema/
// resources of the source tree: the way extractor tests state an input
// sentence and check what was found.
#pragma once

#include <string>

#include "extract/context.h"
#include "extract/extraction.h"
#include "pipeline/pipeline.h"

namespace netra::testing {

// Loaded once; aborts the test binary if schema/ cannot be read.
const extract::Resources& TestResources();

// Processes `text` as a .txt article with this id (and optional published date).
pipeline::ProcessedDocument ProcessText(const std::string& text, const std::string& id = "doc",
                                        const std::string& published = "");

}  // namespace netra::testing
