// Helpers shared by the text-layer tests: finding and reading the seed
// articles in the shared folder.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>

#include "core/file_util.h"

namespace netra::text::testing {

// The folder with design notes and seed articles shared by the project:
// $NETRA_SHARED_DIR if set, else `shared/` next to the source tree.
inline std::string SharedDir() {
  if (const char* dir = std::getenv("NETRA_SHARED_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return NETRA_SOURCE_DIR "/../shared";
}

// Reads the seed whose file name starts with `prefix` ("003" for
// seeds/003_423eecc82664066b.txt). Fails the calling test if there is none.
inline std::string ReadSeed(const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(SharedDir() + "/seeds", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".txt") {
      Result<std::string> text = ReadFile(entry.path().string());
      REQUIRE_MESSAGE(text.ok(), text.status().ToString());
      return std::move(text).value();
    }
  }
  FAIL("no seed " << prefix << " in " << SharedDir() << "/seeds");
  return {};
}

inline constexpr const char* kSeedPrefixes[] = {"000", "001", "002", "003", "004"};

}  // namespace netra::text::testing
