#!/usr/bin/env python3
"""Generate schema/regions.tsv from the npm package idn-area-data.

The official province and kabupaten/kota lists come from idn-area-data
(data ODbL 1.0, derived from Kemendagri data). Seats (ibu kota) and aliases
are not in the package; they come from tools/gazetteer/curated.tsv, which is
maintained by hand. See tools/gazetteer/README.md.

Python 3 standard library only. Needs `npm` unless --tarball or --data-dir
points at an already unpacked/packed copy of the package.
"""

import argparse
import csv
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "idn-area-data"
DEFAULT_VERSIONS = ("4.0.1", "3.1.2")  # 4.x needs Node 22 to run, not to pack.

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CURATED = os.path.join(HERE, "curated.tsv")
DEFAULT_OUT = os.path.join(REPO, "schema", "regions.tsv")

HEADER = "# code\tkind\tname\tprovince_code\tseat\taliases"
EXPECTED_PROVINCES = 38

# (code, name, alias that must be present or None, seat or None)
SPOT_CHECKS = [
    ("16", "Provinsi Sumatera Selatan", "Sumsel", "Palembang"),
    ("16.73", "Kota Lubuk Linggau", "Lubuklinggau", ""),
    ("16.02", "Kabupaten Ogan Komering Ilir", "OKI", "Kayuagung"),
    ("16.08", "Kabupaten Ogan Komering Ulu Timur", "OKU Timur", "Martapura"),
    ("19.71", "Kota Pangkal Pinang", "Pangkalpinang", ""),
    ("33.71", "Kota Magelang", None, ""),
    ("33.08", "Kabupaten Magelang", None, "Mungkid"),
    ("17.01", "Kabupaten Bengkulu Selatan", None, "Manna"),
    ("33.09", "Kabupaten Boyolali", None, None),
    ("53", "Provinsi Nusa Tenggara Timur", "NTT", "Kupang"),
    ("35.29", "Kabupaten Sumenep", None, None),
    ("14.03", "Kabupaten Bengkalis", None, None),
    ("53.12", "Kabupaten Sumba Barat", None, "Waikabubak"),
    ("32.16", "Kabupaten Bekasi", None, "Cikarang"),
    ("32.75", "Kota Bekasi", None, ""),
    ("32.15", "Kabupaten Karawang", None, None),
    ("32.01", "Kabupaten Bogor", None, "Cibinong"),
    ("35.07", "Kabupaten Malang", None, "Kepanjen"),
]

# Used only when the package has names in capitals (3.x).
WORD_FIXES = {
    "DAN": "dan",
    "KEP.": "Kepulauan",
    "KEP": "Kepulauan",
    "KAB.": "Kabupaten",
    "ADM.": "Administrasi",
    "ADM": "Administrasi",
}
PROVINCE_FIXES = {
    "DKI JAKARTA": "DKI Jakarta",  # as the press and officials write it
    "DAERAH KHUSUS IBUKOTA JAKARTA": "DKI Jakarta",
    "DI YOGYAKARTA": "Daerah Istimewa Yogyakarta",
    "D.I. YOGYAKARTA": "Daerah Istimewa Yogyakarta",
}
KIND_PREFIXES = ("Provinsi ", "Kabupaten ", "Kota ")


def die(msg):
    sys.stderr.write("gen_regions: error: %s\n" % msg)
    sys.exit(1)


def fetch_tarball(versions, workdir):
    """Runs `npm pack` for the first version that works; returns the path."""
    for version in versions:
        spec = "%s@%s" % (PACKAGE, version)
        try:
            out = subprocess.run(
                ["npm", "pack", spec, "--silent", "--pack-destination", workdir],
                cwd=workdir, check=True, capture_output=True, text=True)
        except FileNotFoundError:
            die("npm not found; pass --tarball or --data-dir")
        except subprocess.CalledProcessError as e:
            sys.stderr.write("gen_regions: npm pack %s failed: %s\n"
                             % (spec, e.stderr.strip()))
            continue
        name = out.stdout.strip().splitlines()[-1]
        path = os.path.join(workdir, name)
        if os.path.exists(path):
            return path, version
    die("could not npm pack any of %s" % ", ".join(versions))


def read_from_tarball(path):
    files = {}
    version = None
    with tarfile.open(path, "r:gz") as tar:
        for member in tar.getmembers():
            base = os.path.basename(member.name)
            if member.name == "package/package.json":
                import json
                version = json.load(tar.extractfile(member)).get("version")
            if member.name.startswith("package/data/") and base in (
                    "provinces.csv", "regencies.csv"):
                files[base] = tar.extractfile(member).read().decode("utf-8")
    return files, version


