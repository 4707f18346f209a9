import { converged, flowDiff, view } from './converge';
import { query, sleep } from './engines';
import { SEED } from './fixtures';

/**
 * The fault tests' oracle can fail where it must: a target that matched its source and changes
 * afterwards (a late or replayed record) fails `converged`, which looks again after a quiet period.
 */
describe('the fault oracle (support/converge.ts)', () => {
  const flow = view.flows.find((f) => f.name === 'eligibility')!;
  // the target row written as a late record would write it: triggers off, so cdc_origin stays as the sink left it
  const write = (explanation: string) =>
    query('citizen', `BEGIN; SET LOCAL session_replication_role = replica; UPDATE portal.eligibility SET explanation = '${explanation.replace(/'/g, "''")}' WHERE id = '${SEED.publishedInsight}'; COMMIT`);

  it('sees a difference in a row changed behind the pipeline, and none once it is put back', async () => {
    await converged(Date.now(), 120_000, [flow]);
    const [{ explanation }] = await query<{ explanation: string }>('citizen', 'SELECT explanation FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]);
    try {
      await write('stale');
      expect(await flowDiff(flow)).toEqual([expect.stringContaining(`${SEED.publishedInsight} differs in portal.eligibility`)]);
    } finally {
      await write(explanation);
    }
    expect(await flowDiff(flow)).toEqual([]);
  });

  it('fails when the target changes after it first matched: the re-check after the quiet period', async () => {
    const [{ explanation }] = await query<{ explanation: string }>('citizen', 'SELECT explanation FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]);
    // lands after the first match (the target is exact now), within the quiet period
    const late = sleep(1_500).then(() => write('stale, arrived late'));
    try {
      await expect(converged(Date.now(), 60_000, [flow])).rejects.toThrow(/then differed 5s later \(1 difference\(s\)\)/);
    } finally {
      await late;
      await write(explanation);
    }
    await converged(Date.now(), 60_000, [flow]);
  });
});
