#!/usr/bin/env bash
# The quick start's second command, and what CI runs (.ci/run): installs what
# is missing, configures with warnings as errors, builds everything and runs
# the whole suite with ctest (unit tests, layering check, extraction-score
# floors, exporters read back by their real readers).
#
# BUILD=dir and JOBS=n change the build folder (build) and parallelism (2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${BUILD:-build}"
jobs="${JOBS:-2}"
tools/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNETRA_WERROR=ON
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
