#!/usr/bin/python3
"""NetworkX's side of `netra_bench export`: builds the same graph from the
TSV files the bench wrote (not timed), then times nx.write_graphml and
nx.write_gexf (viz colour, size and position included, as netra writes
them) and prints {"graphml_s": ..., "gexf_s": ..., ...} on stdout.

usage: export_networkx.py DIR   (DIR has nodes.tsv and edges.tsv)
"""

import json
import os
import sys
import time

import networkx as nx


def main():
    d = sys.argv[1]
    g = nx.DiGraph()
    ints = {"year", "support", "degree", "r", "g", "b"}
    floats = {"size", "x", "y"}
    with open(os.path.join(d, "nodes.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            vals = line.rstrip("\n").split("\t")
            attrs = {}
            for k, v in zip(header[1:], vals[1:]):
                if v == "":
                    continue
                attrs[k] = int(v) if k in ints else float(v) if k in floats else v
            g.add_node(vals[0], **attrs)
    with open(os.path.join(d, "edges.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            vals = line.rstrip("\n").split("\t")
            attrs = {k: (int(v) if k == "weight" else v) for k, v in zip(header[2:], vals[2:]) if v != ""}
            g.add_edge(vals[0], vals[1], **attrs)

    out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "networkx": nx.__version__}
    t = time.perf_counter()
    nx.write_graphml(g, os.path.join(d, "networkx.graphml"))
    out["graphml_s"] = time.perf_counter() - t
    out["graphml_bytes"] = os.path.getsize(os.path.join(d, "networkx.graphml"))
    os.remove(os.path.join(d, "networkx.graphml"))

    # GEXF carries colour, size and position in viz elements, as netra's does.
    for _, a in g.nodes(data=True):
        a["viz"] = {"color": {"r": a.pop("r"), "g": a.pop("g"), "b": a.pop("b"), "a": 1.0},
                    "size": a.pop("size"), "position": {"x": a.pop("x"), "y": a.pop("y"), "z": 0.0}}
    t = time.perf_counter()
    nx.write_gexf(g, os.path.join(d, "networkx.gexf"))
    out["gexf_s"] = time.perf_counter() - t
    out["gexf_bytes"] = os.path.getsize(os.path.join(d, "networkx.gexf"))
    os.remove(os.path.join(d, "networkx.gexf"))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
