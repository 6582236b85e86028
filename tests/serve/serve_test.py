#!/usr/bin/python3
"""netra serve, end to end (issue 18): a store ingested from samples/, a
server on a free loopback port, and

  sparql    curl and SPARQLWrapper against /sparql: JSON, CSV, TSV (each the
            bytes `netra query --format sparql-*` prints), bad query -> 400
            with line and column, ASK -> 400
  api       /api/COMMAND for each served command: the bytes `netra COMMAND
            ... --format json` prints
  hostile   path traversal, hidden files, a symlink out of the static
            folder, a huge body, broken %-escapes, an unknown command, a
            write, a refused flag, a query past --timeout, too many rows:
            each a 4xx/5xx, and the server still answers
  live      an ingest beside the server: the next request sees the new
            version, without a restart
  load      8 clients x 200 mixed requests on loopback: latency p50/p90/p99,
            no error, RSS after within a bound of RSS after a warm-up
  stop      SIGTERM (and SIGINT): exit 0 within 2 s

  serve_test.py --netra build/netra --samples samples [--only NAME ...]

Exit 77 (ctest SKIP) when curl or Debian's python3-sparqlwrapper is missing,
unless CI or NETRA_REQUIRE_READERS is set (tools/install-deps.sh installs
them).
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

# A query whose answer is small, and one that joins and groups.
Q_SMALL = "SELECT ?r ?name WHERE { ?r netra:part_of region:16 ; netra:label ?name } ORDER BY ?r"
Q_GROUP = ("SELECT ?law (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p netra:cites ?law } "
           "GROUP BY ?law ORDER BY DESC(?n) ?law")
# Three unrelated patterns: a cross product far too large to finish within the server's --timeout.
Q_SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
Q_BAD = "SELECT ?x WHERE {\n  ?x netra:cites \n}"
# Two unrelated patterns: millions of rows, past any row or memory limit of the tests.
Q_CROSS = "SELECT ?a ?d WHERE { ?a ?p ?b . ?c ?q ?d }"

# An article of our own for the live test (not from the samples).
LIVE_ARTICLE = """Pj Bupati Musi Rawas Ingatkan ASN Jaga Netralitas

