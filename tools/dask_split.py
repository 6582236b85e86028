#!/usr/bin/python3
"""The split path of docs/scale.md on Dask's distributed scheduler.

  dask_split.py --netra build/netra --db netra.db [--workers 2] [--partitions 4] CORPUS...
  dask_split.py --netra /shared/netra --db netra.db --scheduler tcp://HOST:8786 --work /shared/run CORPUS...

CORPUS: .jsonl files, .txt files or folders, as `netra ingest` takes them,
in load order. A .jsonl file larger than the shard size (--shard-mb; by
default its share of one partition, at most 64 MB) is first cut, at line
boundaries, into shard files in WORK/shards (the store's `source` fields then
name the shards); everything else is a unit of its own. The units are dealt,
in order, into P contiguous partitions of about equal size, and:

  partition stage (a Dask task per partition, on a worker):
      netra sst --jobs J UNITS... --out WORK/sets/P
  or, with --via-facts, first a map stage (a task per unit):
      netra extract --format jsonl --jobs J UNIT > WORK/facts/U.jsonl
  and then per partition:
      netra sst --facts FACTS... --out WORK/sets/P
  load (here, on the client):
      netra ingest --db DB --sst WORK/sets/0 WORK/sets/1 ...

`ingest --sst` merges the sets in partition order, so a document found in
several partitions keeps its last version, as in one `netra ingest` (inside
one partition, `netra sst` follows the bulk-load rule of netra's version).

Without --scheduler a LocalCluster of --workers worker processes (one thread
each) listens on 127.0.0.1 only, without a dashboard. With --scheduler, the
workers of that cluster run the tasks: the netra binary, its schema/ (or
NETRA_SCHEMA_DIR in the workers' environment), the corpus and WORK must be at
the same paths on every worker (a shared file system); only the client writes
the store.

A task whose netra exits 2 (some documents could not be read) is reported
with its stderr and the run goes on, as netra itself does; any other
non-zero exit stops the run with that task's stderr. Exit status: 0, 2 when
some inputs failed, else the failing netra's status (1 usage, 3 store/I-O).
Per stage it prints tasks, input MB, wall seconds, the tasks' CPU seconds
and MB per task-second (each task runs on one core with --jobs 1).
"""

import argparse
import math
import os
import shutil
import sys
import time

try:
    from dask.distributed import Client, LocalCluster, wait
except ImportError:  # reported in main(), where --help still works without Dask
    Client = None


class NetraFailed(Exception):
    """A netra run that exited with neither 0 nor 2."""

    def __init__(self, what, rc, stderr):
        super().__init__(f"{what}: netra exited {rc}\n{stderr}")
        self.what, self.rc, self.stderr = what, rc, stderr

    def __reduce__(self):  # raised on a worker, re-raised on the client
        return NetraFailed, (self.what, self.rc, self.stderr)


def run_netra(what, argv, cwd, stdout_path=None):
    """Runs one netra command on a worker, in the client's working folder
    `cwd` (the corpus paths are passed as given: netra records them as the
    documents' sources); returns its outcome as a dict.

    The CPU seconds are the child's own (wait4), so they are right whatever
    else the worker process does."""
    start = time.monotonic()
    out = open(stdout_path, "wb") if stdout_path else open(os.devnull, "wb")
    with out:
        import subprocess  # on the worker
        proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.PIPE)
        stderr = proc.stderr.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    result = {"what": what, "rc": proc.returncode, "stderr": stderr, "wall": time.monotonic() - start,
              "cpu": usage.ru_utime + usage.ru_stime, "host": os.uname().nodename}
    if result["rc"] not in (0, 2):
        raise NetraFailed(what, result["rc"], stderr)
    return result


def run_after(what, argv, cwd, *upstream):
    """run_netra once the tasks in `upstream` (Dask futures, resolved to their
    results before this runs) are done."""
    return run_netra(what, argv, cwd)


def jsonl_shards(path, shard_bytes, out_dir):
    """Cuts a JSONL file at line boundaries into files of about shard_bytes."""
    base = os.path.splitext(os.path.basename(path))[0]
    shards = []
    with open(path, "rb") as src:
        while True:
            chunk = src.read(shard_bytes)
            if not chunk:
                break
            if not chunk.endswith(b"\n"):
                chunk += src.readline()
            shard = os.path.join(out_dir, f"{base}.{len(shards):05d}.jsonl")
            with open(shard, "wb") as dst:
                dst.write(chunk)
            shards.append(shard)
    return shards


def path_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def make_units(inputs, shard_bytes, shard_dir):
    units = []
    for path in inputs:
        if path.endswith(".jsonl") and os.path.isfile(path) and os.path.getsize(path) > shard_bytes:
            os.makedirs(shard_dir, exist_ok=True)
            units.extend(jsonl_shards(path, shard_bytes, shard_dir))
        else:
            units.append(path)
    return units


def partition(units, sizes, parts):
    """Contiguous runs of units (load order is kept), of about equal bytes: a
    unit goes to the partition its middle byte falls in."""
    total = sum(sizes) or 1
    groups = [[] for _ in range(parts)]
    done = 0
    for unit, size in zip(units, sizes):
        groups[min(parts - 1, int((done + size / 2) * parts / total))].append(unit)
        done += size
    return [g for g in groups if g]


