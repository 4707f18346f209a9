import { EnvironmentInput } from './schema';

export type Sizing = { brokers: number; partitions: number; retentionDays: number };

/** Where a shared environment's engines answer, and the CA that signed their certificates. */
export interface SharedEndpoints {
  /** where they are, for the description: "in prod.smart.internal" */
  readonly where: string;
  /** host and port of each database of the catalogue */
  readonly databases: Readonly<Record<string, { readonly host: string; readonly port: number }>>;
  readonly kafka: readonly [string, ...string[]];
  /** Kafka Connect's REST API (https) */
  readonly connect: string;
  readonly ranger: string;
  /**
   * PEM file of the CA of every endpoint's certificate, on the deploying machine and the Connect
   * workers; default: the system store (a public or platform-installed CA).
   */
  readonly caFile?: string;
  /** where the Connect workers keep the pipeline's secrets (one file per secret) */
  readonly workerSecrets?: string;
}

/** The managed endpoints of a domain, by the platform's naming scheme: one per database of the catalogue. */
export function domainEndpoints(domain: string, databaseIds: readonly string[]): SharedEndpoints {
  return {
    where: `in ${domain}`,
    databases: Object.fromEntries(databaseIds.map((id) => [id, { host: `${id}-db.${domain}`, port: 5432 }])),
    kafka: [1, 2, 3].map((i) => `kafka-${i}.${domain}:9093`) as [string, ...string[]],
    connect: `https://connect.${domain}`,
    ranger: `https://ranger.${domain}`,
  };
}

/** staging and prod differ only in endpoints and sizing: one shape, two instances. */
export function sharedEnvironment(name: 'staging' | 'prod', at: SharedEndpoints, sizing: Sizing): EnvironmentInput {
  const ca = at.caFile;
  const db = (id: string) => ({
    ...at.databases[id],
    adminUser: 'smart_cdc_admin',
    adminPassword: { variable: `${id}_admin_password` },
    sslmode: 'verify-full' as const,
    ...(ca ? { sslRootCert: ca } : {}),
    capturePassword: { variable: `${id}_capture_password` },
    sinkPassword: { variable: `${id}_sink_password` },
  });
  return {
    name,
    description: `Existing managed endpoints ${at.where}`,
    runtime: 'external',
    phases: [1, 2, 3, 4],
    backend: { type: 's3', bucket: `smart-cdc-terraform-state-${name}`, key: `smart-cdc/${name}.tfstate`, region: 'eu-north-1' },
    databases: Object.fromEntries(Object.keys(at.databases).map((id) => [id, db(id)])),
    kafka: {
      bootstrapServers: [...at.kafka],
      brokers: sizing.brokers,
      replicationFactor: 3,
      minInsyncReplicas: 2,
      partitions: sizing.partitions,
      security: { protocol: 'SASL_SSL', mechanism: 'SCRAM-SHA-512', username: 'smart-cdc', password: { variable: 'kafka_sasl_password' }, ...(ca ? { caFile: ca } : {}) },
      acls: { enabled: true, connectPrincipal: 'User:smart-cdc-connect', operatorsPrincipal: 'User:smart-cdc-operators' },
      retention: { changeMs: sizing.retentionDays * 86_400_000, deadLetterMs: 14 * 86_400_000, heartbeatMs: 86_400_000 },
    },
    connect: {
      url: at.connect,
      ...(ca ? { caFile: ca } : {}),
      username: 'smart-cdc',
      password: { variable: 'connect_password' },
      // the platform keeps the pipeline's secrets there on every worker (docs/IMPLEMENTATION_GUIDE.md)
      secrets: { provider: 'secrets', directory: at.workerSecrets ?? '/etc/kafka-connect/secrets/smart-cdc' },
    },
    ranger: { url: at.ranger, adminUser: 'smart-cdc-admin', adminPassword: { variable: 'ranger_admin_password' } },
  };
}
