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
import { CatalogueView, qualified } from '../../catalogue/derive';
import { DatabaseId, ReaderRole, TableDef } from '../../catalogue/model';
import { EnvironmentConfig } from '../../environments/schema';
import { POLICY_TYPE, RangerApplyDocument, RangerDocuments, RangerPolicy, RangerPolicyItem, RangerPolicyResource, RangerService } from './ranger-api';
import { connectPrincipal, HIDDEN_PASSWORD, KAFKA_SERVICE_DEF, OWNER_MARKER, POSTGRES_SERVICE_DEF, PUBLIC_GROUP } from './ranger-names';
import { postgresServiceDefinition } from './service-definition';

/**
 * A service as sent to Ranger. Ranger's `kafka` definition makes the lookup `password` mandatory;
 * the document (and so the synthesized configuration) carries none, and what is sent is Ranger's
 * keep-the-stored-password placeholder.
 */
export function servicePayload(s: RangerService): RangerService {
  return s.type === KAFKA_SERVICE_DEF && !('password' in s.configs) ? { ...s, configs: { ...s.configs, password: HIDDEN_PASSWORD } } : s;
}

/** The tables a reader role reads ('*' is every catalogue table of its database). */
export function readerTables(view: CatalogueView, reader: ReaderRole): TableDef[] {
  const db = view.database(reader.database);
  return reader.tables === '*' ? [...db.tables] : reader.tables.map((t) => view.table(reader.database, t));
}

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
  const prefix = view.rangerPrefix(env.name);
  const connect = connectPrincipal(env);
  const dbIds = view.catalogue.databases.map((d) => d.id);
  const services: RangerService[] = [
    ...dbIds.map((id) => {
      const db = view.database(id);
      return {
        name: view.rangerDatabaseService(env.name, id),
        displayName: `${db.name} ${env.name}`,
        type: POSTGRES_SERVICE_DEF,
        description: `${db.description}: ${db.name} in ${env.name}; ${OWNER_MARKER}`,
        isEnabled: true,
        configs: { 'jdbc.url': jdbcUrl(env, id, db.name) },
      };
    }),
    {
      name: view.rangerKafkaService(env.name),
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
            service: view.rangerDatabaseService(env.name, id),
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
              service: view.rangerDatabaseService(env.name, id),
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

  const kafka = view.rangerKafkaService(env.name);
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
          resources: { consumergroup: res(`${view.sinkConsumerGroupPrefix}*`) },
          policyItems: [item({ users: [connect] }, ['consume', 'describe'])],
        },
        env,
      ),
    );
  }
  return { serviceDefinition: postgresServiceDefinition(), services, policies };
}

export function rangerApplyDocument(view: CatalogueView, env: EnvironmentConfig): RangerApplyDocument {
  return { prefix: view.rangerPrefix(env.name), ...rangerDocuments(view, env) };
}
