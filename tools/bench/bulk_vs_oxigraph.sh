#!/usr/bin/env bash
# Issue 17: `netra ingest --bulk --facts` (facts pre-extracted, provenance
# kept) beside Oxigraph's load of the same facts as N-Triples (npm
# `oxigraph`, pinned in tools/node, in process in node: oxigraph_load.js),
# both whole commands timed end to end, alternating in one run; medians and
# the ratio netra/oxigraph. Run by run.sh; alone:
#   tools/bench/bulk_vs_oxigraph.sh NETRA CORPUS.jsonl [RUNS=3] [WORKDIR=/tmp/netra-bench]
# The facts come from `netra extract --format jsonl CORPUS`, the N-Triples
# from `netra export --format ntriples` of the store they build (the graph
# Oxigraph loads is the one netra stores, without the provenance). Each
# netra run loads into a fresh store; `ingest` ends, as users run it, by
# saving the store's citation table (--no-refresh would skip that), which is
# timed as well. Needs node; installs tools/node's packages if missing.
set -euo pipefail
netra=$1
corpus=$2
runs=${3:-3}
work=${4:-/tmp/netra-bench}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
if ! command -v node >/dev/null; then
  echo "(no node: the Oxigraph comparison is skipped)"
  exit 0
fi
if [ ! -d "$root/tools/node/node_modules/oxigraph" ]; then
  (cd "$root/tools/node" && npm ci --no-audit --no-fund >/dev/null 2>&1) ||
    { echo "(npm could not install tools/node's packages: the Oxigraph comparison is skipped)"; exit 0; }
fi
name=$(basename "$corpus" .jsonl)
facts="$work/$name.facts.jsonl"
nt="$work/$name.nt"
"$netra" extract --format jsonl "$corpus" > "$facts" 2>/dev/null
rm -rf "$work/oxi.db"
"$netra" ingest --bulk --facts --no-refresh --db "$work/oxi.db" "$facts" 2>/dev/null
"$netra" export --db "$work/oxi.db" --format ntriples --out "$nt" 2>/dev/null
echo "facts: $(du -m "$facts" | cut -f1) MB, $(wc -l < "$facts") lines; N-Triples: $(du -m "$nt" | cut -f1) MB, $(wc -l < "$nt") triples"
echo "load $(cut -d' ' -f1-3 /proc/loadavg) before"
: > "$work/oxi.times"
for r in $(seq "$runs"); do
  rm -rf "$work/oxi.db"
  /usr/bin/time -f "%e %M %U %S" -o "$work/oxi.time" "$netra" ingest --bulk --facts --db "$work/oxi.db" "$facts" \
    > /dev/null 2> "$work/oxi.log"
  echo "netra $(tail -n 1 "$work/oxi.time")" >> "$work/oxi.times"
  /usr/bin/time -f "%e %M %U %S" -o "$work/oxi.time" node "$root/tools/bench/oxigraph_load.js" "$nt" > "$work/oxi.out"
  echo "oxigraph $(tail -n 1 "$work/oxi.time") $(awk '/load_seconds/{print $2}' "$work/oxi.out")" >> "$work/oxi.times"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg) after; netra: $(grep -o 'documents:.*' "$work/oxi.log")"
echo "oxigraph: $(awk '/triples/{print $2}' "$work/oxi.out") triples loaded"
# Columns of oxi.times: tool, wall s, peak KB, user s, system s[, in-process load s].
python3 - "$work/oxi.times" "$runs" <<'PY'
import sys, statistics
rows = [line.split() for line in open(sys.argv[1])]
def med(tool, f):
    return statistics.median(f([float(x) for x in r[1:]]) for r in rows if r[0] == tool)
wall = lambda r: r[0]
cpu = lambda r: r[2] + r[3]
print("%-44s %8s %8s %8s" % ("", "wall s", "cpu s", "peak MB"))
for tool, label in (("netra", "netra ingest --bulk --facts (whole command)"),
                    ("oxigraph", "oxigraph load in node (whole command)")):
    print("%-44s %8.2f %8.2f %8.0f" % (label, med(tool, wall), med(tool, cpu), med(tool, lambda r: r[1]) / 1024))
print("%-44s %8.2f" % ("oxigraph in-process load", med("oxigraph", lambda r: r[4])))
print("%-44s %8.2f %8.2f   (medians of %s runs each, alternating)" %
      ("ratio netra/oxigraph", med("netra", wall) / med("oxigraph", wall), med("netra", cpu) / med("oxigraph", cpu),
       sys.argv[2]))
PY
rm -rf "$work/oxi.db" "$facts" "$nt"
