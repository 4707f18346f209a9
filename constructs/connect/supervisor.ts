import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { Connector, ConnectorSpec } from './connector';
import { setting } from './setting';
import { isWorkerSecret } from './worker-secrets';

/** The pipeline's Connect plugin (connect-plugin/): restarts FAILED pipeline connectors with backoff. */
export const SUPERVISOR_CLASS = 'smart.cdc.connect.PipelineSupervisorConnector';

export interface SupervisorProps {
  readonly name: string;
  /** Connect's REST API as the workers themselves reach it */
  readonly connectUrl: string;
  readonly connectUsername?: string;
  /** a worker secret reference (`${secrets:<dir>:<name>}`), resolved by the worker */
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

/** Typed builder of the supervisor connector, every property with its reason. */
export function supervisorConfig(p: SupervisorProps): ConnectorSpec {
  if (!p.connectors.length) throw new Error(`supervisor '${p.name}': supervises no connector`);
  if (p.connectPassword !== undefined && !isWorkerSecret(p.connectPassword)) throw new Error(`supervisor '${p.name}': connectPassword must be a worker secret reference, not a value`);
  return {
    name: { key: 'name', value: p.name, why: 'Carries the catalogue major version.' },
    connectorClass: {
      key: 'connector.class',
      value: SUPERVISOR_CLASS,
      why: "The pipeline's `PipelineSupervisorConnector` (connect-plugin/): Kafka Connect never restarts a FAILED connector or task itself; this one does, with backoff, like Strimzi's auto-restart.",
    },
    tasksMax: { key: 'tasks.max', value: '1', why: 'One task: two would restart the same failure twice.' },
    config: [
      ...setting('smart.cdc.connect.url', p.connectUrl, "Connect's REST API as the workers reach it (in `dev`, inside the Connect container)."),
      ...setting('smart.cdc.connect.username', p.connectUsername, 'REST API user of shared environments.'),
      ...setting('smart.cdc.connect.password', p.connectPassword, "Its password, as a worker secret reference: the worker reads the file when it starts the connector, so Connect's REST API and config topic show only the reference."),
      ...setting('smart.cdc.supervise.connectors', p.connectors.join(','), "Every source and sink connector of the pipeline; nothing else on the cluster is touched."),
      ...setting('smart.cdc.check.interval.ms', 2_000, 'Connector status is read every 2 s.'),
      ...setting(
        'smart.cdc.restart.backoff.initial.ms',
        p.initialBackoffMs ?? 2_000,
        'A failure is restarted this long after it is seen (`POST /connectors/<name>/restart?includeTasks=true&onlyFailed=true`)…',
      ),
      ...setting(
        'smart.cdc.restart.backoff.max.ms',
        p.maxBackoffMs ?? 30_000,
        '…each further restart of the same failure after twice the previous delay, at most this far apart: an engine that comes back after a long outage has its flows back within this long.',
      ),
      ...setting('smart.cdc.restart.reset.after.ms', 600_000, "After 10 minutes healthy, a connector's restart count starts again from the initial delay."),
      ...setting('smart.cdc.events.topic', p.eventsTopic, 'Every restart is a JSON record here (connector, tasks, attempt, root cause); `status` shows the recent ones.'),
      ...setting('key.converter', 'org.apache.kafka.connect.storage.StringConverter', 'Events are plain strings (JSON text), keyed by connector name.'),
      ...setting('value.converter', 'org.apache.kafka.connect.storage.StringConverter', 'See `key.converter`.'),
      ...setting('errors.tolerance', 'all', '`all`: an event Kafka cannot take while it is down is dropped instead of failing the supervisor.'),
    ],
    // secrets reach Connect as worker secret references in `config`: nothing for config_sensitive
    sensitive: [],
  };
}

/** The supervisor connector: one task, deployed with the pipeline in every environment. */
export class SupervisorConnector extends Connector {
  readonly props: SupervisorProps;

  constructor(scope: Construct, id: string, props: SupervisorProps) {
    super(scope, id, supervisorConfig(props), props.dependsOn);
    this.props = props;
  }
}
