#!/usr/bin/env python3
"""Deterministic plain news texts for timing `digest import` on a large folder.

    gen_texts.py --texts N --near-duplicates D --out DIR [--seed S]

Writes N .txt files into DIR: N - D distinct stories (sentences recombined from a fixed pool
with different names, places, numbers and dates, so no two share their 4-word shingles beyond
chance) and D copies of one story that differ only in their scraping noise (a different
"Baca juga" line, a different ad marker, a different closing initials line), the shape of
issue 8's "1,000 near-duplicates". Every story has a headline, a date line, a dateline lead,
4-7 paragraphs and the batch-wide footer a site appends to every text. Standard library only.
"""
import argparse
import os
import random

PLACES = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Palembang",
          "Denpasar", "Yogyakarta", "Balikpapan", "Pontianak", "Manado", "Kupang", "Ambon"]
FIRST = ["Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Indah", "Joko",
         "Kartika", "Lestari", "Made", "Nur", "Putri", "Rizal", "Sari", "Teguh", "Wahyu", "Yusuf"]
LAST = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kurniawan", "Pratama", "Siregar",
        "Nasution", "Harahap", "Wibowo", "Gunawan", "Setiawan", "Lubis", "Simanjuntak"]
ORGS = ["Dinas Pendidikan", "Dinas Kesehatan", "Badan Pusat Statistik", "Bank Indonesia",
        "Kementerian Perhubungan", "Pemerintah Provinsi", "Kepolisian Daerah", "PLN"]
TOPICS = ["harga beras", "banjir rob", "jalan tol", "vaksinasi", "sekolah rakyat", "pasar murah",
          "listrik desa", "kereta cepat", "pelabuhan", "stunting", "sampah plastik", "air bersih"]
VERBS = ["meninjau", "membahas", "meresmikan", "mengevaluasi", "menyiapkan", "memantau"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
TEMPLATES = [
    "{org} {place} {verb} program {topic} yang menurut {person} akan menjangkau {n} warga.",
    "{person} mengatakan anggaran untuk {topic} tahun ini mencapai Rp{n} miliar.",
    "Menurut data {org}, sebanyak {n} keluarga di {place} merasakan dampak {topic}.",
    "Warga {place} berharap {topic} tidak lagi tertunda seperti tahun lalu, kata {person}.",
    "\"Kami ingin {topic} selesai sebelum akhir tahun,\" ujar {person} di {place}.",
    "Rapat koordinasi dengan {org} dijadwalkan pekan depan untuk membahas {topic}.",
    "Sejak awal bulan, {n} petugas dikerahkan ke {place} untuk mendukung {topic}.",
    "{person} menambahkan, evaluasi {topic} akan dilakukan setiap {k} bulan.",
]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def story(r, i):
    place, topic = r.choice(PLACES), r.choice(TOPICS)
    day, month, year = r.randint(1, 28), r.randrange(12), r.choice([2024, 2025])
    head = f"{r.choice(ORGS)} {place} {r.choice(VERBS).capitalize()} {topic.title()} ({i})"
    fill = lambda t: t.format(org=r.choice(ORGS), place=r.choice(PLACES), verb=r.choice(VERBS),
                              topic=topic, person=person(r), n=r.randint(10, 90000), k=r.randint(2, 6))
    paras = [f"{place.upper()}, KOMPAS.com - " + fill(r.choice(TEMPLATES))]
    for _ in range(r.randint(4, 7)):
        paras.append(" ".join(fill(r.choice(TEMPLATES)) for _ in range(r.randint(2, 3))))
    date = f"{r.choice(DAYS)}, {day} {MONTHS[month]} {year} | {r.randint(6, 22):02d}:{r.randint(0, 59):02d} WIB"
    return head, date, paras


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, required=True)
    ap.add_argument("--near-duplicates", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="8")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    footer = "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com."
    shared = story(random.Random(f"{a.seed}-dup"), 0)
    for i in range(a.texts):
        r = random.Random(f"{a.seed}-{i}")
        dup = i >= a.texts - a.near_duplicates
        head, date, paras = shared if dup else story(r, i)
        noise = [f"Baca juga: {r.choice(ORGS)} {r.choice(PLACES)} Siapkan {r.choice(TOPICS).title()}",
                 r.choice(["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Advertisement"])]
        body = list(paras)
        body.insert(2, noise[0])
        body.insert(4, noise[1])
        lines = [head, date, ""] + [p + "\n" for p in body] + [f"({r.choice(['aud', 'rid', 'nvc'])}/{r.choice(['agt', 'dna', 'ika'])})", "", footer]
        with open(os.path.join(a.out, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
