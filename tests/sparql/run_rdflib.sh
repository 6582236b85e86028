#!/usr/bin/env bash
# The SPARQL of queries.rq run by `netra query` over a store ingested from
# samples/ and by rdflib over that store's N-Triples export must give the
# same rows (check_rdflib.py).
#
#   run_rdflib.sh NETRA
#
# Exit 77 (ctest SKIP) when Debian's python3-rdflib is missing, unless CI or
# NETRA_REQUIRE_READERS is set (tools/install-deps.sh installs it).
set -euo pipefail

netra="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
py=/usr/bin/python3

if ! "$py" -c 'import rdflib' 2>/dev/null; then
  if [[ -n "${CI:-}" || -n "${NETRA_REQUIRE_READERS:-}" ]]; then
    echo "FAIL: Debian python3-rdflib is not installed (run tools/install-deps.sh)" >&2
    exit 1
  fi
  echo "SKIP: Debian python3-rdflib is not installed (install with tools/install-deps.sh)"
  exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/netra-sparql-XXXXXX")"
trap 'rm -rf "$work"' EXIT
rc=0
"$netra" ingest --db "$work/db" "$root/samples" >/dev/null 2>"$work/ingest.err" || rc=$?
if [[ $rc -ne 0 && $rc -ne 2 ]]; then cat "$work/ingest.err" >&2; exit 1; fi
"$netra" export --db "$work/db" --format ntriples --out "$work/g.nt"
"$netra" export --db "$work/db" --format nquads --out "$work/g.nq"
rc=0
"$py" "$here/check_rdflib.py" "$netra" "$work/db" "$work/g.nt" "$here/queries.rq" || rc=1
"$py" "$here/check_rdflib.py" "$netra" "$work/db" "$work/g.nq" "$here/graph_queries.rq" || rc=1
exit $rc
