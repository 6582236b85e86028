#!/usr/bin/env bash
# The quick start's first command: installs what is missing, builds netra and
# runs it end to end on samples/:
#   0. tools/install-deps.sh, then configure and build build/netra;
#   1. ingest samples/ into a fresh store out/netra.db (any old one is removed);
#   2. query regions-citing-laws, printed as a table;
#   3. only if netra has the export command: export the graph as
#      out/netra.graphml, out/netra.gexf, out/netra.dot and an overview picture
#      out/netra.svg (regions, officials, events, statutes; no documents);
#   4. print the command that opens the store in the browser explorer
#      (`netra serve`), or, with --serve, run it (Ctrl-C stops it).
#
# NETRA=path/to/netra uses that binary and skips steps 0 (install and build).
# BUILD=dir and JOBS=n change the build folder (build) and parallelism (2).
# Exit status: that of the first netra command that failed, except that
# ingest's 2 (some inputs were skipped, with diagnostics) lets the demo go on.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
serve=0
case "${1:-}" in
  "") ;;
  --serve) serve=1 ;;
  *) echo "demo: unknown option '$1' (the only one is --serve)" >&2; exit 1 ;;
esac
build="${BUILD:-build}"
jobs="${JOBS:-2}"
if [[ -z "${NETRA:-}" ]]; then
  echo "demo: 0/4 install missing packages and build $build/netra"
  tools/install-deps.sh
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$build" -j"$jobs" --target netra netra_explorer
fi
netra="${NETRA:-$build/netra}"
db=out/netra.db

say() { echo "demo: $*"; }
run() {
  echo "+ $*" >&2
  "$@"
}

if [[ ! -x "$netra" ]]; then
  echo "demo: $netra not found; build it with 'make demo' (or cmake --build build --target netra)" >&2
  exit 1
fi

mkdir -p out
rm -rf "$db"

say "1/4 ingest samples/ into a fresh $db"
rc=0
run "$netra" ingest --db "$db" samples/ || rc=$?
case "$rc" in
  0) ;;
  2) say "some sample inputs were skipped (diagnostics above); going on" ;;
  *) say "ingest failed with exit code $rc"; exit "$rc" ;;
esac

say "2/4 query regions-citing-laws"
run "$netra" query --db "$db" regions-citing-laws --format table

# `netra X --help` of an unknown X prints the general help and exits 0, so
# look for the command in the list instead.
if "$netra" --help 2>/dev/null | grep -qE '^ +export '; then
  say "3/4 export the graph"
  # Everything, for Gephi (GraphML, GEXF: laid out, coloured, dated) and
  # Graphviz (DOT); netra writes each to FILE.tmp and renames it when done.
  for format in graphml gexf dot; do
    run "$netra" export --db "$db" --format "$format" --out "out/netra.$format"
    say "wrote out/netra.$format ($(wc -c <"out/netra.$format") bytes)"
  done
  # The picture leaves out documents and publishers: every document links
  # to all it mentions, and those hubs would hide the civic graph.
  run "$netra" export --db "$db" --format svg \
    --types Region,Person,Position,Organization,Event,Election,Statute,StatuteArticle --out out/netra.svg
  say "wrote out/netra.svg ($(wc -c <out/netra.svg) bytes)"
else
  say "3/4 export skipped: this netra has no export command yet"
fi

if ! "$netra" --help 2>/dev/null | grep -qE '^ +serve '; then
  say "done"
  exit 0
fi
say "4/4 the browser explorer"
serve_cmd=("$netra" serve --db "$db")
if ((serve)); then
  say "done; the explorer on $db: http://127.0.0.1:7878/ (Ctrl-C stops it)"
  run "${serve_cmd[@]}"
else
  say "done; to explore $db in the browser, run"
  echo "    ${serve_cmd[*]}"
  say "and open http://127.0.0.1:7878/ (or run tools/demo.sh --serve)"
fi
