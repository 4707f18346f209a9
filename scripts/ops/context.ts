/**
 * What a command needs to reach an environment: its validated configuration, the catalogue view
 * the stack derives names from (with the environment's phases and disabled flows, exactly as
 * stacks/cdc-stack.ts builds it), and the endpoints with their secrets resolved from TF_VAR_<name>.
 *
 * Light on purpose: the catalogue and environments modules only (no cdktf, no stacks).
 */
import { CatalogueView } from '../../catalogue/derive';
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { loadEnvironment } from '../../environments';
import { ConfigError, EnvironmentConfig, SecretRef } from '../../environments/schema';
import { ConfigurationError, UsageError } from './errors';
import { CaFile } from './tls';

export interface PgTarget {
  readonly id: DatabaseId;
  /** "warehouse database at 127.0.0.1:54321" */
  readonly label: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly password?: string;
  readonly sslmode: string;
  /** the CA's PEM file (verify-ca / verify-full) and the field that names it */
  readonly ca?: CaFile;
}

export interface KafkaTarget {
  readonly label: string;
  readonly brokers: string[];
  readonly ssl: boolean;
  readonly ca?: CaFile;
  readonly sasl?: { readonly mechanism: 'plain' | 'scram-sha-256' | 'scram-sha-512'; readonly username: string; readonly password: string };
}

export interface ConnectTarget {
  readonly label: string;
  readonly url: string;
  readonly ca?: CaFile;
  readonly username?: string;
  readonly password?: string;
}

export interface SourceNames {
  readonly db: DatabaseId;
  readonly connector: string;
  readonly slot: string;
  readonly publication: string;
  readonly topicPrefix: string;
  readonly heartbeatTopic: string;
  readonly tables: string[];
}

export interface SinkNames {
  readonly flow: FlowDef;
  readonly connector: string;
  /** the change topic it consumes */
  readonly topic: string;
  readonly deadLetterTopic: string;
  /** Connect's consumer group of a sink connector */
  readonly group: string;
  /** marks how far its dead-letter topic was replayed or discarded */
  readonly handledGroup: string;
}

/** Every name of the pipeline in this environment, derived from the catalogue view. */
export interface PipelineNames {
  readonly sources: SourceNames[];
  readonly sinks: SinkNames[];
  /** the connector that restarts FAILED pipeline connectors, and its events topic */
  readonly supervisor: { readonly connector: string; readonly topic: string };
}

export function pipelineNames(view: CatalogueView): PipelineNames {
  return {
    sources: view.sourceDatabases.map((db) => ({
      db,
      connector: view.sourceConnectorName(db),
      slot: view.slotName(db),
      publication: view.publicationName(db),
      topicPrefix: view.topicPrefix(db),
      heartbeatTopic: view.heartbeatTopic(db),
      tables: view.capturedTables(db),
    })),
    sinks: view.flows.map((flow) => ({
      flow,
      connector: view.sinkConnectorName(flow),
      topic: view.changeTopic(flow),
      deadLetterTopic: view.deadLetterTopic(flow),
      group: view.sinkConsumerGroup(flow),
      handledGroup: view.parkedHandledGroup(flow),
    })),
    supervisor: { connector: view.supervisorConnectorName, topic: view.supervisorTopic },
  };
}

/** The view the stack of `env` is built from: its phases, without its disabled flows. */
export function viewOf(env: EnvironmentConfig): CatalogueView {
  const flows = SMART_CATALOGUE.flows.filter((f) => !env.disabledFlows.includes(f.name));
  return new CatalogueView({ ...SMART_CATALOGUE, flows }, env.phases);
}

export interface OpsContext {
  readonly env: EnvironmentConfig;
  readonly view: CatalogueView;
  readonly names: PipelineNames;
  readonly databases: Record<DatabaseId, PgTarget>;
  readonly kafka: KafkaTarget;
  readonly connect: ConnectTarget;
}

export type Component = 'databases' | 'kafka' | 'connect';

