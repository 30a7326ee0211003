#!/usr/bin/env bash
# Benchmark digest against Hugo on the same generated news corpus.
#
#   bench/run.sh [SIZE ...]            default sizes: 1000 10000
#
# Environment:
#   RUNS=5                      measured runs per tool and size (after one warm-up)
#   TOOLS="digest hugo"         which tools to run (TOOLS=hugo skips cargo and digest); add
#                               digest-nosearch for digest with [search] enabled = false
#                               (same content), to see the search index's share, and zola
#                               for Zola 0.22 on the same articles (see ZOLA, KIT)
#   BENCH_DIR=/dev/shm/digest-bench   work dir for corpora and outputs (keep it on a RAM disk)
#   BUILD=1                     BUILD=0 skips `cargo build --release` (uses the existing binary)
#   HUGO=hugo                   hugo binary
#   DIGEST=target/release/digest   digest binary (set it with BUILD=0 to bench another build)
#   KIT=../shared/bench         the shared benchmark kit: its gen_corpus.py writes the Zola
#                               corpus with its peers/zola-templates/
#   ZOLA=                       zola binary; unset, the kit's peers/zola/*.xz is unpacked
#                               into the work dir
#
# Every measured build is a full clean build: the output dir is removed (untimed) before
# each run. Runs alternate digest, hugo, digest, hugo, ... ; medians are reported.
# Per-run numbers are kept in $BENCH_DIR/runs.tsv, the table in $BENCH_DIR/results.md.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(1000 10000); fi
RUNS=${RUNS:-5}
TOOLS=${TOOLS:-digest hugo}
W=${BENCH_DIR:-/dev/shm/digest-bench}
BUILD=${BUILD:-1}
HUGO=${HUGO:-hugo}
DIGEST=${DIGEST:-$ROOT/target/release/digest}
KIT=${KIT:-$ROOT/../shared/bench}
ZOLA=${ZOLA:-}

for s in "${SIZES[@]}"; do
    [[ $s =~ ^[1-9][0-9]*$ ]] || { echo "size must be a positive integer: $s" >&2; exit 2; }
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive integer: $RUNS" >&2; exit 2; }
want() { [[ " $TOOLS " == *" $1 "* ]]; }
want digest || want hugo || want digest-nosearch || want zola || { echo "TOOLS must name digest, digest-nosearch, hugo and/or zola: $TOOLS" >&2; exit 2; }

log() { printf '== %s\n' "$*" >&2; }

# --- tools ------------------------------------------------------------------------------
if want digest || want digest-nosearch; then
    if [[ $BUILD != 0 ]]; then
        log "cargo build --release"
        (cd "$ROOT" && cargo build --release)
    fi
    [[ -x $DIGEST ]] || { echo "no digest binary at $DIGEST" >&2; exit 1; }
fi
if want hugo; then
    command -v "$HUGO" >/dev/null || { echo "hugo not found: apt-get install -y hugo" >&2; exit 1; }
fi

mkdir -p "$W"
if want zola && [[ -z $ZOLA ]]; then
    xz_file=$(ls "$KIT"/peers/zola/zola-*-x86_64-linux.xz 2>/dev/null | head -1)
    [[ -n $xz_file ]] || { echo "no Zola: set ZOLA=/path/to/zola or KIT to the shared bench kit" >&2; exit 1; }
    ZOLA="$W/zola-bin"
    [[ -x $ZOLA ]] || { xz -dc "$xz_file" > "$ZOLA" && chmod +x "$ZOLA"; }
fi
if want zola; then
    "$ZOLA" --version >/dev/null || { echo "zola does not run: $ZOLA" >&2; exit 1; }
fi
case $(stat -f -c %T "$W" 2>/dev/null || echo '?') in
    tmpfs|ramfs) ;;
    *) log "warning: $W is not on a RAM disk; output I/O will dominate the timings" ;;
esac

# --- corpora ----------------------------------------------------------------------------
# Regenerated only when missing or when gen_corpus.py / site.toml below changed.
# site.toml mirrors the Hugo corpus' config.toml (baseURL, title, languageCode, paginate = 10)
# so both tools render the same URLs and titles.
SITE_TOML='title = "Digest Bench"
base_url = "https://digest.example/"
language = "id"
paginate_by = 10
'
STAMP=$( { sha256sum "$HERE/gen_corpus.py"; find "$HERE/peers/hugo-theme" -type f -print0 | sort -z | xargs -0 sha256sum; printf '%s' "$SITE_TOML"; } | sha256sum | cut -c1-16)

corpus() {  # corpus FORMAT N
    if [[ $1 == digest-nosearch ]]; then
        # The digest corpus' content with search turned off.
        corpus digest "$2"
        mkdir -p "$W/digest-nosearch-$2"
        ln -sfn "$W/digest-$2/content" "$W/digest-nosearch-$2/content"
        printf '%s[search]\nenabled = false\n' "$SITE_TOML" > "$W/digest-nosearch-$2/site.toml"
        return
    fi
    local dir="$W/$1-$2" stamp="$W/.stamp-$1-$2"
    if [[ -d $dir && -f $stamp && $(cat "$stamp") == "$STAMP" ]]; then return; fi
    log "generating $1 corpus, $2 articles"
    rm -f "$stamp"
    local gen="$HERE/gen_corpus.py"
    # Only the kit has the Zola templates the generator copies.
    [[ $1 == zola ]] && gen="$KIT/gen_corpus.py"
    python3 "$gen" --articles "$2" --format "$1" --out "$dir" --force
    if [[ $1 == digest ]]; then printf '%s' "$SITE_TOML" > "$dir/site.toml"; fi
    echo "$STAMP" > "$stamp"
}

