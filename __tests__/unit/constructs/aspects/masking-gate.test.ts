import { spawnSync } from 'child_process';
import { join } from 'path';
import { evaluateRules, gateSubject, MaskingGateError } from '../../../../constructs/aspects/masking-gate';
import { MASKING_RULES, MaskingRule } from '../../../../constructs/aspects/masking-rules';
import { editCatalogue, leakingCatalogue } from '../../../support/catalogues';
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

const rule = (id: string): MaskingRule => MASKING_RULES.find((r) => r.id === id)!;
/** The findings of one rule on a stack (after `edit`), without running the others. */
function findingsOf(id: string, env: string, opts: Parameters<typeof buildStack>[1] = {}, edit?: (s: ReturnType<typeof buildStack>['stack']) => void) {
  const { stack } = buildStack(env, opts);
  edit?.(stack);
  return evaluateRules(gateSubject(stack.view, stack), [rule(id)]);
}
const warehouseSource = (s: ReturnType<typeof buildStack>['stack']) => s.connect.sources.find((x) => x.props.name.includes('warehouse'))!;
const citizenSource = (s: ReturnType<typeof buildStack>['stack']) => s.connect.sources.find((x) => x.props.name.includes('citizen'))!;

describe('masking gate rules', () => {
  it('each rule has a unique id, a name and a reason', () => {
    expect(new Set(MASKING_RULES.map((r) => r.id)).size).toBe(MASKING_RULES.length);
    for (const r of MASKING_RULES) {
      expect(r.id).toMatch(/^SCDC-M\d+$/);
      expect(r.name.length).toBeGreaterThan(10);
      expect(r.why.length).toBeGreaterThan(40);
    }
  });

  describe('SCDC-M1 INTERNAL columns stay out of Kafka', () => {
    it('compliant: the committed stack lets no INTERNAL column into a topic', () => {
      expect(findingsOf('SCDC-M1', 'prod')).toEqual([]);
    });
    it('non-compliant: the source lets an INTERNAL column in', () => {
      const f = findingsOf('SCDC-M1', 'prod', {}, (s) => void (warehouseSource(s).config['column.include.list'] += ',analytics\\.citizen_profile\\.income_band'));
      expect(f.map((x) => [x.message, x.trigger])).toEqual([
        ["flow 'profile_to_citizen': INTERNAL column analytics.citizen_profile.income_band would reach Kafka (let in by smart-cdc-v1-warehouse-source)", 'connector smart-cdc-v1-warehouse-source: column.include.list'],
      ]);
    });
    it('non-compliant: the source stops restricting columns', () => {
      const f = findingsOf('SCDC-M1', 'staging', {}, (s) => void delete warehouseSource(s).config['column.include.list']);
      expect(f.map((x) => /column (\S+) would/.exec(x.message)![1]).sort()).toEqual(
        ['analytics.citizen_profile.income_band', 'ml.eligibility_insight.feature_snapshot', 'ml.eligibility_insight.model_version', 'ml.recommendation.confidence', 'ml.recommendation.model_version'].sort(),
      );
    });
  });

  describe('SCDC-M2 SENSITIVE columns are hashed before Kafka', () => {
    it('compliant: the committed stack hashes free_text at the source', () => {
      expect(findingsOf('SCDC-M2', 'dev')).toEqual([]);
    });
    it('non-compliant: the hash transform lists another column, takes a literal salt, or is left out of the chain', () => {
      const edits: Array<(c: Record<string, string>) => void> = [
        (c) => (c['transforms.hashSensitive.columns'] = 'portal.citizen_submission.category'),
        (c) => (c['transforms.hashSensitive.salt.password'] = 'a-literal-salt-0123456789'),
        (c) => (c.transforms = c.transforms.replace('hashSensitive,', '')),
      ];
      for (const edit of edits) {
        const f = findingsOf('SCDC-M2', 'dev', {}, (s) => edit(citizenSource(s).config));
        expect(f.map((x) => [x.message, x.trigger])).toEqual([
          [
            "flow 'submission': SENSITIVE column portal.citizen_submission.free_text would leave citizen unhashed (not hashed by smart-cdc-v1-citizen-source)",
            'connector smart-cdc-v1-citizen-source: transforms (a HashColumns transform with a worker secret salt)',
          ],
        ]);
      }
    });
  });

  describe('SCDC-M3 No sink writes an INTERNAL column', () => {
    it('compliant: no sink of the committed stack carries an INTERNAL column', () => {
      expect(findingsOf('SCDC-M3', 'local')).toEqual([]);
    });
    it('non-compliant: a flow maps an INTERNAL column into the portal', () => {
      const f = findingsOf('SCDC-M3', 'local', { catalogue: leakingCatalogue() });
      expect(f.map((x) => [x.message, x.trigger])).toEqual([
        ["flow 'eligibility': INTERNAL column ml.eligibility_insight.model_version would leave the warehouse database into portal.eligibility", 'connector smart-cdc-v1-eligibility-sink: transforms.selectFields.include'],
      ]);
    });
  });

  describe('SCDC-M4 No sink writes a SENSITIVE column unhashed', () => {
    it('compliant: the submission sink carries free_text that its source hashes', () => {
      expect(findingsOf('SCDC-M4', 'staging')).toEqual([]);
    });
    it('non-compliant: the source stops hashing what the sink carries', () => {
      const f = findingsOf('SCDC-M4', 'staging', {}, (s) => void (citizenSource(s).config['transforms.hashSensitive.columns'] = 'portal.citizen_submission.category'));
      expect(f.map((x) => [x.message, x.trigger])).toEqual([
        ["flow 'submission': SENSITIVE column portal.citizen_submission.free_text would reach staging.citizen_submission unhashed", 'connector smart-cdc-v1-submission-sink: transforms.selectFields.include'],
      ]);
    });
  });

  describe('SCDC-M5 Reader roles see PII only through a Ranger mask', () => {
    it('compliant: every PII column a role reads has its mask', () => {
      expect(findingsOf('SCDC-M5', 'dev')).toEqual([]);
    });
    it('non-compliant: a role reads a PII column without a mask', () => {
      const cat = editCatalogue((c) => void delete c.readers.find((r) => r.name === 'analyst')!.masks.email);
      const f = findingsOf('SCDC-M5', 'dev', { catalogue: cat });
      expect(f.map((x) => x.trigger)).toEqual(['Ranger document of dev: policies of service smart-cdc-dev-warehouse']);
      expect(f[0].message).toMatch(/^reader role 'analyst' can read PII column analytics\.citizen_profile\.email \(smart_warehouse\) without a Ranger masking policy/);
    });
  });

  describe('SCDC-M6 Connectors hold secrets only as worker secret references', () => {
    it.each(['local', 'dev', 'staging', 'prod'])('compliant: the committed %s stack', (env) => {
      expect(findingsOf('SCDC-M6', env)).toEqual([]);
    });
    it('non-compliant: a literal password, a Terraform variable, config_sensitive, a salt in a property name', () => {
      const f = findingsOf('SCDC-M6', 'prod', {}, (s) => {
        const source = citizenSource(s);
        const sink = s.connect.sinks[0];
        source.config['database.password'] = 'hunter2-literal';
        source.config['column.mask.hash.v2.SHA-256.with.salt.${var.hash_salt}'] = 'portal.citizen_submission.free_text';
        sink.config['connection.password'] = '${var.citizen_sink_password}';
        (sink.sensitive as Record<string, string>)['connection.password'] = '${var.citizen_sink_password}';
      });
      const sink = 'smart-cdc-v1-eligibility-sink';
      expect(f.map((x) => x.message).sort()).toEqual(
        [
          "connector 'smart-cdc-v1-citizen-source': 'database.password' is not a worker secret reference: the secret would be readable through Kafka Connect",
          "connector 'smart-cdc-v1-citizen-source': 'column.mask.hash.v2.SHA-256.with.salt.${var.hash_salt}' carries the hash salt in a property name, which Connect shows to anyone who can read its API",
          `connector '${sink}': 'connection.password' is not a worker secret reference: the secret would be readable through Kafka Connect`,
          `connector '${sink}': 'connection.password' is in config_sensitive, whose value Connect shows in its configuration; use a worker secret reference`,
        ].sort(),
      );
      expect(f.map((x) => x.trigger)).toContain('connector smart-cdc-v1-citizen-source: database.password');
    });
    it('non-compliant: a Terraform variable in any property, not only a secret one', () => {
      const f = findingsOf('SCDC-M6', 'staging', {}, (s) => void (citizenSource(s).config['database.user'] = '${var.citizen_capture_user}'));
      expect(f.map((x) => [x.message, x.trigger])).toEqual([
        ["connector 'smart-cdc-v1-citizen-source': 'database.user' holds a Terraform variable: its value would be in the connector configuration", 'connector smart-cdc-v1-citizen-source: database.user'],
      ]);
    });
  });
});

