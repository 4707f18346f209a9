/**
 * Prometheus alert rules derived from the catalogue and the environment: a group per flow, one per
 * source database (its connector, slot and heartbeat) and one for the pipeline as a whole. Each alert
 * reads the pipeline exporter's series (metrics.ts) or the engines' (jmx.ts), fires at the
 * environment's `monitoring` bounds, and names the exact command that fixes it.
 */
import { CatalogueView } from '../catalogue/derive';
import { DatabaseId, FlowDef } from '../catalogue/model';
import { EnvironmentConfig } from '../environments/schema';
import { CLI } from '../scripts/ops/io';
import { aclGrants } from '../constructs/streaming/acls';
import { selector } from './series';

export type Severity = 'critical' | 'warning';

export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: { readonly severity: Severity; readonly environment: string; readonly flow?: string; readonly database?: string };
  readonly annotations: { readonly summary: string; readonly runbook: string };
}

export interface RuleGroup {
  readonly name: string;
  readonly rules: readonly AlertRule[];
}

const duration = (seconds: number) => `${seconds}s`;

export function alertRules(view: CatalogueView, env: EnvironmentConfig): RuleGroup[] {
  const m = env.monitoring;
  const e = env.name;
  const cmd = (args: string) => `${CLI} ${args}`;
  const rule = (alert: string, expr: string, severity: Severity, scope: { flow?: string; database?: string }, summary: string, runbook: string, forSeconds = m.forSeconds): AlertRule => ({
    alert,
    expr,
    for: duration(forSeconds),
    labels: { severity, environment: e, ...scope },
    annotations: { summary, runbook },
  });

  const flowGroup = (f: FlowDef): RuleGroup => {
    const sink = view.sinkConnectorName(f);
    const scope = { flow: f.name };
    const topic = view.changeTopic(f);
    return {
      name: `smart-cdc-${e}-flow-${f.name}`,
      rules: [
        rule('SmartCdcSinkFailed', `${selector('connectorFailed', e, { connector: sink })} == 1`, 'critical', scope, `flow ${f.name}: sink connector ${sink} or one of its tasks FAILED; the supervisor restarts it with backoff`, cmd(`repair restart ${e}`)),
        rule('SmartCdcSinkNotRunning', `${selector('connectorRunning', e, { connector: sink })} == 0 and ${selector('connectorFailed', e, { connector: sink })} == 0`, 'warning', scope, `flow ${f.name}: sink connector ${sink} is not RUNNING (paused, stopped or missing): changes wait in ${topic}`, cmd(`repair resume ${e} ${f.name}`), m.forSeconds * 5),
        rule('SmartCdcDeadLetters', `${selector('deadLetters', e, { flow: f.name })} > ${m.maxDeadLetters}`, 'warning', scope, `flow ${f.name}: more than ${m.maxDeadLetters} record(s) parked in ${view.deadLetterTopic(f)} (status says why)`, cmd(`repair replay ${e} ${f.name}`)),
        rule('SmartCdcSinkLag', `${selector('sinkLag', e, { flow: f.name })} > ${m.maxConsumerLag}`, 'warning', scope, `flow ${f.name}: its sink lags more than ${m.maxConsumerLag} records on ${topic}`, cmd(`status ${e}`), m.forSeconds * 5),
        rule('SmartCdcContentDifferent', `${selector('verifyDifferences', e, { flow: f.name })} > 0`, 'warning', scope, `flow ${f.name}: its last verify found the target different from the source`, cmd(`repair reconcile ${e} ${f.name}`), 0),
        rule('SmartCdcBackfillPending', `${selector('backfillPending', e, { flow: f.name })} == 1`, 'warning', scope, `flow ${f.name} was widened by a deploy and the rows already at its source have not been brought across`, cmd(`repair backfill ${e} ${f.name}`), m.forSeconds * 10),
      ],
    };
  };

  const sourceGroup = (db: DatabaseId): RuleGroup => {
    const source = view.sourceConnectorName(db);
    const slot = view.slotName(db);
    const scope = { database: db };
    const s = { database: db, slot };
    const server = { server: view.topicPrefix(db) };
    return {
      name: `smart-cdc-${e}-source-${db}`,
      rules: [
        rule('SmartCdcSourceFailed', `${selector('connectorFailed', e, { connector: source })} == 1`, 'critical', scope, `source connector ${source} of ${db} or its task FAILED: no change of ${db} is captured`, cmd(`repair restart ${e}`)),
        rule('SmartCdcSourceNotRunning', `${selector('connectorRunning', e, { connector: source })} == 0 and ${selector('connectorFailed', e, { connector: source })} == 0`, 'warning', scope, `source connector ${source} of ${db} is not RUNNING (paused, stopped or missing): slot ${slot} holds back WAL`, cmd(`repair resume ${e} ${db} --source`), m.forSeconds * 5),
        rule('SmartCdcSlotMissing', `${selector('slotExists', e, s)} == 0`, 'critical', scope, `replication slot ${slot} is missing on ${db}: changes are not captured`, cmd(`bootstrap ${e}`), 0),
        rule('SmartCdcSlotInactive', `${selector('slotActive', e, s)} == 0`, 'warning', scope, `replication slot ${slot} on ${db} is inactive and retains WAL`, cmd(`repair restart ${e}`), m.forSeconds * 5),
        rule('SmartCdcSlotLag', `${selector('slotLagBytes', e, s)} > ${m.maxSlotLagBytes}`, 'warning', scope, `replication slot ${slot} on ${db} lags more than ${m.maxSlotLagBytes} bytes of WAL`, cmd(`status ${e}`), m.forSeconds * 5),
        // at half of max_slot_wal_keep_size, as status warns: well before PostgreSQL invalidates the slot
        rule('SmartCdcSlotWalAtRisk', `${selector('slotSafeWalBytes', e, s)} < ${selector('slotKeepBytes', e, s)} / 2`, 'critical', scope, `replication slot ${slot} on ${db} will lose WAL it needs: its connector must catch up first`, cmd(`repair restart ${e}`), 0),
        rule('SmartCdcSlotWalLost', `${selector('slotWalLost', e, s)} == 1`, 'critical', scope, `replication slot ${slot} on ${db} lost WAL it needed: changes made meanwhile cannot be streamed`, cmd(`repair resync ${e} ${db}`), 0),
        rule('SmartCdcHeartbeatStale', `${selector('heartbeatAge', e, { database: db, connector: source })} > ${m.maxHeartbeatAgeSeconds}`, 'warning', scope, `no heartbeat from ${source} for more than ${m.maxHeartbeatAgeSeconds}s`, cmd(`status ${e}`)),
        rule('SmartCdcSourceDisconnected', `${selector('sourceConnected', e, server)} == 0`, 'critical', scope, `source connector ${source} has lost its replication connection to ${db} (Debezium retries by itself)`, cmd(`status ${e}`)),
        rule('SmartCdcSourceBehind', `${selector('sourceBehindMs', e, server)} > ${m.maxSourceLagSeconds * 1000}`, 'warning', scope, `source connector ${source} processes changes of ${db} more than ${m.maxSourceLagSeconds}s after their commit`, cmd(`status ${e}`), m.forSeconds * 5),
        // Debezium blocks the replication stream when its queue is full: WAL then piles up in the slot
        rule('SmartCdcSourceQueueFull', `${selector('sourceQueueRemaining', e, server)} < ${selector('sourceQueueTotal', e, server)} / 10`, 'warning', scope, `source connector ${source}'s queue is over 90 % full: Kafka takes changes of ${db} slower than they come`, cmd(`status ${e}`), m.forSeconds * 5),
        rule('SmartCdcChangesNotReachingKafka', `${selector('heartbeatTopicFresh', e, { database: db, connector: source })} == 0`, 'critical', scope, `${source} writes no record to Kafka (its heartbeat topic is stale)`, cmd(`status ${e}`)),
      ],
    };
  };

  const pipeline: RuleGroup = {
    name: `smart-cdc-${e}-pipeline`,
    rules: [
      rule('SmartCdcEndpointDown', `${selector('endpointUp', e)} == 0`, 'critical', {}, 'an endpoint of the pipeline (a database, Kafka or Kafka Connect) does not answer the exporter', cmd(`preflight ${e}`)),
      rule('SmartCdcSupervisorNotRunning', `${selector('connectorRunning', e, { connector: view.supervisorConnectorName })} == 0`, 'warning', {}, 'the pipeline supervisor is not RUNNING: FAILED connectors and tasks are not restarted by themselves', cmd(`bootstrap ${e}`), m.forSeconds * 5),
      rule('SmartCdcKafkaUnderMinIsr', `${selector('kafkaUnderMinIsr', e)} > 0`, 'critical', {}, 'a Kafka broker leads partitions with fewer in-sync replicas than min.insync.replicas: sources and sinks cannot write them', cmd(`status ${e}`)),
      rule('SmartCdcKafkaOfflinePartitions', `${selector('kafkaOfflinePartitions', e)} > 0`, 'critical', {}, 'Kafka partitions have no leader: their records can be neither written nor read', cmd(`status ${e}`)),
      rule('SmartCdcKafkaUnderReplicated', `${selector('kafkaUnderReplicated', e)} > 0`, 'warning', {}, 'a Kafka broker leads partitions with a replica out of sync: one more broker lost may stop writes', cmd(`status ${e}`), m.forSeconds * 5),
      // only where the stack grants ACLs: elsewhere the series is never written
      ...(aclGrants(view, env).length
        ? [rule('SmartCdcKafkaAclMissing', `${selector('kafkaAclsMissing', e)} > 0`, 'critical', {}, "Kafka lacks an ACL the stack grants (or a DENY overrides one): the connectors or operators it names are refused (status names which)", cmd(`bootstrap ${e}`))]
        : []),
      rule('SmartCdcExporterAbsent', `absent(${selector('up', e)})`, 'warning', {}, `no metrics from the pipeline's exporter (smart-cdc metrics ${e}): every other alert of ${e} is blind`, cmd(`metrics ${e} --listen ${m.exporter}`), m.forSeconds * 5),
    ],
  };

  return [...view.flows.map(flowGroup), ...view.sourceDatabases.map(sourceGroup), pipeline];
}

/** The rule file Prometheus loads (`rule_files`), as YAML (JSON is YAML: one document, exact strings). */
export function ruleFile(groups: readonly RuleGroup[]): string {
  return `${JSON.stringify({ groups }, null, 2)}\n`;
}
