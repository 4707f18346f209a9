import { readFileSync } from 'fs';
import { join } from 'path';
import { CatalogueView, ORIGIN_APP, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, SINK_ROLE } from '../../../catalogue/derive';
import { HASH_SALT_SECRET, workerSecretName } from '../../../constructs/connect/worker-secrets';
import { HASH_ALGORITHM } from '../../../constructs/connect/transforms';
import { captureSupportSql, LWW_CLOCK, LWW_STEP } from '../../../constructs/database/sql';
import { exportedConnectors } from '../../../scripts/docs/config-export';
import { generateAll, ROOT } from '../../../scripts/docs/generate';
import { clockRule } from '../../../scripts/docs/mapping';
import { buildPipeline, Pipeline } from '../../../scripts/docs/pipeline';
import { referenceEnv, secretsProvider } from '../../../scripts/docs/sections';
import { code, words } from '../../../scripts/docs/render';

/**
 * What the generated documents (and README.md, where it says the same) state about behaviour — the
 * clock, the loop filter, the masking, the delete policies, the secret references — checked against
 * the constants and the configuration the code uses, not against the documents' own words.
 */

let p: Pipeline;
let files: Map<string, string>;
let view: CatalogueView;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const doc = (name: string) => files.get(`docs/${name}`)!;
/** the sentence (up to the next full stop at a line or list end) that contains `fragment` */
const sentence = (text: string, fragment: string) => {
  const i = text.indexOf(fragment);
  if (i < 0) throw new Error(`no sentence with '${fragment}'`);
  return text.slice(text.lastIndexOf('\n', i) + 1, text.indexOf('\n', i));
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  p = buildPipeline();
  files = generateAll(undefined, ROOT);
  view = new CatalogueView(p.catalogue);
}, 120_000);

describe('the hybrid clock of shared fields', () => {
  it('the trigger computes what the documents say: greatest(explicit or clock, stored + step); an INSERT without a version gets the clock', () => {
    const dbs = view.databaseIds.filter((db) => view.catalogue.flows.some((f) => f.target.database === db && f.shared?.length));
    expect(dbs.length).toBeGreaterThan(0);
    for (const db of dbs) {
      const sql = captureSupportSql(view, db, SINK_ROLE);
      expect(sql).toMatch(new RegExp(`greatest\\(CASE WHEN .* THEN NEW\\.\\w+ ELSE ${escape(LWW_CLOCK)} END, cdc\\.lww_version\\(OLD\\.\\w+\\) \\+ ${escape(LWW_STEP.sql)}\\)`));
      expect(sql).toMatch(new RegExp(`NEW\\.\\w+ := ${escape(LWW_CLOCK)};`));
      expect(sql).not.toContain('clock_timestamp()');
    }
    // the step, in words and in SQL, is the same duration
    expect(LWW_STEP).toEqual({ sql: "interval '1 microsecond'", text: '1 µs' });
    // cdc.clock() and cdc.lww_version() are functions sql/V002 defines
    const v002 = readFileSync(join(ROOT, 'sql', 'V002__hlc_clock.sql'), 'utf8');
    expect(v002).toContain(`CREATE OR REPLACE FUNCTION ${LWW_CLOCK.replace('()', '')}() RETURNS timestamptz`);
    expect(v002).toContain('CREATE OR REPLACE FUNCTION cdc.lww_version(v timestamptz) RETURNS timestamptz');
  });

  it('the mapping reference, the strategy and the README give that rule, and none the old clock', () => {
    expect(clockRule()).toContain(LWW_CLOCK);
    expect(clockRule()).toContain(`+ ${LWW_STEP.text}`);
    expect(doc('DATA_MAPPING_REFERENCE.md')).toContain(clockRule());
    expect(doc('CDC_DATA_MASKING_STRATEGY.md')).toContain(clockRule());
    for (const text of [...files.values(), readme]) {
      expect(text).not.toContain('clock_timestamp()');
      expect(text).not.toMatch(/sets the version explicitly is trusted/);
    }
    const row = sentence(readme, '**Last writer wins**');
    expect(row).toContain(LWW_CLOCK);
    expect(row).toContain(`+ ${LWW_STEP.text}`);
  });
});

