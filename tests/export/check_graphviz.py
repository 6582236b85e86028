#!/usr/bin/python3
"""Graphviz reads netra's DOT: `dot` lays out g.dot and clustered.dot
without an error or warning, finds every node id (escaped ids must not
merge or split) and every edge, and netra's SVG (rendered through
Graphviz) is well-formed XML with one <g class="node"> per node.

usage: check_graphviz.py WORK_DIR
"""

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from reference import Checker, Reference


def graphviz_name(node_id):
    """The name Graphviz gives a node netra wrote as "...": netra doubles
    backslashes and Graphviz unescapes only \\"; newlines are written \\n,
    CR dropped, other controls written as spaces."""
    s = node_id.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "")
    return re.sub("[\x00-\x1f\x7f]", " ", s)


def layout(path, c):
    run = subprocess.run(["dot", "-Tjson", path], capture_output=True)
    err = run.stderr.decode("utf-8", "replace").strip()
    c.eq(f"dot exit status on {os.path.basename(path)} ({err[:300]})", run.returncode, 0)
    c.eq(f"dot prints no warning on {os.path.basename(path)}", err, "")
    return json.loads(run.stdout.decode("utf-8")) if run.returncode == 0 else None


def main():
    work = sys.argv[1]
    ref = Reference(work)
    c = Checker("graphviz")
    want_names = {graphviz_name(i) for i in ref.nodes}
    c.eq("escaped ids stay distinct", len(want_names), len(ref.nodes))
    for name in ("g.dot", "clustered.dot"):
        g = layout(os.path.join(work, name), c)
        if g is None:
            continue
        clusters = g.get("_subgraph_cnt", 0)
        nodes = [o for o in g.get("objects", []) if o["_gvid"] >= clusters]
        got_names = {o["name"] for o in nodes}
        c.eq(f"{name} node count", len(nodes), len(ref.nodes))
        c.eq(f"{name} edge count", len(g.get("edges", [])), len(ref.edges))
        missing = sorted(want_names - got_names)
        c.true(f"{name} has every node id (missing {missing[:3]!r})", not missing)
        if name == "clustered.dot":
            regions = {r["Id"] for r in ref.nodes.values() if r["type"] == "Region"}
            c.eq("one cluster per region", clusters, len(regions))
    svg = ET.parse(os.path.join(work, "g.svg")).getroot()
    c.eq("SVG root", svg.tag, "{http://www.w3.org/2000/svg}svg")
    groups = [e for e in svg.iter("{http://www.w3.org/2000/svg}g") if e.get("class") == "node"]
    c.eq("SVG node groups", len(groups), len(ref.nodes))
    c.finish()


if __name__ == "__main__":
    main()
