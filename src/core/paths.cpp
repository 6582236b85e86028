#include "core/paths.h"

#include <cstdlib>

namespace netra {

std::string SchemaDir() {
  if (const char* env = std::getenv("NETRA_SCHEMA_DIR"); env != nullptr && *env != '\0') return env;
  return NETRA_DEFAULT_SCHEMA_DIR;
}

const char* Version() { return NETRA_VERSION; }

}  // namespace netra
