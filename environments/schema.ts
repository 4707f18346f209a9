import { z } from 'zod';
import { Catalogue } from '../catalogue/model';

/**
 * Typed, validated environment configuration. Every error names the environment and the field
 * (`environment 'prod': kafka.replicationFactor: ...`), so a bad edit fails the synth clearly.
 */

export const ENVIRONMENT_NAMES = ['local', 'dev', 'staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

/** A secret is never a literal: it names a sensitive Terraform variable (given as TF_VAR_<name>). */
const secretRef = z.unknown().transform((v, ctx): { variable: string } => {
  if (typeof v === 'string') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: 'is a literal secret; give { variable: "<name>" } and pass the value as TF_VAR_<name>',
    });
    return z.NEVER;
  }
  const parsed = z
    .object({ variable: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a lower_snake Terraform variable name') })
    .strict()
    .safeParse(v);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: issue.path } as z.IssueData);
    return z.NEVER;
  }
  return parsed.data;
});
export type SecretRef = { variable: string };

const hostPort = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');
const port = z.number().int().min(1).max(65535);
const httpUrl = z.string().url().regex(/^https?:\/\//, 'must be an http(s) URL');

const database = z
  .object({
    host: z.string().min(1),
    port,
    /** admin connection used by the stack to create roles, grants, publication and slot */
    adminUser: z.string().min(1),
    adminPassword: secretRef.optional(),
    sslmode: z.enum(['disable', 'require', 'verify-ca', 'verify-full']),
    /**
     * PEM file of the CA that signed the server's certificate, checked with verify-ca / verify-full.
     * Read at this path by Terraform's postgresql provider, the SQL steps and the ops CLI, and by the
     * Connect workers (the connectors' `sslrootcert`): the same path on the deploying machine and the
     * workers. Default: the clients' own (~/.postgresql/root.crt, the system store).
     */
    sslRootCert: z.string().min(1).optional(),
    /**
     * Who creates the capture role (LOGIN REPLICATION): `stack`, the admin user (PostgreSQL 16 and
     * later let a CREATEROLE user that has REPLICATION do it; 15 and earlier only a superuser), or
     * `platform`, a superuser before the first deploy, password included. With `platform` the stack
     * only grants the role its privileges, and preflight checks that it exists and may replicate.
     */
    captureRole: z.enum(['stack', 'platform']).default('stack'),
    capturePassword: secretRef.optional(),
    sinkPassword: secretRef.optional(),
  })
  .strict();

const topicRetention = z
  .object({
    /** change topics: longer than the longest sink outage you want to survive */
    changeMs: z.number().int().positive(),
    deadLetterMs: z.number().int().positive(),
    heartbeatMs: z.number().int().positive(),
  })
  .strict();

const kafka = z
  .object({
    bootstrapServers: z.array(hostPort).nonempty(),
    /** broker count of the cluster; bounds the replication factor */
    brokers: z.number().int().min(1),
    replicationFactor: z.number().int().min(1),
    minInsyncReplicas: z.number().int().min(1),
    partitions: z.number().int().min(1),
    security: z.discriminatedUnion('protocol', [
      z.object({ protocol: z.literal('PLAINTEXT') }).strict(),
      z
        .object({
          protocol: z.literal('SASL_SSL'),
          mechanism: z.enum(['SCRAM-SHA-256', 'SCRAM-SHA-512', 'PLAIN']),
          username: z.string().min(1),
          password: secretRef,
          /** PEM file of the CA that signed the brokers' certificates, for Terraform's kafka provider and the ops CLI; default: the system store */
          caFile: z.string().min(1).optional(),
        })
        .strict(),
    ]),
    /**
     * create kafka_acl resources: the Connect principal reads and writes the pipeline's topics; the
     * operators' principal (as the cluster's principal builder names the operators' group) may read
     * the dead-letter topics, which hold rejected rows (PII). The brokers must deny what no ACL
     * allows (allow.everyone.if.no.acl.found=false), so nobody else reads them.
     */
    acls: z
      .object({
        enabled: z.boolean(),
        connectPrincipal: z.string().regex(/^User:.+/, 'must look like User:<name>'),
        operatorsPrincipal: z.string().regex(/^[A-Z][A-Za-z]*:.+/, 'must look like <Type>:<name>, e.g. User:smart-cdc-operators'),
      })
      .strict()
      .optional(),
    retention: topicRetention,
  })
  .strict();

/**
 * Where the Connect workers keep the secrets connectors use (database passwords, the hash salt, the
 * Connect REST password of the supervisor):
 * one file per secret, named after it, in `directory`, read by the worker's DirectoryConfigProvider
 * registered as `provider`. Connector configs hold only `${provider:directory:name}` references.
 */
const workerSecrets = z
  .object({
    /** alias of the DirectoryConfigProvider in the worker configuration (`config.providers`) */
    provider: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lower-case config provider alias').default('secrets'),
    /** on the workers; relative only for the local runtime, whose worker runs in its state dir */
    directory: z.string().min(1).regex(/^[^:}\s]+$/, 'must be a path without ":", "}" or spaces'),
  })
  .strict();
