#!/usr/bin/env python3
"""Cold against warm answers (issue 17): each question as a whole command
and inside one `netra shell`.

  shell_bench.py --netra build/netra --db DIR --runs 5 QUESTION...

A QUESTION is a shell line (`neighbors 16.73`, `query 'SELECT ...'`).
cold: the whole command `netra QUESTION --db DIR` (process start, store
open, schema, answer), run RUNS times under /usr/bin/time, wall time
measured around it here, and its peak RSS. warm: the same line piped RUNS+1
times into one `netra shell --db DIR` with `.timer on`; the first answer
(which loads what the shell then keeps: the schema's names, a projection)
is left out, the others are the shell's in-process `.timer` figures.
Medians. Prints a Markdown table.
"""
import argparse
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

TIMER = re.compile(r"^netra: time ([0-9.]+) ms \(in-process")


def cold(netra, db, question, runs):
    """Median wall seconds and the largest peak RSS (MB) of the whole command."""
    secs, rss = [], 0.0
    with tempfile.NamedTemporaryFile(mode="r") as t:
        for _ in range(runs):
            args = ["/usr/bin/time", "-f", "%M", "-o", t.name, netra] + shlex.split(question) + ["--db", db]
            start = time.perf_counter()
            p = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            secs.append(time.perf_counter() - start)
            if p.returncode != 0:
                sys.exit("shell_bench: `netra %s` failed:\n%s" % (question, p.stderr))
            t.seek(0)
            rss = max(rss, float(t.read().split()[-1]) / 1024)
    return statistics.median(secs), rss


def warm(netra, db, question, runs):
    """Median in-process milliseconds of the answers after the first."""
    script = ".timer on\n" + (question + "\n") * (runs + 1)
    p = subprocess.run([netra, "shell", "--db", db], input=script, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("shell_bench: `%s` failed in netra shell:\n%s" % (question, p.stderr))
    times = [float(m.group(1)) for m in map(TIMER.match, p.stderr.splitlines()) if m]
    if len(times) != runs + 1:
        sys.exit("shell_bench: expected %d timer lines for `%s`, got %d" % (runs + 1, question, len(times)))
    return statistics.median(times[1:]), times[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("questions", nargs="+")
    a = ap.parse_args()
    print("| question | cold: whole command (median) | peak RSS | warm: in shell, in-process (median) "
          "| first answer in the shell | cold / warm |")
    print("|---|---|---|---|---|---|")
    for q in a.questions:
        cold_s, rss = cold(a.netra, a.db, q, a.runs)
        warm_ms, first_ms = warm(a.netra, a.db, q, a.runs)
        print("| `%s` | %.1f ms | %.0f MB | %.3f ms | %.1f ms | %.0f× |" %
              (q if len(q) < 60 else q[:57] + "...", cold_s * 1000, rss, warm_ms, first_ms,
               cold_s * 1000 / warm_ms if warm_ms > 0 else float("inf")))


if __name__ == "__main__":
    main()