def read_from_dir(path):
    files = {}
    for base in ("provinces.csv", "regencies.csv"):
        with open(os.path.join(path, base), encoding="utf-8") as f:
            files[base] = f.read()
    return files


def smart_case(name):
    """Title-cases an all-capitals official name; leaves mixed case alone."""
    if name.upper() in PROVINCE_FIXES:
        return PROVINCE_FIXES[name.upper()]
    if name != name.upper():
        return name
    if name in PROVINCE_FIXES:
        return PROVINCE_FIXES[name]
    words = []
    for w in name.split():
        if w in WORD_FIXES:
            words.append(WORD_FIXES[w])
        else:
            words.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def bare_name(name):
    """`Kota Administrasi Jakarta Pusat` -> `Jakarta Pusat`."""
    for p in KIND_PREFIXES:
        if name.startswith(p):
            name = name[len(p):]
            break
    if name.startswith("Administrasi "):
        name = name[len("Administrasi "):]
    return name


def squash(s):
    """Case-folds and drops spaces, hyphens and apostrophes."""
    return re.sub(r"[\s\-'’]", "", s.casefold())


def load_curated(path):
    curated = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) < 2 or len(fields) > 3:
                die("%s:%d: want code<TAB>seat<TAB>aliases" % (path, lineno))
            code = fields[0].strip()
            seat = fields[1].strip()
            aliases = []
            if len(fields) == 3 and fields[2].strip():
                aliases = [a.strip() for a in fields[2].split("|")]
            if code in curated:
                die("%s:%d: duplicate code %s" % (path, lineno, code))
            if any(not a for a in aliases):
                die("%s:%d: empty alias" % (path, lineno))
            curated[code] = (seat, aliases, lineno)
    return curated


def build_rows(files, curated, curated_path):
    rows = []
    provinces = list(csv.DictReader(io.StringIO(files["provinces.csv"])))
    regencies = list(csv.DictReader(io.StringIO(files["regencies.csv"])))
    province_codes = set()
    for p in provinces:
        code = p["code"].strip()
        name = "Provinsi " + smart_case(p["name"].strip())
        province_codes.add(code)
        rows.append([code, "provinsi", name, code])
    for r in regencies:
        code = r["code"].strip()
        prov = r["province_code"].strip()
        name = smart_case(r["name"].strip())
        if prov not in province_codes:
            die("regency %s has unknown province %s" % (code, prov))
        if not code.startswith(prov + "."):
            die("regency %s does not start with its province code" % code)
        if name.startswith("Kabupaten "):
            kind = "kabupaten"
        elif name.startswith("Kota "):
            kind = "kota"
        else:
            die("regency %s: cannot tell kind from name %r" % (code, name))
        # Kemendagri numbers kota from 71 up.
        if (int(code.split(".")[1]) >= 71) != (kind == "kota"):
            sys.stderr.write("gen_regions: warning: %s %s: kind and code "
                             "number disagree\n" % (code, name))
        rows.append([code, kind, name, prov])

    by_code = {}
    for row in rows:
        if row[0] in by_code:
            die("duplicate code %s" % row[0])
        by_code[row[0]] = row

    for code, (_, _, lineno) in curated.items():
        if code not in by_code:
            die("%s:%d: code %s is not in the package" %
                (curated_path, lineno, code))

    for row in rows:
        seat, aliases, lineno = curated.get(row[0], ("", [], 0))
        where = "%s:%d" % (curated_path, lineno)
        if row[1] == "kota" and seat:
            die("%s: kota %s gets no seat" % (where, row[0]))
        bare = bare_name(row[2]).casefold()
        # An alias that merely repeats the package's own spelling (which
        # differs between package versions) is dropped, not an error.
        dropped = [a for a in aliases if a.casefold() == bare]
        for a in dropped:
            sys.stderr.write("gen_regions: note: %s: alias %r equals the "
                             "name in this package version; dropped\n"
                             % (where, a))
        aliases = [a for a in aliases if a.casefold() != bare]
        seen = set()
        for a in aliases:
            key = a.casefold()
            # The seat is allowed as an alias only when it is also a
            # spelling of the region's own name (`Tolitoli` for Toli-Toli).
            if (seat and key == seat.casefold()
                    and squash(a) != squash(bare)):
                die("%s: alias %r is the seat" % (where, a))
            if a.startswith(KIND_PREFIXES):
                die("%s: alias %r carries a kind word" % (where, a))
            if key in seen:
                die("%s: alias %r given twice" % (where, a))
            seen.add(key)
        for field in [seat] + aliases:
            if "\t" in field or "|" in field:
                die("%s: tab or '|' inside a field" % where)
        row.extend([seat, "|".join(aliases)])

    rows.sort(key=lambda r: [int(x) for x in r[0].split(".")])
    return rows