describe('the loop filter', () => {
  it('the trigger stamps sink sessions and other sessions as the documents say', () => {
    for (const db of view.databaseIds.filter((d) => view.echoGuardedTables(d).length)) {
      expect(captureSupportSql(view, db, SINK_ROLE)).toContain(
        `NEW.${ORIGIN_COLUMN} := CASE WHEN NOT from_sink THEN '${ORIGIN_APP}' WHEN TG_OP OPERATOR(pg_catalog.=) 'UPDATE' AND (OLD.${ORIGIN_COLUMN} IS NULL OR OLD.${ORIGIN_COLUMN} OPERATOR(pg_catalog.<>) '${ORIGIN_SINK}') THEN '${ORIGIN_SINK_OVER_APP}' ELSE '${ORIGIN_SINK}' END;`,
      );
    }
    const mapping = doc('DATA_MAPPING_REFERENCE.md');
    expect(mapping).toContain(`sets \`${ORIGIN_COLUMN}\` to \`'${ORIGIN_APP}'\` unless the`);
    expect(mapping).toContain(`a sink's write is stamped \`'${ORIGIN_SINK_OVER_APP}'\` when`);
    expect(mapping).toContain(`else \`'${ORIGIN_SINK}'\`: only sinks ever wrote`);
  });

  it('each source drops exactly the documented records of exactly the guarded tables, in every environment', () => {
    for (const e of p.environments)
      for (const db of e.stack.view.sourceDatabases) {
        const guarded = e.stack.view.echoGuardedTables(db);
        const c = exportedConnectors(e).find((x) => x.name === e.stack.view.sourceConnectorName(db))!.config;
        if (!guarded.length) {
          expect(c.transforms?.split(',') ?? []).not.toContain('dropSinkEchoes');
          continue;
        }
        // what it drops per op and origin is DropSinkEchoesTest's (connect-plugin/); here: the values and tables it is given
        expect(c['transforms.dropSinkEchoes.type']).toBe('smart.cdc.connect.DropSinkEchoes');
        expect([c['transforms.dropSinkEchoes.origin.column'], c['transforms.dropSinkEchoes.sink.value'], c['transforms.dropSinkEchoes.sink.over.app.value']]).toEqual([
          ORIGIN_COLUMN,
          ORIGIN_SINK,
          ORIGIN_SINK_OVER_APP,
        ]);
        const tables = c['transforms.dropSinkEchoes.tables'].split(',');
        expect([...tables].sort()).toEqual([...guarded].sort());
        // the strategy's table shows those very tables
        if (e.name === referenceEnv(p).name)
          expect(doc('CDC_DATA_MASKING_STRATEGY.md')).toContain(`| \`${e.stack.view.sourceConnectorName(db)}\` | ${words(tables.map(code))} | \`${ORIGIN_COLUMN}\` |`);
      }
  });

  it('the README names the guarded tables of the catalogue', () => {
    const guarded = view.databaseIds.flatMap((db) => view.echoGuardedTables(db)).sort();
    const row = sentence(readme, '| **No loops** |');
    const named = [...row.split('(')[1].split(')')[0].matchAll(/`([a-z_]+\.[a-z_]+)`/g)].map((m) => m[1]).sort();
    expect(named).toEqual(guarded);
  });
});

