import { CatalogueView, qualified } from '../../../catalogue/derive';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { documentProblems } from '../../../constructs/governance/document-problems';
import { rangerApplyDocument, rangerDocuments, readerTables, servicePayload } from '../../../constructs/governance/policy-document';
import { POLICY_TYPE, RangerPolicy } from '../../../constructs/governance/ranger-api';
import { KAFKA_SERVICE_DEF, PUBLIC_GROUP } from '../../../constructs/governance/ranger-names';
import { editCatalogue } from '../../support/catalogues';

const GOVERNED = ['dev', 'staging', 'prod'];
const docOf = (envName: string, catalogue: Catalogue = SMART_CATALOGUE) => {
  const env = loadEnvironment(envName, catalogue);
  const view = new CatalogueView(catalogue, env.phases);
  return { env, view, doc: rangerApplyDocument(view, env) };
};
const at = (p: RangerPolicy, k: string) => p.resources[k]?.values;

describe('rangerDocuments', () => {
  it.each(GOVERNED)('%s: the document passes its own structural checks and is deterministic', (e) => {
    const { doc, view, env } = docOf(e);
    expect(documentProblems(doc)).toEqual([]);
    expect(rangerDocuments(view, env)).toEqual(rangerDocuments(view, env));
    expect(JSON.stringify(doc)).not.toMatch(/\$\{var\./);
  });

  it.each(GOVERNED)('%s: every name carries the stack prefix and the environment', (e) => {
    const { doc } = docOf(e);
    expect(doc.prefix).toBe(`smart-cdc-${e}-`);
    for (const x of [...doc.services, ...doc.policies]) expect(x.name.startsWith(`smart-cdc-${e}-`)).toBe(true);
  });

  it('has one service per database and one of the built-in kafka type; services as sent carry no real password', () => {
    const { doc, env } = docOf('staging');
    const dbServices = doc.services.filter((s) => s.type === doc.serviceDefinition.name);
    expect(dbServices.map((s) => s.name)).toEqual(SMART_CATALOGUE.databases.map((d) => new CatalogueView(SMART_CATALOGUE).rangerDatabaseService(env.name, d.id)));
    for (const d of SMART_CATALOGUE.databases)
      expect(doc.services.find((s) => s.name === new CatalogueView(SMART_CATALOGUE).rangerDatabaseService(env.name, d.id))!.configs['jdbc.url']).toBe(
        `jdbc:postgresql://${env.databases[d.id].host}:${env.databases[d.id].port}/${d.name}?sslmode=${env.databases[d.id].sslmode}`,
      );
    const kafka = doc.services.filter((s) => s.type === KAFKA_SERVICE_DEF);
    expect(kafka).toHaveLength(1);
    expect(kafka[0].configs.password).toBeUndefined();
    expect(servicePayload(kafka[0]).configs.password).toBe('*****');
  });

  it('service definition: database → schema → table → column, the standard mask types, a row filter', () => {
    const def = docOf('dev').doc.serviceDefinition;
    const parents = Object.fromEntries(def.resources.map((r) => [r.name, r.parent]));
    expect(parents).toEqual({ database: '', schema: 'database', table: 'schema', column: 'table' });
    const masks = def.dataMaskDef.maskTypes.map((m) => m.name);
    // every mask the catalogue's model allows is defined
    for (const r of SMART_CATALOGUE.readers) for (const m of Object.values(r.masks)) expect(masks).toContain(m);
    expect(def.dataMaskDef.resources.map((r) => r.name)).toEqual(['database', 'schema', 'table', 'column']);
    expect(def.rowFilterDef.resources.map((r) => r.name)).toEqual(['database', 'schema', 'table']);
    expect(def.accessTypes.find((a) => a.name === 'all')!.impliedGrants).toEqual(def.accessTypes.filter((a) => a.name !== 'all').map((a) => a.name));
  });

  it('grants each reader role SELECT on exactly the tables the catalogue gives it', () => {
    const { doc, view } = docOf('dev');
    for (const r of SMART_CATALOGUE.readers) {
      const db = view.database(r.database);
      const granted = doc.policies
        .filter((p) => p.policyType === POLICY_TYPE.access && p.service.endsWith(r.database) && p.policyItems.some((i) => i.roles.includes(r.name)))
        .map((p) => `${at(p, 'schema')![0]}.${at(p, 'table')![0]}`);
      expect(granted.sort()).toEqual(readerTables(view, r).map(qualified).sort());
      for (const p of doc.policies.filter((x) => x.policyType === POLICY_TYPE.access && x.service.endsWith(r.database)))
        expect(at(p, 'database')).toEqual([db.name]);
    }
  });

  it('masks every PII column a role reads with the catalogue\'s mask for that role, and nothing else', () => {
    const { doc, view } = docOf('prod');
    const masks = doc.policies.filter((p) => p.policyType === POLICY_TYPE.dataMask);
    let expected = 0;
    for (const r of SMART_CATALOGUE.readers)
      for (const t of readerTables(view, r))
        for (const c of t.columns) {
          const p = masks.find((m) => at(m, 'schema')![0] === t.schema && at(m, 'table')![0] === t.name && at(m, 'column')![0] === c.name);
          const item = p?.dataMaskPolicyItems.find((i) => i.roles.includes(r.name));
          if (c.class === 'PII') {
            expected++;
            expect(item?.dataMaskInfo.dataMaskType).toBe(r.masks[c.name]);
          } else expect(item).toBeUndefined();
        }
    expect(masks.flatMap((m) => m.dataMaskPolicyItems)).toHaveLength(expected);
  });

  it('follows the catalogue: a new PII column and its mask appear, a dropped reader disappears', () => {
    const edited = editCatalogue((c) => {
      c.databases[0].tables[0].columns.push({ name: 'tax_number', type: 'text', class: 'PII' });
      for (const r of c.readers) if (r.database === 'warehouse') r.masks.tax_number = 'MASK_HASH';
      c.readers = c.readers.filter((r) => r.name !== 'portal_support');
    });
    const { doc } = docOf('dev', edited);
    const tax = doc.policies.find((p) => p.name === 'smart-cdc-dev-mask-smart_warehouse.analytics.citizen_profile.tax_number')!;
    expect(tax.dataMaskPolicyItems.map((i) => [i.roles[0], i.dataMaskInfo.dataMaskType])).toEqual([
      ['analyst', 'MASK_HASH'],
      ['data_scientist', 'MASK_HASH'],
    ]);
    expect(doc.policies.filter((p) => p.service === 'smart-cdc-dev-citizen')).toEqual([]);
  });

  it('lets only the Connect principal produce to or consume the raw change topics of each source database', () => {
    for (const e of GOVERNED) {
      const { doc, view, env } = docOf(e);
      const connect = (env.kafka.acls?.connectPrincipal ?? 'User:smart-cdc-connect').replace(/^User:/, '');
      for (const db of view.sourceDatabases) {
        const p = doc.policies.find((x) => x.name === `${doc.prefix}kafka-raw-${db}`)!;
        expect(p.service).toBe(`${doc.prefix}kafka`);
        expect(at(p, 'topic')).toEqual([`${view.topicPrefix(db)}.*`]);
        for (const f of view.flowsFrom(db)) expect(view.changeTopic(f).startsWith(`${view.topicPrefix(db)}.`)).toBe(true);
        expect(p.policyItems.map((i) => i.users)).toEqual([[connect]]);
        expect(p.denyPolicyItems.map((i) => [i.groups, i.accesses.map((a) => a.type)])).toEqual([[[PUBLIC_GROUP], ['publish', 'consume']]]);
        expect(p.denyExceptions.map((i) => i.users)).toEqual([[connect]]);
      }
    }
  });

  describe('documentProblems', () => {
    const base = () => structuredClone(docOf('dev').doc);
    it.each<[string, (d: ReturnType<typeof base>) => void, RegExp]>([
      ['a duplicate resource signature', (d) => d.policies.push({ ...d.policies[0], name: `${d.prefix}access-copy` }), /same resources and type as policy/],
      ['an unknown mask type', (d) => (d.policies[1].dataMaskPolicyItems[0].dataMaskInfo.dataMaskType = 'MASK_X' as never), /mask type 'MASK_X' is not defined/],
      ['an unknown resource', (d) => (d.policies[0].resources.row = d.policies[0].resources.table), /resource 'row' is not defined/],
      ['an unknown access type', (d) => (d.policies[0].policyItems[0].accesses[0].type = 'selekt'), /access type 'selekt' is not defined/],
      ['a name outside the prefix', (d) => (d.policies[0].name = 'other-policy'), /'other-policy': name does not start with the stack prefix/],
      ['a policy of an unknown service', (d) => (d.policies[0].service = 'nope'), /service 'nope' is not in the document/],
      ['a service name Ranger refuses', (d) => (d.services[0].name = `${d.prefix}a.b`), /allow only letters, digits/],
    ])('reports %s', (_, edit, re) => {
      const d = base();
      edit(d);
      expect(documentProblems(d).join('\n')).toMatch(re);
    });
  });
});
