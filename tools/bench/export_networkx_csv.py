#!/usr/bin/python3
"""NetworkX's side of tools/bench/export_e2e.py: builds the graph netra
exported as Gephi CSV (`netra export --format csv --out PREFIX.csv`), with
the node and edge attributes netra's GraphML carries, then times only
nx.write_graphml and nx.write_gexf (GEXF with viz colour, size and
position, as netra writes them) and prints
{"graphml_s": ..., "gexf_s": ..., ...} on stdout. Building the graph is
not timed.

The CSV has no colour, size or position: those attributes get stand-in
values of the same types (ints, 2-decimal floats) so that NetworkX formats
as many values as netra does.

usage: export_networkx_csv.py PREFIX DIR   (reads PREFIX.nodes.csv and
PREFIX.edges.csv, writes its files in DIR and removes them)
"""

import csv
import json
import math
import os
import sys
import time
import zlib

import networkx as nx

INT_COLUMNS = {"year", "support", "degree"}


def load(prefix):
    g = nx.DiGraph()
    with open(prefix + ".nodes.csv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        for i, row in enumerate(rows):
            attrs = {"label": row[1]}
            for k, v in zip(header[2:], row[2:]):
                if v != "":
                    attrs[k] = int(v) if k in INT_COLUMNS else v
            h = zlib.crc32(row[0].encode("utf-8"))
            attrs.update(r=h & 0xFF, g=(h >> 8) & 0xFF, b=(h >> 16) & 0xFF,
                         size=round(5.0 + 10.0 * math.log10(1.0 + attrs.get("degree", 0)), 2),
                         x=round((h % 400000) / 100.0 - 2000.0, 2), y=round(((h >> 7) % 400000) / 100.0 - 2000.0, 2))
            g.add_node(row[0], **attrs)
    with open(prefix + ".edges.csv", encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        next(rows)  # Source,Target,Type,Label,Weight,predicate,first_date,last_date
        for row in rows:
            attrs = {"label": row[3], "weight": int(row[4]), "predicate": row[5]}
            if row[6]:
                attrs["first_date"] = row[6]
            if row[7]:
                attrs["last_date"] = row[7]
            g.add_edge(row[0], row[1], **attrs)
    return g


def main():
    prefix, d = sys.argv[1], sys.argv[2]
    g = load(prefix)
    out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "networkx": nx.__version__}
    path = os.path.join(d, "networkx.graphml")
    t = time.perf_counter()
    nx.write_graphml(g, path)
    out["graphml_s"] = time.perf_counter() - t
    out["graphml_bytes"] = os.path.getsize(path)
    os.remove(path)
    for _, a in g.nodes(data=True):
        a["viz"] = {"color": {"r": a.pop("r"), "g": a.pop("g"), "b": a.pop("b"), "a": 1.0},
                    "size": a.pop("size"), "position": {"x": a.pop("x"), "y": a.pop("y"), "z": 0.0}}
    path = os.path.join(d, "networkx.gexf")
    t = time.perf_counter()
    nx.write_gexf(g, path)
    out["gexf_s"] = time.perf_counter() - t
    out["gexf_bytes"] = os.path.getsize(path)
    os.remove(path)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
