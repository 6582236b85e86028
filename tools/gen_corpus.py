#!/usr/bin/env python3
"""Generates a synthetic corpus of Indonesian civic news in the style of the
seeds and samples, with the facts each article states (ground truth).

  gen_corpus.py --n 10000 --seed 7 --out corpus.jsonl --truth truth.jsonl [--txt-dir DIR]

Deterministic: the same --n and --seed give byte-identical files. Streams
(memory does not grow with --n). Varied on purpose: every province and
kabupaten/kota of schema/regions.tsv, officials with honorifics and degrees,
every date form, every statute citation form, BACA JUGA lines naming other
regions (traps: not facts of the article), footers, typos and spacing quirks,
short and long articles, near-duplicates (new id, nearly the same text) and
updated versions (same id, changed text: the later line wins, as in ingest).

Ground truth per article (one JSON line, same order as the corpus):
  {"id", "regions": [codes], "officials": [{"name","role","region"}],
   "statutes": ["UU/20/2023", ...], "region_cites_statute": [[code, statute]],
   "events": [{"kind","date","region"}]}
For an updated version, the later truth line replaces the earlier one.
"""
import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "schema")

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
FIRST = ["Ahmad", "Budi", "Rina", "Siti", "Hendra", "Dewi", "Agus", "Yuni", "Rudi", "Fitri", "Joko", "Ratna",
         "Zulkarnain", "Teguh", "Lestari", "Iwan", "Nurul", "Bambang", "Maria", "Yohanes", "Made", "Ketut",
         "Andi", "Fauzan", "Ilham", "Sri", "Eko", "Wahyu", "Putu", "Desi"]
LAST = ["Saputra", "Wijaya", "Kusuma", "Nasution", "Simanjuntak", "Hartono", "Pratama", "Siregar", "Lubis",
        "Effendi", "Oktaviani", "Rahman", "Hidayat", "Setiawan", "Nawawi", "Tanjung", "Sinaga", "Manurung",
        "Wibowo", "Purnomo", "Suryani", "Fernandez", "Da Costa", "Bahar", "Harahap"]
HONORIFICS = ["", "", "H. ", "Hj. ", "Dr. ", "Drs. ", "Ir. ", "dr. ", "Prof. Dr. "]
DEGREES = ["", "S.H.", "S.Sos.", "S.STP., M.Si.", "S.H., M.H.", "S.Pd.", "S.E., M.M.", "M.Si.", "S.Kom.",
           "S.IP., M.AP."]
# (role template, region kind it needs: None = any; organisation word)
ROLES_KAB = ["Bupati", "Pj Bupati", "Wakil Bupati", "Sekda", "Ketua Bawaslu", "Ketua KPU", "Kapolres"]
ROLES_KOTA = ["Wali Kota", "Pj Wali Kota", "Wakil Wali Kota", "Sekda", "Ketua Bawaslu", "Ketua KPU",
              "Kapolresta"]
ROLES_PROV = ["Gubernur", "Pj Gubernur", "Sekda", "Ketua Bawaslu", "Ketua KPU", "Kapolda"]
EVENTS = [("apel", "menggelar apel netralitas ASN"), ("sosialisasi", "menggelar sosialisasi netralitas ASN"),
          ("rakor", "menggelar rapat koordinasi pengawasan netralitas"), ("deklarasi", "menggelar deklarasi netralitas ASN"),
          ("pelantikan", "melantik pejabat pengawas"), ("ikrar", "memimpin ikrar netralitas pegawai")]
PUBLISHERS = ["PALPRESTERKINI.COM", "KORANBOGOR.ID", "MALANGPOS.COM", "POSKUPANG.CO", "KALTIMNEWS.ID",
              "LAMPUNGKINI.COM", "SUMBARTODAY.COM"]
FILLER = [
    "Kegiatan itu diikuti para camat, kepala perangkat daerah serta perwakilan kepala desa.",
    "Ia meminta pegawai menahan diri dan tidak terpancing perdebatan politik di media sosial.",
    "\"Beda pendapat soal calon itu biasa. Tapi pegawai jangan ikut jadi juru kampanye,\" katanya.",
    "Menurutnya, pengawasan dilakukan bersama aparat kecamatan hingga tingkat desa.",
    "Sejumlah kepala desa meminta contoh konkret batasan kegiatan yang boleh dilakukan.",
    "Acara ditutup dengan sesi tanya jawab dan penandatanganan pakta integritas.",
    "Pihaknya juga membuka posko pengaduan yang bisa diakses masyarakat selama masa kampanye.",
    "Pengalaman pada pemilu sebelumnya menjadi bahan evaluasi agar pencegahan dilakukan lebih dini.",
]
FOOTERS = [["Tag", "Netralitas ASN", "Pilkada 2024", "Share", "Berita Terkini"],
           ["Editor: Redaksi", "Copyright © 2024"], ["(adv)"], ["Ikuti berita terkini di Google News"]]


