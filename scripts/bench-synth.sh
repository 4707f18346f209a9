#!/usr/bin/env bash
# Whole-process time of `npx cdktf synth` (all four environments), median of N runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
runs=${1:-5}
load_before=$(cut -d" " -f1 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  npx cdktf synth > /dev/null 2>&1 || { echo "bench: cdktf synth failed" >&2; exit 1; }
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  times+=("$t")
  printf 'run %d: %.2f s\n' "$i" "$t"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'cdktf synth (4 stacks), median of %d: %.2f s\n' "$runs" "$median"
# the result, for `npm run docs:record` (scripts/docs/measurements.ts): the docs quote only recorded figures
mkdir -p build/bench
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//; s/"/\\"/g')
mem=$(awk '/MemTotal/ { printf "%.0f", $2 * 1024 }' /proc/meminfo)
printf '{"command":"npx cdktf synth","startedAt":"%s","runs":[%s],"medianSeconds":%s,"load":[%s,%s],"machine":{"cpu":"%s","cores":%s,"memoryBytes":%s}}\n' \
  "$started" "$(IFS=,; echo "${times[*]}")" "$median" "$load_before" "$(cut -d" " -f1 /proc/loadavg)" "$cpu" "$(nproc)" "$mem" > build/bench/synth.json
echo "written: build/bench/synth.json"
