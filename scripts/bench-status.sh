#!/usr/bin/env bash
# Whole-process time of `npx smart-cdc status <env>` (default local) against running engines, median of N runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
env_name=${1:-local}
runs=${2:-5}
cmd=(${SMART_CDC_BENCH_CMD:-npx smart-cdc} status "$env_name")
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
