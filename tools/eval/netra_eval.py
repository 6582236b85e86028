#!/usr/bin/env python3
"""netra_eval: how well netra extracts the facts of articles you annotated.

  tools/eval/netra_eval.py --netra build/netra --gold GOLD_DIR CORPUS... [-v] [--json]
                           [--mean F] [--line F]

CORPUS is what `netra ingest` reads (.txt files, .jsonl files, folders).
It is ingested into a fresh temporary store; the canned queries regions,
officials, statutes, events and regions-citing-laws are asked with
`--format json`, and every row is compared, document by document, with
GOLD_DIR/*.json (one file per document id). Only documents that have a gold
file are scored. For each fact line the tool prints precision, recall, F1
and the true/false positives and false negatives; -v lists what was missed
and what was extra. The last line is the mean F1 of the five headline lines
and the number of boilerplate traps hit.

With --mean and/or --line the run is a check: it exits 1 when the mean F1 is
under --mean, a headline line's F1 under --line, a trap was hit or a query
failed (ctest runs it so). docs/eval.md describes the gold format and how
each line is matched. Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE / "lexicon.json"

# The canned queries read, in the order they are asked.
QUERIES = ("regions", "officials", "statutes", "events", "regions-citing-laws")

# Every fact line, in the order printed, and the five whose F1 are averaged.
LINES = ("regions", "officials", "officials+role", "officials+role+region", "statutes",
         "statute articles", "regions-citing-laws", "events", "events+leader")
HEADLINE = ("regions-citing-laws", "officials+role+region", "statutes", "events", "regions")


# ---------------------------------------------------------------------------
# Text

_DROPPED_CHARS = re.compile(r"[^\w\s/.-]")


def fold(text):
    """Compatibility-normalised lower case; every character other than a word
    character, space, slash, dot or hyphen becomes a space; spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(_DROPPED_CHARS.sub(" ", text).split())


# ---------------------------------------------------------------------------
# Regions: compared by base name and kind.

_KIND_WORDS = (("kabupaten ", "kabupaten"), ("kab ", "kabupaten"), ("kota ", "kota"),
               ("provinsi ", "provinsi"), ("prov ", "provinsi"))


def region_key(region):
    """(kind or None, base name without spaces) for a region written as a
    string ("Kab. Boyolali") or as an object {"name", "kind"}; None for null.
    A leading Kabupaten/Kab/Kota/Provinsi/Prov is the kind unless the object
    states one."""
    if region is None:
        return None
    if isinstance(region, dict):
        name = region.get("name") or ""
        kind = (region.get("kind") or "").lower() or None
    else:
        name, kind = str(region), None
    text = " ".join(fold(name).replace(".", " ").split())
    for word, implied in _KIND_WORDS:
        if text.startswith(word):
            text = text[len(word):]
            kind = kind or implied
            break
    return (kind, text.replace(" ", ""))  # "Pangkal Pinang" is "Pangkalpinang"


def same_region(a, b):
    """Same base name, and the same kind unless one side has none. Two nulls
    are the same region; a null and a region are not."""
    if a is None or b is None:
        return a is None and b is None
    return a[1] == b[1] and (a[0] is None or b[0] is None or a[0] == b[0])


def region_name(region):
    """The name of a region given as an object or as a string."""
    return region.get("name") if isinstance(region, dict) else region


# ---------------------------------------------------------------------------
# Statutes: compared by type, number and year.

_STATUTE_TYPES = [(re.compile(pattern), name) for pattern, name in (
    # Checked in this order, on the folded type (or label): the first hit wins.
    (r"peraturan pemerintah pengganti|perppu", "PERPPU"),
    (r"undang[- ]undang|^uu\b", "UU"),
    (r"peraturan pemerintah|^pp\b", "PP"),
    (r"peraturan presiden|perpres", "PERPRES"),
    (r"peraturan menteri|permen", "PERMEN"),
    (r"peraturan badan pengawas|perbawaslu", "PERBAWASLU"),
    (r"peraturan komisi pemilihan|pkpu", "PKPU"),
    (r"surat keputusan bersama|skb", "SKB"),
    (r"surat edaran|^se\b", "SE"),
    (r"peraturan daerah|perda", "PERDA"),
    (r"peraturan (bupati|gubernur|wali ?kota|kepala daerah)|perbup|pergub|perwali|perkada", "PERKADA"),
    (r"instruksi presiden|inpres", "INPRES"),
    (r"keputusan|kepgub|kepbup|keppres|^sk$", "KEPUTUSAN"),
    (r"^other$", "OTHER"),
)]

