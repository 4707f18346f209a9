import { CatalogueView, qualified } from '../../catalogue/derive';
import { DatabaseId, MaskType, ReaderRole, TableDef } from '../../catalogue/model';
import { EnvironmentConfig } from '../../environments/schema';

/**
 * The Ranger side of the catalogue: one custom PostgreSQL service definition, one service per
 * database and one of Ranger's built-in `kafka` type, and the policies every reader role and the
 * Connect principal need. Pure: the same catalogue and environment always give the same document,
 * so the stack can put it in a `terraform_data` input and `cdktf diff` shows policy changes.
 *
 * Ranger accepts one policy per resource signature (policy type + resources) in a service
 * (RangerPolicyValidator), so policies are per resource — one access policy per table, one masking
 * policy per PII column — and carry one item per reader role.
 */

// ---- Ranger's public API v2 model (the fields this stack sets) --------------------------------

export interface RangerResourceDef {
  itemId: number;
  name: string;
  type: 'string';
  level: number;
  parent: string;
  mandatory: boolean;
  lookupSupported: boolean;
  recursiveSupported: boolean;
  excludesSupported: boolean;
  matcher: string;
  matcherOptions: Record<string, string>;
  label: string;
  description: string;
  uiHint?: string;
  isValidLeaf?: boolean;
}

export interface RangerAccessTypeDef {
  itemId: number;
  name: string;
  label: string;
  category?: 'CREATE' | 'READ' | 'UPDATE' | 'DELETE' | 'MANAGE';
  impliedGrants?: string[];
}

export interface RangerDataMaskTypeDef {
  itemId: number;
  name: string;
  label: string;
  description: string;
  /** SQL a query engine substitutes for the column; `{col}` is the column */
  transformer?: string;
  dataMaskOptions: Record<string, string>;
}

export interface RangerServiceDef {
  name: string;
  displayName: string;
  implClass: string;
  label: string;
  description: string;
  options: Record<string, string>;
  configs: Array<{ itemId: number; name: string; type: 'string' | 'password'; mandatory: boolean; label: string; defaultValue?: string }>;
  resources: RangerResourceDef[];
  accessTypes: RangerAccessTypeDef[];
  policyConditions: unknown[];
  contextEnrichers: unknown[];
  enums: unknown[];
  dataMaskDef: { accessTypes: Array<{ itemId: number; name: string; label: string }>; resources: RangerResourceDef[]; maskTypes: RangerDataMaskTypeDef[] };
  rowFilterDef: { accessTypes: Array<{ itemId: number; name: string; label: string }>; resources: RangerResourceDef[] };
}

export interface RangerService {
  name: string;
  displayName: string;
  /** the service definition's name: the custom PostgreSQL one, or Ranger's built-in `kafka` */
  type: string;
  description: string;
  isEnabled: boolean;
  configs: Record<string, string>;
}

export interface RangerPolicyResource {
  values: string[];
  isExcludes: boolean;
  isRecursive: boolean;
}

export interface RangerPolicyItem {
  users: string[];
  groups: string[];
  roles: string[];
  accesses: Array<{ type: string; isAllowed: boolean }>;
  conditions: unknown[];
  delegateAdmin: boolean;
}

export interface RangerDataMaskPolicyItem extends RangerPolicyItem {
  dataMaskInfo: { dataMaskType: MaskType };
}

export const POLICY_TYPE = { access: 0, dataMask: 1, rowFilter: 2 } as const;

export interface RangerPolicy {
  name: string;
  service: string;
  policyType: 0 | 1 | 2;
  description: string;
  isEnabled: boolean;
  isAuditEnabled: boolean;
  policyLabels: string[];
  resources: Record<string, RangerPolicyResource>;
  policyItems: RangerPolicyItem[];
  denyPolicyItems: RangerPolicyItem[];
  allowExceptions: RangerPolicyItem[];
  denyExceptions: RangerPolicyItem[];
  dataMaskPolicyItems: RangerDataMaskPolicyItem[];
  rowFilterPolicyItems: unknown[];
}