MUSI RAWAS - Penjabat Bupati Musi Rawas mengingatkan aparatur sipil negara
agar menjaga netralitas menjelang Pilkada 2024. Dalam apel pagi di halaman
kantor bupati, Senin (12/8/2024), ia merujuk Undang-Undang Nomor 20 Tahun
2023 tentang Aparatur Sipil Negara.
"""

failures = []


def check(cond, what):
    if cond:
        print(f"ok    {what}")
    else:
        print(f"FAIL  {what}")
        failures.append(what)


def run(cmd, ok=(0,)):
    p = subprocess.run(cmd, capture_output=True)
    if p.returncode not in ok:
        sys.exit(f"{cmd} exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    return p.stdout


class Server:
    """A `netra serve` on a free port; its stderr goes to a file."""

    def __init__(self, netra, db, work, *extra):
        self.log_path = os.path.join(work, f"serve-{time.monotonic_ns()}.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([netra, "serve", "--db", db, "--port", "0", *extra],
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 30
        self.port = None
        while time.monotonic() < deadline and self.port is None:
            with open(self.log_path, "rb") as f:
                m = re.search(rb"http://127\.0\.0\.1:(\d+)/", f.read())
            if m:
                self.port = int(m.group(1))
            elif self.proc.poll() is not None:
                break
            else:
                time.sleep(0.05)
        if self.port is None:
            sys.exit("netra serve did not start: " + open(self.log_path, errors="replace").read())
        self.base = f"http://127.0.0.1:{self.port}"

    def request(self, method, target, body=None, headers=None, timeout=30):
        """(status, headers, body bytes) of one request; `target` is sent as is."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        conn.putrequest(method, target, skip_accept_encoding=True)
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        if body is not None:
            conn.send(body)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, dict(r.getheaders()), data

    def get(self, path, params=None, headers=None):
        target = path + ("?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote) if params else "")
        return self.request("GET", target, headers=headers)

    def alive(self):
        try:
            return self.get("/api/version")[0] == 200
        except OSError:
            return False

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def stop(self, sig=signal.SIGTERM):
        """Exit code and seconds taken after `sig`."""
        start = time.monotonic()
        self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = None
        self.log.close()
        return code, time.monotonic() - start


def test_sparql(netra, db, srv):
    cli = {fmt: run([netra, "query", "--db", db, Q_GROUP, "--format", "sparql-" + fmt]) for fmt in ("json", "csv", "tsv")}
    # curl: GET, POST application/sparql-query, POST form; by Accept.
    base = srv.base + "/sparql"
    got = run(["curl", "-sS", "-G", base, "--data-urlencode", "query=" + Q_GROUP])
    check(got == cli["json"], "curl GET /sparql?query= (no Accept) = netra query --format sparql-json")
    got = run(["curl", "-sS", "-H", "Accept: text/csv", "-H", "Content-Type: application/sparql-query",
               "--data-binary", Q_GROUP, base])
    check(got == cli["csv"], "curl POST application/sparql-query, Accept text/csv = sparql-csv")
    got = run(["curl", "-sS", "-H", "Accept: text/tab-separated-values", "--data-urlencode", "query=" + Q_GROUP, base])
    check(got == cli["tsv"], "curl POST form, Accept text/tab-separated-values = sparql-tsv")
    out = run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{content_type}",
               "-H", "Accept: application/sparql-results+json", "-G", base, "--data-urlencode", "query=" + Q_SMALL])
    check(out == b"200 application/sparql-results+json", f"Content-Type of JSON results ({out.decode()})")
    out = run(["curl", "-sS", "-w", "\n%{http_code}", "-G", base, "--data-urlencode", "query=" + Q_BAD])
    body, _, code = out.rpartition(b"\n")
    check(code == b"400" and re.search(rb"line \d+, column \d+", body) is not None,
          f"bad query -> 400 with line and column ({code.decode()}: {body.decode(errors='replace').strip()})")
    out = run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-G", base,
               "--data-urlencode", "query=ASK { ?s ?p ?o }"])
    check(out == b"400", f"ASK -> 400 ({out.decode()})")
    out = run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Accept: application/sparql-results+xml",
               "-G", base, "--data-urlencode", "query=" + Q_SMALL])
    check(out == b"406", f"Accept: XML results only -> 406 ({out.decode()})")
    out = run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", base, "--data-urlencode",
               "update=INSERT DATA { <a> <b> <c> }"])
    check(out == b"403", f"SPARQL update -> 403 ({out.decode()})")

    # SPARQLWrapper, as a notebook would use it.
    from SPARQLWrapper import CSV, JSON, POST, TSV, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
    sw = SPARQLWrapper(base)
    sw.setQuery(Q_GROUP)
    sw.setReturnFormat(JSON)
    check(sw.query().convert() == json.loads(cli["json"]), "SPARQLWrapper JSON = netra query --format sparql-json")
    sw.setMethod(POST)
    check(sw.query().convert() == json.loads(cli["json"]), "SPARQLWrapper JSON by POST")
    sw.setReturnFormat(CSV)
    check(sw.query().convert() == cli["csv"], "SPARQLWrapper CSV = sparql-csv")
    sw.setReturnFormat(TSV)
    check(sw.query().convert() == cli["tsv"], "SPARQLWrapper TSV = sparql-tsv")
    sw = SPARQLWrapper(base)
    sw.setQuery(Q_BAD)
    sw.setReturnFormat(JSON)
    try:
        sw.query()
        check(False, "SPARQLWrapper: a bad query raises QueryBadFormed")
    except QueryBadFormed as e:
        check(re.search(r"line \d+, column \d+", str(e)) is not None,
              "SPARQLWrapper: a bad query raises QueryBadFormed with line and column")


# (API parameters, the CLI's arguments): each answer must be the CLI's bytes.
API_CASES = [
    ("lookup", [("arg", "lubuk linggau")], ["lookup", "lubuk linggau"]),
    ("lookup", [("arg", "Sumatra Selatan")], ["lookup", "Sumatra Selatan"]),
    ("lookup", [("arg", "no such place at all")], ["lookup", "no such place at all"]),
    ("neighbors", [("arg", "OKU Timur")], ["neighbors", "OKU Timur"]),
    ("neighbors", [("arg", "16.73"), ("hops", "2"), ("exclude-type", "Document")],
     ["neighbors", "16.73", "--hops", "2", "--exclude-type", "Document"]),
    ("path", [("arg", "Sumarno Adiwijaya"), ("arg", "Ahmad Fauzan Nawawi"), ("exclude-type", "Document"),
              ("paths", "1")],
     ["path", "Sumarno Adiwijaya", "Ahmad Fauzan Nawawi", "--exclude-type", "Document", "--paths", "1"]),
    ("rank", [("by", "pagerank"), ("type", "Person"), ("limit", "3")],
     ["rank", "--by", "pagerank", "--type", "Person", "--limit", "3"]),
    ("components", [("limit", "3")], ["components", "--limit", "3"]),
    ("timeline", [("region", "lubuk linggau")], ["timeline", "--region", "lubuk linggau"]),
    ("evidence", [("arg", "rahmat hidayat saputra"), ("arg", "cites"), ("arg", "UU 20/2023")],
     ["evidence", "rahmat hidayat saputra", "cites", "UU 20/2023"]),
    ("query", [("arg", "regions-citing-laws")], ["query", "regions-citing-laws"]),
    ("query", [("arg", "regions-citing-laws"), ("region", "16"), ("no-subregions", "")],
     ["query", "regions-citing-laws", "--region", "16", "--no-subregions"]),
    ("query", [("arg", "co-cited-laws")], ["query", "co-cited-laws"]),
    ("query", [("arg", Q_GROUP)], ["query", Q_GROUP]),
    ("stats", [], ["stats"]),
]