# "UU 20/2023", "SE 440/5184/SE/2024", "Perda 3/?": type, number, year.
_SHORT_CITATION = re.compile(r"\s*([A-Za-z]+)\s+(.+)/(\d{4}|\?)\s*$")
# "... Nomor 20 Tahun 2023" inside a label, when number or year is missing.
_LABEL_NUMBER_YEAR = re.compile(r"(?:nomor|no\.?)\s*([\w/.-]+)\s+tahun\s+(\d{4})")


def statute_type(text):
    folded = fold(text)
    for pattern, name in _STATUTE_TYPES:
        if pattern.search(folded):
            return name
    return None


def statute_number(number):
    """A number compared without spaces, case or leading zeros; "?" if none."""
    text = re.sub(r"\s+", "", str("?" if number is None else number)).lower()
    return text.lstrip("0") or text


def statute_year(year):
    if year in (None, "", "?"):
        return None
    try:
        return int(year)
    except (TypeError, ValueError):
        return None


def statute_key(statute):
    """(TYPE, number, year or None) for a statute written "UU 20/2023" or as an
    object {"type"/"label", "number", "year"}; None when it can't be read or
    has neither number nor year."""
    if isinstance(statute, str):
        m = _SHORT_CITATION.match(statute)
        if not m:
            return None
        written_type, number, year = m.groups()
        return (statute_type(written_type) or written_type.upper(), statute_number(number),
                None if year == "?" else int(year))
    if not isinstance(statute, dict):
        return None
    written_type = statute.get("type") or statute.get("label") or ""
    kind = statute_type(written_type) or str(written_type).upper()
    number, year = statute.get("number"), statute.get("year")
    if number is None or year is None:
        m = _LABEL_NUMBER_YEAR.search(fold(statute.get("label")))
        if m:
            number = number or m.group(1)
            year = year or m.group(2)
    year = statute_year(year)
    if number in (None, "", "?") and year is None:
        return None
    return (kind, statute_number(number), year)


def same_statute(a, b):
    """Same number; same type unless either is OTHER; same year unless either
    has none. An unreadable statute matches nothing."""
    if a is None or b is None:
        return False
    return ((a[0] == b[0] or "OTHER" in (a[0], b[0])) and a[1] == b[1]
            and (a[2] is None or b[2] is None or a[2] == b[2]))


def show_statute(key):
    if key is None:
        return "(unreadable statute)"
    return "%s %s/%s" % (key[0], key[1], "?" if key[2] is None else key[2])


def article_key(article):
    """ "Pasal 9 ayat (2)" and "pasal 9 ayat 2" are one article."""
    return fold(str(article)) if article else None


# ---------------------------------------------------------------------------
# People and offices: these need the word lists of lexicon.json.

# Words that change what an office is: Pj Bupati is not Bupati, Wakil Wali
# Kota is not Wali Kota.
ROLE_MODIFIERS = frozenset({"pj", "pjs", "plt", "wakil"})
# Words an office may carry or leave out without being another office.
ROLE_FILLER = frozenset({"dan", "selaku", "sebagai", "kabupaten", "kab", "kota", "provinsi", "prov",
                         "setda"})