export interface RangerDocuments {
  serviceDefinition: RangerServiceDef;
  services: RangerService[];
  policies: RangerPolicy[];
}

// ---- names ------------------------------------------------------------------------------------

/** The custom service definition; global in a Ranger Admin, so not per environment. */
export const POSTGRES_SERVICE_DEF = 'smart-cdc-postgres';
/** Ranger's built-in Kafka service definition. */
export const KAFKA_SERVICE_DEF = 'kafka';
/** Ranger's group of every user. */
export const PUBLIC_GROUP = 'public';
/** Marker in the description of what the stack owns; `destroy` removes only marked services. */
export const OWNER_MARKER = 'managed by the smart-cdc stack';
/**
 * Service config password value Ranger Admin treats as "keep the stored password" on update: the
 * stack never ships a lookup password, an operator may set one in Ranger and it survives applies.
 */
export const HIDDEN_PASSWORD = '*****';

/**
 * A service as sent to Ranger. Ranger's `kafka` definition makes the lookup `password` mandatory;
 * the document (and so the synthesized configuration) carries none, and what is sent is Ranger's
 * keep-the-stored-password placeholder.
 */
export function servicePayload(s: RangerService): RangerService {
  return s.type === KAFKA_SERVICE_DEF && !('password' in s.configs) ? { ...s, configs: { ...s.configs, password: HIDDEN_PASSWORD } } : s;
}

/** Every stack-owned name (services, policies) starts with this; `apply` prunes stale policies by it. */
export const ownedPrefix = (env: Pick<EnvironmentConfig, 'name'>) => `smart-cdc-${env.name}-`;
export const serviceName = (env: Pick<EnvironmentConfig, 'name'>, db: DatabaseId) => `${ownedPrefix(env)}${db}`;
export const kafkaServiceName = (env: Pick<EnvironmentConfig, 'name'>) => `${ownedPrefix(env)}kafka`;

/**
 * The Kafka principal of the Connect workers, as Ranger names users (no `User:`). Where the
 * environment sets Kafka ACLs it is that principal; otherwise the stack's conventional name (on a
 * PLAINTEXT listener Kafka sees every client as ANONYMOUS, so topic policies only bite where
 * SASL or mTLS identifies Connect).
 */
export function connectPrincipal(env: EnvironmentConfig): string {
  return (env.kafka.acls?.connectPrincipal ?? 'User:smart-cdc-connect').replace(/^User:/, '');
}

/** The tables a reader role reads ('*' is every catalogue table of its database). */
export function readerTables(view: CatalogueView, reader: ReaderRole): TableDef[] {
  const db = view.database(reader.database);
  return reader.tables === '*' ? [...db.tables] : reader.tables.map((t) => view.table(reader.database, t));
}

// ---- the service definition -------------------------------------------------------------------

const MATCHER = 'org.apache.ranger.plugin.resourcematcher.RangerDefaultResourceMatcher';

function resource(itemId: number, name: string, parent: string, label: string, leaf: boolean): RangerResourceDef {
  return {
    itemId,
    name,
    type: 'string',
    level: itemId * 10,
    parent,
    mandatory: true,
    lookupSupported: false,
    recursiveSupported: false,
    excludesSupported: true,
    matcher: MATCHER,
    matcherOptions: { wildCard: 'true', ignoreCase: 'false' },
    label,
    description: label,
    isValidLeaf: leaf,
  };
}

/** Masks and row filters address exactly one object per policy (Ranger's convention). */
const singleValued = (r: RangerResourceDef): RangerResourceDef => ({
  ...r,
  matcherOptions: { wildCard: 'false', ignoreCase: 'false' },
  uiHint: '{ "singleValue":true }',
});

/**
 * Ranger's standard mask types, with the PostgreSQL expression an engine that enforces this
 * service definition substitutes for `{col}` (MASK_NULL/MASK_NONE/CUSTOM need none).
 */