def load_regions():
    regions = []
    with open(os.path.join(SCHEMA, "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            code, kind, name, prov = cols[0], cols[1], cols[2], cols[3]
            aliases = [a for a in (cols[5].split("|") if len(cols) > 5 else []) if a]
            regions.append({"code": code, "kind": kind, "name": name, "prov": prov, "aliases": aliases})
    return regions


def load_statutes():
    out = []
    with open(os.path.join(SCHEMA, "statutes.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            shorts = [s for s in cols[4].split("|") if s] if len(cols) > 4 else []
            if cols[0] == "SKB" or not cols[1]:
                continue  # no number: cited by name only, not by the forms below
            out.append({"type": cols[0], "number": cols[1], "year": cols[2], "title": cols[3], "shorts": shorts})
    return out


def bare(region):
    n = region["name"]
    for p in ("Provinsi ", "Kabupaten ", "Kota "):
        if n.startswith(p):
            return n[len(p):]
    return n


def cite(rng, s):
    """One statute citation in a random form; returns the text."""
    n, y = s["number"], s["year"]
    t = {"PERBAWASLU": "Perbawaslu", "PERPRES": "Perpres", "PERPPU": "Perppu"}.get(s["type"], s["type"])
    forms = [
        f"{t} Nomor {n} Tahun {y}",
        f"{t} No {n} Tahun {y}",
        f"{t} No. {n} Tahun {y} Pasal {rng.randint(1, 90)} ayat {rng.randint(1, 5)}",
        f"{t} {n}/{y}",
        f"{t} nomor {n} tahun {y} tentang {s['title']}",
        f"Pasal {rng.randint(1, 90)} {t} Nomor {n} Tahun {y}",
    ]
    if s["shorts"]:
        short = rng.choice(s["shorts"])
        forms.append(f"pasal {rng.randint(1, 90)} {short} nomor {n} tahun {y}")
        forms.append(f"{short} Nomor {n} Tahun {y}")
    if t == "UU":
        forms.append(f"Undang-Undang Nomor {n} Tahun {y}")
    return rng.choice(forms)


def date_text(rng, y, m, d):
    import datetime
    wd = DAYS[datetime.date(y, m, d).weekday()]
    forms = [
        f"{wd} {d} {MONTHS[m - 1]} {y}",
        f"{wd} ({d}/{m}/{y})",
        f"{wd}, {d} {MONTHS[m - 1]} {y}",
        f"{wd}({d:02d}/{m:02d})",
        f"{wd} ({d:02d}/{m:02d}/{y})",
        f"{wd}, ({d}/{m})",
    ]
    return rng.choice(forms)


def typo(rng, s):
    """Spacing quirks and small typos that keep the facts readable."""
    r = rng.random()
    if r < 0.05:
        return s.replace(", ", ",  ", 1)
    if r < 0.08:
        return s.replace(". ", ".  ", 1)
    if r < 0.10:
        return s.replace(" dan ", " dan  ", 1)
    if r < 0.12:
        return s + " "
    return s


def role_for(rng, region):
    roles = {"provinsi": ROLES_PROV, "kota": ROLES_KOTA}.get(region["kind"], ROLES_KAB)
    return rng.choice(roles)


def person(rng):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    hon = rng.choice(HONORIFICS)
    deg = rng.choice(DEGREES)
    full = hon + name + (", " + deg if deg else "")
    return name, full


def make_article(rng, i, regions, by_prov, statutes):
    region = regions[i % len(regions)] if rng.random() < 0.5 else rng.choice(regions)
    y = 2024
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    ev_kind, ev_phrase = rng.choice(EVENTS)
    place = bare(region)
    pub = rng.choice(PUBLISHERS)
    rname = region["name"] if rng.random() < 0.7 or not region["aliases"] else region["aliases"][0]
    truth = {"regions": [region["code"]], "officials": [], "statutes": [], "region_cites_statute": [], "events": []}
    name, full = person(rng)
    role = role_for(rng, region)
    paras = []
    head = f"{place.upper()}, {pub} – {role} {bare(region)}, {full}, {ev_phrase} di {rname}, {date_text(rng, y, m, d)}."
    paras.append(typo(rng, head))
    truth["officials"].append({"name": name, "role": role, "region": region["code"]})
    truth["events"].append({"kind": ev_kind, "date": f"{y}-{m:02d}-{d:02d}", "region": region["code"]})
    long_article = rng.random() < 0.3
    n_cites = rng.randint(0, 1) if rng.random() < 0.2 else rng.randint(1, 3)
    for _ in range(n_cites):
        s = rng.choice(statutes)
        sid = f"{s['type']}/{s['number']}/{s['year']}"
        paras.append(typo(rng, f"{name.split()[0]} mengingatkan, larangan itu tertulis dalam {cite(rng, s)}. "
                               + rng.choice(FILLER)))
        if sid not in truth["statutes"]:
            truth["statutes"].append(sid)
            truth["region_cites_statute"].append([region["code"], sid])
    for _ in range(rng.randint(1, 6 if long_article else 2)):
        paras.append(rng.choice(FILLER))
    if rng.random() < 0.5:
        # A second official of another region of the same province.
        others = [r for r in by_prov.get(region["prov"], []) if r["code"] != region["code"]]
        if others:
            o = rng.choice(others)
            n2, f2 = person(rng)
            r2 = role_for(rng, o)
            paras.append(f"Hadir pula {r2} {bare(o)}, {f2}, yang menyatakan dukungannya.")
            truth["officials"].append({"name": n2, "role": r2, "region": o["code"]})
            truth["regions"].append(o["code"])
    if long_article:
        for _ in range(rng.randint(4, 12)):
            paras.append(rng.choice(FILLER) + " " + rng.choice(FILLER))
    # BACA JUGA about other regions: boilerplate, not facts of this article.
    for _ in range(rng.randint(0, 2)):
        o = rng.choice(regions)
        k, _ = rng.choice(EVENTS)
        label = rng.choice(["BACA JUGA:", "Baca juga: ", "BACA JUGA : ", "Baca Juga:"])
        paras.insert(rng.randint(1, len(paras)), f"{label}Pj Bupati {bare(o)} Gelar {k.title()} Jelang Pencoblosan")
    text = "\n\n".join(paras)
    if rng.random() < 0.6:
        text += "\n\n" + "\n".join(rng.choice(FOOTERS))
    title = f"{role} {bare(region)} Gelar {ev_kind.title()} Netralitas ASN"
    doc = {"id": f"gen{i:07d}", "title": title, "text": text, "published": f"{y}-{m:02d}-{d:02d}",
           "publisher": pub.lower()}
    return doc, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="corpus JSONL")
    ap.add_argument("--truth", help="ground-truth JSONL")
    ap.add_argument("--txt-dir", help="also write each article as DIR/<id>.txt (title on the first line)")
    ap.add_argument("--dup-rate", type=float, default=0.03, help="near-duplicates (new id)")
    ap.add_argument("--update-rate", type=float, default=0.02, help="updated versions (same id, changed text)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    regions = load_regions()
    statutes = load_statutes()
    by_prov = {}
    for r in regions:
        by_prov.setdefault(r["prov"], []).append(r)
    if a.txt_dir:
        os.makedirs(a.txt_dir, exist_ok=True)
    out = open(a.out, "w", encoding="utf-8")
    truth_out = open(a.truth, "w", encoding="utf-8") if a.truth else None
    recent = []  # (doc, truth) of the last few articles, for duplicates and updates
    written = 0
    i = 0
    while written < a.n:
        r = rng.random()
        if recent and r < a.dup_rate:
            doc, truth = rng.choice(recent)
            doc = dict(doc, id=f"gen{i:07d}d", text=doc["text"].replace(". ", ".  ", 1) + "\n\n(red)")
        elif recent and r < a.dup_rate + a.update_rate:
            doc, truth = rng.choice(recent)
            doc = dict(doc, text=doc["text"] + "\n\nArtikel ini telah diperbarui dengan keterangan tambahan.",
                       title=doc["title"] + " (Update)")
        else:
            doc, truth = make_article(rng, i, regions, by_prov, statutes)
            recent.append((doc, truth))
            if len(recent) > 50:
                recent.pop(0)
        i += 1
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        if truth_out:
            truth_out.write(json.dumps(dict(truth, id=doc["id"]), ensure_ascii=False) + "\n")
        if a.txt_dir:
            with open(os.path.join(a.txt_dir, doc["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc["title"] + "\n\n" + doc["text"] + "\n")
        written += 1
    out.close()
    if truth_out:
        truth_out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