class Lexicon:
    """Honorifics, degrees and office abbreviations, read from lexicon.json."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        self.honorifics = frozenset(data["honorifics"])
        self.degrees = frozenset(data["degrees"])
        self.abbreviations = dict(data["office_abbreviations"])
        # Short forms are replaced wherever they stand as a word, after the
        # other normalisations (so "(Sekda)" is caught as well).
        self.short_forms = [(re.compile(r"\b%s\b" % re.escape(short)), long)
                            for short, long in data["office_short_forms"].items()]
        self.election_kinds = frozenset(data["election_kinds"])

    # -- names --------------------------------------------------------------

    def name_words(self, name):
        """The words of a person's name, without the honorifics around it and
        without the degrees (everything after the first comma is dropped too:
        "Sri Wahyuni, S.Pd., M.Si")."""
        words = []
        for word in fold(str(name or "").split(",", 1)[0]).split():
            word = word.strip(".")
            if word and word not in self.honorifics and word.replace(".", "") not in self.degrees:
                words.append(word)
        return words

    def same_person(self, name, gold):
        """A name matches a gold person when its words are those of the gold
        name or of one alias, or contain them all plus only words of one or
        two letters (initials)."""
        found = self.name_words(name)
        for written in [gold.get("name")] + list(gold.get("aliases") or []):
            expected = self.name_words(written)
            if not expected:
                continue
            if found == expected:
                return True
            if all(w in found for w in expected) and all(len(w) <= 2 for w in found if w not in expected):
                return True
        return False

    def same_leader(self, found, expected):
        """Events' led_by: both empty, or both given and the same person."""
        if not found and not expected:
            return True
        if not found or not expected:
            return False
        return self.same_person(person_name(found), {"name": person_name(expected)})

    # -- offices ------------------------------------------------------------

    def office_text(self, role, region):
        """An office in one spelling: abbreviations spelled out, Penjabat and
        Pejabat as Pj (Pejabat Sementara as Pjs), Walikota as Wali Kota, and
        the office's own region name cut off its end."""
        text = fold(role)
        text = re.sub(r"\bsub (bagian|bidang|direktorat)\b", r"sub\1", text)
        text = " ".join(self.abbreviations.get(w, w) for w in text.split())
        text = re.sub(r"\((pj|pjs|plt)\)", r"\1", text)
        text = re.sub(r"\b(penjabat|pejabat)\s+(pj|pjs|plt)\b", r"\2", text)
        text = re.sub(r"\b(penjabat|pejabat)( sementara)?\b",
                      lambda m: "pjs" if m.group(2) else "pj", text)
        text = text.replace("pj.", "pj").replace("plt.", "plt").replace("walikota", "wali kota")
        for pattern, long in self.short_forms:
            text = pattern.sub(long, text)
        if region:
            # "pj wali kota lubuk linggau" -> "pj wali kota"; the words are
            # joined without spaces to compare with the region's base name.
            base = region_key(region)[1]
            words = text.split()
            for cut in range(1, len(words)):
                if "".join(words[cut:]) == base:
                    words = words[:cut]
                    if len(words) > 1 and words[-1] in ("kabupaten", "kab", "provinsi"):
                        words.pop()
                    text = " ".join(words)
                    break
        return " ".join(text.split())

    def office_words(self, role, region):
        words = self.office_text(role, region).replace("(", " ").replace(")", " ").split()
        return set(words) - ROLE_FILLER

    def same_role(self, role, region, gold_role, gold_region):
        """Two offices are one when they carry the same modifiers and the
        words of one (beyond the modifiers, and not empty) are all in the
        other, leaving out filler words and either side's region name."""
        found = self.office_words(role, region)
        expected = self.office_words(gold_role, gold_region)
        for r in (region, gold_region):
            if r:
                base = region_key(r)[1]
                found.discard(base)
                expected.discard(base)
        if found & ROLE_MODIFIERS != expected & ROLE_MODIFIERS:
            return False
        fewer, more = (found, expected) if len(found) <= len(expected) else (expected, found)
        return bool(fewer - ROLE_MODIFIERS) and fewer <= more


def person_name(person):
    return person.get("name", "") if isinstance(person, dict) else str(person)


# ---------------------------------------------------------------------------
# Counting

