import { spawnSync } from 'child_process';
import { join } from 'path';
import { MaskingGateError } from '../../../../constructs/aspects/masking-gate';
import { hashPropertyKey } from '../../../../constructs/connect/debezium-source';
import { leakingCatalogue } from '../../../support/catalogues';
import { buildStack, fullSynth } from '../../../support/synth';

function gateMessage(run: () => void): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(MaskingGateError);
    return (e as Error).message;
  }
  throw new Error('expected the masking gate to fail the synth');
}

describe('masking gate', () => {
  it.each(['local', 'dev', 'staging', 'prod'])('passes the committed %s stack', (env) => {
    const { app } = buildStack(env);
    expect(() => fullSynth(app)).not.toThrow();
  });

  it('fails when a flow maps an INTERNAL column out of the warehouse, naming flow and column', () => {
    const { app } = buildStack('local', { catalogue: leakingCatalogue() });
    expect(gateMessage(() => fullSynth(app))).toMatch(
      /stack 'local'[\s\S]*flow 'eligibility': INTERNAL column ml\.eligibility_insight\.model_version would leave the warehouse into portal\.eligibility/,
    );
  });

  it('fails when the source connector would let an INTERNAL column into Kafka', () => {
    const { app, stack } = buildStack('prod');
    const source = stack.connect.sources.find((s) => s.props.name.includes('warehouse'))!;
    source.config['column.include.list'] += ',analytics\\.citizen_profile\\.income_band';
    expect(gateMessage(() => fullSynth(app))).toMatch(/flow 'profile_to_citizen': INTERNAL column analytics\.citizen_profile\.income_band would reach Kafka/);
  });

  it('fails when the source connector stops restricting columns', () => {
    const { app, stack } = buildStack('staging');
    delete stack.connect.sources.find((s) => s.props.name.includes('warehouse'))!.config['column.include.list'];
    const msg = gateMessage(() => fullSynth(app));
    for (const c of ['ml.eligibility_insight.model_version', 'ml.eligibility_insight.feature_snapshot', 'ml.recommendation.confidence', 'analytics.citizen_profile.income_band'])
      expect(msg).toContain(`INTERNAL column ${c} would reach Kafka`);
  });

  it('fails when a SENSITIVE column would leave its database unhashed', () => {
    const { app, stack } = buildStack('dev');
    const source = stack.connect.sources.find((s) => s.props.name.includes('citizen'))!;
    delete source.sensitive[hashPropertyKey('${var.hash_salt}')];
    const msg = gateMessage(() => fullSynth(app));
    expect(msg).toMatch(/flow 'submission': SENSITIVE column portal\.citizen_submission\.free_text would leave citizen unhashed/);
    expect(msg).toMatch(/flow 'submission': SENSITIVE column portal\.citizen_submission\.free_text would reach staging\.citizen_submission unhashed/);
  });

  it('makes the synth command exit non-zero with a one-line reason, no stack trace', () => {
    const script = `
      const { runSynth } = require('./main');
      const { buildStack } = require('./__tests__/support/synth');
      const { leakingCatalogue } = require('./__tests__/support/catalogues');
      runSynth(() => buildStack('local', { catalogue: leakingCatalogue() }).app);`;
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: join(__dirname, '../../../..'), encoding: 'utf8' });
    expect(r.stderr).toMatch(/^smart-cdc synth failed: masking gate failed for stack 'local':/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(1);
  });
});
