#!/bin/sh
# How many cores a command keeps busy, every 0.5 s (from /proc/PID/stat: user + system ticks),
# to find stretches where a parallel stage runs on one core. The command's own output goes to
# ${LOG:-/tmp/cpu-over-time.log}.
#
#   bench/cpu-over-time.sh target/release/digest build --root CORPUS --output /dev/shm/out
set -eu
log=${LOG:-/tmp/cpu-over-time.log}
"$@" >"$log" 2>&1 &
pid=$!
tck=$(getconf CLK_TCK)
prev=0
t=0
while kill -0 $pid 2>/dev/null; do
    sleep 0.5
    t=$(echo "$t + 0.5" | bc)
    cur=$(awk '{print $14 + $15}' /proc/$pid/stat 2>/dev/null) || break
    [ -n "$cur" ] || break
    echo "$t s: $(echo "scale=2; ($cur - $prev) / $tck / 0.5" | bc) cores"
    prev=$cur
done
wait $pid