const MASK_TYPES: RangerDataMaskTypeDef[] = [
  {
    itemId: 1,
    name: 'MASK',
    label: 'Redact',
    description: "Replace lowercase with 'x', uppercase with 'X', digits with '0'",
    transformer: "translate({col}::text, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'xxxxxxxxxxxxxxxxxxxxxxxxxxXXXXXXXXXXXXXXXXXXXXXXXXXX0000000000')",
    dataMaskOptions: {},
  },
  {
    itemId: 2,
    name: 'MASK_SHOW_LAST_4',
    label: 'Partial mask: show last 4',
    description: "Show last 4 characters; replace rest with 'x'",
    transformer: "CASE WHEN length({col}::text) <= 4 THEN {col}::text ELSE repeat('x', length({col}::text) - 4) || right({col}::text, 4) END",
    dataMaskOptions: {},
  },
  {
    itemId: 3,
    name: 'MASK_SHOW_FIRST_4',
    label: 'Partial mask: show first 4',
    description: "Show first 4 characters; replace rest with 'x'",
    transformer: "CASE WHEN length({col}::text) <= 4 THEN {col}::text ELSE left({col}::text, 4) || repeat('x', length({col}::text) - 4) END",
    dataMaskOptions: {},
  },
  { itemId: 4, name: 'MASK_HASH', label: 'Hash', description: 'Hash the value', transformer: "encode(sha256(convert_to({col}::text, 'UTF8')), 'hex')", dataMaskOptions: {} },
  { itemId: 5, name: 'MASK_NULL', label: 'Nullify', description: 'Replace with NULL', dataMaskOptions: {} },
  { itemId: 6, name: 'MASK_NONE', label: 'Unmasked (retain original value)', description: 'No masking', dataMaskOptions: {} },
  { itemId: 12, name: 'MASK_DATE_SHOW_YEAR', label: 'Date: show only year', description: 'Date: show only year', transformer: "date_trunc('year', {col})::date", dataMaskOptions: {} },
  { itemId: 13, name: 'CUSTOM', label: 'Custom', description: 'Custom', dataMaskOptions: {} },
];

const ACCESS_TYPES: RangerAccessTypeDef[] = [
  { itemId: 1, name: 'select', label: 'SELECT', category: 'READ' },
  { itemId: 2, name: 'insert', label: 'INSERT', category: 'UPDATE' },
  { itemId: 3, name: 'update', label: 'UPDATE', category: 'UPDATE' },
  { itemId: 4, name: 'delete', label: 'DELETE', category: 'DELETE' },
  { itemId: 5, name: 'truncate', label: 'TRUNCATE', category: 'DELETE' },
  { itemId: 6, name: 'references', label: 'REFERENCES', category: 'READ' },
  { itemId: 7, name: 'trigger', label: 'TRIGGER', category: 'MANAGE' },
  { itemId: 8, name: 'create', label: 'CREATE', category: 'CREATE' },
  { itemId: 9, name: 'usage', label: 'USAGE', category: 'READ' },
];

export function postgresServiceDefinition(): RangerServiceDef {
  const resources = [
    resource(1, 'database', '', 'PostgreSQL database', false),
    resource(2, 'schema', 'database', 'Schema', false),
    resource(3, 'table', 'schema', 'Table', true),
    resource(4, 'column', 'table', 'Column', true),
  ];
  const select = { itemId: 1, name: 'select', label: 'SELECT' };
  return {
    name: POSTGRES_SERVICE_DEF,
    displayName: 'PostgreSQL for SMART CDC',
    implClass: 'org.apache.ranger.plugin.service.RangerDefaultService',
    label: 'PostgreSQL (SMART CDC)',
    description: `PostgreSQL databases of the SMART CDC pipeline: database → schema → table → column, masks and row filters; ${OWNER_MARKER}`,
    options: { enableDenyAndExceptionsInPolicies: 'true' },
    configs: [
      { itemId: 1, name: 'jdbc.url', type: 'string', mandatory: true, label: 'JDBC URL' },
      { itemId: 2, name: 'username', type: 'string', mandatory: false, label: 'Lookup user' },
      { itemId: 3, name: 'password', type: 'password', mandatory: false, label: 'Lookup password' },
    ],
    resources,
    accessTypes: [
      ...ACCESS_TYPES,
      { itemId: 10, name: 'all', label: 'ALL', impliedGrants: ACCESS_TYPES.map((a) => a.name) },
    ],
    policyConditions: [],
    contextEnrichers: [],
    enums: [],
    dataMaskDef: { accessTypes: [select], resources: resources.map(singleValued), maskTypes: MASK_TYPES },
    rowFilterDef: { accessTypes: [select], resources: resources.slice(0, 3).map(singleValued) },
  };
}

