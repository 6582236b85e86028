#!/usr/bin/env python3
"""Memory and time per document stay bounded, whatever the document says.

Usage: document_memory.py --netra PATH --samples DIR

The bound (docs/limits.md): above what netra takes for a one-line
document, one document costs at most 64 times its size in memory while it
is extracted, ingested or bulk-loaded, and it is processed in time linear in
its size. Texts that repeat a citation, a region or an official a hundred
thousand times once cost over 300 times their size and minutes (quadratic
scans); now their facts past the per-document bound are left out, with a
message naming the document and exit 2, and the kept facts are stored.

Each case is a generated text of about 2 MB: the team's samples one after
another (a dense news text), and three lists of one repeated mention. Peak
memory is the child's ru_maxrss (os.wait4). A hang guard of 120 s per run
fails the test; no figure here is timed.
"""

import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

SIZE = 2_000_000
BOUND = 64
HANG_GUARD_S = 120


def peak_rss(argv):
    """Runs argv to completion; returns (exit status, peak RSS bytes, stderr)."""
    with tempfile.TemporaryFile() as err:
        pid = os.posix_spawn(argv[0], argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                                           (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        for _ in range(HANG_GUARD_S * 10):
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                err.seek(0)
                return os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024, \
                    err.read().decode("utf-8", "replace")
            time.sleep(0.1)
        os.kill(pid, 9)
        os.wait4(pid, 0)
        raise AssertionError(f"hang: {' '.join(argv)} ran over {HANG_GUARD_S} s")


def texts(samples):
    """(name, text): about SIZE bytes each."""
    news = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(samples).glob("s*.txt")))
    lists = {
        "citations": "UU 5/2014 dan PP 94/2021. ",
        "regions": "Kota Bogor, Kabupaten Bogor, Kota Malang. ",
        "officials": "Pj Wali Kota Bogor Ahmad Sutisna, S.STP. membuka apel. ",
    }
    out = [("news", (news + "\n\n") * (SIZE // (len(news.encode()) + 2) + 1))]
    for name, unit in lists.items():
        out.append((name, unit * (SIZE // len(unit) + 1)))
    return [(n, t[:SIZE]) for n, t in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netra", required=True)
    ap.add_argument("--samples", required=True)
    args = ap.parse_args()
    netra = os.path.abspath(args.netra)
    failures = []
    work = tempfile.mkdtemp(prefix="netra-docmem-")
    try:
        tiny = os.path.join(work, "tiny.txt")
        pathlib.Path(tiny).write_text("Apel netralitas ASN di Kota Bogor.\n", encoding="utf-8")
        commands = {
            "extract": lambda f, db: [netra, "extract", "--format", "jsonl", f],
            "ingest": lambda f, db: [netra, "ingest", "--db", db, f],
            "ingest --bulk": lambda f, db: [netra, "ingest", "--bulk", "--db", db, f],
        }
        base = {}
        for name, argv in commands.items():
            db = os.path.join(work, "base-" + name.replace(" ", ""))
            code, rss, err = peak_rss(argv(tiny, db))
            if code != 0:
                failures.append(f"{name} of a one-line document: exit {code}: {err.strip()}")
            base[name] = rss
        for doc, text in texts(args.samples):
            path = os.path.join(work, doc + ".txt")
            pathlib.Path(path).write_text(text, encoding="utf-8")
            size = os.path.getsize(path)
            for name, argv in commands.items():
                db = os.path.join(work, doc + "-" + name.replace(" ", ""))
                code, rss, err = peak_rss(argv(path, db))
                ratio = (rss - base[name]) / size
                print(f"{doc:10} {name:13} exit {code}  peak {rss / 2**20:6.1f} MiB  "
                      f"{ratio:5.1f}x the document above the base")
                if ratio > BOUND:
                    failures.append(f"{name} of {doc}: {ratio:.1f}x the document's size, over {BOUND}x")
                # Each text repeats itself past the per-document bound.
                if code != 2 or "left out" not in err:
                    failures.append(f"{name} of {doc}: exit {code}: {err.strip()[:300]}")
                elif doc + ".txt" not in err:
                    failures.append(f"{name} of {doc}: the message does not name the document: {err[:300]}")
                if name != "extract":
                    vcode, _, verr = peak_rss([netra, "verify", "--db", db])
                    if vcode != 0:
                        failures.append(f"verify after {name} of {doc}: exit {vcode}: {verr.strip()[:300]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
