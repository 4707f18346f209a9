#!/usr/bin/env bash
# Whole-process time of `npx cdktf synth` (all four environments), median of N runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1
runs=${1:-5}
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
