#!/usr/bin/env bash
# Whole-process time of `npx smart-cdc status <env>` (default local) against running engines, median of N runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
env_name=${1:-local}
runs=${2:-5}
cmd=(${SMART_CDC_BENCH_CMD:-npx smart-cdc} status "$env_name")
load_before=$(cut -d" " -f1 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
times=()
for i in $(seq "$runs"); do
  start=$(date +%s.%N)
  code=0
  "${cmd[@]}" > /dev/null 2>&1 || code=$?
  end=$(date +%s.%N)
  [ "$code" -le 2 ] || { echo "bench: ${cmd[*]} failed (exit $code)" >&2; exit 1; }
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  times+=("$t")
  printf 'run %d: %.2f s (exit %d)\n' "$i" "$t" "$code"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf '%s, median of %d: %.2f s\n' "${cmd[*]}" "$runs" "$median"
# the result, for `npm run docs:record` (scripts/docs/measurements.ts): the docs quote only recorded figures
mkdir -p build/bench
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//; s/"/\\"/g')
mem=$(awk '/MemTotal/ { printf "%.0f", $2 * 1024 }' /proc/meminfo)
printf '{"command":"%s","startedAt":"%s","runs":[%s],"medianSeconds":%s,"load":[%s,%s],"machine":{"cpu":"%s","cores":%s,"memoryBytes":%s}}\n' \
  "${cmd[*]}" "$started" "$(IFS=,; echo "${times[*]}")" "$median" "$load_before" "$(cut -d" " -f1 /proc/loadavg)" "$cpu" "$(nproc)" "$mem" > build/bench/status.json
echo "written: build/bench/status.json"