export type WorkerSecrets = z.output<typeof workerSecrets>;

const connect = z
  .object({
    url: httpUrl,
    /** PEM file of the CA that signed the REST listener's certificate (https), for Terraform's kafka-connect provider and the ops CLI; default: the system store */
    caFile: z.string().min(1).optional(),
    username: z.string().min(1).optional(),
    password: secretRef.optional(),
    /** tasks of each sink connector; default: the change topics' partitions (one task per partition) */
    tasksMax: z.number().int().min(1).optional(),
    secrets: workerSecrets,
  })
  .strict();

const COMPRESSION = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/**
 * Throughput and latency settings of the connectors. The defaults are the values the pipeline
 * benchmark (`npm run bench:pipeline`) chose; the strategy document gives each one's measured reason.
 */
const tuning = z
  .object({
    source: z
      .object({
        /** change events the Debezium source hands to Connect per poll */
        maxBatchSize: z.number().int().min(1).default(2048),
        /** events buffered between the WAL reader and Connect; must exceed maxBatchSize */
        maxQueueSize: z.number().int().min(2).default(8192),
        /** how long the source waits for events when its queue is empty (a floor on latency) */
        pollIntervalMs: z.number().int().min(1).default(20),
      })
      .strict()
      .default({}),
    producer: z
      .object({
        lingerMs: z.number().int().min(0).default(5),
        batchBytes: z.number().int().min(1024).default(1_048_576),
        compression: z.enum(COMPRESSION).default('lz4'),
        /**
         * the largest change record the pipeline carries (producer max.request.size, the topics'
         * max.message.bytes); a change whose values are larger is parked, its large values left out
         */
        maxRecordBytes: z.number().int().min(1_048_576).max(104_857_600).default(16_777_216),
      })
      .strict()
      .default({}),
    sink: z
      .object({
        /** rows per JDBC batch; the sink's consumer polls as many records (batch.size is capped by max.poll.records) */
        batchSize: z.number().int().min(1).default(4096),
        /** bytes fetched per partition and request; must hold a batch */
        maxPartitionFetchBytes: z.number().int().min(1024).default(8_388_608),
        /** how long the broker keeps a sink consumer that stopped heartbeating in its group (Kafka's 6 s minimum) */
        sessionTimeoutMs: z.number().int().min(6000).max(1_800_000).default(10_000),
      })
      .strict()
      .default({}),
  })
  .strict()
  .default({});

const ranger = z
  .object({
    url: httpUrl,
    adminUser: z.string().min(1),
    adminPassword: secretRef,
  })
  .strict();

const image = z.string().regex(/^[a-z0-9./_-]+:[A-Za-z0-9._-]+$/, 'must be an image pinned by tag (name:tag)').refine((s) => !s.endsWith(':latest'), 'must not be pinned to :latest');

