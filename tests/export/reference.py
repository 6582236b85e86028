"""The reference the reader checks compare with: netra's CSV node and edge
lists (g.nodes.csv, g.edges.csv), read with Python's csv module, and for the
adversarial store the exact labels its fixture wrote (db.labels.json).

XML 1.0 cannot carry most C0 control characters, U+FFFE or U+FFFF: the XML
writers put U+FFFD in their place, so values from the CSV are compared with
`xml_text(value)`.
"""

import csv
import json
import os
import re
import sys

NODE_INT = {"year", "support", "degree"}
NODE_STR = ["type", "kind", "code", "date", "role", "title", "status"]
EDGE_STR = ["predicate", "first_date", "last_date"]

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    return _NOT_XML.sub("\ufffd", s)


class Reference:
    def __init__(self, work):
        csv.field_size_limit(sys.maxsize)
        with open(os.path.join(work, "g.nodes.csv"), encoding="utf-8", newline="") as f:
            self.nodes = {row["Id"]: row for row in csv.DictReader(f)}
        with open(os.path.join(work, "g.edges.csv"), encoding="utf-8", newline="") as f:
            self.edges = [row for row in csv.DictReader(f)]
        self.edge_by_pair = {(e["Source"], e["Target"]): e for e in self.edges}
        labels = os.path.join(work, "db.labels.json")
        self.exact_labels = {}
        if os.path.exists(labels):
            with open(labels, encoding="utf-8") as f:
                self.exact_labels = json.load(f)

    def node_attrs(self, node_id):
        """The attributes a reader should find on the node, typed."""
        row = self.nodes[node_id]
        want = {"label": xml_text(row["Label"])}
        for k in NODE_STR:
            if row[k]:
                want[k] = xml_text(row[k])
        for k in NODE_INT:
            if row[k]:
                want[k] = int(row[k])
        return want

    def edge_attrs(self, source, target):
        row = self.edge_by_pair[(source, target)]
        want = {"weight": int(row["Weight"])}
        for k in EDGE_STR:
            if row[k]:
                want[k] = xml_text(row[k])
        return want

    def xml_ids(self):
        """Node ids as an XML reader sees them, mapped to the CSV's."""
        return {xml_text(i): i for i in self.nodes}


class Checker:
    """Collects failures; prints the first few and exits 1 if there are any."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.checks = 0

    def eq(self, what, got, want):
        self.checks += 1
        if got != want or type(got) is not type(want):
            self.failures.append(f"{what}: got {short(got)} ({type(got).__name__}), "
                                 f"want {short(want)} ({type(want).__name__})")

    def true(self, what, cond):
        self.checks += 1
        if not cond:
            self.failures.append(what)

    def finish(self):
        if self.failures:
            for f in self.failures[:20]:
                print(f"{self.name}: FAIL {f}", file=sys.stderr)
            print(f"{self.name}: {len(self.failures)} of {self.checks} checks failed", file=sys.stderr)
            sys.exit(1)
        print(f"{self.name}: {self.checks} checks passed")


def short(v):
    s = repr(v)
    return s if len(s) <= 120 else s[:117] + "..."