class FactLine:
    """True and false positives and false negatives of one fact line, with
    what was missed and what was extra (document id, description)."""

    def __init__(self, name):
        self.name = name
        self.tp = self.fp = self.fn = 0
        self.misses = []
        self.extras = []

    def compare(self, doc, found, expected, same, show):
        """Pairs each found item, in order, with the first expected item not
        yet paired that it matches; found items left over are extras, expected
        ones misses."""
        paired = [False] * len(expected)
        for item in found:
            for i, want in enumerate(expected):
                if not paired[i] and same(item, want):
                    paired[i] = True
                    self.tp += 1
                    break
            else:
                self.fp += 1
                self.extras.append((doc, show(item)))
        for i, want in enumerate(expected):
            if not paired[i]:
                self.fn += 1
                self.misses.append((doc, show(want)))

    def figures(self):
        """Precision, recall and F1. Nothing found and nothing expected is a
        perfect score; nothing found when something was expected scores 0."""
        if self.tp + self.fp:
            precision = self.tp / (self.tp + self.fp)
        else:
            precision = 0.0 if self.fn else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def documents_of(row):
    """The ids of the documents a query row cites."""
    docs = row.get("documents")
    if docs is None and row.get("document"):
        docs = [row["document"]]
    return [str(d) for d in docs or []]


def distinct(items):
    """Items in order, once each, without None."""
    out = []
    for item in items:
        if item is not None and item not in out:
            out.append(item)
    return out


def show_region(region):
    if isinstance(region, dict):
        return "%s (%s)" % (region.get("name"), region.get("kind") or "?")
    return str(region)


def show_official(o):
    return "%s | %s | %s" % (o.get("name"), o.get("role"), region_name(o.get("region")))


def show_event(e):
    return "%s %s in %s, led by %s%s" % (
        e.get("kind"), e.get("date"), region_name(e.get("region")), person_name(e.get("led_by") or "-"),
        " (%s)" % e["name"] if e.get("name") else "")


class Scorer:
    def __init__(self, lexicon):
        self.lex = lexicon
        self.lines = {name: FactLine(name) for name in LINES}
        self.traps = 0
        self.trap_hits = []

    def score_document(self, doc, gold, rows):
        """Adds one document's comparison to every line. `rows` maps each
        query name to the rows that cite this document."""
        lex, lines = self.lex, self.lines

        # Regions. Passing mentions the gold allows are dropped unless the gold
        # also lists them; a region found twice counts once.
        expected = [(region_key(r), r) for r in gold.get("regions") or []]
        allowed = [region_key(r) for r in gold.get("regions_allowed") or []]
        found = []
        for row in rows.get("regions", []):
            key = region_key(row)
            if (any(same_region(key, a) for a in allowed)
                    and not any(same_region(key, e) for e, _ in expected)):
                continue
            if any(same_region(key, f) for f, _ in found):
                continue
            found.append((key, row))
        lines["regions"].compare(doc, found, expected, lambda f, e: same_region(f[0], e[0]),
                                 lambda item: show_region(item[1]))
        for trap in (gold.get("traps") or {}).get("regions") or []:
            if any(same_region(region_key(trap), f) for f, _ in found):
                self.traps += 1
                self.trap_hits.append((doc, show_region(trap)))

        # Officials: by name; then also by role; then also by the office's region.
        officials = rows.get("officials", [])
        gold_officials = gold.get("officials") or []

        def by_name(o, g):
            return lex.same_person(o.get("name", ""), g)

        def by_role(o, g):
            return by_name(o, g) and lex.same_role(o.get("role", ""), region_name(o.get("region")),
                                                   g.get("role"), g.get("region"))

        def by_region(o, g):
            return by_role(o, g) and same_region(region_key(o.get("region")), region_key(g.get("region")))

        for name, same in (("officials", by_name), ("officials+role", by_role),
                           ("officials+role+region", by_region)):
            lines[name].compare(doc, officials, gold_officials, same, show_official)

        # Statutes, each counted once; articles as (statute, article) pairs.
        statutes = rows.get("statutes", [])
        gold_statutes = list(gold.get("statutes") or [])
        lines["statutes"].compare(doc, distinct(statute_key(s) for s in statutes),
                                  [statute_key(s) for s in gold_statutes], same_statute, show_statute)
        found_articles = distinct((statute_key(s), article_key(a))
                                  for s in statutes for a in s.get("articles") or [])
        gold_articles = [(statute_key(s), article_key(s["article"]))
                         for s in gold_statutes if s.get("article")]
        lines["statute articles"].compare(
            doc, found_articles, gold_articles,
            lambda f, e: same_statute(f[0], e[0]) and f[1] == e[1],
            lambda item: "%s %s" % (show_statute(item[0]), item[1]))

        # Which region cites which statute; a pair found twice counts once.
        found_cites = []
        for row in rows.get("regions-citing-laws", []):
            pair = (region_key(row.get("region")), statute_key(row.get("statute") or {}), row.get("region"))
            if not any(same_region(pair[0], f[0]) and same_statute(pair[1], f[1]) for f in found_cites):
                found_cites.append(pair)
        gold_cites = [(region_key(c.get("region")), statute_key(c.get("statute")), c.get("region"))
                      for c in gold.get("region_cites_statute") or []]
        lines["regions-citing-laws"].compare(
            doc, found_cites, gold_cites,
            lambda f, e: same_region(f[0], e[0]) and same_statute(f[1], e[1]),
            lambda item: "%s cites %s" % (show_region(item[2]), show_statute(item[1])))

        # Events (elections are not scored here): kind, date and region; then
        # also the leader.
        def not_election(e):
            return fold(e.get("kind", "")) not in lex.election_kinds

        events = [e for e in rows.get("events", []) if not_election(e)]
        gold_events = [e for e in gold.get("events") or [] if not_election(e)]

        def same_event(e, g):
            return (fold(e.get("kind", "")) == fold(g.get("kind"))
                    and (e.get("date") or None) == g.get("date")
                    and same_region(region_key(e.get("region")), region_key(g.get("region"))))

        lines["events"].compare(doc, events, gold_events, same_event, show_event)
        lines["events+leader"].compare(
            doc, events, gold_events,
            lambda e, g: same_event(e, g) and lex.same_leader(e.get("led_by"), g.get("led_by")),
            show_event)


