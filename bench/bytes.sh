#!/usr/bin/env bash
# What a built digest weighs, by kind of output: the byte budget of issue 10.
#
#   bench/bytes.sh [N ...]            default: 10000
#
# Generates N articles with the shared corpus generator (the same corpus and site.toml as
# bench/run.sh), builds them with the release binary, and prints bytes and file counts by kind
# (article pages, front/list pages, tag pages, tag feeds, site feeds, search, archive, other),
# the bytes per article, and the same output gzipped file by file (what GitHub Pages sends).
# Sizes are file sizes in bytes (GitHub Pages' 1 GB limit counts these, not disk blocks).
#
# Environment:
#   BENCH_DIR=/dev/shm/digest-bytes   corpora and outputs (keep it on a RAM disk)
#   BUILD=1                           BUILD=0 skips `cargo build --release`
#   DIGEST=target/release/digest      the binary to measure (set it with BUILD=0)
#   KEEP=0                            KEEP=1 keeps the output folders for a look afterwards
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(10000); fi
W=${BENCH_DIR:-/dev/shm/digest-bytes}
BUILD=${BUILD:-1}
DIGEST=${DIGEST:-$ROOT/target/release/digest}
KEEP=${KEEP:-0}
log() { printf '== %s\n' "$*" >&2; }

for s in "${SIZES[@]}"; do
    [[ $s =~ ^[1-9][0-9]*$ ]] || { echo "size must be a positive integer: $s" >&2; exit 2; }
done
if [[ $BUILD != 0 ]]; then
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
[[ -x $DIGEST ]] || { echo "no digest binary at $DIGEST" >&2; exit 1; }
GEN=$HERE/gen_corpus.py
[[ -f /work/shared/bench/gen_corpus.py ]] && GEN=/work/shared/bench/gen_corpus.py

# The same site.toml as bench/run.sh, so the URLs and page sizes are the benchmark's.
SITE_TOML='title = "Digest Bench"
base_url = "https://digest.example/"
language = "id"
paginate_by = 10
'
mkdir -p "$W"

echo "date: $(date -u +%Y-%m-%dT%H:%MZ); digest: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src themes Cargo.toml || echo ' + uncommitted changes'); binary: $DIGEST"
for n in "${SIZES[@]}"; do
    corpus=$W/digest-$n
    if [[ ! -f $corpus/.complete ]]; then
        log "generating $n articles"
        python3 "$GEN" --articles "$n" --format digest --out "$corpus" --force >/dev/null
        printf '%s' "$SITE_TOML" > "$corpus/site.toml"
        touch "$corpus/.complete"
    fi
    out=$W/out-$n
    rm -rf "$out"
    log "building $n articles"
    "$DIGEST" build --root "$corpus" --output "$out" >/dev/null
    echo
    echo "### $n articles"
    echo
    python3 - "$out" "$n" <<'EOF'
import gzip, os, sys

root, n = sys.argv[1], int(sys.argv[2])

def kind(rel):
    parts = rel.split("/")
    if parts[0] == "articles":
        return "article pages"
    if rel == "index.html" or parts[0] == "page":
        return "front/list pages"
    if parts[0] == "tags":
        return "tag feeds" if parts[-1] == "atom.xml" else "tag pages"
    if rel in ("atom.xml", "feed.json"):
        return "site feeds"
    if parts[0] == "search" or rel == "search.js":
        return "search"
    if parts[0] == "archive":
        return "archive"
    return "other"

order = ["article pages", "front/list pages", "tag pages", "tag feeds", "site feeds",
         "search", "archive", "other"]
size = dict.fromkeys(order, 0)
gz = dict.fromkeys(order, 0)
count = dict.fromkeys(order, 0)
for d, _, files in os.walk(root):
    for f in files:
        path = os.path.join(d, f)
        k = kind(os.path.relpath(path, root))
        data = open(path, "rb").read()
        size[k] += len(data)
        gz[k] += len(gzip.compress(data, 6, mtime=0))
        count[k] += 1

total, total_gz, total_files = sum(size.values()), sum(gz.values()), sum(count.values())
print("| kind | files | bytes | bytes per article | share | gzip -6 bytes |")
print("|---|---|---|---|---|---|")
for k in order:
    print(f"| {k} | {count[k]:,} | {size[k]:,} | {size[k] / n:,.0f} | {100 * size[k] / total:.1f} % | {gz[k]:,} |")
print(f"| **total** | {total_files:,} | {total:,} | **{total / n:,.0f}** | 100 % | {total_gz:,} |")
EOF
    [[ $KEEP == 1 ]] || rm -rf "$out"
done
