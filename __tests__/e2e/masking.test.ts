import { createHash } from 'crypto';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { localSalt } from './support/deploy';
import { eventually, query, readTopic, topicSize } from './support/engines';
import { INTERNAL_MARKERS, SECRET_TEXT, SEED } from './support/fixtures';

const view = new CatalogueView(SMART_CATALOGUE);
const salt = localSalt;
const bytesOf = async (topic: string) => (await readTopic(topic)).map((r) => `${r.key?.toString() ?? ''}\n${r.value?.toString() ?? ''}`).join('\n');

describe('masking on the real engines', () => {
  beforeAll(async () => {
    // the seeded rows have reached their targets: their events are in the topics
    await eventually(() => query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    await eventually(() => query('citizen', 'SELECT 1 FROM portal.eligibility WHERE id = $1', [SEED.publishedInsight]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    // and every flow's snapshot is in its topic
    for (const f of view.flows) await eventually(async () => { if (!(await topicSize(view.changeTopic(f)))) throw new Error(`${view.changeTopic(f)} is empty`); });
  });

  it('keeps INTERNAL columns and their values out of every Kafka topic', async () => {
    const internal = view.flowsFrom('warehouse').flatMap((f) => view.columnsOfClass('warehouse', f.source.table, 'INTERNAL'));
    expect(internal.length).toBeGreaterThan(0);
    for (const f of view.flows) {
      const text = await bytesOf(view.changeTopic(f));
      expect(text.length).toBeGreaterThan(0);
      for (const col of internal) expect(text).not.toContain(`"${col}"`);
      for (const v of Object.values(INTERNAL_MARKERS)) expect(text).not.toContain(v);
    }
  });

  it('keeps INTERNAL values out of the citizen database', async () => {
    const dump = await query<{ t: string }>('citizen', 'SELECT string_agg(t::text, ' + "'|'" + ') AS t FROM (SELECT e::text FROM portal.eligibility e UNION ALL SELECT r::text FROM portal.recommendation r UNION ALL SELECT c::text FROM portal.citizen c) t');
    for (const v of Object.values(INTERNAL_MARKERS)) expect(dump[0].t).not.toContain(v);
  });

  it('lets SENSITIVE free text leave only as the salted SHA-256 hash, in the topic bytes and the target', async () => {
    const topic = view.changeTopic(view.flows.find((f) => f.name === 'submission')!);
    const text = await bytesOf(topic);
    expect(text).not.toContain(SECRET_TEXT);
    expect(text).not.toContain('private words');
    const [row] = await query<{ free_text: string }>('warehouse', 'SELECT free_text FROM staging.citizen_submission WHERE submission_id = $1', [SEED.consentedSubmission]);
    expect(row.free_text).toMatch(/^[0-9a-f]{64}$/);
    expect(row.free_text).toBe(createHash('sha256').update(salt() + SECRET_TEXT).digest('hex'));
    expect(text).toContain(row.free_text);
  });
});
