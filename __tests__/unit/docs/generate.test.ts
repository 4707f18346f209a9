import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { describeStaleness, generateAll, isStale, main, renderTemplate, staleness, WITH_REGIONS, writeAll } from '../../../scripts/docs/generate';
import { buildPipeline } from '../../../scripts/docs/pipeline';
import { exportedConnectors } from '../../../scripts/docs/config-export';
import { EnvironmentStack } from '../../../scripts/docs/pipeline';
import { documentedConnectors, reasonsByKey } from '../../../scripts/docs/settings';

/** The catalogue with one change: flow 1 also carries withdrawn insights. */
function changedCatalogue(): Catalogue {
  return {
    ...SMART_CATALOGUE,
    // a filter the docs show, and a carried field fewer, which the warehouse source's column list shows
    flows: SMART_CATALOGUE.flows.map((f) => (f.id === 1 ? { ...f, filter: { column: 'status', in: ['published', 'withdrawn'] }, fields: Object.fromEntries(Object.entries(f.fields).filter(([c]) => c !== 'explanation')) } : f)),
  };
}

describe('generated documents and config/', () => {
  let files: Map<string, string>;
  let tmp: string;
  beforeAll(() => {
    files = generateAll();
  });
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'smart-cdc-docs-'));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('the committed files are exactly what the catalogue and stacks generate', () => {
    const s = staleness(files);
    expect(describeStaleness(s)).toBe('');
    expect(isStale(s)).toBe(false);
  });

  it('covers the three documents and every environment in config/', () => {
    for (const doc of ['DATA_MAPPING_REFERENCE.md', 'CDC_DATA_MASKING_STRATEGY.md', 'IMPLEMENTATION_GUIDE.md']) expect(files.has(`docs/${doc}`)).toBe(true);
    for (const env of ['local', 'dev', 'staging', 'prod']) {
      expect(files.has(`config/${env}/topics.json`)).toBe(true);
      expect([...files.keys()].some((f) => f.startsWith(`config/${env}/connectors/`))).toBe(true);
    }
  });

  it('is deterministic', () => {
    const again = generateAll();
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of again) expect(v).toBe(files.get(k));
  });

  it('detects a changed catalogue, naming the stale document and connector configuration', () => {
    const s = staleness(generateAll(changedCatalogue()));
    expect(isStale(s)).toBe(true);
    expect(s.changed).toEqual(expect.arrayContaining(['docs/DATA_MAPPING_REFERENCE.md', 'docs/CDC_DATA_MASKING_STRATEGY.md']));
    for (const env of ['local', 'dev', 'staging', 'prod']) expect(s.changed).toContain(`config/${env}/connectors/smart-cdc-v1-warehouse-source.json`);
    expect(describeStaleness(s)).toMatch(/stale: +docs\/DATA_MAPPING_REFERENCE\.md/);
  });

  it('--check exits 1 naming a stale, a missing and an orphaned file; 0 once regenerated', () => {
    writeAll(files, tmp);
    const errors: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(main(['--check'], tmp)).toBe(0);
      writeFileSync(join(tmp, 'docs/DATA_MAPPING_REFERENCE.md'), 'edited by hand\n');
      rmSync(join(tmp, 'config/prod/topics.json'));
      mkdirSync(join(tmp, 'config/prod/connectors'), { recursive: true });
      writeFileSync(join(tmp, 'config/prod/connectors/smart-cdc-v0-old-sink.json'), '{}\n');
      expect(main(['--check'], tmp)).toBe(1);
      expect(errors.join('\n')).toMatch(/stale: +docs\/DATA_MAPPING_REFERENCE\.md/);
      expect(errors.join('\n')).toMatch(/missing: +config\/prod\/topics\.json/);
      expect(errors.join('\n')).toMatch(/orphaned: +config\/prod\/connectors\/smart-cdc-v0-old-sink\.json/);
      expect(main([], tmp)).toBe(0);
      expect(main(['--check'], tmp)).toBe(0);
      expect(readFileSync(join(tmp, 'docs/DATA_MAPPING_REFERENCE.md'), 'utf8')).toBe(files.get('docs/DATA_MAPPING_REFERENCE.md'));
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
  });

  it('rejects an unknown argument', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(main(['--chek'], tmp)).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('fails on a template section that does not exist', () => {
    expect(() => renderTemplate('X.md', 'see {{noSuchSection}}', buildPipeline())).toThrow(/unknown section '\{\{noSuchSection\}\}'/);
  });

  it('documents every exported connector property, with the reason its builder gives', () => {
    const p = buildPipeline();
    for (const kind of ['source', 'sink'] as const) {
      const reasons = reasonsByKey(p.environments, kind);
      for (const e of p.environments) {
        const exported = new Map(exportedConnectors(e).map((c) => [c.name, c.config]));
        for (const c of documentedConnectors(e, kind)) {
          expect(c.settings.map((s) => s.key).sort()).toEqual(Object.keys(exported.get(c.name)!).sort());
          for (const s of c.settings) expect(reasons.get(s.key)).toBe(s.why);
        }
      }
      expect(reasons.get(kind === 'source' ? 'snapshot.mode' : 'insert.mode')).toMatch(kind === 'source' ? /bulk copy/ : /idempotent/);
    }
  });

  it('refuses two reasons for one property (a reason may not depend on the environment or flow)', () => {
    const fake = (env: string, why: string) =>
      ({ name: env, stack: { connect: { sources: [{ spec: { name: { value: 'src' } }, settings: [{ key: 'slot.name', value: 's', why }] }], sinks: [] } } }) as unknown as EnvironmentStack;
    expect(() => reasonsByKey([fake('dev', 'one reason'), fake('prod', 'another')], 'source')).toThrow(/the source property 'slot\.name' has two reasons \(dev\/src: "one reason"; prod\/src: "another"\)/);
  });

  it('marks every generated Markdown file as generated, and carries no timestamp', () => {
    for (const [path, text] of files) {
      // a hand-written document with generated regions (README.md) is marked region by region instead
      if (path.endsWith('.md') && !WITH_REGIONS.includes(path)) expect(text.split('\n')[0]).toMatch(/^<!-- Generated by scripts\/docs\/generate\.ts/);
      expect(text).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
    }
  });
});
