#!/usr/bin/env bash
# Checks that the C++ files are as clang-format writes them (.clang-format).
#
# Usage: tools/check_format.sh [BASE]
#   BASE  a git revision: check only the files changed since it (what a
#         review needs); without it, every tracked .h and .cpp file.
#
# Prints each file that differs, with the first lines of its diff, and exits
# 1 if there is any. `make format` rewrites them. The version is pinned: a
# different clang-format formats differently, so it is refused (exit 2)
# rather than reported as a style error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
want_major=14
if ! command -v clang-format >/dev/null; then
  echo "check_format: clang-format not found (tools/install-deps.sh installs it)" >&2
  exit 2
fi
major=$(clang-format --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [[ "$major" != "$want_major" ]]; then
  echo "check_format: clang-format $major found; the tree is formatted with $want_major" >&2
  exit 2
fi
if [[ $# -gt 0 ]]; then
  mapfile -t files < <(git diff --name-only --diff-filter=d "$1" -- '*.h' '*.cpp')
else
  mapfile -t files < <(git ls-files -- '*.h' '*.cpp')
fi
diff_out=$(mktemp)
trap 'rm -f "$diff_out"' EXIT
bad=0
for f in "${files[@]}"; do
  if ! diff -u "$f" <(clang-format --style=file "$f") >"$diff_out" 2>&1; then
    echo "$f: not as clang-format writes it:"
    head -n 12 "$diff_out" | tail -n +3
    bad=$((bad + 1))
  fi
done
if [[ $bad -gt 0 ]]; then
  echo "check_format: $bad of ${#files[@]} files differ (make format rewrites them)" >&2
  exit 1
fi
echo "check_format: ${#files[@]} files as clang-format $want_major writes them"
