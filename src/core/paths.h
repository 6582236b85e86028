// Where netra finds its data files (schema/) and what version it is.
#pragma once

#include <string>

namespace netra {

// The folder of vocabulary, gazetteer and catalog files: $NETRA_SCHEMA_DIR if
// set, else the schema/ folder of the source tree netra was built from.
std::string SchemaDir();

// "0.1.0"
const char* Version();

}  // namespace netra
