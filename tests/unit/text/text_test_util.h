// Helpers shared by the text-layer tests: finding and reading the seed
// articles in the shared folder.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>

#include "core/file_util.h"
#include "shared_data.h"

namespace netra::text::testing {

// The shared folder ($NETRA_SHARED_DIR, else `shared/` beside the source
// tree); tests that read it start with NETRA_NEEDS_SHARED("seeds").
using ::netra::testing::SharedDir;

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
