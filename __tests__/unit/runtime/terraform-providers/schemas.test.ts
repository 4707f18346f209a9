import { execFile } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { terraformEnv } from '../../../../scripts/terraform/cdktf';
import { bindingSchema, terraformSchema } from '../../../support/binding-schema';

/**
 * The test-only substitutes of cyrilgdn/postgresql and kreuzwerker/docker
 * (runtime/terraform-providers/) have, for the resources our stacks use and for their provider
 * block, the schemas of the real providers: as `terraform providers schema -json` reports them,
 * compared line by line with the npm bindings that cdktf generated from the real providers; and
 * they offer nothing else (no other resource, no data source, ephemeral resource or function).
 */
const SUBSTITUTES: Array<{ pkg: string; source: string; local: string; resources: Record<string, string> }> = [
  {
    pkg: '@cdktf/provider-postgresql',
    source: 'registry.terraform.io/cyrilgdn/postgresql',
    local: 'postgresql',
    resources: { postgresql_role: 'role', postgresql_grant: 'grant', postgresql_replication_slot: 'replication-slot' },
  },
  {
    pkg: '@cdktf/provider-docker',
    source: 'registry.terraform.io/kreuzwerker/docker',
    local: 'docker',
    resources: { docker_container: 'container', docker_image: 'image', docker_network: 'network', docker_volume: 'volume' },
  },
];

const dir = mkdtempSync(join(tmpdir(), 'smart-cdc-substitutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const terraform = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile('terraform', [`-chdir=${dir}`, ...args], { env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })),
  );

let schema: Parameters<typeof terraformSchema>[0];
beforeAll(async () => {
  // the project's mirror, whatever this machine can reach: the substitutes are what is tested
  const env = { ...terraformEnv({ ...process.env, SMART_CDC_TF_MIRROR: '', SMART_CDC_TF_PROVIDERS: 'mirror' }), TF_IN_AUTOMATION: '1', TF_PLUGIN_CACHE_DIR: '' };
  const required = Object.fromEntries(SUBSTITUTES.map((s) => [s.local, { source: s.source.replace('registry.terraform.io/', ''), version: version(s.pkg) }]));
  writeFileSync(join(dir, 'main.tf.json'), JSON.stringify({ terraform: { required_providers: required } }));
  const init = await terraform(env, 'init', '-backend=false', '-input=false', '-no-color');
  if (init.code) throw new Error(`terraform init with the substitutes failed:\n${init.stderr || init.stdout}`);
  const out = await terraform(env, 'providers', 'schema', '-json');
  if (out.code) throw new Error(`terraform providers schema failed:\n${out.stderr}`);
  schema = JSON.parse(out.stdout);
}, 300_000);

/** the provider version an npm binding was generated from */
function version(pkg: string): string {
  const { readFileSync } = require('fs') as typeof import('fs');
  const js = readFileSync(require.resolve(`${pkg}/lib/provider/index.js`), 'utf8');
  return js.match(/providerVersion: '([^']+)'/)![1];
}

describe.each(SUBSTITUTES)('the substitute of $source', (s) => {
  it(`has the real provider's schema for ${Object.keys(s.resources).join(', ')} and its provider block`, () => {
    const expected = bindingSchema(s.pkg, s.resources);
    const actual = terraformSchema(schema, s.source, Object.keys(s.resources));
    // missing or extra lines, each naming resource.attribute, type and required/optional/computed
    expect({ missing: expected.filter((l) => !actual.includes(l)), extra: actual.filter((l) => !expected.includes(l)) }).toEqual({ missing: [], extra: [] });
    expect(actual.length).toBeGreaterThan(20);
  });
});

describe.each(SUBSTITUTES)('the substitute of $source offers nothing else', (s) => {
  it(`has exactly the resources ${Object.keys(s.resources).join(', ')}, and no data sources, ephemeral resources or functions`, () => {
    const p = schema.provider_schemas[s.source];
    if (!p) throw new Error(`${s.source} is not in the schema output`);
    expect({
      resources: Object.keys(p.resource_schemas ?? {}).sort(),
      dataSources: Object.keys(p.data_source_schemas ?? {}),
      ephemeralResources: Object.keys(p.ephemeral_resource_schemas ?? {}),
      functions: Object.keys(p.functions ?? {}),
    }).toEqual({ resources: Object.keys(s.resources).sort(), dataSources: [], ephemeralResources: [], functions: [] });
  });
});

describe('the comparison itself', () => {
  it('reads every configurable attribute, block and computed attribute of a binding', () => {
    const lines = bindingSchema('@cdktf/provider-docker', { docker_container: 'container' });
    expect(lines).toEqual(expect.arrayContaining([
      'docker_container.image: string required',
      'docker_container.env: set(string) optional',
      'docker_container.healthcheck: block list max1 optional',
      'docker_container.healthcheck.test: list(string) required',
      'docker_container.ports: block list optional',
      'docker_container.ports.internal: number required',
      'docker_container.exit_code: number computed',
      'provider.host: string optional',
    ]));
  });
});
