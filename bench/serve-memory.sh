#!/bin/sh
# The dev server's peak memory against a clean build's (issue 10), on one generated corpus:
# for each binary given, RUNS times in alternation: start `digest serve --watch` on a fresh copy
# of the corpus, read its VmHWM once it serves, change a template (a whole render), read VmHWM
# again; then RUNS clean builds of the first binary with their peak RSS (GNU time).
#
#   bench/serve-memory.sh ARTICLES BIN [BIN...]      RUNS=3, BENCH_DIR=/dev/shm/digest-bench
#
# The corpus is BENCH_DIR/digest-ARTICLES (gen_corpus.py --format digest, plus site.toml as
# bench/README says). Everything written goes under BENCH_DIR and is removed at the end.
set -eu
ARTICLES=$1
shift
RUNS=${RUNS:-3}
DIR=${BENCH_DIR:-/dev/shm/digest-bench}
CORPUS=$DIR/digest-$ARTICLES
SITE=$DIR/serve-memory-site
OUT=$DIR/serve-memory-out
[ -d "$CORPUS/content" ] || { echo "no corpus at $CORPUS (see bench/README)" >&2; exit 1; }
trap 'rm -rf "$SITE" "$OUT" "$DIR/serve-memory.log"' EXIT

hwm() { awk '/VmHWM/{print $2}' "/proc/$1/status"; }

serve_once() {
    bin=$1
    rm -rf "$SITE"
    cp -r "$CORPUS" "$SITE"
    log=$DIR/serve-memory.log
    TMPDIR=$DIR "$bin" serve --watch --port 0 --root "$SITE" >"$log" 2>&1 &
    pid=$!
    until grep -q "http://" "$log"; do
        kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.5
    done
    start=$(hwm $pid)
    mkdir -p "$SITE/templates"
    echo '{% extends "base.html" %}{% block main %}<p>Tidak ada</p>{% endblock main %}' \
        >"$SITE/templates/404.html"
    until grep -q "templates changed" "$log"; do
        kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.5
    done
    sleep 2
    edit=$(hwm $pid)
    took=$(grep "templates changed" "$log" | grep -o 'in [0-9]* ms' | head -1)
    kill $pid
    wait $pid 2>/dev/null || true
    echo "$bin: serve peak after start-up ${start} kB, after a template edit ${edit} kB (render $took)"
}

for run in $(seq "$RUNS"); do
    for bin in "$@"; do
        serve_once "$bin"
    done
done
for run in $(seq "$RUNS"); do
    rm -rf "$OUT"
    /usr/bin/time -f "$1: build peak %M kB, %e s" "$1" build --root "$CORPUS" --output "$OUT" 2>&1 >/dev/null |
        grep "build peak"
done
