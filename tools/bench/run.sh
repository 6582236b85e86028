#!/usr/bin/env bash
# Scale benchmarks (issues 3, 4, 7): generates a corpus, builds netra_bench and
# netra in build-scale/ (Release), then measures, with peak RSS each:
#   - `netra_bench extract` and `netra_bench ingest` (facts pre-extracted,
#     raw RocksDB beside them), RUNS times, medians;
#   - `netra extract --format jsonl` end to end on 1 and 2 threads;
#   - precision/recall against the generator's truth, and rdflib parsing the
#     same facts as N-Triples (the ingest peer);
#   - end to end: `netra ingest` ordinary, unchanged, --bulk, `netra sst` and
#     `ingest --sst`; then queries (`netra_bench query --db`), the same
#     questions cold (whole commands) and warm (`netra shell`), and exports
#     of the ingested store, whole and filtered, beside NetworkX and sfdp;
#   - `netra ingest --bulk --facts` beside Oxigraph's load of the same facts
#     as N-Triples (bulk_vs_oxigraph.sh; issue 17), alternating, medians.
#   tools/bench/run.sh [N_ARTICLES=10000] [RUNS=3] [WORKDIR=/tmp/netra-bench]
# Keep N modest while others build on this 2-core machine (check `uptime`).
# A 1M run needs ~1.7 GB for the corpus and its truth, and up to ~6 GB more
# for the stores and the SST set at once, in WORKDIR (about an hour).
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
# The ingest micro-bench and the rdflib peer hold every fact in memory
# (~46 MB and ~340 MB per 10,000 articles), and the precision/recall pass
# writes ~1.7 GB of facts per 100,000: above this size only the streaming
# figures (extraction, end to end, queries, exports) are measured.
in_memory_limit=${NETRA_BENCH_IN_MEMORY_LIMIT:-200000}
benches="extract"; [ "$n" -le "$in_memory_limit" ] && benches="extract ingest"
for b in $benches; do
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
[ "$n" -le "$in_memory_limit" ] || echo "(ingest micro-bench, precision/recall and rdflib skipped above $in_memory_limit articles)"
netra="$root/build-scale/netra"
# Extraction as users run it (issue 17): the whole `netra extract --format
# jsonl` command, reading the corpus and writing every fact line (to
# /dev/null, so that the disk is not measured), on 1 and on 2 threads,
# alternating, RUNS times each. MB/s is corpus bytes over wall seconds; per
# core divides by the threads; CPU is user + sys seconds. Run it on idle
# cores: the load is printed with the figures.
echo "== extract end to end (netra extract --format jsonl > /dev/null; median of $runs, load $(cut -d' ' -f1 /proc/loadavg))"
: > "$work/extract_e2e.all"
for r in $(seq "$runs"); do
  for jobs in 1 2; do
    /usr/bin/time -f "$jobs %e %U %S" -a -o "$work/extract_e2e.all" \
      "$netra" extract --format jsonl --jobs "$jobs" "$corpus" > /dev/null
  done
done
python3 - "$work/extract_e2e.all" "$(stat -c %s "$corpus")" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    jobs, wall, user, sys_s = line.split()
    runs[int(jobs)].append((float(wall), float(user) + float(sys_s)))
mb = int(sys.argv[2]) / 1e6
wall = {j: statistics.median(w for w, _ in r) for j, r in runs.items()}
for j in sorted(runs):
    cpu = statistics.median(c for _, c in runs[j])
    print("--jobs %d  %6.2f s wall  %6.2f s CPU  %6.1f MB/s  %6.1f MB/s per core" % (j, wall[j], cpu, mb / wall[j], mb / wall[j] / j))
print("--jobs 2 / --jobs 1: %.2fx" % (wall[1] / wall[2]))
PY
if [ "$n" -le "$in_memory_limit" ]; then
  # Precision/recall at this size (extract output against the generator's truth).
  if [ -f "$work/truth_$n.jsonl" ]; then
    "$netra" extract --format jsonl "$corpus" > "$work/facts_$n.jsonl" 2>/dev/null || true
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
  rm -f "$work/facts_$n.jsonl" "$work/facts.nt"
