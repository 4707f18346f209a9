import { EnvironmentInput } from './schema';

/**
 * Processes on 127.0.0.1 started by scripts/local-runtime.sh (no Docker); used by the e2e tests.
 * The local runtime has no Ranger Admin, so phase 3 (Ranger governance) is not enabled here;
 * in-flight masking by the connectors is part of every flow and stays on.
 */
export const local: EnvironmentInput = {
  name: 'local',
  description: 'Local engines on loopback, trust authentication',
  runtime: 'local',
  phases: [1, 2, 4],
  backend: { type: 'local', withRuntime: true },
  databases: {
    warehouse: { host: '127.0.0.1', port: 54321, adminUser: 'postgres', sslmode: 'disable' },
    citizen: { host: '127.0.0.1', port: 54322, adminUser: 'postgres', sslmode: 'disable' },
  },
  kafka: {
    bootstrapServers: ['127.0.0.1:19092'],
    brokers: 1,
    replicationFactor: 1,
    minInsyncReplicas: 1,
    partitions: 1,
    security: { protocol: 'PLAINTEXT' },
    retention: { changeMs: 86_400_000, deadLetterMs: 86_400_000, heartbeatMs: 3_600_000 },
  },
  // scripts/local-runtime.sh creates <state dir>/secrets/hash_salt and runs the worker in the state dir
  connect: { url: 'http://127.0.0.1:18083', secrets: { provider: 'secrets', directory: 'secrets' } },
};