// ---- services and policies --------------------------------------------------------------------

const res = (...values: string[]): RangerPolicyResource => ({ values, isExcludes: false, isRecursive: false });
const item = (who: { users?: string[]; groups?: string[]; roles?: string[] }, accesses: string[]): RangerPolicyItem => ({
  users: who.users ?? [],
  groups: who.groups ?? [],
  roles: who.roles ?? [],
  accesses: accesses.map((type) => ({ type, isAllowed: true })),
  conditions: [],
  delegateAdmin: false,
});

function policy(p: Pick<RangerPolicy, 'name' | 'service' | 'policyType' | 'description' | 'resources'> & Partial<RangerPolicy>, env: EnvironmentConfig): RangerPolicy {
  return {
    isEnabled: true,
    isAuditEnabled: true,
    policyLabels: ['smart-cdc', `smart-cdc-${env.name}`],
    policyItems: [],
    denyPolicyItems: [],
    allowExceptions: [],
    denyExceptions: [],
    dataMaskPolicyItems: [],
    rowFilterPolicyItems: [],
    ...p,
  };
}

function jdbcUrl(env: EnvironmentConfig, db: DatabaseId, name: string): string {
  const c = env.databases[db];
  return `jdbc:postgresql://${c.host}:${c.port}/${name}?sslmode=${c.sslmode}`;
}

