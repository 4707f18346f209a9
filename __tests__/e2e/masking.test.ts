import { createHash } from 'crypto';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { localSalt } from './support/deploy';
import { eventually, listTopics, query, topicTexts } from './support/engines';
import { INTERNAL_MARKERS, SECRET_TEXT, SEED, streamSeededRows } from './support/fixtures';

const view = new CatalogueView(SMART_CATALOGUE);
const salt = localSalt;
/** Kafka Connect's JSON form of a positive decimal: the base64 of its unscaled value, two's complement, big-endian. */
function connectDecimal(text: string): string {
  let hex = BigInt(text.replace('.', '')).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  // a leading byte of 0x80 or more would read as negative
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return Buffer.from(hex, 'hex').toString('base64');
}

const anyHas = (records: readonly string[], s: string) => records.some((r) => r.includes(s));

describe('masking on the real engines', () => {
  beforeAll(async () => {
    // the seeded rows have reached their targets: their events are in the topics
    await eventually(() => query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    await eventually(() => query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    // and through the stream: every seeded row's change event is in its topic
    await streamSeededRows();
  });

  it('keeps INTERNAL columns and their values out of every Kafka topic', async () => {
    const internal = view.flowsFrom('warehouse').flatMap((f) => view.columnsOfClass('warehouse', f.source.table, 'INTERNAL'));
    expect(internal.length).toBeGreaterThan(0);
    // every topic: change, dead-letter, heartbeat and supervisor topics, and Connect's own (configs, offsets, status)
    // all but Kafka's own bookkeeping (consumer offsets, transaction state: no record values of ours)
    const topics = (await listTopics()).filter((t) => !['__consumer_offsets', '__transaction_state'].includes(t));
    expect(topics).toEqual(expect.arrayContaining([...view.flows.map((f) => view.changeTopic(f)), ...view.flows.map((f) => view.deadLetterTopic(f))]));
    expect(topics.filter((t) => t.startsWith('__debezium-heartbeat.')).length).toBe(view.sourceDatabases.length);
    expect(topics.filter((t) => t.startsWith('_smart-cdc-local-')).length).toBe(3);
    // decimals travel as text (decimal.handling.mode=string), found by the value check; under `precise` they would
    // travel as the base64 of their unscaled value: searched as well
    const decimal = `"${connectDecimal(INTERNAL_MARKERS.confidence)}"`;
    const carriesConfidence = view.flowsFrom('warehouse').filter((f) => view.table('warehouse', f.source.table).columns.some((c) => c.name === 'confidence'));
    expect(carriesConfidence.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const topic of topics) {
      const records = await topicTexts(topic);
      for (const col of internal) if (anyHas(records, `"${col}"`)) found.push(`${topic}: column ${col}`);
      for (const v of Object.values(INTERNAL_MARKERS)) if (anyHas(records, v)) found.push(`${topic}: value ${v}`);
      // only where a row of the table holding it goes (other topics carry other decimals, which may take any value)
      if (carriesConfidence.some((f) => topic === view.changeTopic(f) || topic === view.deadLetterTopic(f)) && anyHas(records, decimal))
        found.push(`${topic}: decimal ${INTERNAL_MARKERS.confidence} as ${decimal}`);
    }
    expect(found).toEqual([]);
  });

  it('keeps INTERNAL values out of the citizen database', async () => {
    const dump = await query<{ t: string }>('citizen', 'SELECT string_agg(t::text, ' + "'|'" + ') AS t FROM (SELECT e::text FROM portal.eligibility e UNION ALL SELECT r::text FROM portal.recommendation r UNION ALL SELECT c::text FROM portal.citizen c) t');
    for (const v of Object.values(INTERNAL_MARKERS)) expect(dump[0].t).not.toContain(v);
  });

  it('lets SENSITIVE free text leave only as the salted SHA-256 hash, in the topic bytes and the target', async () => {
    const topic = view.changeTopic(view.flows.find((f) => f.name === 'submission')!);
    const records = await topicTexts(topic);
    expect(anyHas(records, SECRET_TEXT)).toBe(false);
    expect(anyHas(records, 'private words')).toBe(false);
    const [row] = await query<{ free_text: string }>('warehouse', 'SELECT free_text FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]);
    expect(row.free_text).toMatch(/^[0-9a-f]{64}$/);
    expect(row.free_text).toBe(createHash('sha256').update(salt() + SECRET_TEXT).digest('hex'));
    expect(anyHas(records, row.free_text)).toBe(true);
  });
});
