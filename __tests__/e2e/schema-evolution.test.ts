import { randomUUID } from 'crypto';
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { waitForRunning } from './support/deploy';
import { app, eventually, query } from './support/engines';
import { SEED } from './support/fixtures';

const view = new CatalogueView(SMART_CATALOGUE);

describe('schema evolution', () => {
  it('a new nullable column at a source does not stop the pipeline', async () => {
    await query('warehouse', 'ALTER TABLE ml.recommendation ADD COLUMN IF NOT EXISTS campaign text');
    await query('citizen', 'ALTER TABLE portal.citizen_submission ADD COLUMN IF NOT EXISTS channel text');
    const reco = randomUUID();
    const sub = randomUUID();
    await app('warehouse', `INSERT INTO ml.recommendation (recommendation_id, citizen_id, program_code, rank, campaign) VALUES ($1, $2, 'NEWCOL', 3, 'spring')`, [reco, SEED.profile]);
    await app('citizen', `INSERT INTO portal.citizen_submission (id, citizen_id, category, consent_research, channel) VALUES ($1, $2, 'newcol', true, 'app')`, [sub, SEED.portalCitizen]);
    await eventually(() => query('citizen', "SELECT 1 FROM portal.recommendation WHERE id = $1 AND program_code = 'NEWCOL'", [reco]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    await eventually(() => query('warehouse', 'SELECT 1 FROM staging.citizen_submission WHERE submission_id = $1', [sub]).then((r) => { if (!r.length) throw new Error('not yet'); }));
    await waitForRunning([...view.sourceDatabases.map((d) => view.sourceConnectorName(d)), ...view.flows.map((f) => view.sinkConnectorName(f))], 10_000);
  });
});
