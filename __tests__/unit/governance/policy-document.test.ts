import { CatalogueView, qualified } from '../../../catalogue/derive';
import { Catalogue } from '../../../catalogue/model';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { documentProblems } from '../../../constructs/governance/document-problems';
import { rangerApplyDocument, rangerDocuments, readerTables, servicePayload } from '../../../constructs/governance/policy-document';
import { POLICY_TYPE, RangerPolicy } from '../../../constructs/governance/ranger-api';
import { KAFKA_SERVICE_DEF, OWNER_MARKER, PUBLIC_GROUP } from '../../../constructs/governance/ranger-names';
import { editCatalogue } from '../../support/catalogues';

const GOVERNED = ['dev', 'staging', 'prod'];
const docOf = (envName: string, catalogue: Catalogue = SMART_CATALOGUE) => {
  const env = loadEnvironment(envName, catalogue);
  const view = new CatalogueView(catalogue, env.phases);
  return { env, view, doc: rangerApplyDocument(view, env) };
};
const at = (p: RangerPolicy, k: string) => p.resources[k]?.values;
const named = (doc: { prefix: string; policies: RangerPolicy[] }, suffix: string): RangerPolicy => {
  const p = doc.policies.find((x) => x.name === `${doc.prefix}${suffix}`);
  if (!p) throw new Error(`no policy ${doc.prefix}${suffix}`);
  return p;
};

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

  it('every policy is enabled, audited, labelled, and delegates no administration to the roles it names', () => {
    for (const e of GOVERNED) {
      const { doc } = docOf(e);
      for (const p of doc.policies) {
        expect([p.name, p.isEnabled, p.isAuditEnabled, p.policyLabels]).toEqual([p.name, true, true, ['smart-cdc', `smart-cdc-${e}`]]);
        expect(p.rowFilterPolicyItems).toEqual([]);
        const items = [...p.policyItems, ...p.denyPolicyItems, ...p.allowExceptions, ...p.denyExceptions, ...p.dataMaskPolicyItems];
        expect(items.length).toBeGreaterThan(0);
        for (const it of items) {
          // a delegated admin could edit the policy, e.g. take their own mask away
          expect(it.delegateAdmin).toBe(false);
          expect(it.conditions).toEqual([]);
          expect(it.accesses.every((a) => a.isAllowed)).toBe(true);
          expect([...it.users, ...it.groups, ...it.roles].length).toBe(1);
        }
        for (const r of Object.values(p.resources)) expect([r.isExcludes, r.isRecursive]).toEqual([false, false]);
      }
    }
  });

  it('reader policies: one access policy per table read (SELECT for its roles, every column), one masking policy per PII column', () => {
    const { doc } = docOf('dev');
    const access = named(doc, 'access-smart_warehouse.ml.recommendation');
    expect(access.policyType).toBe(POLICY_TYPE.access);
    expect(access.service).toBe('smart-cdc-dev-warehouse');
    expect(access.resources).toEqual({
      database: { values: ['smart_warehouse'], isExcludes: false, isRecursive: false },
      schema: { values: ['ml'], isExcludes: false, isRecursive: false },
      table: { values: ['recommendation'], isExcludes: false, isRecursive: false },
      column: { values: ['*'], isExcludes: false, isRecursive: false },
    });
    expect(access.policyItems.map((i) => [i.roles, i.users, i.groups, i.accesses])).toEqual([
      [['analyst'], [], [], [{ type: 'select', isAllowed: true }]],
      [['data_scientist'], [], [], [{ type: 'select', isAllowed: true }]],
    ]);
    expect([access.denyPolicyItems, access.allowExceptions, access.denyExceptions, access.dataMaskPolicyItems]).toEqual([[], [], [], []]);
    expect(access.description).toBe('SELECT on smart_warehouse.ml.recommendation for reader roles analyst, data_scientist (catalogue readers)');

    const mask = named(doc, 'mask-smart_citizen.portal.citizen.phone');
    expect(mask.policyType).toBe(POLICY_TYPE.dataMask);
    expect(mask.service).toBe('smart-cdc-dev-citizen');
    expect(mask.resources.column.values).toEqual(['phone']);
    expect(mask.policyItems).toEqual([]);
    expect(mask.dataMaskPolicyItems.map((i) => [i.roles, i.accesses, i.dataMaskInfo])).toEqual([[['portal_support'], [{ type: 'select', isAllowed: true }], { dataMaskType: 'MASK_SHOW_LAST_4' }]]);
    expect(mask.description).toBe('PII column smart_citizen.portal.citizen.phone: portal_support MASK_SHOW_LAST_4');
    expect(named(doc, 'mask-smart_warehouse.analytics.citizen_profile.phone').description).toBe('PII column smart_warehouse.analytics.citizen_profile.phone: analyst MASK_SHOW_LAST_4, data_scientist MASK_NULL');
    // a table no reader reads has no policy
    expect(doc.policies.map((p) => p.name)).not.toContain('smart-cdc-dev-access-smart_citizen.portal.eligibility');
  });

  it('a PII column no reader masks gets no empty masking policy (the masking gate names the unmasked read instead)', () => {
    const edited = editCatalogue((c) => {
      for (const r of c.readers) delete r.masks.phone;
    });
    const { doc } = docOf('dev', edited);
    expect(doc.policies.filter((p) => p.name.endsWith('.phone'))).toEqual([]);
    expect(doc.policies.filter((p) => p.name.endsWith('.email')).length).toBe(2);
  });

  it('grants a reader role nothing in another database, even on a table of the same name', () => {
    const edited = editCatalogue((c) => {
      // the warehouse gains a table named like one portal_support reads in the citizen database
      c.databases[0].tables.push({ ...structuredClone(c.databases[1].tables.find((t) => t.name === 'recommendation')!), schema: 'portal' });
    });
    const { doc } = docOf('dev', edited);
    const p = named(doc, 'access-smart_warehouse.portal.recommendation');
    expect(p.policyItems.flatMap((i) => i.roles)).toEqual(['analyst']);
    expect(named(doc, 'access-smart_citizen.portal.recommendation').policyItems.flatMap((i) => i.roles)).toEqual(['portal_support']);
  });

  it('masks PII columns only: a PUBLIC column named like a masked one gets no masking policy', () => {
    const edited = editCatalogue((c) => c.databases[0].tables.find((t) => t.name === 'recommendation')!.columns.push({ name: 'email', type: 'text', class: 'PUBLIC' }));
    const { doc } = docOf('dev', edited);
    expect(doc.policies.map((p) => p.name).filter((n) => n.endsWith('.email'))).toEqual(['smart-cdc-dev-mask-smart_warehouse.analytics.citizen_profile.email', 'smart-cdc-dev-mask-smart_citizen.portal.citizen.email']);
  });

  it('services: one per database with its JDBC URL and the ownership marker that destroy looks for, and the Kafka one', () => {
    const { doc } = docOf('prod');
    expect(doc.services.map((s) => [s.name, s.displayName, s.type, s.isEnabled])).toEqual([
      ['smart-cdc-prod-warehouse', 'smart_warehouse prod', 'smart-cdc-postgres', true],
      ['smart-cdc-prod-citizen', 'smart_citizen prod', 'smart-cdc-postgres', true],
      ['smart-cdc-prod-kafka', 'SMART CDC Kafka prod', 'kafka', true],
    ]);
    for (const s of doc.services) expect(s.description).toMatch(new RegExp(`; ${OWNER_MARKER}$`));
    expect(doc.services[0].description).toBe(`AI/ML analytical database: smart_warehouse in prod; ${OWNER_MARKER}`);
    expect(doc.services[2].description).toBe(`Kafka cluster of the SMART CDC pipeline in prod; ${OWNER_MARKER}`);
    // the lookup user is the SASL user where there is one
    expect(doc.services[2].configs).toEqual({ username: 'smart-cdc', 'zookeeper.connect': 'kafka-1.prod.smart.internal:9093,kafka-2.prod.smart.internal:9093,kafka-3.prod.smart.internal:9093' });
    expect(docOf('dev').doc.services[2].configs).toEqual({ username: 'kafka', 'zookeeper.connect': 'localhost:9092' });
  });

  it('servicePayload adds the keep-the-stored-password placeholder to the Kafka service only, and keeps a password that is there', () => {
    const { doc } = docOf('dev');
    const [warehouse, , kafka] = doc.services;
    expect(servicePayload(warehouse)).toBe(warehouse);
    const withPassword = { ...kafka, configs: { ...kafka.configs, password: 'given' } };
    expect(servicePayload(withPassword)).toBe(withPassword);
    expect(servicePayload(kafka)).toEqual({ ...kafka, configs: { ...kafka.configs, password: '*****' } });
    expect(kafka.configs.password).toBeUndefined();
  });

  it('Kafka: the raw topics of each source, the support topics and the sink consumer groups are the Connect principal\'s', () => {
    const { doc, view } = docOf('staging');
    const raw = named(doc, 'kafka-raw-citizen');
    expect(raw.policyType).toBe(POLICY_TYPE.access);
    expect(raw.policyItems.map((i) => [i.users, i.accesses.map((a) => a.type)])).toEqual([[['smart-cdc-connect'], ['publish', 'consume', 'describe']]]);
    expect(raw.denyExceptions.map((i) => i.accesses.map((a) => a.type))).toEqual([['publish', 'consume']]);
    expect(raw.description).toBe(
      'Raw change topics of smart_citizen (smart.v1.citizen.portal.citizen, smart.v1.citizen.portal.recommendation, smart.v1.citizen.portal.citizen_submission): only smart-cdc-connect produces or consumes',
    );
    const support = named(doc, 'kafka-connect-support');
    expect([support.service, support.policyType]).toEqual(['smart-cdc-staging-kafka', POLICY_TYPE.access]);
    expect(support.resources.topic.values).toEqual([
      '__debezium-heartbeat.smart.v1.warehouse',
      '__debezium-heartbeat.smart.v1.citizen',
      ...view.flows.map((f) => view.deadLetterTopic(f)),
    ]);
    expect(support.policyItems.map((i) => [i.users, i.accesses.map((a) => a.type)])).toEqual([[['smart-cdc-connect'], ['publish', 'consume', 'describe']]]);
    expect(support.description).toBe('Heartbeat and dead-letter topics of the pipeline: written by smart-cdc-connect');
    const groups = named(doc, 'kafka-connect-groups');
    expect([groups.service, groups.policyType]).toEqual(['smart-cdc-staging-kafka', POLICY_TYPE.access]);
    expect(groups.resources).toEqual({ consumergroup: { values: ['connect-smart-cdc-v1-*'], isExcludes: false, isRecursive: false } });
    expect(groups.policyItems.map((i) => [i.users, i.accesses.map((a) => a.type)])).toEqual([[['smart-cdc-connect'], ['consume', 'describe']]]);
    expect(groups.description).toBe("Consumer groups of the pipeline's sink connectors: smart-cdc-connect only");
  });

  it('without flows there are no Kafka policies: reader policies only', () => {
    const env = loadEnvironment('dev', SMART_CATALOGUE);
    const doc = rangerApplyDocument(new CatalogueView(SMART_CATALOGUE, [3]), env);
    expect(doc.policies.filter((p) => p.service.endsWith('-kafka'))).toEqual([]);
    expect(doc.policies.length).toBeGreaterThan(0);
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
