#!/usr/bin/env bash
# Times `digest import` of one large plain news text (default 5 MiB), as a reader of
# issue 3's "a large text imports in well under a second" would check it.
#
#   bench/import-large.sh [MIB]        RUNS=5 by default; BUILD=0 skips cargo build
#   SHAPE=header bench/import-large.sh LINES
#       a header of LINES credit lines ("Name (Outlet)") over a one-paragraph story: the header
#       scan must stay linear (round 12 once looked back over every line above each one)
#   SHAPE=distinct bench/import-large.sh [MIB]
#       every paragraph different (a number in each): the body's checks for a line repeated
#       above it must stay linear (round 21 once compared each line with all before it)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MIB=${1:-5}
RUNS=${RUNS:-5}
W=${BENCH_DIR:-/dev/shm/digest-bench}/import
[[ ${BUILD:-1} == 0 ]] || (cd "$ROOT" && cargo build --release)
mkdir -p "$W"
python3 - "$W/large.txt" "$MIB" "${SHAPE:-text}" <<'PY'
import sys
path, mib, shape = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if shape == "header":
    lines = "\n\n".join(["Rudi Hartono (Antara)"] * mib)
    open(path, "w").write("Judul Berita\n\n" + lines + "\n\nJAKARTA - Warga berkumpul di balai desa "
                          "pada Senin (3/3/2025) untuk membahas rencana pembangunan jalan.\n")
    sys.exit(0)
text = "Laporan Panjang\nJakarta - Laporan ini dibuat pada Senin (3/3/2025).\n"
para = ("Pemerintah Indonesia dan Jepang membahas kerja sama maritim di Laut China Selatan bersama "
        "Korea Selatan, kata pejabat di Tokyo. Menteri Luar Negeri Retno Marsudi menyebut "
        "\"kemajuan\" pada Kamis.\n")
i = 0
while len(text.encode()) < mib * 1024 * 1024:
    text += para.replace("Pemerintah", f"Pemerintah ({i})") if shape == "distinct" else para
    i += 1
open(path, "w").write(text)
PY
python3 "$HERE/measure.py" -n "$RUNS" --label "$([[ ${SHAPE:-text} == header ]] && echo "import-header-${MIB}lines" || echo "import-${SHAPE:-text}-${MIB}MiB")" -- \
    sh -c "rm -rf '$W/content' && '$ROOT/target/release/digest' import --out '$W/content' '$W/large.txt'"
