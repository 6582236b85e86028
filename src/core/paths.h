// Where netra finds its data files (schema/) and what version it is.
#pragma once

#include <string>

namespace netra {

// The folder of vocabulary, gazetteer, catalog and lexicon files: the
// folder given to SetSchemaDir, else $NETRA_SCHEMA_DIR if set, else the
// schema/ folder of the source tree netra was built from.
std::string SchemaDir();

// Makes SchemaDir() return `dir` from now on (the --schema-dir flag). Call
// before any worker starts.
void SetSchemaDir(std::string dir);

// "0.1.0"
const char* Version();

}  // namespace netra
