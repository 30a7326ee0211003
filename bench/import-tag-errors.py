#!/usr/bin/env python3
"""Classifies the wrong tags in the import reports (issue 8): each extra tag that overlaps a
wanted one is a boundary error (the name cut short or run on, on the left or the right); the
rest are unrelated extras and misses. Read the reports first:

    DIGEST_CORPUS_REPORT_ONLY=1 cargo test --test import_corpus -- --skip heldout_15 --skip heldout_16
    python3 bench/import-tag-errors.py [REPORT_DIR] [--skip SET ...]

REPORT_DIR defaults to target/; --skip names sets kept blind (e.g. heldout8 heldout15).
"""
import collections
import glob
import json
import re
import sys

args = sys.argv[1:]
skip = args[args.index("--skip") + 1:] if "--skip" in args else []
args = args[: args.index("--skip")] if "--skip" in args else args
folder = args[0] if args else "target"

# The scorer's tag_key: administrative words and legal forms do not count.
DROPPED = r"\b(Kabupaten|Kota|Provinsi|Desa|Kelurahan|Kecamatan|Regency|Province|PT|Tbk|Persero|Perum|JSC|Joint Stock Company)\b"


def key(tag):
    return " ".join(re.sub(DROPPED, "", tag, flags=re.I).lower().split())


rows = []
for path in sorted(glob.glob(f"{folder}/import-*-report.txt")):
    name = path.rsplit("import-", 1)[1].removesuffix("-report.txt")
    if name.endswith("batch") or name in skip:
        continue
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r"^(\S+): extra (\[.*?\]) missing (\[.*?\])$", text, re.M):
        rows.append((name, json.loads(m.group(2)), json.loads(m.group(3))))

classes = collections.Counter()
examples = collections.defaultdict(list)
for name, extra, missing in rows:
    matched = set()
    for e in extra:
        ke = key(e)
        hit = next((m for m in missing if ke and key(m) and (ke in key(m) or key(m) in ke)), None)
        if hit is None:
            cls = "extra-unrelated"
            examples[cls].append((name, e))
        else:
            matched.add(hit)
            longer = len(ke) > len(key(hit))
            same_end = key(hit).endswith(ke) or ke.endswith(key(hit))
            side = "left" if same_end else "right"
            cls = f"boundary-{side}-{'run-on' if longer else 'cut'}"
            examples[cls].append((name, e, hit))
        classes[cls] += 1
    for m in missing:
        if m not in matched:
            classes["missing-unrelated"] += 1
            examples["missing-unrelated"].append((name, m))

print(dict(classes))
for cls, items in examples.items():
    print(f"== {cls} {len(items)}")
    for item in items:
        print("  ", item)
