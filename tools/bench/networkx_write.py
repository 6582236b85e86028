#!/usr/bin/python3
"""NetworkX's side of e2e.py's export rows: reads netra's GraphML export
(not timed), then times NetworkX writing the same graph as GraphML or GEXF
and prints {"write_s": seconds} (an in-process figure: the writer alone).

  networkx_write.py GRAPH.graphml graphml|gexf OUT
"""
import json
import sys
import time

import networkx as nx


def main():
    src, fmt, out = sys.argv[1:4]
    g = nx.read_graphml(src)
    start = time.perf_counter()
    if fmt == "graphml":
        nx.write_graphml(g, out)
    else:
        nx.write_gexf(g, out)
    print(json.dumps({"write_s": time.perf_counter() - start, "nodes": g.number_of_nodes(),
                      "edges": g.number_of_edges()}))


if __name__ == "__main__":
    main()
