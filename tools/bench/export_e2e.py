#!/usr/bin/env python3
"""Exports as users run them (issue 17): netra's whole `export` command,
timed end to end with GNU time (wall seconds, CPU seconds, peak RSS), beside
its peers on the same graph in the same run, runs alternating, medians:

  - whole store, GraphML and GEXF: NetworkX's writers alone on the graph
    netra exported (export_networkx_csv.py; building the graph is not
    timed), ratio = NetworkX seconds / netra seconds (>= 10 is the goal);
  - whole store, DOT, N-Triples, CSV: netra alone;
  - filtered (--region, --statute, --ego): netra's DOT and GraphML; for
    the region also its SVG (the whole command, Graphviz's sfdp included)
    beside `sfdp -Tsvg` on that DOT.

usage: export_e2e.py --netra BIN --db STORE [--work DIR] [--runs 3]
         [--region "lubuk linggau"] [--statute "UU 23/2014"] [--ego ID]
         [--python /usr/bin/python3] [--no-peer]
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd, work, stdout=subprocess.DEVNULL):
    """Runs cmd under GNU time: (wall s, cpu s, peak MB)."""
    tf = os.path.join(work, "time.out")
    rc = subprocess.call(["/usr/bin/time", "-f", "%e %U %S %M", "-o", tf] + cmd, stdout=stdout,
                         stderr=subprocess.DEVNULL)
    if rc != 0:
        sys.exit("failed (exit %d): %s" % (rc, " ".join(cmd)))
    wall, user, sys_s, kb = open(tf).read().split()[-4:]
    return float(wall), float(user) + float(sys_s), int(kb) / 1024.0


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--netra", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--work", default="/tmp/netra-export-e2e")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--region", default="lubuk linggau")
    ap.add_argument("--statute", default="UU 23/2014")
    ap.add_argument("--ego", default="")
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--no-peer", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    netra = [a.netra, "export", "--db", a.db]
    out = lambda name: os.path.join(a.work, name)
    peer = not a.no_peer and subprocess.call([a.python, "-c", "import networkx"]) == 0
    sfdp = shutil.which("sfdp")
    print("machine: %d cores, load %s at start" % (os.cpu_count(), load()))
    if peer:
        # The graph NetworkX writes: netra's own export of the whole store.
        subprocess.check_call(netra + ["--format", "csv", "--out", out("peer.csv")], stderr=subprocess.DEVNULL)

    whole = ["graphml", "gexf", "dot", "ntriples", "csv"]
    filtered = [("--region", a.region), ("--statute", a.statute)] + ([("--ego", a.ego)] if a.ego else [])
    rows = {}  # label -> list of (wall, cpu, mb)
    peer_s = {"graphml": [], "gexf": []}
    add = lambda label, r: rows.setdefault(label, []).append(r)
    for _ in range(a.runs):
        for f in whole:
            add("whole store, " + f, timed(netra + ["--format", f, "--out", out("netra." + f)], a.work))
            for p in (out("netra." + f), out("netra.nodes.csv"), out("netra.edges.csv")):
                if os.path.exists(p):
                    os.remove(p)
        if peer:
            res = json.loads(subprocess.check_output([a.python, os.path.join(HERE, "export_networkx_csv.py"),
                                                      out("peer"), a.work]))
            peer_s["graphml"].append(res["graphml_s"])
            peer_s["gexf"].append(res["gexf_s"])
            peer_info = res
        for flag, value in filtered:
            dot = out("filtered.dot")
            add("%s %s, dot" % (flag, value), timed(netra + [flag, value, "--format", "dot", "--out", dot], a.work))
            add("%s %s, graphml" % (flag, value),
                timed(netra + [flag, value, "--format", "graphml", "--out", out("f.graphml")], a.work))
            if flag != "--region":
                continue  # a statute's view is thousands of nodes: minutes of sfdp
            add("%s %s, svg (sfdp)" % (flag, value),
                timed(netra + [flag, value, "--format", "svg", "--engine", "sfdp", "--out", out("f.svg")], a.work))
            if sfdp:
                add("  peer: sfdp -Tsvg on that DOT (%s)" % flag, timed([sfdp, "-Tsvg", "-o", out("p.svg"), dot], a.work))

    print("load at end %s; %d runs, alternating; medians" % (load(), a.runs))
    if peer:
        print("peer: NetworkX %s writing the same graph (%d nodes, %d edges), writer alone" %
              (peer_info["networkx"], peer_info["nodes"], peer_info["edges"]))
    print("%-44s %9s %9s %8s %12s %8s" % ("what", "wall s", "cpu s", "peak MB", "NetworkX s", "ratio"))
    for label, rs in rows.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        mb = max(r[2] for r in rs)
        fmt = label.rsplit(", ", 1)[-1]
        if label.startswith("whole") and fmt in peer_s and peer_s[fmt]:
            nx_s = statistics.median(peer_s[fmt])
            print("%-44s %9.2f %9.2f %8.0f %12.2f %7.1fx" % (label, wall, cpu, mb, nx_s, nx_s / wall))
        else:
            print("%-44s %9.2f %9.2f %8.0f" % (label, wall, cpu, mb))


if __name__ == "__main__":
    main()
