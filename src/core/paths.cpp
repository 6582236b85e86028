#include "core/paths.h"

#include <cstdlib>

namespace netra {

namespace {
std::string& SchemaDirOverride() {
  static std::string dir;
  return dir;
}
}  // namespace

void SetSchemaDir(std::string dir) { SchemaDirOverride() = std::move(dir); }

std::string SchemaDir() {
  if (!SchemaDirOverride().empty()) return SchemaDirOverride();
  if (const char* env = std::getenv("NETRA_SCHEMA_DIR"); env != nullptr && *env != '\0') return env;
  return NETRA_DEFAULT_SCHEMA_DIR;
}

const char* Version() { return NETRA_VERSION; }

}  // namespace netra
