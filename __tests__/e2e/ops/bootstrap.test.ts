import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../support/deploy';
import { discardLeftoverParked, dummySecrets, expectOneLineError, json, localNames, ops } from './run';

/**
 * `bootstrap` re-run on the deployed local environment (the global setup deployed it with cdktf;
 * re-running must converge and change nothing), and its clear failures.
 */

describe('ops bootstrap (local runtime)', () => {
  it('is safe to re-run: converges, waits, shows plain progress off a terminal, ends with the status', async () => {
    // no variable from the user: the local stack's only secret, the salt, lives in the runtime's secret directory
    await discardLeftoverParked();
    const r = await ops(['bootstrap', 'local', '--json', '--max-dlq', '0'], {}, 390_000);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out).toMatchObject({ environment: 'local', status: { health: 'healthy', exitCode: 0 } });
    expect(out.bootstrapSeconds).toBeGreaterThan(0);
    // progress: plain lines on stderr, no terminal control codes
    expect(r.stderr).not.toContain('\x1b');
    const n = localNames();
    for (const line of [
      /\] preflight: done — \d+ ok/,
      // a re-deploy of an unchanged stack changes nothing
      /\] stack resources: done — cdktf deploy local: 0 resources changed/,
      ...n.sources.map((s) => new RegExp(`\\] snapshot ${s.db}: done — `)),
      ...n.sources.map((s) => new RegExp(`\\] heartbeat ${s.db}: done — cdc\\.heartbeat written \\d+s ago`)),
      ...n.sinks.map((s) => new RegExp(`\\] sink ${s.flow.name}: done — consumed ${s.topic.replace(/\./g, '\\.')} up to \\d+`)),
      ...[...n.sources, ...n.sinks].map((c) => new RegExp(`\\] ${c.connector}: done — RUNNING \\(1 task\\)`)),
    ])
      expect(r.stderr).toMatch(line);
    // Terraform's own output goes to a file the progress names, not to the terminal
    expect(r.stderr).toMatch(/\] stack resources: done — cdktf deploy local: 0 resources changed \(Terraform's output: \S*build\/logs\/cdktf-deploy-local\.log\)/);
    expect(r.stderr).not.toMatch(/Terraform will perform|No changes\. Your infrastructure matches/);
    expect(readFileSync(join(ROOT, 'build', 'logs', 'cdktf-deploy-local.log'), 'utf8')).toMatch(/No changes\. Your infrastructure matches the configuration/);
  }, 400_000); // synthesis and a real `cdktf deploy` (init, plan, apply)

  it('names the stack variable it needs: the salt only where the stack fills the Connect worker\'s secrets (dev)', async () => {
    const env = dummySecrets('dev');
    delete env.TF_VAR_hash_salt;
    expectOneLineError(await ops(['bootstrap', 'dev'], env), 64, 'the dev stack needs its variables: set TF_VAR_hash_salt');
  });

  it('says how to get the providers when Terraform cannot download them', async () => {
    // the registry forced: Terraform asks the public registry, which this machine cannot reach
    const r = await ops(['bootstrap', 'dev'], { ...dummySecrets('dev'), SMART_CDC_TF_MIRROR: '', SMART_CDC_TF_PROVIDERS: 'registry' });
    expect(r.code).toBe(1);
    const last = r.stderr.trim().split('\n').pop()!;
    expect(last).toBe('error: `cdktf deploy dev` failed: Terraform cannot download its providers from the public registry; unset SMART_CDC_TF_PROVIDERS (the project then builds its own provider mirror) or point SMART_CDC_TF_MIRROR at a provider mirror (see README, "Terraform and its providers")');
  });
});