# ---------------------------------------------------------------------------
# Running netra

def find_netra(given):
    if given:
        return given
    for candidate in (Path("build/netra"), HERE.parent.parent / "build" / "netra"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("netra")


def run_netra(command):
    p = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.stderr.write("netra_eval: `%s` exited %d\n%s" % (" ".join(command), p.returncode, p.stderr[-2000:]))
    return p


def ask(netra, db, name):
    """The rows of one canned query, or None when it failed."""
    p = run_netra([netra, "query", "--db", db, name, "--format", "json"])
    if p.returncode != 0:
        return None
    try:
        data = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        sys.stderr.write("netra_eval: query %s did not print JSON (%s)\n" % (name, e))
        return None
    if isinstance(data, dict):  # {"results": [...]} is read as well
        data = data.get("results", data.get("rows", []))
    return data


def load_gold(folder):
    """{document id: gold object} from every *.json file in the folder, read
    in name order. A file without "id" is the document named like the file."""
    golds = {}
    for path in sorted(Path(folder).iterdir()):
        if path.suffix != ".json" or not path.is_file():
            continue
        try:
            with open(path, encoding="utf-8") as f:
                gold = json.load(f)
        except (OSError, ValueError) as e:
            sys.exit("netra_eval: %s: %s" % (path, e))
        if not isinstance(gold, dict):
            sys.exit("netra_eval: %s: not a JSON object" % path)
        doc = str(gold.get("id") or path.stem)
        if doc in golds:
            sys.stderr.write("netra_eval: %s: a second gold file for %s; this one is used\n" % (path, doc))
        golds[doc] = gold
    return golds


# ---------------------------------------------------------------------------
# Report

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="+", metavar="CORPUS", help="articles to ingest (files or folders)")
    ap.add_argument("--gold", required=True, metavar="DIR", help="folder of gold JSON files, one per document id")
    ap.add_argument("--netra", help="the netra binary (default: build/netra, else netra on PATH)")
    ap.add_argument("--db", metavar="DIR", help="ingest into this store instead of a temporary one (kept)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and every extra")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--mean", type=float, metavar="F", help="fail (exit 1) when the headline mean F1 is below F")
    ap.add_argument("--line", type=float, metavar="F", help="fail (exit 1) when a headline line's F1 is below F")
    a = ap.parse_args()

    netra = find_netra(a.netra)
    if not netra:
        sys.exit("netra_eval: no netra binary found (give --netra)")
    if not Path(a.gold).is_dir():
        sys.exit("netra_eval: no gold folder %s" % a.gold)
    golds = load_gold(a.gold)
    if not golds:
        sys.exit("netra_eval: no gold files (*.json) in %s" % a.gold)
    lexicon = Lexicon(LEXICON)

    with tempfile.TemporaryDirectory(prefix="netra-eval-") as tmp:
        db = a.db or os.path.join(tmp, "db")
        if run_netra([netra, "ingest", "--db", db] + a.corpus).returncode != 0:
            print("netra_eval: ingest failed")
            return 1
        answers = {name: ask(netra, db, name) for name in QUERIES}
    failed = [name for name, rows in answers.items() if rows is None]

    # Rows by document, then by query.
    by_doc = {}
    for name, rows in answers.items():
        for row in rows or []:
            for doc in documents_of(row):
                by_doc.setdefault(doc, {}).setdefault(name, []).append(row)
    scorer = Scorer(lexicon)
    for doc, gold in golds.items():
        scorer.score_document(doc, gold, by_doc.get(doc, {}))
    silent = [doc for doc in golds if doc not in by_doc]
    if silent:
        sys.stderr.write("netra_eval: no row names %d gold document(s): %s (are they in the corpus, "
                         "with these ids?)\n" % (len(silent), ", ".join(silent[:10]) + (" ..." if len(silent) > 10 else "")))

    figures = {}
    for name, line in scorer.lines.items():
        p, r, f = line.figures()
        figures[name] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                         "tp": line.tp, "fp": line.fp, "fn": line.fn}
    # The mean is taken over the F1 figures as reported (three decimals).
    mean = round(sum(figures[h]["f1"] for h in HEADLINE) / len(HEADLINE), 3)

    problems = []
    checking = a.mean is not None or a.line is not None
    if checking:
        if a.mean is not None and mean < a.mean:
            problems.append("mean F1 %.3f is below %.2f" % (mean, a.mean))
        if a.line is not None:
            problems += ["%s F1 %.3f is below %.2f" % (h, figures[h]["f1"], a.line)
                         for h in HEADLINE if figures[h]["f1"] < a.line]
        if scorer.traps:
            problems.append("%d boilerplate trap(s) hit" % scorer.traps)
    if failed:
        problems.append("queries failed: %s" % ", ".join(failed))

    if a.json:
        out = {"figures": figures, "mean_f1": mean, "traps": scorer.traps, "failed": failed,
               "documents": len(golds)}
        if a.verbose:
            out["misses"] = {n: [list(m) for m in l.misses] for n, l in scorer.lines.items()}
            out["extras"] = {n: [list(x) for x in l.extras] for n, l in scorer.lines.items()}
            out["trap_hits"] = [list(t) for t in scorer.trap_hits]
        if checking:
            out["floors"] = {"mean": a.mean, "line": a.line, "ok": not problems, "problems": problems}
        print(json.dumps(out, ensure_ascii=False))
        return 1 if problems else 0

    print("%d gold documents in %s" % (len(golds), a.gold))
    print("%-22s %6s %6s %6s %5s %5s %5s" % ("line", "P", "R", "F1", "tp", "fp", "fn"))
    for name, line in scorer.lines.items():
        f = figures[name]
        print("%-22s %6.3f %6.3f %6.3f %5d %5d %5d" % (name, f["p"], f["r"], f["f1"], f["tp"], f["fp"], f["fn"]))
        if a.verbose:
            for doc, what in line.misses:
                print("    miss   %-28s %s" % (doc, what))
            for doc, what in line.extras:
                print("    extra  %-28s %s" % (doc, what))
    print("boilerplate traps hit: %d" % scorer.traps)
    if a.verbose:
        for doc, what in scorer.trap_hits:
            print("    trap   %-28s %s" % (doc, what))
    if checking:
        print("floors: mean %s, each headline line %s -> %s" % (
            "-" if a.mean is None else "%.2f" % a.mean, "-" if a.line is None else "%.2f" % a.line,
            "ok" if not problems else "FAILED: " + "; ".join(problems)))
    elif failed:
        print("queries failed: %s" % ", ".join(failed))
    print("mean F1 %.3f | %s | traps %d" % (
        mean, " ".join("%s=%.2f" % (h, figures[h]["f1"]) for h in HEADLINE), scorer.traps))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
