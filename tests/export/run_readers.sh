#!/usr/bin/env bash
# Exports a store in every format and reads the files back with a real
# reader (ctest runs one reader and one data set per test):
#
#   run_readers.sh READER DATASET NETRA NETRA_TESTS
#     READER   networkx | networkx-gexf12 | graphology | graphviz | rdf
#              (networkx-gexf12: `export --gexf-version 1.2` read by stock
#              nx.read_gexf, nothing registered)
#     DATASET  samples (netra ingest samples/) |
#              adversarial (tests/unit/export/adversarial_store.h, written by
#              the skipped doctest case "export fixture: adversarial-names store")
#
# Exit 0 when the reader agrees, 1 when it does not, 77 (ctest SKIP) when the
# reader is not installed -- unless CI or NETRA_REQUIRE_READERS is set: CI
# installs every reader (tools/install-deps.sh), so there a missing one fails.
set -euo pipefail

reader="$1" dataset="$2" netra="$3" tests_bin="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3  # Debian's python: the one with python3-networkx and rdflib

skip() {
  if [[ -n "${CI:-}" || -n "${NETRA_REQUIRE_READERS:-}" ]]; then
    echo "FAIL: $* (CI must have every reader: run tools/install-deps.sh)" >&2
    exit 1
  fi
  echo "SKIP: $* (install with tools/install-deps.sh)"
  exit 77
}

case "$reader" in
  networkx|networkx-gexf12) "$py" -c 'import networkx' 2>/dev/null || skip "Debian python3-networkx is not installed" ;;
  graphology)
    command -v node >/dev/null || skip "node (Node.js) is not installed"
    for m in graphology graphology-gexf graphology-graphml; do
      [[ -d "$root/tools/node/node_modules/$m" ]] || skip "npm package $m is not in tools/node/node_modules"
    done ;;
  graphviz)
    command -v dot >/dev/null || skip "Graphviz (dot) is not installed"
    "$py" -c 'import json' || skip "/usr/bin/python3 is not installed" ;;
  rdf)
    command -v rapper >/dev/null || skip "rapper (raptor2-utils) is not installed"
    "$py" -c 'import rdflib' 2>/dev/null || skip "Debian python3-rdflib is not installed" ;;
  *) echo "run_readers: unknown reader '$reader'" >&2; exit 2 ;;
esac

work="$(mktemp -d "${TMPDIR:-/tmp}/netra-export-XXXXXX")"
trap 'rm -rf "$work"' EXIT
db="$work/db"

case "$dataset" in
  samples)
    rc=0
    "$netra" ingest --db "$db" "$root/samples" >/dev/null 2>"$work/ingest.err" || rc=$?
    if [[ $rc -ne 0 && $rc -ne 2 ]]; then cat "$work/ingest.err" >&2; exit 1; fi ;;
  adversarial)
    NETRA_EXPORT_FIXTURE_DIR="$db" "$tests_bin" --test-case="export fixture: adversarial-names store" \
      --no-skip=true --no-version=true >"$work/fixture.out" 2>&1 || { cat "$work/fixture.out" >&2; exit 1; } ;;
  *) echo "run_readers: unknown data set '$dataset'" >&2; exit 2 ;;
esac

x() { "$netra" export --db "$db" "$@"; }
x --format graphml --out "$work/g.graphml"
x --format gexf --out "$work/g.gexf"
x --format csv --out "$work/g.csv"  # g.nodes.csv, g.edges.csv: the reference the readers compare with

echo "run_readers: $reader on $dataset"
case "$reader" in
  networkx) "$py" "$here/check_networkx.py" "$work" "$dataset" ;;
  networkx-gexf12)
    x --format gexf --gexf-version 1.2 --out "$work/g12.gexf"
    "$py" "$here/check_networkx.py" "$work" "$dataset" gexf12 ;;
  graphology) node "$here/check_graphology.js" "$work" "$root/tools/node/node_modules" ;;
  graphviz)
    x --format dot --out "$work/g.dot"
    x --format dot --cluster-by-region --out "$work/clustered.dot"
    x --format svg --out "$work/g.svg"
    "$py" "$here/check_graphviz.py" "$work" ;;
  rdf)
    x --format ntriples --out "$work/g.nt"
    x --format nquads --out "$work/g.nq"
    "$py" "$here/check_rdf.py" "$work" "$dataset" ;;
esac
