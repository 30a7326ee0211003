#!/usr/bin/env bash
# Search on the benchmark corpora: index size, bytes a reader downloads per query (measured in
# a real headless Chromium), and the index's share of build time.
#
#   bench/search.sh [SIZE ...]          default sizes: 1000 10000
#
# Environment:
#   RUNS=5            timed build pairs (search on / off, alternating) per size; RUNS=0 skips timing
#   QUERIES="pemerintah;harga beras;perta"   queries typed one after the other on one page
#   BENCH_DIR=/dev/shm/digest-bench           corpora (made as bench/run.sh makes them)
#   BUILD=1           BUILD=0 skips `cargo build --release`
#
# Bytes are what Chromium's DevTools protocol reports per request (Network.loadingFinished
# encodedDataLength: headers + body as received). The test server sends files uncompressed;
# the "gzip" column adds up the same files compressed with gzip -6, as GitHub Pages would
# serve them. Needs chromium (apt-get install -y chromium).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(1000 10000); fi
RUNS=${RUNS:-5}
QUERIES=${QUERIES:-"pemerintah;harga beras;perta"}
W=${BENCH_DIR:-/dev/shm/digest-bench}
BUILD=${BUILD:-1}
DIGEST=$ROOT/target/release/digest
log() { printf '== %s\n' "$*" >&2; }

if [[ $BUILD != 0 ]]; then
    log "cargo build --release"
    (cd "$ROOT" && cargo build --release)
fi
SITE_TOML='title = "Digest Bench"
base_url = "https://digest.example/"
language = "id"
paginate_by = 10
'
mkdir -p "$W"
for n in "${SIZES[@]}"; do
    if [[ ! -d $W/digest-$n/content ]]; then
        log "generating digest corpus, $n articles"
        python3 "$HERE/gen_corpus.py" --articles "$n" --format digest --out "$W/digest-$n" --force
        printf '%s' "$SITE_TOML" > "$W/digest-$n/site.toml"
    fi
    # The same content with search off, for the timing pairs.
    off="$W/digest-$n-nosearch"
    mkdir -p "$off"
    ln -sfn "$W/digest-$n/content" "$off/content"
    printf '%s[search]\nenabled = false\n' "$SITE_TOML" > "$off/site.toml"
done

echo "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM"
echo "digest: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src themes Cargo.toml || echo ' + uncommitted changes')"
for n in "${SIZES[@]}"; do
    out="$W/out-search-$n"
    rm -rf "$out"
    "$DIGEST" build --root "$W/digest-$n" --output "$out" > /dev/null
    echo
    echo "### $n articles"
    echo
    python3 - "$out/search" <<'PY'
import os, sys
root = sys.argv[1]
rows = {}
for d in sorted(os.listdir(root)):
    p = os.path.join(root, d)
    if os.path.isdir(p):
        files = [os.path.join(p, f) for f in os.listdir(p)]
        rows[d] = (len(files), sum(os.path.getsize(f) for f in files))
names = {"w": "word lists", "p": "posting lists", "d": "documents", "t": "tag lists"}
total = sum(b for _, b in rows.values())
print(f"index on disk: {sum(c for c, _ in rows.values()):,} files, {total / 1e6:.1f} MB (" +
      ", ".join(f"{names.get(k, k)} {c:,} files {b / 1e6:.2f} MB" for k, (c, b) in rows.items()) + ")")
PY
    for typing in 0 150; do
        log "$n articles: queries in Chromium, typing pause ${typing} ms"
        res="$W/search-bytes-$n-$typing.log"
        if ! (cd "$ROOT" && SEARCH_BENCH_SITE="$out" SEARCH_BENCH_QUERIES="$QUERIES" SEARCH_BENCH_TYPING_MS=$typing \
              cargo test --release --quiet --test search_browser measure_query_downloads -- --ignored --nocapture) > "$res" 2>&1; then
            cat "$res" >&2; exit 1
        fi
        echo
        if [[ $typing == 0 ]]; then echo "each query typed at once:"; else echo "typed one character every ${typing} ms (each prefix may search):"; fi
        echo
        python3 - "$out" "$res" <<'PY'
import gzip, os, sys, urllib.parse
out = sys.argv[1]
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
order, per = [], {}
for l in lines:
    if l.startswith("BYTES "):
        q, url, b = l[6:].split("\t")
        if q not in per:
            order.append(q); per[q] = []
        per[q].append((url, int(b)))
    elif l.startswith("RESULTS "):
        q, status, shown = l[8:].split("\t")
        if q not in per:
            order.append(q); per[q] = []
        per.setdefault("#" + q, []).append(status)
print("| query | requests | bytes received | same files gzip -6 | what |")
print("|---|---|---|---|---|")
for q in order:
    if q.startswith("#"): continue
    reqs = per[q]
    gz = 0
    kinds = {}
    for url, b in reqs:
        path = urllib.parse.urlparse(url).path
        f = os.path.join(out, path.lstrip("/"))
        if f.endswith("/"): f += "index.html"
        if os.path.isfile(f):
            gz += len(gzip.compress(open(f, "rb").read(), 6))
        k = path.split("/")[2] if path.startswith("/search/") and path.count("/") > 2 else os.path.basename(path) or "page"
        kinds[k] = kinds.get(k, 0) + 1
    what = ", ".join(f"{k} ×{v}" for k, v in kinds.items())
    status = per.get("#" + q, [""])[0]
    label = q if q == "(page load)" else f"{q!r} ({status})"
    print(f"| {label} | {len(reqs)} | {sum(b for _, b in reqs):,} | {gz:,} | {what} |")
PY
    done
done

[[ $RUNS == 0 ]] && exit 0
echo
echo "### Build time, search on vs off (medians of $RUNS alternating runs after a warm-up, clean output dir, removed untimed)"
echo
echo "| corpus | search on | search off | index's share |"
echo "|---|---|---|---|"
for n in "${SIZES[@]}"; do
    on=(); offs=()
    for mode in on off; do  # warm-up
        root="$W/digest-$n"; [[ $mode == off ]] && root="$W/digest-$n-nosearch"
        rm -rf "$W/out-time-$n-$mode"
        "$DIGEST" build --root "$root" --output "$W/out-time-$n-$mode" > /dev/null
    done
    for ((r = 1; r <= RUNS; r++)); do
        for mode in on off; do
            root="$W/digest-$n"; [[ $mode == off ]] && root="$W/digest-$n-nosearch"
            o="$W/out-time-$n-$mode"
            rm -rf "$o"
            line=$(python3 "$HERE/measure.py" -n 1 --warmup 0 -- "$DIGEST" build --root "$root" --output "$o" | grep '^RESULT')
            wall=$(sed -E 's/.*wall_med=([0-9.]+).*/\1/' <<<"$line")
            if [[ $mode == on ]]; then on+=("$wall"); else offs+=("$wall"); fi
            log "$n articles, run $r, search $mode: ${wall}s"
        done
    done
    python3 - "${on[*]}" "${offs[*]}" "$n" <<'PY'
import statistics, sys
on = statistics.median(map(float, sys.argv[1].split()))
off = statistics.median(map(float, sys.argv[2].split()))
print(f"| {int(sys.argv[3]):,} articles | {on:.3f} s | {off:.3f} s | {(on - off) / on * 100:.0f} % ({on - off:.3f} s) |")
PY
done