/** The full desired Ranger document of one environment. */
export function rangerDocuments(view: CatalogueView, env: EnvironmentConfig): RangerDocuments {
  const prefix = ownedPrefix(env);
  const connect = connectPrincipal(env);
  const dbIds = view.catalogue.databases.map((d) => d.id);
  const services: RangerService[] = [
    ...dbIds.map((id) => {
      const db = view.database(id);
      return {
        name: serviceName(env, id),
        displayName: `${db.name} ${env.name}`,
        type: POSTGRES_SERVICE_DEF,
        description: `${db.description}: ${db.name} in ${env.name}; ${OWNER_MARKER}`,
        isEnabled: true,
        configs: { 'jdbc.url': jdbcUrl(env, id, db.name) },
      };
    }),
    {
      name: kafkaServiceName(env),
      displayName: `SMART CDC Kafka ${env.name}`,
      type: KAFKA_SERVICE_DEF,
      description: `Kafka cluster of the SMART CDC pipeline in ${env.name}; ${OWNER_MARKER}`,
      isEnabled: true,
      configs: {
        username: env.kafka.security.protocol === 'SASL_SSL' ? env.kafka.security.username : 'kafka',
        // no password here: see servicePayload
        // mandatory in Ranger's kafka definition; used only by Admin's resource lookup
        'zookeeper.connect': env.kafka.bootstrapServers.join(','),
      },
    },
  ];

  const policies: RangerPolicy[] = [];
  for (const id of dbIds) {
    const db = view.database(id);
    const readers = view.catalogue.readers.filter((r) => r.database === id);
    for (const table of db.tables) {
      const t = qualified(table);
      const roles = readers.filter((r) => readerTables(view, r).some((x) => qualified(x) === t));
      if (!roles.length) continue;
      const where = { database: res(db.name), schema: res(table.schema), table: res(table.name) };
      policies.push(
        policy(
          {
            name: `${prefix}access-${db.name}.${t}`,
            service: serviceName(env, id),
            policyType: POLICY_TYPE.access,
            description: `SELECT on ${db.name}.${t} for reader roles ${roles.map((r) => r.name).join(', ')} (catalogue readers)`,
            resources: { ...where, column: res('*') },
            policyItems: roles.map((r) => item({ roles: [r.name] }, ['select'])),
          },
          env,
        ),
      );
      for (const column of table.columns.filter((c) => c.class === 'PII')) {
        const masked = roles.filter((r) => r.masks[column.name]);
        if (!masked.length) continue; // the masking gate names the role that reads it unmasked
        policies.push(
          policy(
            {
              name: `${prefix}mask-${db.name}.${t}.${column.name}`,
              service: serviceName(env, id),
              policyType: POLICY_TYPE.dataMask,
              description: `PII column ${db.name}.${t}.${column.name}: ${masked.map((r) => `${r.name} ${r.masks[column.name]}`).join(', ')}`,
              resources: { ...where, column: res(column.name) },
              dataMaskPolicyItems: masked.map((r) => ({ ...item({ roles: [r.name] }, ['select']), dataMaskInfo: { dataMaskType: r.masks[column.name] } })),
            },
            env,
          ),
        );
      }
    }
  }

  const kafka = kafkaServiceName(env);
  const rw = ['publish', 'consume'];
  for (const id of view.sourceDatabases) {
    policies.push(
      policy(
        {
          name: `${prefix}kafka-raw-${id}`,
          service: kafka,
          policyType: POLICY_TYPE.access,
          description: `Raw change topics of ${view.database(id).name} (${view.flowsFrom(id).map((f) => view.changeTopic(f)).join(', ')}): only ${connect} produces or consumes`,
          resources: { topic: res(`${view.topicPrefix(id)}.*`) },
          policyItems: [item({ users: [connect] }, [...rw, 'describe'])],
          denyPolicyItems: [item({ groups: [PUBLIC_GROUP] }, rw)],
          denyExceptions: [item({ users: [connect] }, rw)],
        },
        env,
      ),
    );
  }
  const support = [...view.sourceDatabases.map((id) => view.heartbeatTopic(id)), ...view.flows.map((f) => view.deadLetterTopic(f))];
  if (support.length) {
    policies.push(
      policy(
        {
          name: `${prefix}kafka-connect-support`,
          service: kafka,
          policyType: POLICY_TYPE.access,
          description: `Heartbeat and dead-letter topics of the pipeline: written by ${connect}`,
          resources: { topic: res(...support) },
          policyItems: [item({ users: [connect] }, [...rw, 'describe'])],
        },
        env,
      ),
    );
    policies.push(
      policy(
        {
          name: `${prefix}kafka-connect-groups`,
          service: kafka,
          policyType: POLICY_TYPE.access,
          description: `Consumer groups of the pipeline's sink connectors: ${connect} only`,
          resources: { consumergroup: res(`connect-smart-cdc-${view.versionTag}-*`) },
          policyItems: [item({ users: [connect] }, ['consume', 'describe'])],
        },
        env,
      ),
    );
  }
  return { serviceDefinition: postgresServiceDefinition(), services, policies };
}

// ---- the document the apply command takes -----------------------------------------------------

/** What `scripts/ranger/apply.ts` applies: the documents plus the prefix that marks ownership. */
export interface RangerApplyDocument extends RangerDocuments {
  /** stack-owned names start with it; policies with it that the document lacks are removed */
  prefix: string;
}

export function rangerApplyDocument(view: CatalogueView, env: EnvironmentConfig): RangerApplyDocument {
  return { prefix: ownedPrefix(env), ...rangerDocuments(view, env) };
}

/**
 * Structural problems of a document, found before anything is sent to Ranger: unknown services,
 * resources, access or mask types, names outside the prefix, duplicate names and duplicate
 * resource signatures (which Ranger Admin rejects).
 */
