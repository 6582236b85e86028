#!/usr/bin/env python3
"""Runs each query of a query file with `netra query --format sparql-json` and
with rdflib over an export of the same store, and compares the rows as
multisets: queries.rq over the N-Triples export, graph_queries.rq (GRAPH,
each document a named graph) over the N-Quads export.

  check_rdflib.py NETRA DB EXPORT.nt|EXPORT.nq QUERIES.rq
"""
import collections
import json
import subprocess
import sys

import rdflib


def netra_rows(netra, db, query):
    out = subprocess.run([netra, "query", "--db", db, "--format", "sparql-json", "--file", "-"],
                         input=query, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("netra query failed (%d): %s\n%s" % (out.returncode, out.stderr, query))
    doc = json.loads(out.stdout)
    names = doc["head"]["vars"]
    rows = []
    for b in doc["results"]["bindings"]:
        rows.append(tuple(term_of_json(b.get(v)) for v in names))
    return names, rows


def term_of_json(t):
    if t is None:
        return None
    if t["type"] == "uri":
        return ("uri", t["value"])
    return ("literal", t["value"], t.get("datatype"))


def term_of_rdflib(t):
    if t is None:
        return None
    if isinstance(t, rdflib.URIRef):
        return ("uri", str(t))
    dt = str(t.datatype) if t.datatype is not None else None
    return ("literal", str(t), dt)


def rdflib_rows(graph, query):
    result = graph.query(query)
    names = [str(v) for v in result.vars]
    return names, [tuple(term_of_rdflib(t) for t in row) for row in result]


def main():
    netra, db, export, queries_file = sys.argv[1:5]
    if export.endswith(".nq"):
        # Quads without a graph term (the rdf:type lines) go to the default
        # graph, which `GRAPH ?g` does not range over; without publicID
        # rdflib files them under a graph named after the file.
        graph = rdflib.Dataset()
        graph.parse(export, format="nquads", publicID=rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
    else:
        graph = rdflib.Graph()
        graph.parse(export, format="nt")
    text = open(queries_file, encoding="utf-8").read()
    queries = [q.strip() for q in text.split("####") if q.strip()]
    failed = 0
    for i, q in enumerate(queries, 1):
        q = "\n".join(l for l in q.splitlines() if not l.startswith("#"))
        n_names, n_rows = netra_rows(netra, db, q)
        r_names, r_rows = rdflib_rows(graph, q)
        same = n_names == r_names and collections.Counter(n_rows) == collections.Counter(r_rows)
        print("query %d: netra %d rows, rdflib %d rows: %s" % (i, len(n_rows), len(r_rows),
                                                              "same" if same else "DIFFERENT"))
        if not same or not n_rows:
            failed += 1
            print(q)
            if n_names != r_names:
                print("  columns: netra %s, rdflib %s" % (n_names, r_names))
            nc, rc = collections.Counter(n_rows), collections.Counter(r_rows)
            for row in sorted((nc - rc).elements(), key=str)[:10]:
                print("  only netra: %s" % (row,))
            for row in sorted((rc - nc).elements(), key=str)[:10]:
                print("  only rdflib: %s" % (row,))
            if not n_rows:
                print("  (no rows: the query tests nothing)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