def test_api(netra, db, srv):
    for command, params, cli_args in API_CASES:
        want = run([netra, *cli_args, "--db", db, "--format", "json"])
        status, headers, body = srv.get("/api/" + command, params)
        label = "/api/" + command + "?" + urllib.parse.urlencode(params)[:70]
        check(status == 200 and body == want and headers.get("Content-Type") == "application/json; charset=utf-8",
              f"{label} = netra {' '.join(cli_args)[:60]} --format json ({status}, {len(body)} bytes)")
    want = run([netra, "export", "--db", db, "--format", "graphml", "--region", "lubuk linggau"])
    status, headers, body = srv.get("/api/export", [("format", "graphml"), ("region", "lubuk linggau")])
    check(status == 200 and body == want and headers.get("Content-Type", "").startswith("application/xml"),
          f"/api/export?format=graphml = netra export --format graphml ({status})")
    status, headers, body = srv.get("/api/version", headers={"Origin": "http://example.test"})
    check("Access-Control-Allow-Origin" not in headers, "no CORS header without --cors")
    v = json.loads(body)
    check(status == 200 and set(v) == {"store_version", "documents", "triples"} and v["documents"] > 0,
          f"/api/version ({body.decode().strip()})")
    status, _, body = srv.get("/api/neighbors", [("arg", "nowhere at all")])
    err = json.loads(body)
    check(status == 400 and err.get("exit") == 1 and "nowhere at all" in err.get("error", ""),
          f"unknown entity -> 400 with the command's message ({status} {body.decode().strip()[:80]})")
    status, _, body = srv.get("/api/timeline", [("region", "16.73"), ("from", "2024-13-45")])
    check(status == 400, f"bad date -> 400 ({status})")