cmd_for() {  # cmd_for TOOL N -> sets CMD array
    case $1 in
        digest) CMD=("$DIGEST" build --root "$W/digest-$2" --output "$W/out-digest-$2") ;;
        digest-nosearch) CMD=("$DIGEST" build --root "$W/digest-nosearch-$2" --output "$W/out-digest-nosearch-$2") ;;
        hugo)   CMD=("$HUGO" --source "$W/hugo-$2" --destination "$W/out-hugo-$2" --quiet) ;;
        zola)   CMD=("$ZOLA" --root "$W/zola-$2" build --output-dir "$W/out-zola-$2") ;;
    esac
}

# --- runs -------------------------------------------------------------------------------
ORDER=()
for t in digest digest-nosearch hugo zola; do want $t && ORDER+=("$t"); done

RUNS_TSV="$W/runs.tsv"
printf 'size\ttool\trun\twall_s\tcpu_s\tpeak_mib\n' > "$RUNS_TSV"

for n in "${SIZES[@]}"; do
    for t in "${ORDER[@]}"; do corpus "$t" "$n"; done
    for t in "${ORDER[@]}"; do
        cmd_for "$t" "$n"
        log "warm-up: $t, $n articles"
        rm -rf "$W/out-$t-$n"
        if ! "${CMD[@]}" > "$W/warmup-$t-$n.log" 2>&1; then
            echo "warm-up failed: ${CMD[*]}" >&2; cat "$W/warmup-$t-$n.log" >&2; exit 1
        fi
    done
    for ((r = 1; r <= RUNS; r++)); do
        for t in "${ORDER[@]}"; do
            cmd_for "$t" "$n"
            rm -rf "$W/out-$t-$n"
            if ! out=$(python3 "$HERE/measure.py" -n 1 --warmup 0 --label "$t-$n" -- "${CMD[@]}"); then
                echo "run failed: ${CMD[*]}" >&2; echo "$out" >&2; exit 1
            fi
            line=$(grep '^RESULT' <<<"$out")
            wall=$(sed -E 's/.*wall_med=([0-9.]+).*/\1/' <<<"$line")
            cpu=$(sed -E 's/.*cpu_med=([0-9.]+).*/\1/' <<<"$line")
            rss=$(sed -E 's/.*peak_mib=([0-9.]+).*/\1/' <<<"$line")
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$t" "$r" "$wall" "$cpu" "$rss" >> "$RUNS_TSV"
            log "$n articles, run $r/$RUNS, $t: wall ${wall}s, user+sys ${cpu}s, peak ${rss} MiB"
        done
    done
done

# --- table ------------------------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/{print $2}') GiB RAM; work dir: $W"
    if want digest; then
        rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null) || rev="no commit"
        git -C "$ROOT" diff --quiet HEAD -- src themes Cargo.toml Cargo.lock 2>/dev/null || rev+=" + uncommitted changes"
        echo "digest: $rev"
    fi
    want hugo && echo "hugo: $("$HUGO" version | awk '{print $2}')"
    want zola && echo "zola: $("$ZOLA" --version | awk '{print $2}')"
    echo "medians of $RUNS runs after one warm-up, alternating; clean output dir per run"
    echo
    python3 - "$RUNS_TSV" <<'EOF'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
med = {}
for key in dict.fromkeys((r["size"], r["tool"]) for r in rows):
    sel = [r for r in rows if (r["size"], r["tool"]) == key]
    med[key] = [statistics.median(float(r[c]) for r in sel) for c in ("wall_s", "cpu_s", "peak_mib")]
print("| corpus | tool | median wall | median user+sys | median peak RSS | wall digest/hugo | RSS digest/hugo | wall digest/zola | RSS digest/zola |")
print("|---|---|---|---|---|---|---|---|---|")
for (size, tool), (wall, cpu, rss) in med.items():
    ratio = []
    for peer in ("hugo", "zola"):
        if tool.startswith("digest") and (size, peer) in med:
            pw, _, pr = med[(size, peer)]
            ratio += [f"{wall / pw:.2f}", f"{rss / pr:.2f}"]
        else:
            ratio += ["", ""]
    print(f"| {int(size):,} articles | {tool} | {wall:.3f} s | {cpu:.3f} s | {rss:.0f} MiB | " + " | ".join(ratio) + " |")
EOF
} | tee "$W/results.md"

# --- did both do the same work? ---------------------------------------------------------
status=0
for n in "${SIZES[@]}"; do
    if want hugo; then
        echo; echo "### hugo output, $n articles (verify_site.py)"
        python3 "$HERE/verify_site.py" --corpus "$W/hugo-$n" --site "$W/out-hugo-$n" || status=1
    fi
    if want digest; then
        echo; echo "### digest output, $n articles (check_digest.py)"
        hugo_site=()
        want hugo && hugo_site=(--hugo-site "$W/out-hugo-$n")
        python3 "$HERE/check_digest.py" --corpus "$W/digest-$n" --site "$W/out-digest-$n" "${hugo_site[@]}" || status=1
    fi
done
[[ $status == 0 ]] || echo "SOME CHECKS FAILED (see above)" >&2
exit $status
