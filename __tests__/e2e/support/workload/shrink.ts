import { Txn } from './program';

/**
 * The smallest failing part of a failing program it can find (delta debugging over transactions):
 * `fails` runs a candidate (on fresh rows) and says whether it still fails. Bounded by `budget`
 * runs, since each one waits for the pipeline to deliver.
 */
export async function shrink(txns: readonly Txn[], fails: (candidate: readonly Txn[]) => Promise<boolean>, budget: number): Promise<{ txns: readonly Txn[]; runs: number }> {
  let current = txns;
  let n = 2;
  let runs = 0;
  while (current.length >= 2 && runs < budget) {
    const size = Math.ceil(current.length / n);
    const chunks = Array.from({ length: Math.ceil(current.length / size) }, (_, i) => current.slice(i * size, (i + 1) * size));
    let reduced = false;
    // a chunk alone, then everything but a chunk
    for (const candidate of [...chunks, ...chunks.map((_, i) => chunks.filter((__, j) => j !== i).flat())]) {
      if (runs >= budget || candidate.length === 0 || candidate.length === current.length) continue;
      runs++;
      if (await fails(candidate)) {
        current = candidate;
        n = chunks.includes(candidate) ? 2 : Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(n * 2, current.length);
    }
  }
  return { txns: current, runs };
}