const docker = z
  .object({
    /** the Docker daemon's address, as the docker provider's `host` (dev: SMART_CDC_DOCKER_HOST overrides it) */
    host: z.string().regex(/^(unix:\/\/\/|tcp:\/\/|ssh:\/\/)\S+$/, 'must be a Docker daemon address: unix:///path, tcp://host:port or ssh://user@host'),
    network: z.string().min(1),
    images: z.object({ postgres: image, kafka: image, connect: image, ranger: image, rangerDb: image, prometheus: image }).strict(),
    /**
     * host ports of the engines other than the databases (each database is published on its own
     * `databases.<id>.port`), all on 127.0.0.1; with phase 4, the JMX exporter agents of the broker
     * (`kafkaMetrics`) and the worker (`connectMetrics`), and Prometheus (`prometheus`)
     */
    ports: z.object({ kafka: port, connect: port, ranger: port, prometheus: port, kafkaMetrics: port, connectMetrics: port }).strict(),
  })
  .strict();

const backend = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('local'),
    /** keep the state file in the local runtime's state directory, beside the engines it describes (runtime `local` only); default: the stack's working directory */
    withRuntime: z.boolean().default(false),
  }).strict(),
  z.object({ type: z.literal('s3'), bucket: z.string().min(1), key: z.string().min(1), region: z.string().min(1) }).strict(),
  z.object({ type: z.literal('remote'), hostname: z.string().default('app.terraform.io'), organization: z.string().min(1), workspace: z.string().min(1) }).strict(),
]);

/** Bounds the alert rules (phase 4) fire at; their defaults are also `status`'s (its flags' defaults). */
const monitoring = z
  .object({
    /** WAL a replication slot may hold back before it alerts */
    maxSlotLagBytes: z.number().int().min(1).default(256 * 1024 ** 2),
    /** seconds between a change's commit and Debezium processing it before it alerts (the JMX metric) */
    maxSourceLagSeconds: z.number().int().min(1).default(300),
    /** seconds since a source's last heartbeat before it alerts */
    maxHeartbeatAgeSeconds: z.number().int().min(1).default(60),
    /** records a sink may lag behind its change topic before it alerts */
    maxConsumerLag: z.number().int().min(0).default(1000),
    /** parked records a flow may hold before it alerts */
    maxDeadLetters: z.number().int().min(0).default(0),
    /** how long a condition must hold before its alert fires (Prometheus' `for`), in seconds */
    forSeconds: z.number().int().min(0).default(60),
    /** host:port where Prometheus scrapes `smart-cdc metrics <env> --listen` (the runbook of the exporter-absent alert starts it there) */
    exporter: z.string().regex(/^[^\s:]+:\d{1,5}$/, 'must be host:port, such as 127.0.0.1:9187').default('127.0.0.1:9187'),
  })
  .strict()
  .default({});

export const environmentSchema = z
  .object({
    name: z.enum(ENVIRONMENT_NAMES),
    description: z.string(),
    /** where the engines run: local processes, containers the stack creates, or existing endpoints */
    runtime: z.enum(['local', 'docker', 'external']),
    /** implementation phases enabled (1 W→C, 2 C→W, 3 masking governance, 4 monitoring) */
    phases: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).nonempty(),
    /** catalogue flows (by name) left out of this environment although their phase is enabled */
    disabledFlows: z.array(z.string()).default([]),
    backend,
    /** one endpoint per database of the catalogue, by database id */
    databases: z.record(z.string(), database),
    kafka,
    connect,
    tuning,
    monitoring,
    ranger: ranger.optional(),
    docker: docker.optional(),
    /**
     * (docker only) sensitive variable holding the salt of the SENSITIVE-column hash, which the stack
     * writes into its Connect container's secrets. Elsewhere the salt exists only in the workers'
     * secret storage (`connect.secrets`, file `hash_salt`) and the stack never sees it.
     */
    hashSalt: secretRef.optional(),
  })
  .strict();

export type EnvironmentInput = z.input<typeof environmentSchema>;
export type EnvironmentConfig = z.output<typeof environmentSchema>;
export type Tuning = EnvironmentConfig['tuning'];
export type Monitoring = EnvironmentConfig['monitoring'];
export const DEFAULT_MONITORING: Monitoring = monitoring.parse(undefined);
/** The tuning an environment gets when it sets none. */
export const DEFAULT_TUNING: Tuning = tuning.parse(undefined);