fi
# timed LABEL PER COMMAND...: one run of a netra command, with wall seconds,
# PER/s (articles; "-" for none) and peak RSS from GNU time.
timed() {
  local label=$1 per=$2; shift 2
  # Exit 2 is fine: some inputs failed (each is reported in the log).
  local rc=0
  /usr/bin/time -f "%e %M" -o "$work/timed.time" "$@" > /dev/null 2> "$work/timed.log" || rc=$?
  [ $rc -le 2 ] || { cat "$work/timed.log"; exit 1; }
  # GNU time puts "Command exited with non-zero status N" before the
  # figures when the command fails, so the figures are the last line.
  tail -n 1 "$work/timed.time" | awk -v label="$label" -v per="$per" '{
    secs = $1; kb = $2
    rate = per == "-" ? "" : sprintf("%9.0f articles/s", secs > 0 ? per / secs : 0)
    printf "%-28s %8.1f s  %20s  peak %5.0f MB\n", label, secs, rate, kb / 1024 }'
}
# End to end, as users run it: `netra ingest --bulk`, a re-ingest of the
# same corpus, the split path through an SST set, and the ordinary ingest,
# extraction on every core (--jobs default). Above the in-memory limit the
# ordinary ingest runs for at most NETRA_BENCH_ORDINARY_SECONDS (600) and is
# then killed (the store is crash-safe): the documents it stored by then give
# its rate. Queries and exports use the bulk-built store, whole at every size.
echo "== end to end (netra ingest, $(nproc) extraction threads; one run each)"
rm -rf "$work/e2e.db" "$work/e2e_bulk.db" "$work/e2e.set" "$work/e2e_set.db"
timed "ingest --bulk" "$n" "$netra" ingest --no-progress --bulk --db "$work/e2e_bulk.db" "$corpus"
timed "re-ingest, same corpus" "$n" "$netra" ingest --no-progress --db "$work/e2e_bulk.db" "$corpus"
timed "sst (extract + sort)" "$n" "$netra" sst --no-progress --out "$work/e2e.set" "$corpus"
timed "ingest --sst" "$n" "$netra" ingest --db "$work/e2e_set.db" --sst "$work/e2e.set"
rm -rf "$work/e2e.set" "$work/e2e_set.db"
if [ "$n" -le "$in_memory_limit" ]; then
  timed "ingest (ordinary)" "$n" "$netra" ingest --no-progress --db "$work/e2e.db" "$corpus"
else
  limit_s=${NETRA_BENCH_ORDINARY_SECONDS:-600}
  start=$(date +%s.%N)
  timeout -s KILL "$limit_s" "$netra" ingest --no-progress --db "$work/e2e.db" "$corpus" > /dev/null 2>&1 || true
  secs=$(python3 -c "import time; print(time.time() - $start)")
  docs=$("$netra" stats --db "$work/e2e.db" --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["documents"])')
  awk -v s="$secs" -v d="$docs" -v n="$n" 'BEGIN {
    printf "%-28s %8.1f s  %9.0f articles/s  (%d of %d stored, then stopped)\n", "ingest (ordinary), partial", s, d / s, d, n }'
fi
echo "store: $(du -sm "$work/e2e.db" | cut -f1) MB ordinary, $(du -sm "$work/e2e_bulk.db" | cut -f1) MB bulk"
rm -rf "$work/e2e.db"
echo "== queries on the bulk-built store (median of $runs)"
"$bench" query --db "$work/e2e_bulk.db" --dir "$work/query" --runs "$runs" --no-peers
# Cold against warm (issue 17): each question as a whole command, and
# piped into one `netra shell` with `.timer on` (in-process, after a first
# answer); tools/bench/shell_bench.py. The entities are the generator's:
# Region:16.73, UU 20/2023, and the first official the store holds.
echo "== questions: whole command (cold) and in netra shell (warm, in-process .timer); median of $runs"
person=$("$netra" query --db "$work/e2e_bulk.db" --format tsv \
  'SELECT ?p WHERE { ?p netra:holds_position ?pos } LIMIT 1' 2>/dev/null | sed -n 2p)
pattern='SELECT DISTINCT ?name ?role ?region ?doc WHERE { GRAPH ?doc { ?person netra:cites Statute:UU/20/2023 } ?person netra:label ?name ; netra:holds_position ?pos . ?pos netra:role ?role ; netra:position_in ?r . ?r netra:part_of region:16 ; netra:label ?region . ?doc netra:mentions ?event . ?event netra:held_in ?r ; netra:held_on ?date . FILTER (?date > "2024-08-31"^^xsd:date) }'
python3 "$root/tools/bench/shell_bench.py" --netra "$netra" --db "$work/e2e_bulk.db" --runs "$runs" \
  "neighbors $person" "neighbors Region:16.73" "path Region:16.73 'UU 20/2023'" "path $person Region:16.73" \
  "query '$pattern'" "query regions-citing-laws --region 16" "query regions-citing-laws"
# Exports as users run them: netra's whole command beside NetworkX's writers
# on the same graph (runs alternating, medians, ratio), and filtered exports
# beside sfdp on the same DOT (tools/bench/export_e2e.py). NetworkX holds the
# whole graph in memory: above the in-memory limit netra runs alone.
echo "== export, whole store and filtered (median of $runs, alternating with the peers)"
peer=(); [ "$n" -le "$in_memory_limit" ] || peer=(--no-peer)
python3 "$root/tools/bench/export_e2e.py" --netra "$netra" --db "$work/e2e_bulk.db" --work "$work/export" \
  --runs "$runs" --region "lubuk linggau" --statute "UU 23/2014" --ego "Position:wali-kota@16.73" "${peer[@]}"
rm -rf "$work/export"
echo "== bulk load of pre-extracted facts: netra ingest --bulk --facts vs Oxigraph (N-Triples, node)"
bash "$root/tools/bench/bulk_vs_oxigraph.sh" "$netra" "$corpus" "$runs" "$work"
