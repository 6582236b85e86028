// The rule for an id given more than once in a run: the last version wins.
#include "pipeline/latest_versions.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace netra::pipeline {

namespace {

// Notes `ids` in order, then asks for each in the same order: the answers.
std::vector<bool> Keeps(LatestVersions* versions, const std::vector<std::string>& noted,
                        const std::vector<std::string>& asked) {
  for (const std::string& id : noted) versions->Note(id);
  std::vector<bool> keeps;
  for (const std::string& id : asked) keeps.push_back(versions->Keep(id));
  return keeps;
}

}  // namespace

TEST_SUITE("pipeline.latest_versions") {
  TEST_CASE("of an id given more than once, only the last version is kept") {
    LatestVersions versions;
    const std::vector<std::string> ids = {"a", "b", "a", "c", "b", "a"};
    CHECK(Keeps(&versions, ids, ids) == std::vector<bool>{false, false, false, true, true, true});
    CHECK(versions.dropped() == 3);
  }

  TEST_CASE("ids given once are all kept, and nothing is dropped") {
    LatestVersions versions;
    const std::vector<std::string> ids = {"x", "y", "z"};
    CHECK(Keeps(&versions, ids, ids) == std::vector<bool>{true, true, true});
    CHECK(versions.dropped() == 0);
  }

  TEST_CASE("an input that changed between the passes is kept, not dropped by position") {
    LatestVersions versions;
    // Noted: a (replaced), a. Asked: another id where the replaced a was,
    // then a version beyond those noted.
    CHECK(Keeps(&versions, {"a", "a"}, {"q", "a", "z"}) == std::vector<bool>{true, true, true});
    CHECK(versions.dropped() == 0);
  }
}

}  // namespace netra::pipeline
