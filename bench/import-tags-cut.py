#!/usr/bin/env python3
"""A ranking cut on the rules' tags, measured by leaving one set out (issue 8, round 19).

The rules (`salience::by_rules`) keep every candidate scoring at least MIN_SCORE, the best ten.
This asks whether fewer would be more precise on unseen text: a cap on tags per text, or a least
score relative to the text's best tag, or a higher least score. Each setting is chosen on the
other sets (best F1, ties to the more precise) and scored on the set left out; a second
criterion takes the most precise setting whose F1 on the other sets is within 0.002 of the
rules'. Never reads set 8 (validation) nor the test sets: the candidates come from the
development texts only.

    bench/import-tags-loso.sh cut            # writes the candidates, then runs this
    python3 bench/import-tags-cut.py [TSV]   # TSV: target/import-tag-candidates.tsv

The candidates file is written by the ignored test `tag_candidates_are_dumped` in
tests/import_corpus.rs; the rules' choice recomputed here equals the corpus reports' tag
counts (checked below against the `chosen` column).
"""
import collections
import csv
import math
import re
import sys

MIN_SCORE = 1.5
MAX_TAGS = 10
# The scorer's tag_key, as bench/import-tag-errors.py writes it.
DROPPED = r"\b(Kabupaten|Kota|Provinsi|Desa|Kelurahan|Kecamatan|Regency|Province|PT|Tbk|Persero|Perum|JSC|Joint Stock Company)\b"


def key(tag):
    return " ".join(re.sub(DROPPED, "", tag, flags=re.I).lower().split())


path = sys.argv[1] if len(sys.argv) > 1 else "target/import-tag-candidates.tsv"
texts = collections.OrderedDict()
for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"):
    r["score"] = float(r["score"])
    r["first"] = int(r["first"])
    texts.setdefault((r["fold"], r["text"]), []).append(r)
folds = list(dict.fromkeys(f for f, _ in texts))


def by_rules(cands):
    kept = [c for c in cands if c["forced"] != "Out" and c["score"] >= MIN_SCORE]
    kept.sort(key=lambda c: (-c["score"], c["first"]))
    return kept[:MAX_TAGS]


def distinct(tags):
    seen, out = set(), []
    for c in tags:
        if key(c["name"]) not in seen:
            seen.add(key(c["name"]))
            out.append(c)
    return out


def cut(cands, cap, rel, least):
    kept = distinct(c for c in by_rules(cands) if c["score"] >= least or c["forced"] == "In")
    if not kept:
        return kept
    top = kept[0]["score"]
    return [c for i, c in enumerate(kept) if i < cap and c["score"] >= rel * top]


def count(fs, setting):
    right = given = wanted = 0
    for (f, _), cands in texts.items():
        if f in fs:
            tags = cut(cands, *setting)
            right += sum(int(c["label"]) for c in tags)
            given += len(tags)
            wanted += int(cands[0]["wanted"])
    return right, given, wanted


def prf(n):
    right, given, wanted = n
    p, r = right / max(given, 1), right / max(wanted, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cell(n):
    return "%.3f / %.3f / %.3f" % prf(n)


RULES = (MAX_TAGS, 0.0, MIN_SCORE)
everything = set(folds)
out = []
# The rules' own counts, checked against the column the test wrote (the reports' counts).
mine = count(everything, RULES)
theirs = sum(
    int(c["label"]) for cands in texts.values() for c in distinct(x for x in cands if x["chosen"] == "1")
)
assert mine[0] == theirs, (mine, theirs)
out.append(f"rules, pooled over {len(texts)} texts: {mine[0]}/{mine[1]}/{mine[2]}  P/R/F1 {cell(mine)}")

spread = collections.Counter()
for cands in texts.values():
    spread[len(cut(cands, *RULES)) - int(cands[0]["wanted"])] += 1
out.append("tags given less tags wanted, texts: " + ", ".join(f"{d:+d}: {n}" for d, n in sorted(spread.items())))

ranks = collections.defaultdict(lambda: [0, 0])
for cands in texts.values():
    for i, c in enumerate(cut(cands, *RULES)):
        ranks[i][0] += int(c["label"])
        ranks[i][1] += 1
out.append("precision by rank in its text: " + ", ".join(f"{i + 1}: {r}/{n} {r / n:.3f}" for i, (r, n) in sorted(ranks.items())))

out.append("\npooled (in-sample) P / R / F1 by setting:")
for k in range(3, MAX_TAGS + 1):
    out.append(f"  cap {k}: {cell(count(everything, (k, 0.0, MIN_SCORE)))}")
for rel in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5):
    out.append(f"  score at least {rel} of the text's best: {cell(count(everything, (MAX_TAGS, rel, MIN_SCORE)))}")
