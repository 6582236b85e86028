#!/usr/bin/env python3
"""Warm latencies through `netra serve` (issue 18), beside Oxigraph in-process.

  serve_bench.py --netra build/netra --db DIR [--nt STORE.nt] [--runs 200]

Starts `netra serve --db DIR` on a free loopback port and asks, over one
keep-alive HTTP connection, each question RUNS times after WARMUP answers
(which load what the server then keeps: the schema's names, the projection
`path` walks, the citation table): the neighbours of the busiest region
(/api/neighbors), a path from it to its most cited statute (/api/path
--paths 1), the README's pattern query for them (/sparql, SPARQL JSON
results) and regions-citing-laws (/api/query). Each time is the whole
request as a client sees it (send, answer, read the body), measured here.
Prints p50 and p99 and the answer's size.

Beside them, with --nt (the store's N-Triples export; made with `netra
export --format ntriples` when not given), Oxigraph's times for the same
questions from tools/bench/oxigraph_query.js: in-process (Oxigraph's
server is not in Debian), median of 20, the store loaded into memory first.
"""
import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
IRI = "https://netra.invalid/id/"


def start_server(netra, db, log):
    proc = subprocess.Popen([netra, "serve", "--db", db, "--port", "0", "--timeout", "600", "--max-rows", "0"],
                            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with open(log.name, "rb") as f:
            m = re.search(rb"http://127\.0\.0\.1:(\d+)/", f.read())
        if m:
            return proc, int(m.group(1))
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    sys.exit("serve_bench: netra serve did not start:\n" + open(log.name, errors="replace").read())


def ask(conn, target):
    conn.request("GET", target)
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        sys.exit("serve_bench: %s -> %d: %s" % (target[:80], r.status, body[:300].decode(errors="replace")))
    return body


def timed(conn, target, warmup, runs):
    for _ in range(warmup):
        ask(conn, target)
    times = []
    size = 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(ask(conn, target))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    pick = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
    return pick(50), pick(99), size


def questions(conn):
    """(name, target, Oxigraph's key) for the busiest region and its most cited statute."""
    q = json.loads(ask(conn, "/api/query?arg=regions-citing-laws"))
    region, statute = q[0]["region"]["id"], q[0]["statute"]["id"]
    province = region.split(".")[0]
    # As tools/bench/e2e.py: the README's pattern query for them.
    body = ("{ ?person netra:label ?name ; netra:holds_position ?pos . ?pos netra:role ?role ; "
            "netra:position_in ?r . ?r netra:part_of <%s> ; netra:label ?region . ?doc netra:mentions ?event . "
            "?event netra:held_in ?r ; netra:held_on ?date . FILTER (?date > \"2024-08-31\"^^xsd:date) }")
    pattern = ("SELECT DISTINCT ?name ?role ?region ?doc WHERE { GRAPH ?doc { ?person netra:cites <%s> } " %
               (IRI + statute) + body[1:] % (IRI + province))
    peer_pattern = ("PREFIX netra: <https://netra.invalid/vocab/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                    "SELECT DISTINCT ?name ?role ?region ?doc WHERE { ?doc netra:mentions ?event . "
                    "?person netra:cites <%s> . " % (IRI + statute) + body[1:] % (IRI + province))
    enc = lambda params: urllib.parse.urlencode(params, quote_via=urllib.parse.quote)
    return region, statute, peer_pattern, [
        ("neighbors", "/api/neighbors?" + enc([("arg", region)]), "neighbors"),
        ("path", "/api/path?" + enc([("arg", region), ("arg", statute), ("paths", "1")]), None),
        ("pattern query (/sparql)", "/sparql?" + enc([("query", pattern)]), "pattern query"),
        ("regions-citing-laws", "/api/query?" + enc([("arg", "regions-citing-laws")]), "regions-citing-laws"),
    ]


def oxigraph(netra, db, nt, region, statute, pattern, work):
    if not os.path.isdir(os.path.join(HERE, "..", "node", "node_modules", "oxigraph")):
        print("serve_bench: Oxigraph not installed (tools/install-deps.sh): no peer column", file=sys.stderr)
        return {}
    if nt is None:
        nt = os.path.join(work, "store.nt")
        subprocess.run([netra, "export", "--db", db, "--format", "ntriples", "--out", nt], check=True)
    p = subprocess.run(["node", os.path.join(HERE, "oxigraph_query.js"), nt, region, statute, pattern],
                       capture_output=True, text=True, check=True)
    return json.loads(p.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--nt", help="the store's N-Triples export, for Oxigraph")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--no-peer", action="store_true", help="leave Oxigraph out")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-bench-") as work, \
            open(os.path.join(work, "serve.log"), "wb") as log:
        proc, port = start_server(a.netra, a.db, log)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            region, statute, peer_pattern, qs = questions(conn)
            rows = [(name, key) + timed(conn, target, a.warmup, a.runs) for name, target, key in qs]
            conn.close()
        finally:
            proc.terminate()
            proc.wait()
        peers = {} if a.no_peer else oxigraph(a.netra, a.db, a.nt, region, statute, peer_pattern, work)
    print("Region %s, statute %s; %d requests each after %d warm-up, one keep-alive connection, loopback" %
          (region, statute, a.runs, a.warmup))
    print()
    print("| question | netra serve p50 | netra serve p99 | answer | Oxigraph in-process (median of 20) |")
    print("|---|---|---|---|---|")
    for name, key, p50, p99, size in rows:
        peer = peers.get(key) if key else None
        print("| %s | %.2f ms | %.2f ms | %d bytes | %s |" %
              (name, p50, p99, size, "%.2f ms (%d rows)" % (peer[0] * 1000, peer[1]) if peer else "n/a"))


if __name__ == "__main__":
    main()