def check(rows):
    by_code = {r[0]: r for r in rows}
    provinces = sum(1 for r in rows if r[1] == "provinsi")
    if provinces != EXPECTED_PROVINCES:
        die("expected %d provinces, found %d" % (EXPECTED_PROVINCES, provinces))
    for code, name, alias, seat in SPOT_CHECKS:
        r = by_code.get(code)
        if r is None:
            die("spot check: %s missing" % code)
        if r[2] != name:
            die("spot check: %s is %r, want %r" % (code, r[2], name))
        if alias is not None and alias not in r[5].split("|"):
            die("spot check: %s lacks alias %r" % (code, alias))
        if seat is not None and r[4] != seat:
            die("spot check: %s seat %r, want %r" % (code, r[4], seat))

    # Aliases shared by several rows are allowed (resolved from context) but
    # reported, so that new ones are noticed.
    owners = {}
    for r in rows:
        keys = [bare_name(r[2])] + ([a for a in r[5].split("|")] if r[5] else [])
        for k in keys:
            owners.setdefault(k.casefold(), []).append(r[0])
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    return shared


def render(rows):
    out = [HEADER]
    out.extend("\t".join(r) for r in rows)
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="append",
                    help="package version to npm pack (repeatable; default "
                         "%s, falling back in that order)" %
                         ", ".join(DEFAULT_VERSIONS))
    ap.add_argument("--tarball", help="use this idn-area-data-*.tgz, no npm")
    ap.add_argument("--data-dir", help="use provinces.csv/regencies.csv from "
                                       "this directory, no npm")
    ap.add_argument("--curated", default=DEFAULT_CURATED)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if --out differs")
    ap.add_argument("--show-shared", action="store_true",
                    help="list names/aliases shared by several rows")
    args = ap.parse_args()

    source = None
    if args.data_dir:
        files = read_from_dir(args.data_dir)
        source = args.data_dir
    elif args.tarball:
        files, version = read_from_tarball(args.tarball)
        source = "%s@%s" % (PACKAGE, version)
    else:
        with tempfile.TemporaryDirectory(prefix="idn-area-") as tmp:
            path, version = fetch_tarball(args.version or DEFAULT_VERSIONS, tmp)
            files, _ = read_from_tarball(path)
        source = "%s@%s" % (PACKAGE, version)
    for base in ("provinces.csv", "regencies.csv"):
        if base not in files:
            die("%s not found in %s" % (base, source))

    curated = load_curated(args.curated)
    rows = build_rows(files, curated, os.path.relpath(args.curated, REPO))
    shared = check(rows)
    text = render(rows)

    if args.check:
        try:
            with open(args.out, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            print("%s is out of date (source %s)" % (args.out, source))
            sys.exit(1)
    else:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    count = lambda kind: sum(1 for r in rows if r[1] == kind)
    kab = [r for r in rows if r[1] == "kabupaten"]
    print("source:      %s" % source)
    print("provinsi:    %d" % count("provinsi"))
    print("kabupaten:   %d" % count("kabupaten"))
    print("kota:        %d" % count("kota"))
    print("rows:        %d" % len(rows))
    print("seats:       %d/%d provinsi, %d/%d kabupaten" % (
        sum(1 for r in rows if r[1] == "provinsi" and r[4]), count("provinsi"),
        sum(1 for r in kab if r[4]), len(kab)))
    print("aliases:     %d on %d rows" % (
        sum(len(r[5].split("|")) for r in rows if r[5]),
        sum(1 for r in rows if r[5])))
    print("shared keys: %d (names/aliases on more than one row)" % len(shared))
    if args.show_shared:
        for k in sorted(shared):
            print("  %s: %s" % (k, ", ".join(shared[k])))
    if not args.check:
        print("wrote:       %s" % os.path.relpath(args.out))


if __name__ == "__main__":
    main()