def test_hostile(srv, static_dir):
    cases = [
        ("GET", "/../../../../etc/passwd", None, {}, (400, 404)),
        ("GET", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", None, {}, (400, 404)),
        ("GET", "/..%2f..%2f..%2fetc%2fpasswd", None, {}, (400, 404)),
        ("GET", "//etc/passwd", None, {}, (400, 404)),
        ("GET", "/.secret", None, {}, (400, 404)),
        ("GET", "/outside.txt", None, {}, (404,)),  # a symlink to a file outside the folder
        ("GET", "/a%5c..%5c..%5cetc%5cpasswd", None, {}, (400, 404)),
        ("GET", "/api/lookup?arg=%zz", None, {}, (400,)),
        ("GET", "/api/lookup?arg=%", None, {}, (400,)),
        ("GET", "/api/lookup?arg=%ff%fe", None, {}, (400,)),
        ("GET", "/api/nosuchcommand", None, {}, (404,)),
        ("GET", "/api/ingest?arg=/etc", None, {}, (403,)),
        ("GET", "/api/forget?arg=x", None, {}, (403,)),
        ("GET", "/api/shell", None, {}, (403,)),
        ("GET", "/api/inspect?arg=/etc/passwd", None, {}, (403,)),
        ("GET", "/api/stats?db=/tmp", None, {}, (403,)),
        ("GET", "/api/query?file=/etc/passwd", None, {}, (403,)),
        ("GET", "/api/export?format=graphml&out=/tmp/x.graphml", None, {}, (403,)),
        ("GET", "/api/neighbors?arg=--db&arg=/tmp", None, {}, (400,)),
        ("GET", "/api/neighbors?help", None, {}, (403,)),
        ("GET", "/api/neighbors?Bad_Name=1", None, {}, (400,)),
        ("POST", "/sparql", b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (2 << 20),
         {"Content-Type": "application/sparql-query"}, (413,)),
        ("POST", "/sparql", b"query=x", {"Content-Type": "text/plain"}, (400,)),
        ("GET", "/sparql", None, {}, (400,)),
        ("GET", "/sparql?query=" + urllib.parse.quote(Q_SLOW), None, {}, (503,)),
        ("GET", "/api/query?timeout=1&arg=" + urllib.parse.quote(Q_SLOW), None, {}, (503,)),  # narrowed to 1 s
        ("GET", "/sparql?query=" + urllib.parse.quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), None, {}, (413,)),
        # The limits are netra query's (docs/flags.md, Limits): a cross join stops at the row past --max-rows
        # without building the whole product first, one to sort at --max-memory; a request may narrow them, not lift them.
        ("GET", "/sparql?query=" + urllib.parse.quote(Q_CROSS), None, {}, (413,)),
        ("GET", "/api/query?arg=" + urllib.parse.quote(Q_CROSS), None, {}, (413,)),
        ("GET", "/sparql?query=" + urllib.parse.quote(Q_CROSS + " ORDER BY ?a"), None, {}, (413,)),
        ("GET", "/api/query?max-rows=0&arg=" + urllib.parse.quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), None, {},
         (413,)),
        ("GET", "/api/query?max-rows=2&arg=" + urllib.parse.quote(Q_SMALL), None, {}, (413,)),
        ("GET", "/api/query?timeout=0&arg=" + urllib.parse.quote(Q_SLOW), None, {}, (503,)),
    ]
    for method, target, body, headers, want in cases:
        try:
            status, _, data = srv.request(method, target, body, headers)
        except OSError as e:  # the server may close on a body it will not read
            status, data = f"closed ({e})", b""
        leaked = b"root:" in data
        check(status in want and not leaked and srv.alive(),
              f"{method} {target[:60]} -> {status} (want {'/'.join(map(str, want))}), server up")
    status, _, body = srv.get("/api/query", [("arg", Q_CROSS)])
    err = json.loads(body)
    check(status == 413 and err.get("exit") == 4 and "more than 1000 rows (netra serve --max-rows 1000" in
          err.get("error", ""), f"a cut answer's error names the limit ({status} {body.decode().strip()[:120]})")
    status, _, data = srv.get("/")
    check(status == 200 and b"explorer test page" in data, "GET / serves the static folder's index.html")