/**
 * Loads an environment by name. Secrets of the components a command uses must be set as
 * TF_VAR_<variable>; every missing one is named in one error.
 */
export function loadContext(name: string, uses: readonly Component[] = ['databases', 'kafka', 'connect'], vars: NodeJS.ProcessEnv = process.env): OpsContext {
  let env: EnvironmentConfig;
  try {
    env = loadEnvironment(name, SMART_CATALOGUE);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigurationError(e.message.replace(/\n\s*/g, ' '));
    throw new UsageError((e as Error).message);
  }
  const missing: string[] = [];
  const secret = (ref: SecretRef | undefined, field: string, needed: boolean): string | undefined => {
    if (!ref) return undefined;
    const v = vars[`TF_VAR_${ref.variable}`];
    if (v === undefined || v === '') {
      if (needed) missing.push(`TF_VAR_${ref.variable} (${field})`);
      return undefined;
    }
    return v;
  };
  const view = viewOf(env);
  const dbNeeded = uses.includes('databases');
  const databases = Object.fromEntries(
    view.databaseIds.map((id) => {
      const d = env.databases[id];
      const t: PgTarget = {
        id,
        label: `${id} database at ${d.host}:${d.port}`,
        host: d.host,
        port: d.port,
        database: view.database(id).name,
        user: d.adminUser,
        password: secret(d.adminPassword, `databases.${id}.adminPassword`, dbNeeded),
        sslmode: d.sslmode,
        ...(d.sslRootCert ? { ca: { path: d.sslRootCert, field: `databases.${id}.sslRootCert` } } : {}),
      };
      return [id, t];
    }),
  ) as Record<DatabaseId, PgTarget>;
  const k = env.kafka;
  const kafka: KafkaTarget = {
    label: `Kafka at ${k.bootstrapServers.join(',')}`,
    brokers: [...k.bootstrapServers],
    ssl: k.security.protocol === 'SASL_SSL',
    ...(k.security.protocol === 'SASL_SSL' && k.security.caFile ? { ca: { path: k.security.caFile, field: 'kafka.security.caFile' } } : {}),
    sasl:
      k.security.protocol === 'SASL_SSL'
        ? {
            mechanism: ({ 'SCRAM-SHA-256': 'scram-sha-256', 'SCRAM-SHA-512': 'scram-sha-512', PLAIN: 'plain' } as const)[k.security.mechanism],
            username: k.security.username,
            password: secret(k.security.password, 'kafka.security.password', uses.includes('kafka')) ?? '',
          }
        : undefined,
  };
  const connect: ConnectTarget = {
    label: `Kafka Connect at ${env.connect.url}`,
    url: env.connect.url.replace(/\/+$/, ''),
    ...(env.connect.caFile ? { ca: { path: env.connect.caFile, field: 'connect.caFile' } } : {}),
    username: env.connect.username,
    password: secret(env.connect.password, 'connect.password', uses.includes('connect')),
  };
  if (missing.length) throw new ConfigurationError(`environment '${env.name}' needs its secrets as environment variables: set ${missing.join(', ')}`);
  return { env, view, names: pipelineNames(view), databases, kafka, connect };
}

/** Resolves a flow by name, number, or its sink connector's name. */
/** The environment's flows, as usage errors list them. */
export const flowList = (ctx: Pick<OpsContext, 'view'>): string => ctx.view.flows.map((f) => `${f.id} ${f.name}`).join(', ');

export const unknownFlow = (ctx: Pick<OpsContext, 'view' | 'env'>, arg: string): UsageError =>
  new UsageError(`unknown flow '${arg}' in environment '${ctx.env.name}' (flows: ${flowList(ctx)})`);

export function findFlow(ctx: Pick<OpsContext, 'view' | 'env'>, arg: string): FlowDef | undefined {
  return ctx.view.flows.find((f) => f.name === arg || String(f.id) === arg || ctx.view.sinkConnectorName(f) === arg || f.name === arg.replace(/-/g, '_'));
}
