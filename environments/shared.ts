import { EnvironmentInput } from './schema';

type Sizing = { brokers: number; partitions: number; retentionDays: number };

/** staging and prod differ only in endpoints and sizing: one shape, two instances. */
export function sharedEnvironment(name: 'staging' | 'prod', domain: string, sizing: Sizing, databaseIds: readonly string[]): EnvironmentInput {
  const db = (id: string) => ({
    host: `${id}-db.${domain}`,
    port: 5432,
    adminUser: 'smart_cdc_admin',
    adminPassword: { variable: `${id}_admin_password` },
    sslmode: 'verify-full' as const,
    capturePassword: { variable: `${id}_capture_password` },
    sinkPassword: { variable: `${id}_sink_password` },
  });
  return {
    name,
    description: `Existing managed endpoints in ${domain}`,
    runtime: 'external',
    phases: [1, 2, 3, 4],
    backend: { type: 's3', bucket: `smart-cdc-terraform-state-${name}`, key: `smart-cdc/${name}.tfstate`, region: 'eu-north-1' },
    databases: Object.fromEntries(databaseIds.map((id) => [id, db(id)])),
    kafka: {
      bootstrapServers: [1, 2, 3].map((i) => `kafka-${i}.${domain}:9093`) as [string, ...string[]],
      brokers: sizing.brokers,
      replicationFactor: 3,
      minInsyncReplicas: 2,
      partitions: sizing.partitions,
      security: { protocol: 'SASL_SSL', mechanism: 'SCRAM-SHA-512', username: 'smart-cdc', password: { variable: 'kafka_sasl_password' } },
      acls: { enabled: true, connectPrincipal: 'User:smart-cdc-connect', operatorsPrincipal: 'User:smart-cdc-operators' },
      retention: { changeMs: sizing.retentionDays * 86_400_000, deadLetterMs: 14 * 86_400_000, heartbeatMs: 86_400_000 },
    },
    connect: {
      url: `https://connect.${domain}`,
      username: 'smart-cdc',
      password: { variable: 'connect_password' },
      // the platform keeps the pipeline's secrets there on every worker (docs/IMPLEMENTATION_GUIDE.md)
      secrets: { provider: 'secrets', directory: '/etc/kafka-connect/secrets/smart-cdc' },
    },
    ranger: { url: `https://ranger.${domain}`, adminUser: 'smart-cdc-admin', adminPassword: { variable: 'ranger_admin_password' } },
  };
}
