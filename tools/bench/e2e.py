#!/usr/bin/python3
"""End-to-end benchmark: the commands users run, beside the tools they would
use instead, timed in the same run (issue 17). Every figure is a whole
command (process start, store open, output written) unless its row says
"in-process"; netra and its peer run alternately, RUNS times each, and the
table gives medians and the ratio netra/peer (below 1: netra is faster).

  tools/bench/e2e.py --netra build-scale/netra --corpus corpus.jsonl \\
      --work /tmp/netra-e2e [--runs 3] [--sections extract,ingest,query,export]

Peers, installed by tools/install-deps.sh: Oxigraph (npm, tools/node),
rdflib, NetworkX, python-igraph and Graphviz (Debian). A peer that is not
installed leaves its cell "n/a" and says so; netra's own figures still run.
Prints a Markdown table on stdout (progress on stderr).
"""
import argparse
import json
import re
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NODE_DIR = os.path.join(ROOT, "tools", "node")
TIMER = re.compile(r"^netra: time ([0-9.]+) ms \(in-process")  # `netra shell` with .timer on
PY = "/usr/bin/python3"  # Debian's, where rdflib, NetworkX and igraph are


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class Timed:
    """One run of a command: wall seconds, peak RSS (MB), its stdout."""

    def __init__(self, argv, stdin=None, ok=(0,)):
        tfile = "/tmp/netra-e2e.time.%d" % os.getpid()
        start = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", tfile] + argv, input=stdin,
                           capture_output=True, text=True)
        self.seconds = time.monotonic() - start
        if p.returncode not in ok:
            raise SystemExit("command failed (%d): %s\n%s" % (p.returncode, " ".join(argv), p.stderr[-2000:]))
        with open(tfile) as f:
            self.peak_mb = int(f.read().split()[-1]) / 1024
        os.unlink(tfile)
        self.out = p.stdout
        self.err = p.stderr


def median_runs(runs, *commands):
    """Runs each command factory in turn, `runs` times (alternating), and
    returns per command the list of Timed results."""
    results = [[] for _ in commands]
    for _ in range(runs):
        for i, make in enumerate(commands):
            results[i].append(make())
    return results


def med(xs, key=lambda t: t.seconds):
    return statistics.median(key(x) for x in xs)


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, netra, peer, ratio, note=""):
        self.rows.append((what, netra, peer, ratio, note))
        log("  %s | %s | %s | %s %s" % (what, netra, peer, ratio, note))

    def markdown(self):
        out = ["| what the user runs | netra | peer, same data | ratio (netra/peer) | notes |",
               "|---|---|---|---|---|"]
        for r in self.rows:
            out.append("| " + " | ".join(r) + " |")
        return "\n".join(out)


def fmt_s(s):
    return "%.3f s" % s if s < 1 else "%.2f s" % s


def fmt_ms(s):
    return "%.2f ms" % (s * 1000) if s < 0.01 else "%.1f ms" % (s * 1000)


def have_node_module(name):
    return os.path.isdir(os.path.join(NODE_DIR, "node_modules", name))


def have_py(module):
    return subprocess.run([PY, "-c", "import " + module], capture_output=True).returncode == 0