describe('MaskingGateError', () => {
  it('lists each finding on its own line under the stack it failed', () => {
    const err = new MaskingGateError('prod', [
      { rule: rule('SCDC-M1'), message: 'first', trigger: 'a' },
      { rule: rule('SCDC-M5'), message: 'second', trigger: 'b' },
    ]);
    expect(err.name).toBe('MaskingGateError');
    expect(err.violations).toEqual(['[SCDC-M1] first — triggered by a', '[SCDC-M5] second — triggered by b']);
    expect(err.message).toBe("masking gate failed for stack 'prod':\n  - [SCDC-M1] first — triggered by a\n  - [SCDC-M5] second — triggered by b");
  });
});

describe('masking gate (Aspect)', () => {
  it.each(['local', 'dev', 'staging', 'prod'])('passes the committed %s stack', (env) => {
    const { app } = buildStack(env);
    expect(() => fullSynth(app)).not.toThrow();
  });

  it('fails the synth naming rule, flow, column and trigger, once per breach', () => {
    const { app } = buildStack('local', { catalogue: leakingCatalogue() });
    const msg = gateMessage(() => fullSynth(app));
    expect(msg).toMatch(/^masking gate failed for stack 'local':/);
    expect(msg).toContain("  - [SCDC-M1] flow 'eligibility': INTERNAL column ml.eligibility_insight.model_version would reach Kafka (let in by smart-cdc-v1-warehouse-source) — triggered by connector smart-cdc-v1-warehouse-source: column.include.list");
    expect(msg).toContain("  - [SCDC-M3] flow 'eligibility': INTERNAL column ml.eligibility_insight.model_version would leave the warehouse database into portal.eligibility");
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
