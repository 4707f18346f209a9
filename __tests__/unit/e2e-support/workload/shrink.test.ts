import { Txn } from '../../../e2e/support/workload/program';
import { shrink } from '../../../e2e/support/workload/shrink';

const txn = (n: number): Txn => ({ db: 'warehouse', end: 'commit', statements: [{ sql: `-- ${n}` }] });
const ids = (ts: readonly Txn[]) => ts.map((t) => Number(t.statements[0].sql.slice(3)));

describe('shrinking a failing program (delta debugging over transactions)', () => {
  it('finds the two transactions that fail together among 40', async () => {
    const all = Array.from({ length: 40 }, (_, i) => txn(i));
    const fails = async (c: readonly Txn[]) => ids(c).includes(7) && ids(c).includes(31);
    const r = await shrink(all, fails, 100);
    expect(ids(r.txns)).toEqual([7, 31]);
  });

  it('stops at its budget of runs, with the smallest failing program found so far', async () => {
    const all = Array.from({ length: 64 }, (_, i) => txn(i));
    let runs = 0;
    const r = await shrink(all, async (c) => (runs++, ids(c).includes(5)), 3);
    expect(runs).toBe(3);
    expect(r.runs).toBe(3);
    expect(ids(r.txns)).toContain(5);
    expect(r.txns.length).toBeLessThan(64);
  });
});
