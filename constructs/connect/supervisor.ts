import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { KafkaConnectConnector } from '../bindings/kafka-connect';

/** The pipeline's Connect plugin (connect-plugin/): restarts FAILED pipeline connectors with backoff. */
export const SUPERVISOR_CLASS = 'smart.cdc.connect.PipelineSupervisorConnector';

export interface SupervisorProps {
  readonly name: string;
  /** Connect's REST API as the workers themselves reach it */
  readonly connectUrl: string;
  readonly connectUsername?: string;
  /** `${var.…}` reference; goes to config_sensitive */
  readonly connectPassword?: string;
  /** the connectors it keeps running */
  readonly connectors: readonly string[];
  /** topic of its restart events */
  readonly eventsTopic: string;
  /** @default 2000 — first restart of a failure this long after it is seen */
  readonly initialBackoffMs?: number;
  /** @default 30000 — restarts of a persisting failure at most this far apart */
  readonly maxBackoffMs?: number;
  readonly dependsOn?: ITerraformDependable[];
}

/** Typed builder of the supervisor connector's configuration. */
export function supervisorConfig(p: SupervisorProps): { config: Record<string, string>; sensitive: Record<string, string> } {
  if (!p.connectors.length) throw new Error(`supervisor '${p.name}': supervises no connector`);
  const config: Record<string, string> = {
    'connector.class': SUPERVISOR_CLASS,
    'tasks.max': '1',
    'smart.cdc.connect.url': p.connectUrl,
    ...(p.connectUsername ? { 'smart.cdc.connect.username': p.connectUsername } : {}),
    'smart.cdc.supervise.connectors': p.connectors.join(','),
    'smart.cdc.check.interval.ms': '2000',
    'smart.cdc.restart.backoff.initial.ms': String(p.initialBackoffMs ?? 2_000),
    'smart.cdc.restart.backoff.max.ms': String(p.maxBackoffMs ?? 30_000),
    'smart.cdc.restart.reset.after.ms': '600000',
    'smart.cdc.events.topic': p.eventsTopic,
    'key.converter': 'org.apache.kafka.connect.storage.StringConverter',
    'value.converter': 'org.apache.kafka.connect.storage.StringConverter',
    // an event Kafka cannot take while it is down is dropped, never a reason for the supervisor to fail
    'errors.tolerance': 'all',
  };
  return { config, sensitive: p.connectPassword ? { 'smart.cdc.connect.password': p.connectPassword } : {} };
}

/** The supervisor connector: one task, deployed with the pipeline in every environment. */
export class SupervisorConnector extends Construct {
  readonly props: SupervisorProps;
  readonly resource: KafkaConnectConnector;
  readonly config: Record<string, string>;

  constructor(scope: Construct, id: string, props: SupervisorProps) {
    super(scope, id);
    this.props = props;
    const { config, sensitive } = supervisorConfig(props);
    this.config = config;
    this.resource = new KafkaConnectConnector(this, 'connector', { name: props.name, config, configSensitive: sensitive, dependsOn: props.dependsOn });
  }
}
