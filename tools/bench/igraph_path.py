#!/usr/bin/python3
"""igraph's side of e2e.py's path row: reads netra's CSV export edges (not
timed) into an undirected igraph Graph, then times the shortest paths
between two entities (median of 20, in-process) and prints
{"path_s": seconds, "hops": n}.

  igraph_path.py GRAPH.edges.csv FROM_ID TO_ID
"""
import csv
import json
import statistics
import sys
import time

import igraph


def main():
    edges_csv, a, b = sys.argv[1:4]
    index, edges = {}, []
    with open(edges_csv, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        src, dst = header.index("Source"), header.index("Target")
        for row in rows:
            u = index.setdefault(row[src], len(index))
            v = index.setdefault(row[dst], len(index))
            edges.append((u, v))
    g = igraph.Graph(n=len(index), edges=edges, directed=False)
    times, hops = [], 0
    for _ in range(20):
        start = time.perf_counter()
        paths = g.get_all_shortest_paths(index[a], to=index[b])
        times.append(time.perf_counter() - start)
        hops = len(paths[0]) - 1 if paths else -1
    print(json.dumps({"path_s": statistics.median(times), "hops": hops}))


if __name__ == "__main__":
    main()