class Bench:
    def __init__(self, args):
        self.netra = os.path.abspath(args.netra)
        self.corpus = os.path.abspath(args.corpus)
        self.work = os.path.abspath(args.work)
        self.runs = args.runs
        self.skip = set(filter(None, args.skip.split(",")))
        self.table = Table()
        os.makedirs(self.work, exist_ok=True)
        self.mb = os.path.getsize(self.corpus) / 1e6
        self.db = os.path.join(self.work, "bulk.db")
        self.nt = os.path.join(self.work, "store.nt")
        self.facts = os.path.join(self.work, "facts.jsonl")
        self.binary_facts = os.path.join(self.work, "facts.nfb")

    def path(self, name):
        return os.path.join(self.work, name)

    # -- extraction -------------------------------------------------------
    def extract(self):
        log("== extract")
        out = self.path("extract.out")
        cmd = lambda jobs: (lambda: Timed(["sh", "-c", '"$0" extract --format jsonl --jobs %d "$1" > "$2"' % jobs,
                                           self.netra, self.corpus, out]))
        one, two = median_runs(self.runs, cmd(1), cmd(2))
        s1, s2 = med(one), med(two)
        self.table.add("`netra extract --format jsonl --jobs 1` (%.0f MB)" % self.mb,
                       "%s, %.1f MB/s per core" % (fmt_s(s1), self.mb / s1), "goal 20 MB/s per core",
                       "%.2f of goal" % (self.mb / s1 / 20))
        self.table.add("same with `--jobs 2`", "%s, %.2fx of --jobs 1" % (fmt_s(s2), s1 / s2), "goal 1.8x", "")
        os.unlink(out)

    # -- ingest ----------------------------------------------------------
    def prepare_store(self):
        if not os.path.isdir(self.db):
            log("== building the bulk store (not timed)")
            Timed([self.netra, "ingest", "--no-progress", "--bulk", "--db", self.db, self.corpus], ok=(0, 2))
        if not os.path.exists(self.nt):
            Timed([self.netra, "export", "--db", self.db, "--format", "ntriples", "--out", self.nt])
        if not os.path.exists(self.facts):
            Timed(["sh", "-c", '"$0" extract --format jsonl "$1" > "$2"', self.netra, self.corpus, self.facts],
                  ok=(0, 2))
        if not os.path.exists(self.binary_facts):
            Timed(["sh", "-c", '"$0" extract --format binary "$1" > "$2"', self.netra, self.corpus,
                   self.binary_facts], ok=(0, 2))

    def oxigraph_load(self):
        """A peer that fails (Oxigraph's npm build is WebAssembly, 4 GiB of
        memory at most: it stops with `RuntimeError: unreachable` on the 1M
        store's 24M triples) leaves its cell saying so; netra's rows stay."""
        def run():
            try:
                return Timed(["node", os.path.join(HERE, "oxigraph_load.js"), self.nt])
            except SystemExit as e:
                log("Oxigraph failed: %s" % str(e).splitlines()[0])
                return None
        return run

    def ingest(self):
        self.prepare_store()
        triples = sum(1 for _ in open(self.nt, encoding="utf-8"))
        have_ox = have_node_module("oxigraph")
        log("== ingest (%d N-Triples)" % triples)

        def fresh(name, *args):
            def run():
                shutil.rmtree(self.path(name), ignore_errors=True)
                return Timed([self.netra, "ingest", "--no-progress", "--bulk", "--db", self.path(name)] + list(args),
                             ok=(0, 2))
            return run

        cmds = [fresh("a.db", self.corpus), fresh("f.db", "--facts", self.facts),
                fresh("b.db", "--facts", self.binary_facts)]
        if have_ox:
            cmds.append(self.oxigraph_load())
        res = median_runs(self.runs, *cmds)
        ox_runs = [r for r in res[3] if r is not None] if have_ox else []
        ox = med(ox_runs) if ox_runs else None
        missing = "n/a (npm oxigraph missing)" if not have_ox else "n/a (Oxigraph's load failed: WebAssembly memory)"
        peer = lambda s: "%s (Oxigraph bulk load of the exported N-Triples, no provenance)" % fmt_s(s)
        self.table.add("`ingest --bulk` from articles", "%s, peak %.0f MB" % (fmt_s(med(res[0])), med(res[0], lambda t: t.peak_mb)),
                       peer(ox) if ox else missing, "%.2f" % (med(res[0]) / ox) if ox else "")
        self.table.add("`ingest --bulk --facts` (pre-extracted)", "%s, peak %.0f MB" % (fmt_s(med(res[1])), med(res[1], lambda t: t.peak_mb)),
                       peer(ox) if ox else "n/a", "%.2f" % (med(res[1]) / ox) if ox else "")
        self.table.add("`ingest --bulk --facts` (pre-extracted, `extract --format binary`)",
                       "%s, peak %.0f MB" % (fmt_s(med(res[2])), med(res[2], lambda t: t.peak_mb)),
                       peer(ox) if ox else "n/a", "%.2f" % (med(res[2]) / ox) if ox else "")
        if have_py("rdflib") and "rdflib" not in self.skip:
            r = Timed([PY, "-c", "import sys,time,rdflib; g=rdflib.Graph(); t=time.time(); "
                       "g.parse(sys.argv[1], format='nt'); print(time.time()-t)", self.nt])
            self.table.add("(peer) rdflib parsing the same N-Triples, one run", "", fmt_s(r.seconds),
                           "%.2f" % (med(res[1]) / r.seconds), "vs `--facts`")
        for name in ("a.db", "f.db", "b.db"):
            shutil.rmtree(self.path(name), ignore_errors=True)
        # Re-ingest of the unchanged corpus: what it says it changed.
        r = Timed([self.netra, "ingest", "--db", self.db, self.corpus], ok=(0, 2))
        self.table.add("re-ingest of the unchanged corpus", fmt_s(r.seconds), "should write nothing", "",
                       "summary: `%s`" % r.err.strip().splitlines()[-1][:160] if r.err.strip() else "")

    # -- queries ---------------------------------------------------------
    def queries(self):
        self.prepare_store()
        q = json.loads(Timed([self.netra, "query", "--db", self.db, "regions-citing-laws", "--format", "json"]).out)
        region = q[0]["region"]["id"]
        statute = q[0]["statute"]["id"]
        province = region.split(".")[0]
        # The README's pattern query, for the busiest region's province and
        # statute. Oxigraph runs it without GRAPH (the N-Triples export has
        # no named graphs): the same join, less provenance.
        body = ("{ ?person netra:label ?name ; netra:holds_position ?pos . ?pos netra:role ?role ; "
                "netra:position_in ?r . ?r netra:part_of <%s> ; netra:label ?region . ?doc netra:mentions ?event . "
                "?event netra:held_in ?r ; netra:held_on ?date . FILTER (?date > \"2024-08-31\"^^xsd:date) }")
        iri = lambda i: "https://netra.invalid/id/" + i
        pattern = ("SELECT DISTINCT ?name ?role ?region ?doc WHERE { GRAPH ?doc { ?person netra:cites <%s> } " %
                   iri(statute) + body[1:] % iri(province))
        peer_pattern = ("PREFIX netra: <https://netra.invalid/vocab/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                        "SELECT DISTINCT ?name ?role ?region ?doc WHERE { ?doc netra:mentions ?event . "
                        "?person netra:cites <%s> . " % iri(statute) + body[1:] % iri(province))
        questions = [
            ("neighbors", ["neighbors", region]),
            ("path", ["path", region, statute, "--paths", "1"]),
            ("pattern query", ["query", pattern]),
            ("regions-citing-laws", ["query", "regions-citing-laws"]),
        ]
        log("== queries (region %s, statute %s)" % (region, statute))
        warm = self.warm(questions)
        peers = self.query_peers(region, statute, peer_pattern)
        for name, argv in questions:
            cold = median_runs(self.runs, lambda: Timed([self.netra] + argv[:1] + ["--db", self.db] + argv[1:]))[0]
            w = warm.get(name)
            p = peers.get(name)
            self.table.add("`netra %s`: cold (whole command) / warm (`netra shell`, in-process)" % name,
                           "%s / %s" % (fmt_ms(med(cold)), fmt_ms(w) if w is not None else "n/a"),
                           "%s (%s, in-process)" % (fmt_ms(p[0]), p[1]) if p else "n/a",
                           "%.1f / %.2f" % (med(cold) / p[0], w / p[0]) if p and w is not None else "")

    def warm(self, questions):
        """Each question asked 5 times in one `netra shell` with `.timer on`:
        the median of the in-process times it prints, first run dropped."""
        lines = [".timer on"]
        for _, argv in questions:
            lines += [subprocess.list2cmdline(argv)] * 6
        try:
            r = Timed([self.netra, "shell", "--db", self.db], stdin="\n".join(lines) + "\n")
        except SystemExit as e:
            log("netra shell unavailable: %s" % e)
            return {}
        times = [float(m.group(1)) / 1000 for m in map(TIMER.match, r.err.splitlines()) if m]
        out = {}
        for i, (name, _) in enumerate(questions):
            ts = times[i * 6 + 1:(i + 1) * 6]
            if len(ts) == 5:
                out[name] = statistics.median(ts)
        return out

    def query_peers(self, region, statute, pattern):
        out = {}
        if have_node_module("oxigraph"):
            r = Timed(["node", os.path.join(HERE, "oxigraph_query.js"), self.nt, region, statute, pattern])
            for k, (secs, rows) in json.loads(r.out).items():
                out[k] = (secs, "Oxigraph, %d rows" % rows)
        if have_py("igraph"):
            csv = self.path("graph")
            if not os.path.exists(csv + ".edges.csv"):
                Timed([self.netra, "export", "--db", self.db, "--format", "csv", "--out", csv])
            r = Timed([PY, os.path.join(HERE, "igraph_path.py"), csv + ".edges.csv", region, statute])
            out["path"] = (json.loads(r.out)["path_s"], "igraph, %d hops" % json.loads(r.out)["hops"])
        return out

    # -- exports ---------------------------------------------------------
    def exports(self):
        self.prepare_store()
        log("== exports")
        have_nx = have_py("networkx") and "networkx" not in self.skip
        for fmt in ("graphml", "gexf"):
            out = self.path("g." + fmt)
            netra = lambda: Timed([self.netra, "export", "--db", self.db, "--format", fmt, "--out", out])
            cmds = [netra]
            if have_nx:
                cmds.append(lambda: Timed([PY, os.path.join(HERE, "networkx_write.py"), self.path("g.graphml"), fmt,
                                           self.path("nx." + fmt)]))
                netra()  # the peer reads netra's GraphML
            res = median_runs(self.runs, *cmds)
            n = med(res[0])
            p = statistics.median(json.loads(t.out)["write_s"] for t in res[1]) if have_nx else None
            self.table.add("`netra export --format %s` (whole store)" % fmt,
                           "%s, peak %.0f MB" % (fmt_s(n), med(res[0], lambda t: t.peak_mb)),
                           "%s (NetworkX writer alone, in-process)" % fmt_s(p) if p else "n/a",
                           "%.3f (goal <= 0.1)" % (n / p) if p else "")
        region = json.loads(Timed([self.netra, "query", "--db", self.db, "regions-citing-laws", "--format",
                                   "json"]).out)[0]["region"]["id"]
        dot = self.path("region.dot")
        Timed([self.netra, "export", "--db", self.db, "--region", region, "--format", "dot", "--out", dot])
        edges = sum(1 for l in open(dot, encoding="utf-8") if "->" in l or "--" in l)
        svg = lambda: Timed([self.netra, "export", "--db", self.db, "--region", region, "--format", "svg", "--out",
                             self.path("region.svg")])
        sfdp = lambda: Timed(["sfdp", "-Tsvg", dot, "-o", self.path("sfdp.svg")])
        res = median_runs(self.runs, svg, sfdp)
        self.table.add("`export --region %s --format svg` (%d edges)" % (region, edges),
                       "%s, peak %.0f MB" % (fmt_s(med(res[0])), med(res[0], lambda t: t.peak_mb)),
                       "%s (`sfdp` on the same DOT)" % fmt_s(med(res[1])), "%.2f" % (med(res[0]) / med(res[1])),
                       "goal <= 0.5 s at 100k")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sections", default="extract,ingest,query,export")
    ap.add_argument("--skip", default="",
                    help="peers left out, comma-separated (rdflib, networkx): at 1M articles rdflib takes "
                         "about ten minutes and NetworkX's graph of 24M edges does not fit in 24 GiB")
    args = ap.parse_args()
    b = Bench(args)
    load = open("/proc/loadavg").read().split()[:3]
    log("machine: %d cores, load %s" % (os.cpu_count(), " ".join(load)))
    sections = {"extract": b.extract, "ingest": b.ingest, "query": b.queries, "export": b.exports}
    for s in args.sections.split(","):
        sections[s]()
    print("corpus: %s (%.0f MB); %d runs each, alternating, medians; load at start %s\n" %
          (os.path.basename(args.corpus), b.mb, args.runs, " ".join(load)))
    print(b.table.markdown())


if __name__ == "__main__":
    main()
