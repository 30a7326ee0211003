#!/usr/bin/env bash
# Hostile front matter must end in an error at once: times `digest build` on one article with
# thousands of tags or with `[` nested 100,000 deep (medians of RUNS runs, release build).
# Usage: bench/limits.sh            (writes only under a fresh temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
cargo build --release --quiet
bin=$PWD/target/release/digest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/content"
printf 'title = "limits"\n' >"$work/site/site.toml"

case_file() { # name, python expression for the front matter's extra lines
    python3 -c "import sys; sys.stdout.write('---\ntitle: A\ndate: 2026-01-01\n' + ($2) + '\n---\nbody\n')" \
        >"$work/site/content/a.md"
}
measure() { # label
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$bin" build --root "$work/site" --output "$work/out" >/dev/null 2>"$work/err" || true
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
    printf '%-28s median %4d ms  (%s)\n' "$1" "$median" "$(head -c 110 "$work/err")"
}

for n in 3000 10000; do
    case_file "tags$n" "'tags: [' + ', '.join('T%d' % i for i in range($n)) + ']'"
    measure "$n tags"
done
case_file deep "'x: ' + '[' * 100000"
measure "[ nested 100,000 deep"
