#!/usr/bin/env python3
"""Scores netra's facts on a generated corpus against its ground truth.

  netra extract --format jsonl corpus.jsonl > facts.jsonl
  score_generated.py --facts facts.jsonl --truth truth.jsonl [--json]

Per line of the truth (regions, officials, statutes, region_cites_statute,
events): micro precision / recall / F1 over (document, item) pairs. Items:
region codes mentioned; officials as (name, region) (role words vary:
"Sekda" is stored as "Sekretaris Daerah ..."); statute ids; (region code,
statute id) where something of that region (a person holding a position
there, an event held there, an organisation located there) cites the law;
events as (date, region). A document id seen twice (updated version): the
later one counts, in the facts and in the truth alike. Streams the facts
one document at a time.
"""
import argparse
import json
import sys

LINES = ["regions", "officials", "statutes", "region_cites_statute", "events"]


def items_of(facts):
    out = {k: set() for k in LINES}
    region_of, label, pos_region, holds = {}, {}, {}, {}
    cites = []
    for f in facts:
        s, p, o = f["subject"], f["predicate"], f["object"]
        if p == "mentions" and isinstance(o, str) and o.startswith("Region:"):
            out["regions"].add(o[7:])
        if isinstance(o, str) and o.startswith("Statute:") and p in ("mentions", "cites"):
            out["statutes"].add(o[8:])
        if p == "label":
            label[s] = o
        if p == "position_in":
            pos_region[s] = o[7:]
        if p == "holds_position":
            holds.setdefault(s, []).append(o)
        if p in ("held_in", "located_in") and o.startswith("Region:"):
            region_of[s] = o[7:]
        if p == "held_on" and s.startswith("Event:"):
            region_of.setdefault(s + "#date", o)
        if p == "cites" and o.startswith("Statute:"):
            cites.append((s, o[8:]))
    for person, positions in holds.items():
        for pos in positions:
            if pos in pos_region:
                out["officials"].add((label.get(person, person), pos_region[pos]))
                region_of.setdefault(person, pos_region[pos])
    for s, statute in cites:
        if s in region_of:
            out["region_cites_statute"].add((region_of[s], statute))
    for k, v in list(region_of.items()):
        if k.startswith("Event:") and not k.endswith("#date") and k + "#date" in region_of:
            out["events"].add((region_of[k + "#date"], v))
    return out


def truth_items(t):
    return {
        "regions": set(t["regions"]),
        "officials": {(o["name"], o["region"]) for o in t["officials"]},
        "statutes": set(t["statutes"]),
        "region_cites_statute": {tuple(x) for x in t["region_cites_statute"]},
        "events": {(e["date"], e["region"]) for e in t["events"]},
    }


def read_fact_groups(path):
    """Yields (document, [facts]) per contiguous group (header line or fact lines)."""
    cur, facts = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "predicate" not in d:  # header: a new document version
                if cur is not None:
                    yield cur, facts
                cur, facts = d["document"], []
                continue
            if d["document"] != cur:
                if cur is not None:
                    yield cur, facts
                cur, facts = d["document"], []
            facts.append(d)
    if cur is not None:
        yield cur, facts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    truth = {}
    with open(a.truth, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            truth[t["id"]] = truth_items(t)
    got = {}
    for doc, facts in read_fact_groups(a.facts):
        got[doc] = items_of(facts)
    res = {}
    for k in LINES:
        tp = fp = fn = 0
        for doc, t in truth.items():
            g = got.get(doc, {}).get(k, set())
            tp += len(g & t[k])
            fp += len(g - t[k])
            fn += len(t[k] - g)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        res[k] = {"precision": round(p, 4), "recall": round(r, 4),
                  "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}
    missing = sum(1 for d in truth if d not in got)
    if a.json:
        print(json.dumps({"documents": len(truth), "documents_without_facts": missing, "figures": res}))
    else:
        print("%-22s %9s %9s %7s" % ("line", "precision", "recall", "f1"))
        for k in LINES:
            print("%-22s %9.3f %9.3f %7.3f" % (k, res[k]["precision"], res[k]["recall"], res[k]["f1"]))
        print("documents %d, without facts %d" % (len(truth), missing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
