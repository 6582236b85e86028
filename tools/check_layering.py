#!/usr/bin/env python3
"""Checks that netra's modules depend on each other one way only.

Usage: tools/check_layering.py [SRC_DIR]   (default: src/ next to tools/)

Every file under SRC_DIR/<module>/ may include headers of its own module and
of the modules the table below allows, written `#include "module/file.h"`.
An include of any other module is a violation, as is a folder under SRC_DIR
that the table does not know (add it to the table, and to docs, first).
Includes whose first path part is not a module name ("rapidjson/document.h",
<vector>) are not checked.

Prints each violation as `file:line: message` and exits 1 if there is any,
0 if there is none, 2 on bad usage.
"""

import os
import re
import sys

# Keep in step with src/CMakeLists.txt and the module table in README.md.
ALLOWED = {
    "core": set(),
    "model": {"core"},
    "ingest": {"core", "model"},
    "text": {"core", "model"},
    "extract": {"core", "model", "text"},
    "store": {"core", "model"},
    # query answers from the store's indexes alone; graph builds Boost.Graph
    # projections and may use query's readers, never the other way round.
    "query": {"core", "model", "store"},
    "graph": {"core", "model", "query", "store"},
    "export": {"core", "model", "graph", "query", "store"},
    "pipeline": {"core", "model", "ingest", "text", "extract", "store"},
    "server": {"core"},
    "cli": None,  # None: may include every module
}

SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".inc")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*(["<])([^">]+)[">]')


def allowed_text(module):
    deps = ALLOWED[module]
    if deps is None:
        return "every module"
    return ", ".join(sorted(deps)) if deps else "no other module"


def check_file(path, module):
    """Yields (line_number, message) for each forbidden include in one file."""
    allowed = ALLOWED[module]
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            match = INCLUDE_RE.match(line)
            if not match:
                continue
            target = match.group(2).strip()
            first = target.split("/", 1)[0]
            if "/" not in target or first not in ALLOWED or first == module:
                continue
            if allowed is None or first in allowed:
                continue
            yield number, (
                f'{module} must not include "{target}": {module} may include '
                f"{allowed_text(module)}"
            )


def check_tree(src):
    """Returns the violations under src as `file:line: message` strings."""
    problems = []
    for entry in sorted(os.listdir(src)):
        module_dir = os.path.join(src, entry)
        if not os.path.isdir(module_dir):
            continue
        if entry not in ALLOWED:
            problems.append(
                f"{module_dir}: module `{entry}` is not in the layering table "
                "(tools/check_layering.py ALLOWED)"
            )
            continue
        for root, dirs, files in os.walk(module_dir):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(root, name)
                for number, message in check_file(path, entry):
                    problems.append(f"{path}:{number}: {message}")
    return problems


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip(), file=sys.stderr if len(argv) > 2 else sys.stdout)
        return 2 if len(argv) > 2 else 0
    src = argv[1] if len(argv) == 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src")
    src = os.path.normpath(src)
    if not os.path.isdir(src):
        print(f"check_layering: {src}: no such folder", file=sys.stderr)
        return 2
    problems = check_tree(src)
    for problem in problems:
        print(problem)
    if problems:
        print(f"check_layering: {len(problems)} layering violation(s) in {src}",
              file=sys.stderr)
        return 1
    print(f"check_layering: {src}: no layering violations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
