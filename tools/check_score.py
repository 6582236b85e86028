#!/usr/bin/env python3
"""Runs the extraction scorer (../shared/eval/score.py) on a corpus and fails
when the mean F1 or any headline line falls below the given floors, or when
a boilerplate trap is hit. ctest uses it on the seeds, the real-dev articles
and the team's samples, so an extractor change that loses ground fails CI.

  check_score.py --netra build/netra --corpus samples --gold tests/gold/samples \
      --mean 0.90 --line 0.70
"""
import argparse
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--netra", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--mean", type=float, required=True, help="floor for the mean F1 of the headline lines")
    ap.add_argument("--line", type=float, required=True, help="floor for every headline line")
    a = ap.parse_args()
    if not os.path.exists(a.scorer):
        print("check_score: scorer not found at %s (shared/eval must sit beside the repository)" % a.scorer)
        return 1
    p = subprocess.run([sys.executable, a.scorer, "--netra", a.netra, "--corpus", a.corpus, "--gold", a.gold,
                        "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sys.stdout.write(p.stdout)
    sys.stderr.write(p.stderr)
    figures = None
    for line in p.stdout.splitlines():
        if line.startswith("{"):
            figures = json.loads(line)
    if p.returncode != 0 or figures is None:
        print("check_score: the scorer failed")
        return 1
    head = ["regions-citing-laws", "officials+role+region", "statutes", "events", "regions"]
    bad = [h for h in head if figures["figures"][h]["f1"] < a.line]
    ok = figures["mean_f1"] >= a.mean and not bad and figures["traps"] == 0 and not figures["failed"]
    print("check_score: mean %.3f (floor %.2f), lines below %.2f: %s, traps %d -> %s" % (
        figures["mean_f1"], a.mean, a.line, ", ".join(bad) or "none", figures["traps"], "ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