def test_live(netra, db, srv, work):
    before = json.loads(srv.get("/api/version")[2])
    _, _, found = srv.get("/api/lookup", [("arg", "Document:zz_live_update")])
    check(json.loads(found) == [], "before the ingest, the new document is not there")
    folder = os.path.join(work, "live")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "zz_live_update.txt"), "w") as f:
        f.write(LIVE_ARTICLE)
    run([netra, "ingest", "--db", db, folder], ok=(0, 2))
    after = json.loads(srv.get("/api/version")[2])
    check(after["store_version"] != before["store_version"] and after["documents"] == before["documents"] + 1,
          f"after an ingest beside the server, /api/version shows the new version ({before['documents']} -> "
          f"{after['documents']} documents)")
    _, _, found = srv.get("/api/lookup", [("arg", "Document:zz_live_update")])
    rows = json.loads(found)
    check(len(rows) == 1 and rows[0]["id"] == "Document:zz_live_update", "and requests read it, without a restart")


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def load(srv, clients, per_client):
    """Latencies (ms) of clients x per_client mixed requests, and the errors."""
    mix = [
        ("GET", "/api/neighbors?" + urllib.parse.urlencode({"arg": "16.73"}), None, {}),
        ("GET", "/api/lookup?" + urllib.parse.urlencode({"arg": "bogor"}), None, {}),
        ("GET", "/api/path?" + urllib.parse.urlencode([("arg", "Sumarno Adiwijaya"), ("arg", "Ahmad Fauzan Nawawi")]),
         None, {}),
        ("GET", "/api/query?" + urllib.parse.urlencode({"arg": "regions-citing-laws"}), None, {}),
        ("GET", "/sparql?" + urllib.parse.urlencode({"query": Q_GROUP}), None, {}),
        ("POST", "/sparql", Q_SMALL.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"}),
        ("GET", "/api/timeline?" + urllib.parse.urlencode({"region": "16.73"}), None, {}),
        ("GET", "/api/version", None, {}),
    ]
    latencies, errors = [], []
    lock = threading.Lock()

    def client(k):
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
        mine = []
        for i in range(per_client):
            method, target, body, headers = mix[(k + i) % len(mix)]
            start = time.perf_counter()
            try:
                conn.request(method, target, body=body, headers=headers)
                r = conn.getresponse()
                r.read()
                status = r.status
            except (OSError, http.client.HTTPException) as e:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
                status = f"{type(e).__name__}"
            mine.append((time.perf_counter() - start) * 1000)
            if status != 200:
                with lock:
                    errors.append((target[:60], status))
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(latencies), errors


def test_load(srv):
    load(srv, 8, 50)  # warm-up: caches, projections, the allocator's arenas
    warm = srv.rss_kb()
    start = time.perf_counter()
    lat, errors = load(srv, 8, 200)
    took = time.perf_counter() - start
    after = srv.rss_kb()
    print(f"load: 8 clients x 200 requests in {took:.2f} s ({len(lat) / took:.0f} requests/s); latency ms "
          f"p50 {percentile(lat, 50):.2f}  p90 {percentile(lat, 90):.2f}  p99 {percentile(lat, 99):.2f}  "
          f"max {lat[-1]:.2f}; RSS {warm // 1024} MB after warm-up, {after // 1024} MB after")
    check(not errors, f"load: no error ({len(errors)}: {errors[:3]})")
    check(len(lat) == 1600, f"load: 1600 answers ({len(lat)})")
    bound = warm + max(32 * 1024, warm // 4)
    check(after <= bound, f"load: RSS after ({after} kB) within {bound} kB (warm-up {warm} kB + max(32 MB, 25%))")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--only", nargs="*", default=None)
    a = ap.parse_args()
    required = bool(os.environ.get("CI") or os.environ.get("NETRA_REQUIRE_READERS"))
    try:
        import SPARQLWrapper  # noqa: F401
    except ImportError:
        SPARQLWrapper = None
    if shutil.which("curl") is None or SPARQLWrapper is None:
        msg = "curl or Debian python3-sparqlwrapper is not installed (install with tools/install-deps.sh)"
        if required:
            print("FAIL: " + msg)
            return 1
        print("SKIP: " + msg)
        return 77
    netra = os.path.abspath(a.netra)
    only = set(a.only) if a.only else {"sparql", "api", "hostile", "live", "load", "stop"}
    with tempfile.TemporaryDirectory(prefix="netra-serve-") as work:
        db = os.path.join(work, "db")
        run([netra, "ingest", "--db", db, a.samples], ok=(0, 2))
        static_dir = os.path.join(work, "static")
        os.makedirs(static_dir)
        with open(os.path.join(static_dir, "index.html"), "w") as f:
            f.write("<!doctype html><title>explorer test page</title>\n")
        with open(os.path.join(work, "outside.txt"), "w") as f:
            f.write("root:x:0:0 (outside the static folder)\n")
        os.symlink(os.path.join(work, "outside.txt"), os.path.join(static_dir, "outside.txt"))
        with open(os.path.join(static_dir, ".secret"), "w") as f:
            f.write("root: hidden\n")
        # --timeout well above the time the sorting query takes to reach --max-memory
        # (0.25 s as a command on this store), so that on a loaded machine it still ends on memory (413), not time.
        srv = Server(netra, db, work, "--timeout", "4", "--max-rows", "1000", "--max-memory", "16", "--max-body", "1048576",
                     "--static", static_dir)
        try:
            if "sparql" in only:
                test_sparql(netra, db, srv)
            if "api" in only:
                test_api(netra, db, srv)
            if "hostile" in only:
                test_hostile(srv, static_dir)
            if "load" in only:
                test_load(srv)
            if "live" in only:
                test_live(netra, db, srv, work)
        finally:
            code, took = srv.stop(signal.SIGTERM)
        if "stop" in only:
            check(code == 0 and took < 2, f"SIGTERM: exit {code} in {took:.2f} s")
            cors = Server(netra, db, work, "--cors", "http://example.test")
            _, headers, _ = cors.get("/api/version", headers={"Origin": "http://example.test"})
            check(headers.get("Access-Control-Allow-Origin") == "http://example.test",
                  "--cors ORIGIN: answers carry Access-Control-Allow-Origin: ORIGIN")
            status, headers, _ = cors.request("OPTIONS", "/sparql", headers={
                "Origin": "http://example.test", "Access-Control-Request-Method": "POST"})
            check(status == 204 and "POST" in headers.get("Access-Control-Allow-Methods", ""),
                  f"--cors: a preflight OPTIONS is answered ({status})")
            code, took = cors.stop(signal.SIGINT)
            check(code == 0 and took < 2, f"SIGINT (Ctrl-C): exit {code} in {took:.2f} s")
    if failures:
        print(f"{len(failures)} failed")
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
