import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../../main';
import { ROOT } from '../../../scripts/docs/generate';
import { mapWithPlaceholders, placeholdersIn, withPlaceholders } from '../../../scripts/docs/render';

/**
 * config/ against what `cdktf synth` writes: the committed files are compared with the synthesized
 * Terraform resources of each stack (not with the exporter's own functions).
 */
type Json = Record<string, any>;
const ENVS = ['local', 'dev', 'staging', 'prod'];
const committed = (path: string) => JSON.parse(readFileSync(join(ROOT, 'config', path), 'utf8'));
const filesIn = (dir: string) => (existsSync(join(ROOT, 'config', dir)) ? readdirSync(join(ROOT, 'config', dir)).sort() : []);
/** Terraform's template escape, as the stack writes literal `${` */
const unescapeTemplate = (s: string) => s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
const unescapeDeep = (v: unknown): unknown =>
  typeof v === 'string' ? unescapeTemplate(v) : Array.isArray(v) ? v.map(unescapeDeep) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [unescapeTemplate(k), unescapeDeep(x)])) : v;

describe('config/ equals the synthesized stacks', () => {
  let outdir: string;
  const synth: Record<string, Json> = {};
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'smart-cdc-synth-'));
    buildApp(new App({ outdir })).synth();
    for (const env of ENVS) synth[env] = JSON.parse(readFileSync(join(outdir, 'stacks', env, 'cdk.tf.json'), 'utf8'));
  }, 60_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  describe.each(ENVS)('%s', (env) => {
    const connectors = () => Object.values(synth[env].resource['kafka-connect_connector'] as Record<string, Json>);

    it('has one file per synthesized kafka-connect_connector, with the config Terraform passes to Connect', () => {
      expect(filesIn(`${env}/connectors`)).toEqual(connectors().map((c) => `${c.name}.json`).sort());
      for (const c of connectors()) {
        const file = committed(`${env}/connectors/${c.name}.json`);
        expect(file.name).toBe(c.name);
        expect(c.config_sensitive).toBeUndefined();
        expect(file.config).toEqual(unescapeDeep(c.config));
      }
    });

    it('topics.json lists exactly the synthesized kafka_topic resources', () => {
      const topics = Object.values(synth[env].resource.kafka_topic as Record<string, Json>)
        .map((t) => ({ name: t.name, partitions: t.partitions, replicationFactor: t.replication_factor, config: t.config }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const file = (committed(`${env}/topics.json`) as Json[])
        .map((t) => ({ name: t.name, partitions: t.partitions, replicationFactor: t.replicationFactor, config: t.config }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(file).toEqual(topics);
    });

    it('the Ranger files are the document the governance layer applies (terraform_data input), or absent without phase 3', () => {
      const data = Object.entries((synth[env].resource.terraform_data ?? {}) as Record<string, Json>).filter(([, r]) => r.input?.serviceDefinition && r.input?.policies);
      const phases: number[] = synth[env].output.phases.value;
      if (!phases.includes(3)) {
        expect(data).toHaveLength(0);
        expect(existsSync(join(ROOT, 'config', env, 'ranger'))).toBe(false);
        return;
      }
      expect(data).toHaveLength(1);
      const doc = unescapeDeep(data[0][1].input) as Json;
      expect(committed(`${env}/ranger/document.json`)).toEqual(doc);
      expect(committed(`${env}/ranger/service-definition.json`)).toEqual(doc.serviceDefinition);
      expect(filesIn(`${env}/ranger/services`)).toEqual(doc.services.map((s: Json) => `${s.name}.json`).sort());
      for (const s of doc.services) expect(committed(`${env}/ranger/services/${s.name}.json`)).toEqual(s);
      expect(filesIn(`${env}/ranger/policies`)).toEqual(doc.policies.map((p: Json) => `${p.name}.json`).sort());
      for (const p of doc.policies) expect(committed(`${env}/ranger/policies/${p.name}.json`)).toEqual(p);
    });

    it('holds no secret: every secret is a placeholder for a sensitive variable the stack declares', () => {
      const declared = Object.entries((synth[env].variable ?? {}) as Record<string, Json>)
        .filter(([, v]) => v.sensitive)
        .map(([k]) => k);
      const files = listFiles(join(ROOT, 'config', env)).map((f) => [f, readFileSync(f, 'utf8')] as const);
      for (const [f, t] of files) {
        expect(t).not.toMatch(/column\.mask\.hash/);
        for (const name of placeholdersIn(t)) expect(declared).toContain(name);
        // the only `${…}` left are worker secret references of connectors
        const refs = [...t.matchAll(/\$\{[^}]*\}/g)].map((m) => m[0]);
        if (!f.includes('/connectors/')) expect(refs).toEqual([]);
        for (const r of refs) expect(r).toMatch(new RegExp(`^\\$\\{secrets:${synthDir(env)}:[a-z_]+\\}$`));
      }
      // a connector's secrets, and only they, are worker secret references
      for (const c of connectors()) {
        for (const [k, v] of Object.entries(unescapeDeep(c.config) as Record<string, string>)) {
          expect(k).not.toContain('${');
          if (/(password|salt)$/.test(k)) expect({ [k]: v }).toEqual({ [k]: expect.stringMatching(/^\$\{secrets:[^:]+:[a-z_]+\}$/) });
          else expect({ [k]: v }).toEqual({ [k]: expect.not.stringContaining('${') });
        }
      }
    });
  });

  it('the salt of the SENSITIVE hash is a worker secret reference in a property value', () => {
    const file = committed('prod/connectors/smart-cdc-v1-citizen-source.json');
    expect(file.config['transforms.hashSensitive.salt.password']).toBe('${secrets:/etc/kafka-connect/secrets/smart-cdc:hash_salt}');
    expect(file.config['database.password']).toBe('${secrets:/etc/kafka-connect/secrets/smart-cdc:citizen_capture_password}');
  });
});

describe('placeholders', () => {
  it('turns variable references into named placeholders, in keys and values', () => {
    expect(mapWithPlaceholders({ 'a.${var.hash_salt}': '${var.pw}' }, 'x')).toEqual({ 'a.<secret:hash_salt>': '<secret:pw>' });
  });
  it('refuses any other Terraform expression, so nothing unresolved is exported', () => {
    expect(() => withPlaceholders('${data.vault.secret}', 'x')).toThrow(/Terraform expression other than a variable reference/);
    expect(() => withPlaceholders('%{ if true }x%{ endif }', 'x')).toThrow(/Terraform expression/);
  });
});

const synthDir = (env: string) => ({ local: 'secrets', dev: '/kafka/secrets/smart-cdc' })[env as 'local' | 'dev'] ?? '/etc/kafka-connect/secrets/smart-cdc';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}
