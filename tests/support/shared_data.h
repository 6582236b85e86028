// Tests that read the team's shared data: the folder `shared/` beside the
// repository (seed articles, gold facts), which is not part of the
// repository. In a fresh clone there is no such folder, and these tests skip
// themselves: they print kSharedAbsentMarker, which tests/CMakeLists.txt
// gives ctest as SKIP_REGULAR_EXPRESSION, so ctest reports them as skipped.
// With NETRA_REQUIRE_SHARED=1 (as .ci/run sets it) a missing folder is a
// failure instead.
#pragma once

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace netra::testing {

// What a skipped test prints; tests/CMakeLists.txt matches it.
inline constexpr const char* kSharedAbsentMarker = "NETRA_SHARED_DATA_ABSENT";

// $NETRA_SHARED_DIR if set, else `shared/` next to the source tree.
inline std::string SharedDir() {
  if (const char* dir = std::getenv("NETRA_SHARED_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  return NETRA_SOURCE_DIR "/../shared";
}

// Whether the environment asks for the shared data to be there.
inline bool SharedDataRequired() {
  const char* value = std::getenv("NETRA_REQUIRE_SHARED");
  return value != nullptr && std::string(value) == "1";
}

// True when SharedDir()/relative exists. Otherwise the calling test fails if
// NETRA_REQUIRE_SHARED=1, and else the skip marker is printed and the result
// is false (use NETRA_NEEDS_SHARED, which then ends the test case).
inline bool HaveSharedData(const std::string& relative) {
  const std::string path = SharedDir() + "/" + relative;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return true;
  if (SharedDataRequired()) {
    FAIL("shared data missing: " << path
                                 << " (NETRA_REQUIRE_SHARED=1: put the team's shared/ folder beside the "
                                    "repository, or point NETRA_SHARED_DIR at it)");
    return false;
  }
  std::cout << kSharedAbsentMarker << ": skipped, " << path
            << " is missing (no shared/ beside the repository; NETRA_REQUIRE_SHARED=1 makes this a "
               "failure)"
            << std::endl;
  return false;
}

}  // namespace netra::testing

// The first statement of a test case that reads `relative` under the shared
// folder ("seeds"): when it is absent, the case ends here and ctest reports
// it as skipped (or it fails, under NETRA_REQUIRE_SHARED=1).
#define NETRA_NEEDS_SHARED(relative)                         \
  do {                                                       \
    if (!::netra::testing::HaveSharedData(relative)) return; \
  } while (false)
