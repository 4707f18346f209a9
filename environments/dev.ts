import { EnvironmentInput } from './schema';

/** Containers on a Docker host, all created by `cdktf deploy dev`. */
export const dev: EnvironmentInput = {
  name: 'dev',
  description: 'Every engine as a container on one Docker host',
  runtime: 'docker',
  phases: [1, 2, 3, 4],
  backend: { type: 'local' },
  databases: {
    warehouse: { host: 'localhost', port: 55432, adminUser: 'postgres', adminPassword: { variable: 'warehouse_admin_password' }, sslmode: 'disable', capturePassword: { variable: 'warehouse_capture_password' }, sinkPassword: { variable: 'warehouse_sink_password' } },
    citizen: { host: 'localhost', port: 55433, adminUser: 'postgres', adminPassword: { variable: 'citizen_admin_password' }, sslmode: 'disable', capturePassword: { variable: 'citizen_capture_password' }, sinkPassword: { variable: 'citizen_sink_password' } },
  },
  kafka: {
    bootstrapServers: ['localhost:9092'],
    brokers: 1,
    replicationFactor: 1,
    minInsyncReplicas: 1,
    partitions: 1,
    security: { protocol: 'PLAINTEXT' },
    retention: { changeMs: 3 * 86_400_000, deadLetterMs: 7 * 86_400_000, heartbeatMs: 3_600_000 },
  },
  // the stack writes the secrets into the Connect container (constructs/docker/dev-engines.ts)
  connect: { url: 'http://localhost:8083', secrets: { provider: 'secrets', directory: '/kafka/secrets/smart-cdc' } },
  // Ranger Admin runs as a container of the stack, published on docker.ports.ranger
  ranger: { url: 'http://localhost:6080', adminUser: 'admin', adminPassword: { variable: 'ranger_admin_password' } },
  docker: {
    // the system daemon, unless SMART_CDC_DOCKER_HOST=unix:///… names another one (a rootless daemon,
    // or the test harness's own dockerd: __tests__/support/docker-engine.ts)
    host: process.env.SMART_CDC_DOCKER_HOST || 'unix:///var/run/docker.sock',
    network: 'smart-cdc-dev',
    images: {
      postgres: 'postgres:16.6',
      kafka: 'apache/kafka:4.3.0',
      connect: 'quay.io/debezium/connect:3.6.1.Final',
      ranger: 'apache/ranger:2.6.0',
      rangerDb: 'apache/ranger-db:2.6.0',
      // phase 4: scrapes the engines' JMX exporter agents and `smart-cdc metrics dev`, evaluates the alert rules
      prometheus: 'prom/prometheus:v2.42.0',
    },
    ports: { kafka: 9092, connect: 8083, ranger: 6080, prometheus: 9090, kafkaMetrics: 9404, connectMetrics: 9405 },
  },
  hashSalt: { variable: 'hash_salt' },
};