def report_stage(name, results, input_bytes, wall, since="wall"):
    cpu = sum(r["cpu"] for r in results)
    task_wall = sum(r["wall"] for r in results)
    mb = input_bytes / 1e6
    print(f"dask_split: {name}: {len(results)} tasks, {mb:.1f} MB in, {wall:.2f} s {since}, "
          f"{cpu:.2f} CPU s, {mb / task_wall if task_wall else 0:.2f} MB per task-second, "
          f"{mb / cpu if cpu else 0:.2f} MB per CPU second", file=sys.stderr)


def report_problems(results):
    """Prints the stderr of tasks that exited 2; True if there were any."""
    any_failed = False
    for r in results:
        if r["rc"] == 2:
            any_failed = True
            print(f"dask_split: {r['what']}: some inputs failed (exit 2):\n{r['stderr'].rstrip()}", file=sys.stderr)
    return any_failed


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("corpus", nargs="+", help=".jsonl/.txt files or folders, in load order")
    p.add_argument("--netra", required=True, help="the netra binary (the same path on every worker)")
    p.add_argument("--db", required=True, help="the store to create (must not hold documents)")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes")
    p.add_argument("--partitions", type=int, default=0, help="SST sets to write (default: one per worker)")
    p.add_argument("--jobs", type=int, default=1, help="netra --jobs inside each task (default 1)")
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786) instead of a LocalCluster")
    p.add_argument("--work", help="folder for shards, facts and sets (default: beside --db; kept only with --keep)")
    p.add_argument("--shard-mb", type=float, default=0,
                   help="cut .jsonl files larger than this (MB; default: total / partitions, at most 64)")
    p.add_argument("--via-facts", action="store_true", help="extract per unit first, then `sst --facts` per partition")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    return p.parse_args()


def main():
    args = parse_args()
    if Client is None:
        sys.exit("dask_split: Dask is not installed (Debian: python3-distributed python3-dask; tools/install-deps.sh)")
    netra = os.path.abspath(args.netra)
    cwd = os.getcwd()
    for path in args.corpus:
        if not os.path.exists(path):
            print(f"dask_split: {path}: no such file or folder", file=sys.stderr)
            return 1
    work = os.path.abspath(args.work or args.db.rstrip("/") + ".dask-work")
    if os.path.exists(work) and os.listdir(work):
        sys.exit(f"dask_split: work folder {work} is not empty")
    os.makedirs(os.path.join(work, "sets"))

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    workers = len(client.scheduler_info()["workers"])
    parts = args.partitions or max(workers, 1)
    shard_bytes = int(args.shard_mb * 1e6)
    if shard_bytes == 0:  # each partition's share, cut into pieces of at most 64 MB
        share = math.ceil(sum(map(path_bytes, args.corpus)) / parts)
        shard_bytes = math.ceil(share / math.ceil(share / (64 << 20)))
    units = make_units(args.corpus, shard_bytes, os.path.join(work, "shards"))
    sizes = [path_bytes(u) for u in units]
    groups = partition(units, sizes, parts)
    jobs = ["--jobs", str(args.jobs)]
    print(f"dask_split: {len(units)} units, {sum(sizes) / 1e6:.1f} MB, {len(groups)} partitions, "
          f"{workers} workers", file=sys.stderr)

    status = 0
    try:
        sets = [os.path.join(work, "sets", str(i)) for i in range(len(groups))]
        start = time.monotonic()
        if args.via_facts:
            os.makedirs(os.path.join(work, "facts"))
            facts = {u: os.path.join(work, "facts", f"{i:05d}.jsonl") for i, u in enumerate(units)}
            extracts = {u: client.submit(run_netra, f"extract {u}",
                                         [netra, "extract", "--format", "jsonl", *jobs, u], cwd, facts[u], pure=False)
                        for u in units}
            ssts = [client.submit(run_after, f"sst --facts partition {i}",
                                  [netra, "sst", "--facts", *[facts[u] for u in g], "--out", sets[i]], cwd,
                                  *[extracts[u] for u in g], pure=False)
                    for i, g in enumerate(groups)]
            wait(list(extracts.values()))
            map_results = client.gather(list(extracts.values()))
            report_stage("map (extract)", map_results, sum(sizes), time.monotonic() - start)
            status = 2 if report_problems(map_results) else 0
        else:
            ssts = [client.submit(run_netra, f"sst partition {i}",
                                  [netra, "sst", "--no-progress", *jobs, *g, "--out", sets[i]], cwd, pure=False)
                    for i, g in enumerate(groups)]
        sst_results = client.gather(ssts)
        # With --via-facts a partition starts as soon as its own units are extracted.
        report_stage("partition (sst)", sst_results, sum(sizes), time.monotonic() - start,
                     "since the run's start" if args.via_facts else "wall")
        if report_problems(sst_results):
            status = 2

        start = time.monotonic()
        load = run_netra("ingest --sst", [netra, "ingest", "--db", args.db, "--sst", *sets], cwd)
        sys.stderr.write(load["stderr"])
        report_stage("load (ingest --sst, client)", [load], sum(sizes), time.monotonic() - start)
        status = max(status, load["rc"])
    except NetraFailed as failed:
        print(f"dask_split: {failed}", file=sys.stderr)
        status = failed.rc
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
