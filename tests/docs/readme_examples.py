#!/usr/bin/env python3
"""Runs the README's example commands and compares what they print with
what the README shows, so that the README cannot drift from the program.

  readme_examples.py --netra build/netra --readme README.md --samples samples

Every fenced block whose first line starts with `$ netra` is an example:
the command (continued over the following lines while a quote is open),
then the output the README shows. `$ printf '...' | netra ...` is one too:
netra reads what printf prints on its standard input. The examples' store, `out/netra.db`, is
built first from samples/ as `tools/demo.sh` builds it, in a temporary
folder. A shown line `...` stands for any number of lines; a shown line
ending in `...` matches any printed line that starts with the rest. stdout
and stderr are compared together, in that order (stderr first, as netra
says the chosen entity before the answer). Exits 1 on the first difference,
naming the README line.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile


def is_example(line):
    return line.startswith("$ netra ") or (line.startswith("$ printf ") and " | netra " in line)


def run(command, netra, cwd):
    """Runs an example's command: netra ARGS, or printf ARGS | netra ARGS."""
    stdin = None
    if command.startswith("printf "):
        feed, command = command.split(" | netra ", 1)
        stdin = subprocess.run(shlex.split(feed), capture_output=True, text=True, check=True).stdout
        command = "netra " + command
    args = shlex.split(command)
    args[0] = netra
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, input=stdin)


def examples(readme):
    """Yields (line number, command, shown output lines)."""
    lines = open(readme, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("```") and i + 1 < len(lines) and is_example(lines[i + 1]):
            start = i + 1
            command = lines[start][2:]
            j = start + 1
            while command.count("'") % 2 == 1 and j < len(lines):
                command += "\n" + lines[j]
                j += 1
            shown = []
            while j < len(lines) and not lines[j].startswith("```"):
                shown.append(lines[j])
                j += 1
            yield start + 1, command, shown
            i = j
        i += 1


def matches(shown, printed):
    """Whether the printed lines fit the shown ones (`...` wildcards)."""
    if not shown:
        return not printed
    head = shown[0]
    if head.strip() == "...":
        return any(matches(shown[1:], printed[k:]) for k in range(len(printed) + 1))
    if not printed:
        return False
    line = printed[0].rstrip()
    if head.endswith("...") and head.strip() != "...":
        ok = line.startswith(head[:-3].rstrip())
    else:
        ok = line == head.rstrip()
    return ok and matches(shown[1:], printed[1:])


def Updated(shown, printed):
    """The printed lines, cut where the README cut (`...` after N lines)."""
    if shown and shown[-1].strip() == "...":
        keep = len(shown) - 1
        return [l.rstrip() for l in printed[:keep]] + ["..."] if len(printed) > keep else printed
    return [l.rstrip() for l in printed]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--readme", required=True)
    ap.add_argument("--samples", required=True)
    ap.add_argument("--update", action="store_true",
                    help="rewrite the README's shown output with what netra prints (keeping `...` cuts)")
    a = ap.parse_args()
    netra, samples = os.path.abspath(a.netra), os.path.abspath(a.samples)
    work = tempfile.mkdtemp(prefix="netra-readme-")
    try:
        os.makedirs(os.path.join(work, "out"))
        p = subprocess.run([netra, "ingest", "--db", os.path.join(work, "out", "netra.db"), samples],
                           capture_output=True, text=True)
        if p.returncode != 0:
            print("readme_examples: ingesting samples failed:\n" + p.stderr)
            return 1
        failures = 0
        count = 0
        readme_lines = open(a.readme, encoding="utf-8").read().split("\n")
        replacements = []
        for line, command, shown in examples(a.readme):
            count += 1
            p = run(command, netra, work)
            printed = (p.stderr + p.stdout).rstrip("\n").split("\n") if (p.stderr + p.stdout).strip() else []
            if not matches(shown, printed) and a.update:
                replacements.append((line, command, shown, Updated(shown, printed)))
            elif not matches(shown, printed):
                failures += 1
                print("README.md:%d: `%s` printed:\n%s\n--- the README shows:\n%s\n" %
                      (line, command.split("\n")[0], "\n".join(printed), "\n".join(shown)))
        for line, command, shown, new in reversed(replacements):
            first = line - 1 + command.count("\n") + 1  # the first shown line, 0-based
            readme_lines[first:first + len(shown)] = new
        if replacements:
            open(a.readme, "w", encoding="utf-8").write("\n".join(readme_lines))
            print("readme_examples: updated %d examples" % len(replacements))
        print("readme_examples: %d examples, %d differ" % (count, failures))
        return 1 if failures or count == 0 else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
