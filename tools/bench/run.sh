#!/usr/bin/env bash
# Scale benchmarks (issues 3, 4, 7): generates a corpus, builds netra_bench in
# build-scale/, runs `netra_bench extract` and `netra_bench ingest` RUNS times
# each and prints the median of every figure and the peak RSS (/usr/bin/time -v).
#   tools/bench/run.sh [N_ARTICLES=10000] [RUNS=3] [WORKDIR=/tmp/netra-bench]
# Keep N modest while others build on this 2-core machine (check `uptime`).
set -euo pipefail
n=${1:-10000}
runs=${2:-3}
work=${3:-/tmp/netra-bench}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"
cmake -S "$root" -B "$root/build-scale" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$root/build-scale" -j2 --target netra_bench netra >/dev/null
bench="$root/build-scale/tools/bench/netra_bench"
corpus="$work/corpus_$n.jsonl"
[ -f "$corpus" ] || python3 "$root/tools/gen_corpus.py" --n "$n" --seed 7 --out "$corpus" --truth "$work/truth_$n.jsonl"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $corpus ($n articles, $(du -m "$corpus" | cut -f1) MB)"
for b in extract ingest; do
  : > "$work/$b.all"
  for r in $(seq "$runs"); do
    args=("$corpus"); [ "$b" = ingest ] && args+=("$work/stores")
    /usr/bin/time -v "$bench" "$b" "${args[@]}" > "$work/$b.$r" 2> "$work/$b.$r.time"
    cat "$work/$b.$r" >> "$work/$b.all"
    awk '/Maximum resident/{print "peak_rss_mb", $6/1024}' "$work/$b.$r.time" >> "$work/$b.all"
  done
  echo "== $b (median of $runs)"
  python3 - "$work/$b.all" <<'PY'
import sys, statistics, collections
v = collections.OrderedDict()
for line in open(sys.argv[1]):
    k, x = line.split()
    v.setdefault(k, []).append(float(x))
for k, xs in v.items():
    print("%-32s %12.2f" % (k, statistics.median(xs)))
PY
done
# Precision/recall at this size (extract output against the generator's truth).
if [ -f "$work/truth_$n.jsonl" ]; then
  "$root/build-scale/netra" extract --format jsonl "$corpus" > "$work/facts_$n.jsonl" 2>/dev/null || true
  echo "== precision/recall ($n articles)"
  python3 "$root/tools/score_generated.py" --facts "$work/facts_$n.jsonl" --truth "$work/truth_$n.jsonl"
fi
# Issue 3's peer for ingest: rdflib (Debian's python3-rdflib, hence
# /usr/bin/python3) parsing the same facts as N-Triples; compare with the
# facts/s of the ingest section above.
if [ -f "$work/facts_$n.jsonl" ] && /usr/bin/python3 -c 'import rdflib' 2>/dev/null; then
  echo "== peer: rdflib parsing the same facts as N-Triples (one run)"
  /usr/bin/python3 "$root/tools/bench/rdflib_peer.py" "$work/facts_$n.jsonl" "$work" |
    awk '{ printf "%-32s %12s\n", $1, $2 }'
fi
# End to end, as users run it: `netra ingest` (ordinary and --bulk) and the
# split path through an SST set, extraction on every core (--jobs default).
echo "== end to end (netra ingest, $(nproc) extraction threads; one run each)"
netra="$root/build-scale/netra"
e2e() {  # label, then the command; prints seconds, articles/s and peak RSS
  local label=$1; shift
  # Exit 2 is fine: a bulk load refuses the corpus's updated versions (same
  # id, new text), which the ordinary path applies.
  local rc=0
  /usr/bin/time -f "%e %M" -o "$work/e2e.time" "$@" > /dev/null 2> "$work/e2e.log" || rc=$?
  [ $rc -le 2 ] || { cat "$work/e2e.log"; exit 1; }
  # GNU time puts "Command exited with non-zero status N" before the
  # figures when the command fails, so the figures are the last line.
  tail -n 1 "$work/e2e.time" | awk -v label="$label" -v n="$n" '{
    secs = $1; kb = $2
    printf "%-32s %8.1f s  %9.0f articles/s  peak %5.0f MB\n", label, secs, (secs > 0 ? n / secs : 0), kb / 1024 }'

}
rm -rf "$work/e2e.db" "$work/e2e_bulk.db" "$work/e2e.set" "$work/e2e_set.db"
e2e "ingest (ordinary)" "$netra" ingest --no-progress --db "$work/e2e.db" "$corpus"
e2e "re-ingest unchanged" "$netra" ingest --no-progress --db "$work/e2e.db" "$corpus"
e2e "ingest --bulk" "$netra" ingest --no-progress --bulk --db "$work/e2e_bulk.db" "$corpus"
e2e "sst (extract + sort)" "$netra" sst --no-progress --out "$work/e2e.set" "$corpus"
e2e "ingest --sst" "$netra" ingest --db "$work/e2e_set.db" --sst "$work/e2e.set"
