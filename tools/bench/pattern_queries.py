#!/usr/bin/env python3
"""The pattern queries users meet, timed and dumped (issue 17, warm answers):
the README's (each `netra query ... 'SELECT ...'` example, and the first
without its FILTER, as the README's text suggests), e2e.py's (the README's
query for the busiest region's province and statute) and those of
tests/sparql/queries.rq.

  pattern_queries.py --netra build/netra --db DIR list
  pattern_queries.py --netra build/netra --db DIR dump OUTDIR
  pattern_queries.py --netra build/netra --db DIR time [--runs 5] [NAME...]

dump writes each query's rows (json, sparql-tsv, table) into OUTDIR, rows
sorted unless the query has ORDER BY, for diffing two builds' answers.
time prints, per query, the median in-process time of the answers after
the first in one `netra shell` with `.timer on` (warm), and the median wall
time of the whole command `netra query` (cold).
"""
import argparse
import json
import os
import re
import shlex
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMER = re.compile(r"^netra: time ([0-9.]+) ms \(in-process")
IRI = "https://netra.invalid/id/"


def queries(netra, db):
    out = []
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for i, m in enumerate(re.finditer(r"\$ netra query --db \S+ '(.*?)'", readme, re.S), 1):
        q = m.group(1).strip()
        out.append(("readme%d" % i, q))
        if "FILTER" in q:
            out.append(("readme%d-nofilter" % i, "\n".join(l for l in q.splitlines() if "FILTER" not in l)))
    busiest = json.loads(subprocess.run([netra, "query", "--db", db, "regions-citing-laws", "--format", "json"],
                                        capture_output=True, text=True, check=True).stdout)
    if busiest:
        region, statute = busiest[0]["region"]["id"], busiest[0]["statute"]["id"]
        out.append(("e2e", "SELECT DISTINCT ?name ?role ?region ?doc WHERE { GRAPH ?doc { ?person netra:cites <%s> } "
                    "?person netra:label ?name ; netra:holds_position ?pos . ?pos netra:role ?role ; "
                    "netra:position_in ?r . ?r netra:part_of <%s> ; netra:label ?region . ?doc netra:mentions ?event . "
                    "?event netra:held_in ?r ; netra:held_on ?date . FILTER (?date > \"2024-08-31\"^^xsd:date) }" %
                    (IRI + statute, IRI + region.split(".")[0])))
    text = open(os.path.join(ROOT, "tests/sparql/queries.rq"), encoding="utf-8").read()
    for i, q in enumerate([q.strip() for q in text.split("####") if q.strip()], 1):
        out.append(("rq%02d" % i, "\n".join(l for l in q.splitlines() if not l.startswith("#"))))
    return out


def one_line(q):
    return " ".join(l.strip() for l in q.splitlines())


def dump(netra, db, qs, outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, q in qs:
        ordered = "ORDER BY" in q.upper()
        for fmt in ("json", "sparql-tsv", "table"):
            p = subprocess.run([netra, "query", "--db", db, "--format", fmt, "--file", "-"], input=q,
                               capture_output=True, text=True)
            lines = p.stdout.splitlines()
            if p.returncode == 0 and not ordered:
                if fmt == "json":
                    lines = sorted(json.dumps(r, ensure_ascii=False) for r in json.loads(p.stdout))
                elif fmt == "sparql-tsv":
                    lines = lines[:1] + sorted(lines[1:])
                else:  # header, rule, rows, (N rows)
                    lines = lines[:2] + sorted(lines[2:-1]) + lines[-1:]
            with open(os.path.join(outdir, "%s.%s" % (name, fmt)), "w", encoding="utf-8") as f:
                f.write("exit %d\n%s%s\n" % (p.returncode, p.stderr, "\n".join(lines)))


def warm(netra, db, qs, runs):
    script = ".timer on\n" + "".join(("query %s\n" % shlex.quote(one_line(q))) * (runs + 1) for _, q in qs)
    p = subprocess.run([netra, "shell", "--db", db], input=script, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    times = [float(m.group(1)) for m in map(TIMER.match, p.stderr.splitlines()) if m]
    assert len(times) == len(qs) * (runs + 1), p.stderr[-2000:]
    return {name: statistics.median(times[i * (runs + 1) + 1:(i + 1) * (runs + 1)]) for i, (name, _) in enumerate(qs)}


def cold(netra, db, q, runs):
    secs = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([netra, "query", "--db", db, one_line(q)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        secs.append(time.perf_counter() - start)
    return statistics.median(secs) * 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("action", choices=["list", "dump", "time"])
    ap.add_argument("args", nargs="*", help="dump: OUTDIR; time: query names (default: all)")
    a = ap.parse_intermixed_args()
    qs = queries(a.netra, a.db)
    if a.action == "list":
        for name, q in qs:
            print("== %s\n%s" % (name, q))
    elif a.action == "dump":
        dump(a.netra, a.db, qs, a.args[0])
    else:
        qs = [(n, q) for n, q in qs if not a.args or n in a.args]
        w = warm(a.netra, a.db, qs, a.runs)
        print("load average %.1f" % os.getloadavg()[0])
        print("| query | warm (netra shell, in-process, median) | cold (whole command, median) |")
        print("|---|---|---|")
        for name, q in qs:
            print("| %s | %.2f ms | %.1f ms |" % (name, w[name], cold(a.netra, a.db, q, a.runs)))


if __name__ == "__main__":
    main()