describe('the masking', () => {
  it('SENSITIVE columns are hashed, with the documented algorithm, and INTERNAL columns are in no topic, in every environment', () => {
    expect(doc('DATA_MAPPING_REFERENCE.md')).toContain(`leaves its database only as a salted ${HASH_ALGORITHM} hash`);
    for (const e of p.environments)
      for (const db of e.stack.view.sourceDatabases) {
        const c = exportedConnectors(e).find((x) => x.name === e.stack.view.sourceConnectorName(db))!.config;
        const tables = e.stack.view.capturedTables(db);
        const sensitive = tables.flatMap((t) => e.stack.view.columnsOfClass(db, t, 'SENSITIVE').map((col) => `${t}.${col}`)).sort();
        const internal = tables.flatMap((t) => e.stack.view.columnsOfClass(db, t, 'INTERNAL').map((col) => `${t}.${col}`));
        const hashers = (c.transforms ?? '').split(',').filter((t) => c[`transforms.${t}.type`] === 'smart.cdc.connect.HashColumns');
        const hashed = hashers.flatMap((t) => c[`transforms.${t}.columns`].split(',')).sort();
        expect(hashed).toEqual(sensitive);
        for (const t of hashers) {
          expect(c[`transforms.${t}.algorithm`]).toBe(HASH_ALGORITHM);
          expect(workerSecretName(c[`transforms.${t}.salt.password`])).toBe(HASH_SALT_SECRET);
        }
        const included = c['column.include.list'].split(',').map((x) => x.replace(/\\(.)/g, '$1'));
        for (const col of internal) expect(included).not.toContain(col);
      }
  });

  it('the salt length the documents ask for is the one HashColumns requires', () => {
    const java = readFileSync(join(ROOT, 'connect-plugin/src/main/java/smart/cdc/connect/HashColumns.java'), 'utf8');
    const min = Number(/MIN_SALT_LENGTH = (\d+);/.exec(java)![1]);
    expect(sentence(readme, 'export TF_VAR_hash_salt=')).toContain(`at least ${min} characters`);
    expect(doc('IMPLEMENTATION_GUIDE.md')).toContain(`\`${HASH_SALT_SECRET}\` (at least ${min} characters`);
    for (const text of [readme, ...files.values()]) for (const m of text.matchAll(/hash_salt[^\n]{0,80}at least (\d+) char/g)) expect(Number(m[1])).toBe(min);
  });
});

describe('the delete policies', () => {
  it('each flow\'s sink does what the delete-handling section says of its policy', () => {
    const mapping = doc('DATA_MAPPING_REFERENCE.md');
    const said = (policy: string) => {
      const s = sentence(mapping, `- \`${policy}\`:`);
      return { mode: /delete\.tombstone\.handling\.mode=([a-z-]+)/.exec(s)![1], enabled: /delete\.enabled=(true|false)/.exec(s)![1] };
    };
    for (const e of p.environments)
      for (const f of e.stack.view.flows) {
        const c = exportedConnectors(e).find((x) => x.name === e.stack.view.sinkConnectorName(f))!.config;
        const { mode, enabled } = said(f.deletes);
        expect(c['delete.enabled']).toBe(enabled);
        const modes = Object.entries(c).filter(([k]) => k.endsWith('.delete.tombstone.handling.mode')).map(([, v]) => v);
        expect(modes).toEqual([mode]);
      }
  });

  it('the README lists the flows of each policy as the catalogue has them', () => {
    const row = sentence(readme, '| **Deletes** |');
    for (const policy of ['propagate', 'ignore'] as const) {
      const listed = /^\(flows ([\d, ]+)/.exec(row.split(`\`${policy}\` `)[1])![1].split(', ').map(Number);
      expect(listed).toEqual(view.catalogue.flows.filter((f) => f.deletes === policy).map((f) => f.id));
    }
  });
});

describe('the secret references', () => {
  it('every connector secret is a reference of the documented alias, and the documents name that alias', () => {
    const alias = secretsProvider(p);
    for (const e of p.environments) {
      expect(e.env.connect.secrets.provider).toBe(alias);
      for (const c of exportedConnectors(e))
        for (const v of Object.values(c.config)) if (v.includes('${')) expect(v.startsWith(`\${${alias}:${e.env.connect.secrets.directory}:`)).toBe(true);
    }
    const strategy = doc('CDC_DATA_MASKING_STRATEGY.md');
    expect(strategy).toContain(`registered on every worker under the alias \`${alias}\``);
    for (const text of [strategy, doc('IMPLEMENTATION_GUIDE.md')]) for (const m of text.matchAll(/config\.providers=([a-z0-9]+)/g)) expect(m[1]).toBe(alias);
    expect(readme).toContain(`\`\${${alias}:<dir>:<name>}\``);
  });

  it('no exported connector holds a placeholder; only the Ranger documents do, as the README says', () => {
    for (const [path, text] of files) if (path.includes('/connectors/')) expect(text).not.toContain('<secret:');
    expect(sentence(readme, '- [config/](config/README.md)')).toMatch(/Ranger documents as `<secret:NAME>`/);
  });
});
