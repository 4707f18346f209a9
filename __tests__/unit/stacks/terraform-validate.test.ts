import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../../main';
import { ENVIRONMENTS } from '../../../environments';
import { terraformEnv } from '../../../scripts/terraform/cdktf';

/**
 * Every synthesized stack against the real provider schemas: `terraform init -backend=false` and
 * `terraform validate`, so an attribute the providers do not know fails here, not in a deploy.
 * Providers come from the registry, or from the project's mirror where the registry cannot be reached (CI).
 */
const outdir = mkdtempSync(join(tmpdir(), 'smart-cdc-validate-'));
// a cache of this run only: Terraform's plugin cache is not safe for inits running at once (other files, other clones)
const cache = join(outdir, 'plugin-cache');
mkdirSync(cache, { recursive: true });
const env: NodeJS.ProcessEnv = { ...terraformEnv(process.env), TF_PLUGIN_CACHE_DIR: cache, TF_IN_AUTOMATION: '1' };

const terraform = (dir: string, ...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile('terraform', [`-chdir=${dir}`, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })),
  );

beforeAll(() => {
  buildApp(new App({ outdir })).synth();
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

// where the registry cannot be reached, the PostgreSQL and Docker schemas are our substitutes' (checked against the real ones elsewhere)
const providers = env.SMART_CDC_TF_MIRROR ? "the project's mirror: real Kafka providers, SUBSTITUTES of cyrilgdn/postgresql and kreuzwerker/docker" : 'the public registry';
describe.each(Object.keys(ENVIRONMENTS))(`terraform validate: %s (providers from ${providers})`, (name) => {
  it('passes against the providers the stack requires', async () => {
    const dir = join(outdir, 'stacks', name);
    const init = await terraform(dir, 'init', '-backend=false', '-input=false', '-no-color');
    expect({ code: init.code, stderr: init.code ? init.stderr || init.stdout : '' }).toEqual({ code: 0, stderr: '' });
    const v = await terraform(dir, 'validate', '-json', '-no-color');
    const report = JSON.parse(v.stdout) as { valid: boolean; error_count: number; diagnostics: Array<{ severity: string; summary: string; detail?: string }> };
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
  }, 180_000);
});

describe('terraform validate catches what the providers do not know', () => {
  it('fails a stack whose connector has an attribute the provider does not define', async () => {
    const { readFileSync, writeFileSync } = await import('fs');
    const dir = join(outdir, 'stacks', 'local');
    const file = join(dir, 'cdk.tf.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    const [first] = Object.values<Record<string, unknown>>(json.resource['kafka-connect_connector']);
    first.max_tasks = 3;
    const broken = join(outdir, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'cdk.tf.json'), JSON.stringify({ ...json, terraform: { ...json.terraform, backend: undefined } }));
    await terraform(broken, 'init', '-backend=false', '-input=false', '-no-color');
    const v = await terraform(broken, 'validate', '-json', '-no-color');
    const report = JSON.parse(v.stdout) as { valid: boolean; diagnostics: Array<{ summary: string; detail?: string }> };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => `${d.summary} ${d.detail ?? ''}`).join('\n')).toMatch(/max_tasks/);
  }, 180_000);
});
