#!/usr/bin/python3
"""Reads netra's N-Triples with rapper (raptor2) and rdflib: both parse the
whole file without a warning and agree on the triple count (one per line),
every node has its rdfs:label (exactly the CSV's label) and rdf:type, and
every edge's predicates are triples between the right IRIs. Then the N-Quads
export: rapper and rdflib read every line, each named graph is a document,
and its triples, across the graphs, are the N-Triples' but rdfs:label.

usage: check_rdf.py WORK_DIR DATASET
"""

import os
import re
import subprocess
import sys
import urllib.parse

import rdflib
from rdflib.namespace import RDF, RDFS

from reference import Checker, Reference

BASE = "https://netra.invalid/"


def iri(kind, name):
    return rdflib.URIRef(BASE + kind + urllib.parse.quote(name, safe="-._~/:@!$&'()*+,;="))


def main():
    work, dataset = sys.argv[1], sys.argv[2]
    path = os.path.join(work, "g.nt")
    ref = Reference(work)
    c = Checker(f"rdf[{dataset}]")
    with open(path, "rb") as f:
        data = f.read()
    lines = data.count(b"\n")

    check_rapper(c, path, "ntriples", lines)

    g = rdflib.Graph()
    g.parse(path, format="nt")
    c.eq("rdflib triple count", len(g), lines)
    iris = {str(term) for t in g for term in t if isinstance(term, rdflib.URIRef)}
    bad = [i for i in iris if not re.fullmatch(r"[\x21-\x7e]+", i) or any(ch in i for ch in '<>"{}|^`\\')]
    c.true(f"IRIs are printable ASCII (percent-encoded): {bad[:1]!r}", not bad)
    for node_id, row in ref.nodes.items():
        s = iri("id/", node_id)
        labels = [str(o) for o in g.objects(s, RDFS.label)]
        c.eq(f"rdfs:label of {node_id[:60]!r}", labels, [row["Label"]])
        if row["type"]:
            c.eq(f"rdf:type of {node_id[:60]!r}", list(g.objects(s, RDF.type)), [iri("vocab/", row["type"])])
    for e in ref.edges:
        for p in e["predicate"].split(";"):
            c.true(f"triple {e['Source'][:40]!r} {p} {e['Target'][:40]!r}",
                   (iri("id/", e["Source"]), iri("vocab/", p), iri("id/", e["Target"])) in g)
    for node_id, label in ref.exact_labels.items():
        c.true(f"exact label of {node_id[:60]!r}", (iri("id/", node_id), RDFS.label, rdflib.Literal(label)) in g)
    check_nquads(c, os.path.join(work, "g.nq"), {t for t in g if t[1] != RDFS.label})
    c.finish()


def check_rapper(c, path, syntax, lines):
    """rapper reads the whole file, one statement a line, without a warning."""
    run = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True)
    err = run.stderr.decode("utf-8", "replace")
    c.eq(f"rapper {syntax} exit status ({err[:300]})", run.returncode, 0)
    c.true(f"rapper prints no warning or error on {syntax} ({err[:300]})", "Warning" not in err and "Error" not in err)
    m = re.search(r"returned (\d+) triples", err)
    c.eq(f"rapper {syntax} count", int(m.group(1)) if m else None, lines)


def check_nquads(c, path, triples):
    with open(path, "rb") as f:
        lines = f.read().count(b"\n")
    check_rapper(c, path, "nquads", lines)
    # Lines without a graph (rdf:type) go to the default graph, not to one
    # named after the file.
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads", publicID=rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
    quads = list(ds.quads((None, None, None, None)))
    c.eq("rdflib N-Quads count", len(quads), lines)
    graphs = {str(q[3].identifier if hasattr(q[3], "identifier") else q[3]) for q in quads}
    graphs.discard(str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID))
    bad = [g for g in graphs if not g.startswith(BASE + "id/Document:")]
    c.true(f"every named graph is a document: {bad[:1]!r}", not bad)
    c.eq("N-Quads triples, across graphs, are the N-Triples' but rdfs:label",
         {q[:3] for q in quads} == triples, True)


if __name__ == "__main__":
    main()
