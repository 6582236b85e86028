#!/usr/bin/env bash
# The split path on Dask's distributed scheduler (tools/dask_split.py, issue
# 17): a LocalCluster of two worker processes writes one SST set per
# partition (`netra sst`, and `extract` + `sst --facts` with --via-facts),
# the client ingests them all with `netra ingest --sst`; the store must dump
# byte for byte like one `netra ingest` of the same inputs in the same order.
# The corpus has repeated ids in different partitions (the later version
# wins, as in ingest) and a bad line (exit 2, reported, not fatal); a netra
# that fails in a task fails the run with that task's stderr.
#
#   dask_split.sh NETRA SOURCE_DIR
#
# Exit 77 (ctest SKIP) when Debian's python3-distributed is missing, unless CI
# or NETRA_REQUIRE_READERS is set (tools/install-deps.sh installs it).
set -euo pipefail
netra=$(realpath "$1")
src=$(realpath "$2")
py=/usr/bin/python3  # Debian's python: the one with python3-distributed

if ! "$py" -c 'import dask.distributed' 2>/dev/null; then
  if [[ -n "${CI:-}" || -n "${NETRA_REQUIRE_READERS:-}" ]]; then
    echo "FAIL: Debian python3-distributed is not installed (run tools/install-deps.sh)" >&2
    exit 1
  fi
  echo "SKIP: Debian python3-distributed is not installed (install with tools/install-deps.sh)"
  exit 77
fi

work=$(realpath "$(mktemp -d "${TMPDIR:-/tmp}/netra-dask-XXXXXX")")
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "dask split: $*"; exit 1; }

# 300 generated articles in four shard files; the first article comes back,
# changed, in the last shard, so its versions land in different partitions.
"$py" "$src/tools/gen_corpus.py" --n 300 --seed 3 --update-rate 0 --out gen.jsonl
split -n l/4 -d --additional-suffix=.jsonl gen.jsonl shard
head -1 gen.jsonl | sed 's/"text": "/"text": "Versi baru. /' >> shard03.jsonl
printf '{"id": "rusak", "text": \n' >> shard01.jsonl  # a bad line: reported, the rest loaded
inputs=("$src/samples" shard00.jsonl shard01.jsonl shard02.jsonl shard03.jsonl)

set +e
"$netra" ingest --db whole.db --no-progress "${inputs[@]}" 2>whole.log; rc_whole=$?
set -e
[ $rc_whole -eq 2 ] || { cat whole.log; fail "plain ingest exited $rc_whole, expected 2 (one bad line)"; }
"$netra" dump --db whole.db > whole.dump
[ "$(wc -l < whole.dump)" -gt 1000 ] || fail "dump too small"

run() {  # run NAME [dask_split options]: ingests through Dask into NAME.db, checks the dump
  local name=$1; shift
  set +e
  "$py" "$src/tools/dask_split.py" --netra "$netra" --db "$name.db" --workers 2 "$@" "${inputs[@]}" 2>"$name.log"
  local rc=$?
  set -e
  [ $rc -eq 2 ] || { cat "$name.log"; fail "$name: exited $rc, expected 2 (one bad line)"; }
  grep -q 'shard01.jsonl:' "$name.log" || { cat "$name.log"; fail "$name: the bad line is not reported"; }
  "$netra" dump --db "$name.db" > "$name.dump"
  cmp -s whole.dump "$name.dump" || { diff whole.dump "$name.dump" | head; fail "$name: dump differs from one ingest"; }
}
run sst4 --partitions 4         # the versions of gen0000000 in the first and the last partition
run sst2 --partitions 2         # several units per partition
run facts3 --partitions 3 --via-facts  # extract per unit, then sst --facts per partition
grep -q 'map (extract)' facts3.log && grep -q 'partition (sst)' facts3.log || fail "no stage report"

# A big .jsonl is cut into shards by the script; the store's sources then
# name the shards, so the peer is one ingest of those shard files.
"$py" "$src/tools/dask_split.py" --netra "$netra" --db cut.db --workers 2 --shard-mb 0.02 --keep --work cut.work \
  gen.jsonl 2>cut.log || { cat cut.log; fail "cut: failed"; }
[ "$(ls cut.work/shards | wc -l)" -ge 4 ] || fail "cut: too few shards"
"$netra" ingest --db cutplain.db --no-progress "$work"/cut.work/shards/*.jsonl 2>cutplain.log  # as the script names them
cmp -s <("$netra" dump --db cutplain.db) <("$netra" dump --db cut.db) || fail "cut: dump differs from one ingest of the shards"

# A netra that fails (here: exit 3 from every task) fails the
# run with its stderr, and no store is left behind.
printf '#!/bin/sh\necho "netra: something went wrong in $1" >&2\nexit 3\n' > broken.sh
chmod +x broken.sh
set +e
"$py" "$src/tools/dask_split.py" --netra broken.sh --db broken.db --workers 2 "${inputs[@]}" 2>broken.log
rc=$?
set -e
[ $rc -eq 3 ] && grep -q 'something went wrong in sst' broken.log || { cat broken.log; fail "a failing task did not fail the run (rc $rc)"; }
[ ! -e broken.db ] || fail "a failed run left a store"
echo "dask split: ok ($(wc -l < whole.dump) dump lines, 4 runs alike)"