export function documentProblems(doc: RangerApplyDocument, builtIn: Record<string, { resources: string[]; accessTypes: string[] }> = BUILT_IN_DEFS): string[] {
  const p: string[] = [];
  if (!doc || typeof doc !== 'object') return ['document: not an object'];
  if (!/^[a-z0-9-]+-$/.test(doc.prefix ?? '')) p.push(`prefix: '${doc.prefix}' must be lower-case, end with '-'`);
  const def = doc.serviceDefinition;
  if (!def?.name) p.push('serviceDefinition: has no name');
  const defs: Record<string, { resources: string[]; accessTypes: string[]; masks?: string[] }> = { ...builtIn };
  if (def?.name)
    defs[def.name] = {
      resources: (def.resources ?? []).map((r) => r.name),
      accessTypes: (def.accessTypes ?? []).map((a) => a.name),
      masks: (def.dataMaskDef?.maskTypes ?? []).map((m) => m.name),
    };
  const services = new Map<string, RangerService>();
  for (const s of doc.services ?? []) {
    if (services.has(s.name)) p.push(`service '${s.name}': defined twice`);
    services.set(s.name, s);
    if (!s.name?.startsWith(doc.prefix)) p.push(`service '${s.name}': name does not start with the stack prefix '${doc.prefix}'`);
    if (!/^[a-zA-Z0-9_-]{1,255}$/.test(s.name ?? '')) p.push(`service '${s.name}': Ranger service names allow only letters, digits, '_' and '-'`);
    if (!defs[s.type]) p.push(`service '${s.name}': unknown service type '${s.type}'`);
  }
  const names = new Set<string>();
  const signatures = new Map<string, string>();
  for (const pol of doc.policies ?? []) {
    const where = `policy '${pol.name}'`;
    if (names.has(pol.name)) p.push(`${where}: defined twice`);
    names.add(pol.name);
    if (!pol.name?.startsWith(doc.prefix)) p.push(`${where}: name does not start with the stack prefix '${doc.prefix}'`);
    const svc = services.get(pol.service);
    if (!svc) {
      p.push(`${where}: service '${pol.service}' is not in the document`);
      continue;
    }
    const d = defs[svc.type];
    if (!d) continue;
    for (const r of Object.keys(pol.resources ?? {})) if (!d.resources.includes(r)) p.push(`${where}: resource '${r}' is not defined by '${svc.type}'`);
    if (!Object.keys(pol.resources ?? {}).length) p.push(`${where}: has no resources`);
    const items = [...(pol.policyItems ?? []), ...(pol.denyPolicyItems ?? []), ...(pol.allowExceptions ?? []), ...(pol.denyExceptions ?? []), ...(pol.dataMaskPolicyItems ?? [])];
    for (const it of items) {
      if (![...(it.users ?? []), ...(it.groups ?? []), ...(it.roles ?? [])].length) p.push(`${where}: an item names no user, group or role`);
      for (const a of it.accesses ?? []) if (!d.accessTypes.includes(a.type)) p.push(`${where}: access type '${a.type}' is not defined by '${svc.type}'`);
    }
    for (const it of pol.dataMaskPolicyItems ?? [])
      if (!d.masks?.includes(it.dataMaskInfo?.dataMaskType)) p.push(`${where}: mask type '${it.dataMaskInfo?.dataMaskType}' is not defined by '${svc.type}'`);
    if (pol.policyType === POLICY_TYPE.dataMask && !(pol.dataMaskPolicyItems ?? []).length) p.push(`${where}: a masking policy without mask items`);
    const sig = `${pol.service}|${pol.policyType}|${JSON.stringify(
      Object.keys(pol.resources ?? {})
        .sort()
        .map((k) => [k, [...pol.resources[k].values].sort(), !!pol.resources[k].isExcludes, !!pol.resources[k].isRecursive]),
    )}`;
    const other = signatures.get(sig);
    if (other) p.push(`${where}: same resources and type as policy '${other}' (Ranger allows one policy per resource signature)`);
    signatures.set(sig, pol.name);
  }
  return p;
}

/** The parts of Ranger's built-in service definitions the document may use. */
export const BUILT_IN_DEFS: Record<string, { resources: string[]; accessTypes: string[] }> = {
  [KAFKA_SERVICE_DEF]: {
    resources: ['topic', 'transactionalid', 'cluster', 'delegationtoken', 'consumergroup'],
    accessTypes: ['publish', 'consume', 'configure', 'describe', 'kafka_admin', 'create', 'delete', 'idempotent_write', 'describe_configs', 'alter_configs', 'cluster_action', 'alter'],
  },
};
