#!/bin/bash
# A full disk mid-ingest: exit 3 with the OS error and a summary of what
# was stored, no RocksDB assertion (SIGABRT), a store that `netra verify`
# passes, and a re-run with space that ends equal to one clean ingest.
# Needs a small file system of its own: a tmpfs mounted here (root only);
# without the right to mount, the test is skipped (exit 77).
#   disk_full.sh NETRA SOURCE_DIR
set -u
netra=$1
src=$2
work=$(mktemp -d /tmp/netra-disk-full-XXXXXX)
fs=$work/fs
mkdir -p "$fs"
cleanup() {
  umount "$fs" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
if ! mount -t tmpfs -o size=3m tmpfs "$fs" 2>/dev/null; then
  echo "SKIPPED: cannot mount a tmpfs here (needs root)"
  exit 77
fi
fail() {
  echo "FAIL: $*"
  exit 1
}

python3 "$src/tools/gen_corpus.py" --n 3000 --seed 3 --out "$work/corpus.jsonl" || fail "gen_corpus"

for mode in ordinary bulk; do
  flag=()
  [ "$mode" = bulk ] && flag=(--bulk)
  rm -rf "$fs/db"
  "$netra" ingest "${flag[@]}" --no-progress --db "$fs/db" "$work/corpus.jsonl" 2>"$work/err"
  code=$?
  cat "$work/err"
  [ $code -eq 3 ] || fail "$mode: exit $code on a full disk, expected 3"
  grep -q "No space left on device" "$work/err" || fail "$mode: the OS error is not named"
  grep -q "stopped by the store error below" "$work/err" || fail "$mode: no word on what was stored"
  grep -q "Assertion" "$work/err" && fail "$mode: a RocksDB assertion reached the user"
  "$netra" verify --db "$fs/db" || fail "$mode: the store left by the full disk does not verify"
  if [ "$mode" = bulk ]; then
    docs=$("$netra" stats --db "$fs/db" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])')
    [ "$docs" = 0 ] || fail "bulk: $docs documents stored after a failed bulk load that said nothing was"
  fi
done

# With room again, the same command completes the ordinary ingest.
mount -o remount,size=256m "$fs" || fail "remount"
rm -rf "$fs/db"
mount -o remount,size=3m "$fs" || fail "remount"
"$netra" ingest --no-progress --db "$fs/db" "$work/corpus.jsonl" 2>/dev/null
mount -o remount,size=256m "$fs" || fail "remount"
"$netra" ingest --no-progress --db "$fs/db" "$work/corpus.jsonl" || fail "the re-run with room failed"
"$netra" ingest --no-progress --db "$work/clean.db" "$work/corpus.jsonl" || fail "the clean ingest failed"
"$netra" dump --db "$fs/db" >"$work/a.dump" && "$netra" dump --db "$work/clean.db" >"$work/b.dump" || fail "dump"
cmp -s "$work/a.dump" "$work/b.dump" || fail "the store completed after a full disk differs from one clean ingest"
echo "disk full: exit 3, OS error named, no assertion, store verifies, re-run equals a clean ingest"
