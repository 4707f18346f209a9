import { randomUUID } from 'crypto';
import { Catalogue } from '../../../catalogue/model';
import { backfill, runBackfill } from '../../../scripts/ops/backfill';
import { runBootstrap } from '../../../scripts/ops/bootstrap';
import { loadContext } from '../../../scripts/ops/context';
import { Io } from '../../../scripts/ops/io';
import { gatherStatus, judge } from '../../../scripts/ops/status';
import { removeRun, seedRun, startWriter, writtenDifferences } from '../support/concurrent-writer';
import { app, connectApi, eventually, query, withDb } from '../support/engines';
import { SEED } from '../support/fixtures';
import { localNames } from './run';

/**
 * A pull request that widens a flow, deployed: the recommendation flow starts carrying
 * ml.recommendation.created_at into a new column portal.recommendation.recommended_at. The rows
 * already at the source never change again, so only a backfill brings their values across.
 *
 * The deploy runs in this process (bootstrap as the CLI runs it) with the catalogue module swapped
 * for the widened one, as the pull request would change catalogue/smart.ts.
 */
jest.mock('../../../catalogue/smart', () => {
  const actual = jest.requireActual('../../../catalogue/smart');
  const base: Catalogue = actual.SMART_CATALOGUE;
  const wide: Catalogue = {
    ...base,
    databases: base.databases.map((d) => ({
      ...d,
      tables: d.tables.map((t) => (`${t.schema}.${t.name}` === 'portal.recommendation' ? { ...t, columns: [...t.columns, { name: 'recommended_at', type: 'timestamptz', class: 'PUBLIC' }] } : t)),
    })),
    flows: base.flows.map((f) => (f.name === 'recommendation' ? { ...f, fields: { ...f.fields, created_at: 'recommended_at' } } : f)),
  };
  const mockState = { wide: false };
  return { ...actual, mockState, get SMART_CATALOGUE() { return mockState.wide ? wide : base; } };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mockCatalogue: { wide: boolean } = require('../../../catalogue/smart').mockState;

function capture(): Io & { text: () => string } {
  let text = '';
  return { out: (t) => (text += `${t}\n`), err: (t) => (text += `${t}\n`), isTTY: false, text: () => text };
}

/** bootstrap of local with the catalogue as it is now; its progress lines (stderr) and output. */
async function bootstrap(extra: Record<string, unknown> = {}): Promise<{ code: number; progress: string; out: string }> {
  const io = capture();
  let progress = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => ((progress += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const flags = { timeout: 480, 'max-slot-lag': 256 * 1024 ** 2, 'max-heartbeat-age': 60, 'max-consumer-lag': 1000, 'max-dlq': 1_000_000, json: false, ...extra };
    const code = await runBootstrap(loadContext('local'), flags, io);
    return { code, progress, out: io.text() };
  } finally {
    process.stderr.write = write;
  }
}

const backfillProblems = async () =>
  judge(await gatherStatus(loadContext('local')), { maxSlotLagBytes: 256 * 1024 ** 2, maxHeartbeatAgeSeconds: 60, maxConsumerLag: 1000, maxDeadLetters: 1_000_000 }).problems.filter((p) => p.subject.startsWith('backfill of'));

/** Source rows whose created_at did not arrive as recommended_at at the target. */
const notCarried = async (): Promise<number> => {
  const source = await query<{ id: string; at: string }>('warehouse', 'SELECT recommendation_id::text AS id, created_at::text AS at FROM ml.recommendation');
  const target = new Map((await query<{ id: string; at: string | null }>('citizen', 'SELECT id::text AS id, recommended_at::text AS at FROM portal.recommendation')).map((r) => [r.id, r.at]));
  return source.filter((r) => target.get(r.id) !== r.at).length;
};

describe('a deploy that widens a flow backfills it (local runtime)', () => {
  const ids = Array.from({ length: 1000 }, () => randomUUID());

  beforeAll(async () => {
    // rows at the source before the pull request, with a value in the column it starts carrying
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, created_at)
      SELECT id, $2, 'BACKFILL', 1, timestamptz '2024-01-01 00:00:00.123456+00' + (n * interval '1 minute') FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)`, [ids, SEED.profile]);
  });

  afterAll(async () => {
    mockCatalogue.wide = false;
    await app('warehouse', 'DELETE FROM ml.recommendation WHERE recommendation_id = ANY($1::uuid[])', [ids]);
  });

  it('the first deploy onto seeded databases copied every flow in bulk: no source snapshotted, every flow marked and then backfilled', async () => {
    for (const s of localNames().sources) {
      expect((await connectApi<Record<string, string>>(`/connectors/${s.connector}/config`))['snapshot.mode']).toBe('no_data');
      const { offsets } = await connectApi<{ offsets: Array<{ offset: Record<string, unknown> }> }>(`/connectors/${s.connector}/offsets`);
      // an initial snapshot leaves `snapshot: INITIAL` (or true) with its last record's offset
      expect(offsets.filter((o) => o.offset.snapshot === 'INITIAL' || o.offset.snapshot === true || o.offset.snapshot === 'true')).toEqual([]);
    }
    for (const db of ['warehouse', 'citizen'] as const) {
      const shapes = await query<{ flow: string; owed: string | null; held: boolean; copied: boolean }>(db, 'SELECT flow, backfill_reason AS owed, base_fields IS NOT NULL AS held, backfilled_at IS NOT NULL AS copied FROM cdc.flow_shape ORDER BY flow');
      expect(shapes.length).toBeGreaterThan(0);
      // every source table was seeded: each flow was owed its first copy, and the deploy's backfill made it
      for (const r of shapes) expect(r).toEqual({ flow: r.flow, owed: null, held: true, copied: true });
    }
  });

  it('on a first deploy marks only the flows whose source table holds rows, and keeps the mark until the backfill (cdc.record_flow_shapes)', async () => {
    await withDb('warehouse', async (c) => {
      await c.query('BEGIN');
      try {
        // as on a database the stack meets for the first time (rolled back)
        await c.query('DELETE FROM cdc.flow_shape');
        await c.query('CREATE TABLE ml.e2e_first_empty (id int PRIMARY KEY, a text)');
        const shape = (flow: string, table: string) => ({ flow, source_table: table, fields: { id: 'id', a: 'a' }, filter: null });
        const record = (...shapes: object[]) => c.query('SELECT cdc.record_flow_shapes($1::jsonb)', [JSON.stringify(shapes)]);
        const marks = async () => (await c.query<{ flow: string; why: string | null; since: string | null; held: boolean }>('SELECT flow, backfill_reason AS why, backfill_since::text AS since, base_fields IS NOT NULL AS held FROM cdc.flow_shape ORDER BY flow')).rows;
        await record(shape('full', 'ml.recommendation'), shape('empty', 'ml.e2e_first_empty'));
        const first = await marks();
        expect(first.map(({ flow, why, held }) => ({ flow, why, held }))).toEqual([
          { flow: 'empty', why: null, held: true },
          { flow: 'full', why: 'first deploy onto a table that holds rows', held: false },
        ]);
        // deployed again before the backfill ran: still owed, as first marked; a flow added now is a new flow
        await record(shape('full', 'ml.recommendation'), shape('empty', 'ml.e2e_first_empty'), shape('later', 'ml.e2e_first_empty'));
        const again = await marks();
        expect(again.find((r) => r.flow === 'full')).toEqual(first.find((r) => r.flow === 'full'));
        expect(again.find((r) => r.flow === 'later')).toMatchObject({ why: 'new flow', held: false });
      } finally {
        await c.query('ROLLBACK');
      }
    });
  });

  it('judges what widens a flow inside the database (cdc.flow_widening)', async () => {
    const base = `'ml.t', '{"a": "a", "b": "x"}', '{"column": "status", "in": ["published"]}'`;
    const widening = async (next: object) => (await query<{ why: string | null }>('warehouse', `SELECT cdc.flow_widening(${base}, $1::jsonb) AS why`, [JSON.stringify({ source_table: 'ml.t', ...next })]))[0].why;
    const filter = { column: 'status', in: ['published'] };
    expect(await widening({ fields: { a: 'a', b: 'x' }, filter })).toBeNull();
    // narrower carries nothing more
    expect(await widening({ fields: { a: 'a' }, filter })).toBeNull();
    expect(await widening({ fields: { a: 'a', b: 'x', c: 'c', d: 'd' }, filter })).toBe('new carried field(s) c, d');
    expect(await widening({ fields: { a: 'a', b: 'y' }, filter })).toBe('b now into y');
    expect(await widening({ fields: { a: 'a', b: 'x' }, filter: null })).toBe('its row filter was removed');
    expect(await widening({ fields: { a: 'a', b: 'x' }, filter: { column: 'status', in: ['published', 'withdrawn'] } })).toBe('its row filter admits "withdrawn"');
    expect(await widening({ fields: { a: 'a', b: 'x' }, filter: { column: 'kind', in: ['published'] } })).toBe('its row filter is on kind instead of status');
    expect(await widening({ source_table: 'ml.u', fields: { a: 'a', b: 'x' }, filter })).toBe('reads ml.u instead of ml.t');
    // a flow added after the first deploy: the target holds none of its rows
    expect((await query<{ why: string }>('warehouse', `SELECT cdc.flow_widening(NULL, NULL, NULL, '{"source_table": "ml.t", "fields": {"a": "a"}}') AS why`))[0].why).toBe('new flow');
  });

  it('adds the target column, flags the flow until the backfill runs, and the backfill brings every row across, verified', async () => {
    mockCatalogue.wide = true;

    // 1. deployed with --no-backfill: the column is added by the deploy, the flow is flagged with the command that backfills it
    const widened = await bootstrap({ 'no-backfill': true });
    expect(widened.progress).toMatch(/\] preflight: done — \d+ ok, \d+ to create/);
    expect(widened.progress).toMatch(/\] backfill recommendation: skipped — new carried field\(s\) created_at: run `npx smart-cdc repair backfill local`/);
    expect(widened.code).toBe(1);
    const [flagged] = await backfillProblems();
    expect(flagged).toMatchObject({ severity: 'degraded', hint: 'npx smart-cdc repair backfill local recommendation' });
    expect(flagged.message).toMatch(/^flow recommendation was widened by the deploy of \S+ \(new carried field\(s\) created_at\): the rows already at the source have not been brought across$/);
    expect((await query('citizen', "SELECT 1 FROM information_schema.columns WHERE table_schema = 'portal' AND table_name = 'recommendation' AND column_name = 'recommended_at'")).length).toBe(1);
    // new changes carry the field; the rows already there do not
    expect(await notCarried()).toBeGreaterThanOrEqual(ids.length);

    // 2. the printed command: every row across, verified, the flag gone
    const io = capture();
    expect(await runBackfill(loadContext('local'), { flows: '' }, { timeout: 300 }, io)).toBe(0);
    expect(io.text()).toContain('flow recommendation: widened by the deploy of');
    expect(io.text()).toMatch(/flow recommendation: \d+ row\(s\) of ml\.recommendation copied in bulk(, \d+ no longer at the source deleted)?; verified: \d+ row\(s\), every one equal/);
    expect(await notCarried()).toBe(0);
    expect(await backfillProblems()).toEqual([]);
    // nothing left: the command says so
    const again = capture();
    expect(await runBackfill(loadContext('local'), { flows: '' }, { timeout: 60 }, again)).toBe(0);
    expect(again.text()).toContain('no flow of local waits for a backfill');

    // 3. narrowed back: nothing to backfill
    mockCatalogue.wide = false;
    const narrowed = await bootstrap();
    expect(narrowed.progress).not.toContain('backfill recommendation');
    expect(await backfillProblems()).toEqual([]);

    // 4. widened again by a plain deploy: bootstrap backfills by itself (values cleared first, so only the backfill can bring them)
    await query('citizen', 'UPDATE portal.recommendation SET recommended_at = NULL');
    mockCatalogue.wide = true;
    const auto = await bootstrap();
    expect(auto.progress).toMatch(/\] backfill recommendation: done — \d+ row\(s\) of ml\.recommendation copied in bulk(, \d+ no longer at the source deleted)?; verified: \d+ row\(s\), every one equal/);
    expect(auto.code).toBe(0);
    expect(await notCarried()).toBe(0);

    // back to the catalogue every other test knows; the column the pull request added goes with it
    mockCatalogue.wide = false;
    expect((await bootstrap()).code).toBe(0);
    await query('citizen', 'ALTER TABLE portal.recommendation DROP COLUMN recommended_at');
  }, 1_500_000);

  it('rows inserted, updated and deleted while the backfill copies (its sink stopped, the source streaming) end up exactly right', async () => {
    mockCatalogue.wide = false;
    const ns = `B${randomUUID().slice(0, 6)}`;
    // enough rows that the copy takes a while; a writer changes them all along, until the copy is done
    const writer = startWriter(ns, await seedRun(ns, 30_000, 400), 10);
    const { written } = writer;
    const ctx = loadContext('local');
    const flow = ctx.view.flows.find((f) => f.name === 'recommendation')!;
    await new Promise((r) => setTimeout(r, 500));
    const states: string[] = [];
    let beforeCopy = -1;
    const [result] = await backfill(ctx, [flow], {
      timeoutS: 300,
      onFlow: (_f, state, detail) => {
        states.push(`${state}: ${detail}`);
        if (/^copying /.test(detail)) beforeCopy = written.updated.length;
        if (/copied; waiting for the sink/.test(detail)) void writer.stop();
      },
    });
    await writer.stop();
    console.log(`backfill while writing: ${written.inserted.length} inserted, ${written.updated.length} updated, ${written.deleted.length} deleted; ${states.join(' | ')}`);
    expect(result).toMatchObject({ flow: 'recommendation', ok: true });
    expect(result.copied).toBeGreaterThanOrEqual(30_000 - written.deleted.length);
    expect(states.some((x) => x.startsWith('running: copying ml.recommendation in bulk'))).toBe(true);
    // changes before the sink stopped, and while it was stopped and the copy read
    expect(beforeCopy).toBeGreaterThan(0);
    expect(written.updated.length).toBeGreaterThan(beforeCopy);
    // the writer's last changes may still be on their way
    await eventually(async () => expect((await writtenDifferences(ns, written, 30_000)).slice(0, 10)).toEqual([]), 120_000, 2_000);
    expect(await removeRun(ns)).toEqual([]);
  }, 900_000);
});
