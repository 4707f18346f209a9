import { randomUUID } from 'crypto';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { waitForRunning } from './support/deploy';
import { app, eventually, query, topicTexts } from './support/engines';
import { SEED } from './support/fixtures';

const view = new CatalogueView(SMART_CATALOGUE);
/** Values of the new columns, found nowhere else in the topics */
const NEW_VALUES = { campaign: 'campaign-value-e2e-5d1c', channel: 'channel-value-e2e-9b7a' };

describe('schema evolution', () => {
  it('a new nullable column at a source is not sent, and does not stop the pipeline', async () => {
    await query('warehouse', 'ALTER TABLE ml.recommendation ADD COLUMN IF NOT EXISTS campaign text');
    await query('citizen', 'ALTER TABLE portal.citizen_submission ADD COLUMN IF NOT EXISTS channel text');
    const reco = randomUUID();
    const sub = randomUUID();
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, campaign) VALUES ($1, $2, 'NEWCOL', 3, $3)`, [reco, SEED.profile, NEW_VALUES.campaign]);
    await app('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, consent_research, channel) VALUES ($1, $2, 'newcol', true, $3)`, [sub, SEED.portalCitizen, NEW_VALUES.channel]);
    await eventually(() => query('citizen', "SELECT 1 FROM portal.recommendation WHERE id = $1 AND program_code = 'NEWCOL'", [reco]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    await eventually(() => query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [sub]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    // the rows arrived without the new columns: neither their names (the records carry their schema) nor their values are in the topics
    for (const [flow, column] of [['recommendation', 'campaign'], ['submission', 'channel']] as const) {
      const topic = view.changeTopic(view.flows.find((f) => f.name === flow)!);
      const records = await topicTexts(topic);
      const anyHas = (s: string) => records.some((r) => r.includes(s));
      expect(anyHas(flow === 'recommendation' ? reco : sub)).toBe(true);
      expect({ topic, column: anyHas(`"${column}"`), value: anyHas(NEW_VALUES[column]) }).toEqual({ topic, column: false, value: false });
    }
    await waitForRunning([...view.sourceDatabases.map((d) => view.sourceConnectorName(d)), ...view.flows.map((f) => view.sinkConnectorName(f))], 10_000);
  });
});