/**
 * The worker secret holding the capture role's password: named after the stack's variable, or, where
 * the platform created the role (captureRole: platform), `<database>_capture_password` by convention.
 */
export const captureSecret = (id: string, d: Pick<EnvironmentConfig['databases'][string], 'capturePassword' | 'captureRole'>): string | undefined =>
  d.capturePassword?.variable ?? (d.captureRole === 'platform' ? `${id}_capture_password` : undefined);

/** Tasks of each sink connector: as configured, else one per partition of the change topics. */
export const sinkTasks = (env: Pick<EnvironmentConfig, 'connect' | 'kafka'>): number => env.connect.tasksMax ?? env.kafka.partitions;

export class ConfigError extends Error {
  constructor(readonly environment: string, readonly problems: string[]) {
    super(`environment '${environment}': invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const isLoopback = (h: string) => h === '127.0.0.1' || h === 'localhost' || h === '::1';

/** Rules that span fields, or that depend on the catalogue. Each returns `field: problem`. */
function crossFieldProblems(env: EnvironmentConfig, catalogue: Catalogue): string[] {
  const p: string[] = [];
  const k = env.kafka;
  if (k.replicationFactor > k.brokers) p.push(`kafka.replicationFactor: ${k.replicationFactor} exceeds kafka.brokers (${k.brokers})`);
  if (k.minInsyncReplicas > k.replicationFactor)
    p.push(`kafka.minInsyncReplicas: ${k.minInsyncReplicas} exceeds kafka.replicationFactor (${k.replicationFactor})`);
  if (new Set(k.bootstrapServers).size !== k.bootstrapServers.length) p.push('kafka.bootstrapServers: lists a server twice');
  if (env.connect.caFile && !env.connect.url.startsWith('https://')) p.push(`connect.caFile: only for an https URL (connect.url is '${env.connect.url}')`);
  for (const [id, db] of Object.entries(env.databases)) {
    if (db.captureRole === 'platform' && db.capturePassword)
      p.push(`databases.${id}.capturePassword: the platform sets the capture role's password (captureRole: platform); the stack takes none`);
    if (db.sslRootCert && db.sslmode !== 'verify-ca' && db.sslmode !== 'verify-full')
      p.push(`databases.${id}.sslRootCert: only checked with sslmode verify-ca or verify-full (sslmode is ${db.sslmode})`);
  }
  // a sink task beyond the partition count gets no partition and stays idle
  if (env.connect.tasksMax !== undefined && env.connect.tasksMax > k.partitions)
    p.push(`connect.tasksMax: ${env.connect.tasksMax} sink tasks exceed kafka.partitions (${k.partitions}); a task without a partition idles (omit tasksMax to follow the partitions)`);
  const t = env.tuning;
  if (t.source.maxQueueSize <= t.source.maxBatchSize)
    p.push(`tuning.source.maxQueueSize: ${t.source.maxQueueSize} must exceed tuning.source.maxBatchSize (${t.source.maxBatchSize}) (Debezium refuses it)`);

  const shared = env.runtime === 'external';
  if (shared) {
    if (k.replicationFactor < 3) p.push(`kafka.replicationFactor: ${k.replicationFactor} is below 3, the minimum for a shared environment`);
    if (k.minInsyncReplicas < 2) p.push(`kafka.minInsyncReplicas: ${k.minInsyncReplicas} is below 2, the minimum for a shared environment`);
    if (k.security.protocol !== 'SASL_SSL') p.push('kafka.security.protocol: a shared environment needs SASL_SSL');
    if (env.backend.type === 'local') p.push('backend.type: a shared environment needs a remote state backend');
    if (!env.connect.url.startsWith('https://')) p.push(`connect.url: a shared environment reaches Kafka Connect over TLS (https), not '${env.connect.url}'`);
    if (!env.connect.username || !env.connect.password) p.push('connect.username, connect.password: a shared environment authenticates to Kafka Connect (basic auth, password as a sensitive variable)');
    for (const [id, db] of Object.entries(env.databases)) {
      if (db.sslmode === 'disable') p.push(`databases.${id}.sslmode: a shared environment needs TLS (require or verify-full)`);
      for (const s of ['adminPassword', 'capturePassword', 'sinkPassword'] as const)
        if (!db[s] && !(s === 'capturePassword' && db.captureRole === 'platform')) p.push(`databases.${id}.${s}: required for a shared environment (a sensitive variable)`);
    }
  }
  if (env.backend.type === 'local' && env.backend.withRuntime && env.runtime !== 'local')
    p.push(`backend.withRuntime: only for runtime local, whose engines keep their state beside it (runtime is ${env.runtime})`);
  if (env.runtime === 'docker' && !env.docker) p.push('docker: required when runtime is docker');
  if (env.runtime === 'docker' && !env.hashSalt) p.push('hashSalt: required when runtime is docker (the stack writes it into its Connect container)');
  if (env.runtime !== 'docker' && env.hashSalt)
    p.push(`hashSalt: only for runtime docker; the ${env.runtime} Connect workers hold the salt themselves (file hash_salt in connect.secrets.directory)`);
  if (env.runtime !== 'local' && !env.connect.secrets.directory.startsWith('/'))
    p.push(`connect.secrets.directory: must be absolute on ${env.runtime} workers, not '${env.connect.secrets.directory}'`);
  if (env.runtime !== 'docker' && env.docker) p.push(`docker: only allowed when runtime is docker (runtime is ${env.runtime})`);
  if (env.runtime === 'local') {
    for (const [id, db] of Object.entries(env.databases))
      if (!isLoopback(db.host)) p.push(`databases.${id}.host: the local runtime listens on 127.0.0.1 only, not '${db.host}'`);
  }
  const ids = catalogue.databases.map((d) => d.id);
  for (const id of ids) if (!env.databases[id]) p.push(`databases.${id}: required (the catalogue has database '${id}')`);
  for (const id of Object.keys(env.databases)) if (!ids.includes(id)) p.push(`databases.${id}: not a database of the catalogue (it has ${ids.join(', ')})`);
  const seen = new Map<string, string>();
  for (const [id, db] of Object.entries(env.databases)) {
    const other = seen.get(`${db.host}:${db.port}`);
    if (other) p.push(`databases.${id}: same endpoint as databases.${other}; each database needs its own cluster`);
    seen.set(`${db.host}:${db.port}`, id);
  }
  if (env.docker) {
    const published = [...Object.entries(env.databases).map(([id, db]) => [`databases.${id}.port`, db.port] as const), ...Object.entries(env.docker.ports).map(([k, v]) => [`docker.ports.${k}`, v] as const)];
    for (const [i, [field, port]] of published.entries()) {
      const clash = published.slice(0, i).find(([, q]) => q === port);
      if (clash) p.push(`${field}: host port ${port} is already published by ${clash[0]}`);
    }
  }
  if (env.phases.includes(3) && !env.ranger && env.runtime !== 'docker') p.push('ranger: required when phase 3 (masking governance) is enabled');
  if (new Set(env.phases).size !== env.phases.length) p.push('phases: lists a phase twice');
  if (!env.phases.includes(1) && env.phases.includes(2)) p.push('phases: phase 2 (citizen → warehouse) needs phase 1');
  const known = catalogue.flows.map((f) => f.name);
  for (const f of env.disabledFlows)
    if (!known.includes(f)) p.push(`disabledFlows: unknown flow '${f}' (the catalogue has ${known.join(', ')})`);
  return p;
}

/** Validates raw environment input; throws {@link ConfigError} naming the environment and each field. */
export function validateEnvironment(input: unknown, catalogue: Catalogue): EnvironmentConfig {
  const name = typeof input === 'object' && input && 'name' in input ? String((input as { name: unknown }).name) : '<unnamed>';
  const parsed = environmentSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      name,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const problems = crossFieldProblems(parsed.data, catalogue);
  if (problems.length) throw new ConfigError(name, problems);
  return parsed.data;
}
