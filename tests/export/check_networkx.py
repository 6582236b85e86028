#!/usr/bin/python3
"""Reads netra's GraphML and GEXF back with NetworkX (Debian's python3-networkx)
and checks node and edge counts, attribute values and their types against
the CSV reference, the GraphML keys' declarations, and that both formats
carry the same layout and colours.

usage: check_networkx.py WORK_DIR DATASET [gexf12]

With `gexf12`, the GEXF checked is g12.gexf (`export --gexf-version 1.2`),
read by stock `nx.read_gexf(path)`: no version given and no namespace
registered, as a NetworkX 2.x user would read it.
"""

import os
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

from reference import NODE_INT, NODE_STR, Checker, Reference, xml_text

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def check_graphml_declarations(path, c):
    """What Gephi's importer needs: typed keys with `for`, no `d3`, unique edge ids."""
    root = ET.parse(path).getroot()
    keys = root.findall(GRAPHML_NS + "key")
    c.true("GraphML declares keys", len(keys) > 0)
    ids = set()
    for k in keys:
        c.true(f"key {k.get('id')} has for=node|edge", k.get("for") in ("node", "edge"))
        c.true(f"key {k.get('id')} has attr.type",
               k.get("attr.type") in ("string", "int", "long", "double", "float", "boolean"))
        c.true(f"key id {k.get('id')} is not d3", k.get("id") != "d3")
        c.true(f"key id {k.get('id')} is unique", k.get("id") not in ids)
        ids.add(k.get("id"))
    names = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    for name, typ in [("label", "string"), ("r", "int"), ("g", "int"), ("b", "int"), ("size", "double"),
                      ("x", "double"), ("y", "double"), ("support", "int"), ("degree", "int")]:
        c.eq(f"node key {name} type", names.get(("node", name)), typ)
    c.eq("edge key weight type", names.get(("edge", "weight")), "int")
    c.true("no graph-level keys", not any(k.get("for") == "graph" for k in keys))
    edge_ids = [e.get("id") for e in root.iter(GRAPHML_NS + "edge")]
    c.eq("GraphML edge ids unique", len(set(edge_ids)), len(edge_ids))
    node_ids = [n.get("id") for n in root.iter(GRAPHML_NS + "node")]
    c.true("GraphML node ids non-empty", all(node_ids))


def check_graphml(work, ref, c):
    path = os.path.join(work, "g.graphml")
    check_graphml_declarations(path, c)
    g = nx.read_graphml(path)
    c.true("GraphML graph is directed", g.is_directed())
    c.eq("GraphML node count", g.number_of_nodes(), len(ref.nodes))
    c.eq("GraphML edge count", g.number_of_edges(), len(ref.edges))
    ids = ref.xml_ids()
    for node, data in g.nodes(data=True):
        c.true(f"GraphML node {node!r} is in the CSV", node in ids)
        if node not in ids:
            continue
        want = ref.node_attrs(ids[node])
        for k in ["label"] + NODE_STR + sorted(NODE_INT):
            # Absent in the CSV (an empty cell) means absent here too.
            c.eq(f"GraphML node {node[:60]!r} {k}", data.get(k), want.get(k))
        for k in ("r", "g", "b"):
            c.true(f"GraphML node {node[:60]!r} {k} is an int 0..255",
                   isinstance(data.get(k), int) and 0 <= data[k] <= 255)
        for k in ("size", "x", "y"):
            c.true(f"GraphML node {node[:60]!r} {k} is a float", isinstance(data.get(k), float))
    for s, t, data in g.edges(data=True):
        want = ref.edge_attrs(ids[s], ids[t])
        for k, v in want.items():
            c.eq(f"GraphML edge {s[:40]!r}->{t[:40]!r} {k}", data.get(k), v)
        c.eq("GraphML edge label is the predicate", data.get("label"), want["predicate"])
    return g


def read_gexf13(path):
    # Debian's NetworkX 2.8 knows the GEXF 1.1draft and 1.2draft namespaces
    # only; 1.3 reads with the same code under its own namespaces.
    nx_gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    return nx.read_gexf(path, version="1.3")


def check_gexf(work, ref, graphml, c, g=None):
    if g is None:
        g = read_gexf13(os.path.join(work, "g.gexf"))
    c.true("GEXF graph is directed", g.is_directed())
    c.eq("GEXF mode", g.graph.get("mode"), "dynamic")
    c.eq("GEXF node count", g.number_of_nodes(), len(ref.nodes))
    c.eq("GEXF edge count", g.number_of_edges(), len(ref.edges))
    ids = ref.xml_ids()
    for node, data in g.nodes(data=True):
        c.true(f"GEXF node {node[:60]!r} is in the CSV", node in ids)
        if node not in ids:
            continue
        want = ref.node_attrs(ids[node])
        for k in ["label"] + NODE_STR + sorted(NODE_INT):
            c.eq(f"GEXF node {node[:60]!r} {k}", data.get(k), want.get(k))
        if "date" in want:
            c.eq(f"GEXF node {node[:60]!r} start", data.get("start"), want["date"])
        viz = data.get("viz", {})
        other = graphml.nodes[node]
        c.eq(f"GEXF node {node[:60]!r} colour", viz.get("color", {}).get("r"), other["r"])
        c.eq(f"GEXF node {node[:60]!r} size", viz.get("size"), other["size"])
        pos = viz.get("position", {})
        c.eq(f"GEXF node {node[:60]!r} position", (pos.get("x"), pos.get("y")), (other["x"], other["y"]))
    for s, t, data in g.edges(data=True):
        want = ref.edge_attrs(ids[s], ids[t])
        c.eq(f"GEXF edge {s[:40]!r}->{t[:40]!r} weight", data.get("weight"), float(want.pop("weight")))
        c.eq(f"GEXF edge {s[:40]!r}->{t[:40]!r} label", data.get("label"), want["predicate"])
        for k, v in want.items():
            c.eq(f"GEXF edge {s[:40]!r}->{t[:40]!r} {k}", data.get(k), v)
        if "first_date" in want:
            c.eq(f"GEXF edge {s[:40]!r}->{t[:40]!r} start", data.get("start"), want["first_date"])
    return g


def check_exact_labels(ref, graphs, c):
    for node_id, label in ref.exact_labels.items():
        for name, g in graphs:
            data = g.nodes.get(xml_text(node_id))
            c.true(f"{name} has node {node_id[:60]!r}", data is not None)
            if data is not None:
                c.eq(f"{name} label of {node_id[:60]!r} survives exactly", data.get("label"), label)


def main():
    work, dataset = sys.argv[1], sys.argv[2]
    ref = Reference(work)
    c = Checker(f"networkx[{dataset}]")
    c.true("the export has nodes", len(ref.nodes) > 0)
    c.true("the export has edges", len(ref.edges) > 0)
    graphml = check_graphml(work, ref, c)
    if len(sys.argv) > 3 and sys.argv[3] == "gexf12":
        c.true("GEXF 1.2 has no 1.3 registered", "1.3" not in nx_gexf.GEXF.versions or nx.__version__ >= "3")
        gexf = check_gexf(work, ref, graphml, c, nx.read_gexf(os.path.join(work, "g12.gexf")))
    else:
        gexf = check_gexf(work, ref, graphml, c)
    if dataset == "adversarial":
        c.true("the fixture wrote its exact labels", len(ref.exact_labels) >= 8)
    check_exact_labels(ref, [("GraphML", graphml), ("GEXF", gexf)], c)
    c.finish()


if __name__ == "__main__":
    main()