for least in (2.0, 2.5, 3.0):
    out.append(f"  score at least {least}: {cell(count(everything, (MAX_TAGS, 0.0, least)))}")

grid = [
    (k, rel, least)
    for k in range(5, MAX_TAGS + 1)
    for rel in (0.0, 0.15, 0.2, 0.25, 0.3, 0.35)
    for least in (1.5, 2.0, 2.5)
]


def choose(train, criterion):
    base = prf(count(train, RULES))

    def value(s):
        p, _, f1 = prf(count(train, s))
        if criterion == "best F1":
            return (f1, p)
        return (p if f1 >= base[2] - 0.002 else -1.0, f1)

    return max(grid, key=value)


for criterion in ("best F1", "most precise within 0.002 F1 of the rules"):
    out.append(f"\nleave one set out, setting chosen on the other sets by {criterion}:")
    out.append("| set | setting (cap, share of best, least score) | rules P / R / F1 | cut P / R / F1 |")
    out.append("|---|---|---|---|")
    pooled_rules, pooled_cut = [0, 0, 0], [0, 0, 0]
    for f in folds:
        s = choose(everything - {f}, criterion)
        a, b = count({f}, RULES), count({f}, s)
        for i in range(3):
            pooled_rules[i] += a[i]
            pooled_cut[i] += b[i]
        out.append(f"| {f} | {s} | {cell(a)} | {cell(b)} |")
    out.append(f"| **pooled** | | **{cell(pooled_rules)}** | **{cell(pooled_cut)}** |")

# The largest class of wrong tags on the newest sets: a place written once, neither in the
# lead nor in the title. How the expected files of each set judge it (right = an expected tag).
out.append("\nplaces the rules tag that are written once, outside the lead and the title (wrong / right):")
once = collections.defaultdict(lambda: [0, 0])
for (f, _), cands in texts.items():
    for c in cut(cands, *RULES):
        mentions = round(math.exp(float(c["f_log_mentions"])) - 1)
        if (
            c["kind"] == "Some(Place)"
            and c["forced"] == "No"
            and mentions <= 1
            and float(c["f_in_lead"]) == 0
            and float(c["f_in_title"]) == 0
        ):
            once[f][int(c["label"])] += 1
out.append("  " + ", ".join(f"{f}: {w}/{r}" for f, (w, r) in once.items()))
for name, fs in (
    ("all", folds),
    ("corpus", ["corpus"]),
    ("sets 2-6", [f for f in folds if f != "corpus" and int(f.split()[1]) <= 6]),
    ("sets 7-26", [f for f in folds if f != "corpus" and int(f.split()[1]) >= 7]),
):
    r0, g0, w0 = [sum(x) for x in zip(*(count({f}, RULES) for f in fs))]
    right, wrong = sum(once[f][1] for f in fs), sum(once[f][0] for f in fs)
    after = (r0 - right, g0 - right - wrong, w0)
    out.append(f"  {name}: {wrong} wrong, {right} right; dropping them all: {cell((r0, g0, w0))} -> {cell(after)}")

text = "\n".join(out) + "\n"
print(text)
open(path.replace("import-tag-candidates.tsv", "import-tags-cut-report.txt"), "w", encoding="utf-8").write(text)
