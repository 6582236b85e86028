#!/usr/bin/env bash
# Builds netra, its test suite and its fuzz targets with clang under
# AddressSanitizer, UndefinedBehaviorSanitizer and libstdc++'s bounds checks
# (NETRA_BUILD_FUZZERS=ON, which turns NETRA_SANITIZE on), then runs the
# suite and each fuzz target's smoke run against those binaries. Part of
# .ci/run, after tools/test.sh has installed what is missing.
#
# Usage: tools/check_sanitizers.sh
#   BUILD=dir   the build folder (default: build-san)
#   JOBS=n      parallelism (default: 2)
#
# Every test runs except those that measure, whose figures the sanitizers
# inflate (document_memory bounds a process's peak memory), and the browser
# test, whose Chromium is not ours to instrument (serve, which it drives,
# runs under the sanitizers in its own test). A sanitizer report fails the
# test that triggered it: undefined behaviour aborts (-fno-sanitize-recover)
# and ASan exits non-zero. Exit status: ctest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build="${BUILD:-build-san}"
jobs="${JOBS:-2}"
if ! command -v clang++ >/dev/null; then
  echo "check_sanitizers: clang++ not found (tools/install-deps.sh installs clang)" >&2
  exit 2
fi
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNETRA_WERROR=ON \
  -DNETRA_BUILD_FUZZERS=ON -DNETRA_BUILD_TESTS=ON -DNETRA_BUILD_BENCHMARKS=OFF
cmake --build "$build" -j"$jobs" --target netra netra_tests netra_fuzzers
# Leaks are findings too; a report names the frames by symbol.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
ctest --test-dir "$build" --output-on-failure -j"$jobs" -E '^(document_memory|explorer_browser)$'
