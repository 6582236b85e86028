#!/usr/bin/env python3
"""Issue 3's peer for ingest: rdflib parsing the same facts as N-Triples.

Reads the facts `netra extract --format jsonl` wrote (header lines are
skipped), writes one N-Triples statement per fact (duplicates kept: netra
ingests every fact too, and folds repeats into supports), then times rdflib
parsing that file into an in-memory Graph. The conversion is not timed.

  rdflib_peer.py FACTS.jsonl WORKDIR
prints `name value` lines, like netra_bench, for run.sh to collect.
"""
import json
import os
import sys
import time

BASE = "https://netra.invalid/"  # reserved TLD: names no real host
XSD = "http://www.w3.org/2001/XMLSchema#"


def iri(term):
    return "<" + BASE + term.replace(" ", "_").replace(">", "%3E") + ">"


def literal(value, kind):
    esc = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if kind == "date":
        return '"%s"^^<%sdate>' % (esc, XSD)
    if kind == "integer":
        return '"%s"^^<%sinteger>' % (esc, XSD)
    return '"%s"' % esc


def main():
    facts_path, work = sys.argv[1], sys.argv[2]
    nt_path = os.path.join(work, "facts.nt")
    n = 0
    with open(facts_path, encoding="utf-8") as src, open(nt_path, "w", encoding="utf-8") as out:
        for line in src:
            fact = json.loads(line)
            if "predicate" not in fact:
                continue  # a document header line
            kind = fact.get("object_type", "entity")
            obj = iri(fact["object"]) if kind == "entity" else literal(fact["object"], kind)
            out.write("%s %s %s .\n" % (iri(fact["subject"]), iri("vocab/" + fact["predicate"]), obj))
            n += 1
    import rdflib  # imported after the conversion so its import is not timed either
    t0 = time.perf_counter()
    g = rdflib.Graph()
    g.parse(nt_path, format="nt")
    secs = time.perf_counter() - t0
    print("rdflib_facts", n)
    print("rdflib_distinct_triples", len(g))
    print("rdflib_parse_s", round(secs, 3))
    print("rdflib_facts_per_s", round(n / secs))
    print("rdflib_nt_mb", round(os.path.getsize(nt_path) / 1e6, 1))


if __name__ == "__main__":
    main()
