#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy: a short list of checks, all errors) over the
# sources, with the compile commands of a configured build folder.
#
# Usage: tools/check_tidy.sh [-p BUILD] [BASE]
#   BUILD  a build folder configured by CMake (default: build), whose
#          compile_commands.json says how each file is compiled
#   BASE   a git revision: check only the .cpp files changed since it, and
#          those whose header changed; without it, every .cpp under src/,
#          tools/ and fuzz/ that the build compiles
#
# Exits 1 if clang-tidy finds anything, 2 if it cannot run. Takes about two
# seconds a file per core; every file of src/ is a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=build
if [[ "${1:-}" == "-p" ]]; then
  build="$2"
  shift 2
fi
if ! command -v run-clang-tidy >/dev/null; then
  echo "check_tidy: run-clang-tidy not found (tools/install-deps.sh installs clang-tidy)" >&2
  exit 2
fi
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check_tidy: $build/compile_commands.json missing: configure $build with CMake first" >&2
  exit 2
fi
# The files the build compiles (generated sources and third-party code are
# not the project's to tidy).
mapfile -t compiled < <(python3 - "$build/compile_commands.json" "$PWD" <<'PY'
import json, os, sys
root = sys.argv[2]
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    rel = os.path.relpath(path, root)
    if rel.split(os.sep)[0] in ("src", "tools", "fuzz"):
        print(rel)
PY
)
if [[ $# -gt 0 ]]; then
  # A changed header stands for the sources beside it that include it.
  mapfile -t changed < <(git diff --name-only --diff-filter=d "$1" -- '*.h' '*.cpp')
  files=()
  for f in "${compiled[@]}"; do
    for c in "${changed[@]}"; do
      if [[ "$f" == "$c" ]] || { [[ "$c" == *.h ]] && grep -q "#include \"${c#src/}\"" "$f"; }; then
        files+=("$f")
        break
      fi
    done
  done
else
  files=("${compiled[@]}")
fi
if [[ ${#files[@]} -eq 0 ]]; then
  echo "check_tidy: no files to check"
  exit 0
fi
# Anchored so that run-clang-tidy's regular expressions match whole paths.
regex=$(printf '%s\n' "${files[@]}" | sed "s|^|^$PWD/|; s|\\.|\\\\.|g; s|$|\$|" | paste -sd'|')
if run-clang-tidy -p "$build" -j "${JOBS:-2}" -quiet "$regex" >"$build/clang-tidy.log" 2>&1; then
  echo "check_tidy: ${#files[@]} files, nothing found (log: $build/clang-tidy.log)"
else
  grep -E "(error|warning): " "$build/clang-tidy.log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u >&2 || true
  echo "check_tidy: clang-tidy found the above in ${#files[@]} files (log: $build/clang-tidy.log)" >&2
  exit 1
fi
