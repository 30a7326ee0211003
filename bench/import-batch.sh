#!/usr/bin/env bash
# Times `digest import` of a large folder of plain texts (issue 8: 5,000 texts, 1,000 of them
# near-duplicates of one story), optionally alternating with another digest binary.
#
#   bench/import-batch.sh [TEXTS] [NEAR_DUPLICATES]     RUNS=3; BUILD=0 skips cargo build;
#   BEFORE=/path/to/older/digest also times that binary, run for run in alternation.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
TEXTS=${1:-5000}
DUPS=${2:-1000}
RUNS=${RUNS:-3}
W=${BENCH_DIR:-/dev/shm/digest-bench}/import-batch
[[ ${BUILD:-1} == 0 ]] || (cd "$ROOT" && cargo build --release)
rm -rf "$W"
mkdir -p "$W/site"
python3 "$HERE/gen_texts.py" --texts "$TEXTS" --near-duplicates "$DUPS" --out "$W/texts"
printf 'title = "bench"\nlanguage = "id"\n' >"$W/site/site.toml"
for run in $(seq "$RUNS"); do
    for bin in "$ROOT/target/release/digest" ${BEFORE:-}; do
        python3 "$HERE/measure.py" -n 1 --warmup 0 --label "$(basename "$(dirname "$(dirname "$(dirname "$bin")")")")/${bin##*/} run $run" -- \
            sh -c "cd '$W/site' && rm -rf content && '$bin' import ../texts"
    done
done
