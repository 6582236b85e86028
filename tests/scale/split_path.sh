#!/usr/bin/env bash
# The split path (issue 7): several `netra extract --format jsonl` processes
# over shards of a generated corpus (plus samples/ as .txt files), their
# outputs loaded with `netra ingest --facts`, must build the same store,
# dump for dump, as one `netra ingest` of the same inputs. Also: re-loading
# the facts changes nothing, the bulk path (--facts --bulk) dumps alike, and
# so do SST sets (`netra sst`, from fact files or documents) once ingested
# with `netra ingest --sst`.
#   split_path.sh NETRA SOURCE_DIR
set -euo pipefail
netra=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp -r "$src/samples" samples
python3 "$src/tools/gen_corpus.py" --n 400 --seed 11 --out corpus.jsonl --truth truth.jsonl
split -n l/3 -d --additional-suffix=.jsonl corpus.jsonl shard
shards=(shard00.jsonl shard01.jsonl shard02.jsonl samples)

"$netra" ingest --db whole.db --no-progress "${shards[@]}" 2>ingest.log

# One extract process per shard, at the same time, as workers would.
pids=()
for i in "${!shards[@]}"; do
  "$netra" extract --format jsonl "${shards[$i]}" > "facts$i.jsonl" 2>/dev/null & pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
# The stdin form (a Spark RDD.pipe / Hadoop Streaming mapper) writes the same
# facts, apart from the source name in the document record.
"$netra" extract --format jsonl - < shard00.jsonl | grep -c '"predicate"' > stdin.count
grep -c '"predicate"' facts0.jsonl > file.count
cmp stdin.count file.count

"$netra" ingest --db split.db --facts facts0.jsonl facts1.jsonl facts2.jsonl facts3.jsonl 2>facts.log
"$netra" dump --db whole.db > whole.dump
"$netra" dump --db split.db > split.dump
if ! cmp -s whole.dump split.dump; then
  echo "split path: dumps differ"; diff whole.dump split.dump | head -20; exit 1
fi
[ "$(wc -l < whole.dump)" -gt 1000 ] || { echo "split path: dump too small"; exit 1; }

# Re-loading the same facts leaves the store as it was.
"$netra" ingest --db split.db --facts facts0.jsonl facts1.jsonl facts2.jsonl facts3.jsonl 2>reload.log
"$netra" dump --db split.db > reload.dump
cmp whole.dump reload.dump || { echo "split path: re-loading the facts changed the store"; exit 1; }

# Bulk load of facts (--facts --bulk) against one ordinary ingest of the same
# documents; a bulk load refuses a changed version, so this corpus has none.
python3 "$src/tools/gen_corpus.py" --n 150 --seed 12 --update-rate 0 --out first.jsonl
"$netra" extract --format jsonl first.jsonl samples > first_facts.jsonl 2>/dev/null
"$netra" ingest --db bulk.db --bulk --facts first_facts.jsonl 2>bulk.log
"$netra" ingest --db plain.db --no-progress first.jsonl samples 2>plain.log
"$netra" dump --db bulk.db > bulk.dump
"$netra" dump --db plain.db > plain.dump
cmp bulk.dump plain.dump || { echo "split path: bulk --facts load and ingest differ"; diff bulk.dump plain.dump | head; exit 1; }

# SST sets: the sort done apart from the store, from the facts and from the
# documents (on one and on two threads), then ingested into empty stores.
"$netra" sst --facts first_facts.jsonl --out set_facts 2>sst.log
"$netra" sst --no-progress --jobs 1 first.jsonl samples --out set_docs1 2>>sst.log
"$netra" sst --no-progress --jobs 2 first.jsonl samples --out set_docs2 2>>sst.log
for set in set_facts set_docs1 set_docs2; do
  "$netra" ingest --db "$set.db" --sst "$set" 2>>sst.log
  "$netra" dump --db "$set.db" > "$set.dump"
  cmp plain.dump "$set.dump" || { echo "split path: $set ingested differs"; diff plain.dump "$set.dump" | head; exit 1; }
done
# The set stays whole: it can be ingested again, but only into an empty store.
"$netra" ingest --db again.db --sst set_facts 2>>sst.log
cmp plain.dump <("$netra" dump --db again.db) || { echo "split path: a set ingested twice differs"; exit 1; }
set +e
"$netra" ingest --db again.db --sst set_facts 2>nonempty.log; rc_nonempty=$?
"$netra" ingest --db other.db --sst samples 2>notaset.log; rc_notaset=$?
"$netra" sst --facts first_facts.jsonl --out set_facts 2>exists.log; rc_exists=$?
set -e
[ $rc_nonempty -ne 0 ] && grep -q 'empty store' nonempty.log || { echo "split path: set into a non-empty store"; cat nonempty.log; exit 1; }
[ $rc_notaset -ne 0 ] && grep -q 'not an SST set' notaset.log || { echo "split path: not a set"; cat notaset.log; exit 1; }
[ ! -e other.db ] || { echo "split path: a folder that is not a set left a store behind"; exit 1; }
[ $rc_exists -ne 0 ] && grep -q 'not empty' exists.log || { echo "split path: --out not empty"; cat exists.log; exit 1; }
cmp plain.dump <("$netra" dump --db again.db) || { echo "split path: a refused set changed the store"; exit 1; }

# Extraction on several threads writes what one thread writes, in the same order.
cmp <("$netra" extract --format jsonl --jobs 1 corpus.jsonl samples 2>/dev/null) \
    <("$netra" extract --format jsonl --jobs 3 corpus.jsonl samples 2>/dev/null) ||
  { echo "split path: extract --jobs 3 differs from --jobs 1"; exit 1; }

# Bad input: file:line and exit 2.
printf '{"document":"x","content_hash":"zz"}\n{not json\n' > bad.jsonl
set +e
"$netra" ingest --db bad.db --facts bad.jsonl 2>bad.log
rc=$?
set -e
[ $rc -eq 2 ] && grep -q 'bad.jsonl:1' bad.log && grep -q 'bad.jsonl:2' bad.log || {
  echo "split path: bad input not reported (rc $rc)"; cat bad.log; exit 1; }
echo "split path: ok ($(wc -l < whole.dump) dump lines)"
