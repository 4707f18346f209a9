/**
 * The health policy of `status`: what it gathered → problems → healthy / degraded / down and the
 * exit code alerting reads. Pure, so every rule is unit-tested.
 */
import { DatabaseId } from '../../catalogue/model';
import { DEFAULT_MONITORING } from '../../environments/schema';
import { replicaIdentityFix, replicaIdentityLabel, resyncFix } from './checks';
import { Drift, driftFix } from './drift';
import { AclState, aclText, bindingText } from './acls';
import { formatBytes as bytes } from './format';
import { CLI } from './io';
import { SupervisionState } from './supervision';

export type Health = 'healthy' | 'degraded' | 'down';
export const EXIT_CODES: Record<Health, number> = { healthy: 0, degraded: 1, down: 2 };

export interface Problem {
  readonly severity: 'degraded' | 'down';
  /** what it is about: a connector, slot, topic or endpoint name */
  readonly subject: string;
  readonly message: string;
  /** what to run about it */
  readonly hint?: string;
}

export interface EndpointState {
  readonly component: string;
  readonly label: string;
  /** one line, when it could not be reached */
  readonly error?: string;
}

export interface TaskState {
  readonly id: number;
  readonly state: string;
  readonly trace?: string;
}

export interface ConnectorState {
  readonly name: string;
  readonly kind: 'source' | 'sink' | 'supervisor';
  /** the database of a source, the flow of a sink */
  readonly subject: string;
  /** Connect's state, or MISSING (not on the cluster), or UNKNOWN (Connect unreachable) */
  readonly state: string;
  readonly tasks: readonly TaskState[];
  readonly trace?: string;
}

export interface SlotState {
  readonly database: DatabaseId;
  readonly name: string;
  /** whether the stack created it (one per source database) */
  readonly pipeline: boolean;
  readonly exists: boolean;
  readonly active?: boolean;
  readonly walStatus?: string | null;
  /** WAL between the current position and what the consumer confirmed */
  readonly lagBytes?: number | null;
  /** WAL the slot keeps on disk (from restart_lsn) */
  readonly retainedBytes?: number | null;
  readonly ageSeconds?: number | null;
  readonly ageSource?: 'pg_stat_replication' | 'heartbeat' | null;
  /** WAL that can still be written before the slot loses what it needs (pg_replication_slots.safe_wal_size) */
  readonly safeWalBytes?: number | null;
  /** max_slot_wal_keep_size in bytes; null when unbounded */
  readonly keepBytes?: number | null;
  /** connector whose config names it */
  readonly usedBy?: string;
  /** seconds since its consumer's replication connection started (null: no consumer, or not visible to this role) */
  readonly streamingSeconds?: number | null;
}

export interface ConsumerState {
  readonly flow: string;
  readonly connector: string;
  readonly group: string;
  readonly topic: string;
  readonly lag: number | null;
  readonly error?: string;
}

export interface DeadLetterState {
  readonly flow: string;
  readonly topic: string;
  /** records the topic holds */
  readonly depth: number | null;
  /** parked records not yet replayed or discarded */
  readonly pending?: number | null;
  /** the last parked record: why and from where (never its values) */
  readonly last?: { readonly reason: string; readonly position: string; readonly at: string };
  readonly error?: string;
}

export interface HeartbeatState {
  readonly database: DatabaseId;
  readonly connector: string;
  readonly topic: string;
  readonly ageSeconds: number | null;
  readonly error?: string;
  /** not known because the database is unreachable (judged as its endpoint) */
  readonly unknown?: boolean;
  /**
   * whether the heartbeat topic received a record within the heartbeat bound (null: unknown).
   * The cdc.heartbeat row is written by the task's heartbeat query even while its producer is
   * blocked, so only the topic proves that change events still reach Kafka.
   */
  readonly topicFresh?: boolean | null;
}

export interface StatusData {
  readonly environment: string;
  readonly pipelineVersion: string;
  readonly endpoints: readonly EndpointState[];
  readonly connectors: readonly ConnectorState[];
  /** connectors on the cluster that the pipeline does not define (shown, not judged) */
  readonly otherConnectors: readonly ConnectorState[];
  readonly slots: readonly SlotState[];
  readonly consumers: readonly ConsumerState[];
  readonly deadLetters: readonly DeadLetterState[];
  readonly heartbeats: readonly HeartbeatState[];
  /** carried columns that are missing or retyped in their database */
  readonly drift?: readonly Drift[];
  /** captured tables without the replica identity they need (checks.ts replicaIdentityBroken): the applications' UPDATEs and DELETEs fail */
  readonly replicaIdentity?: readonly { readonly database: DatabaseId; readonly table: string; readonly identity: string; readonly filtered: boolean }[];
  /** what the pipeline supervisor restarted lately */
  readonly supervision?: SupervisionState;
  /** whether the cluster holds the stack's ACLs (environments with kafka.acls enabled) */
  readonly acls?: AclState;
  /** the last verify of each flow (`verify`, `repair reconcile`): content health */
  readonly content?: readonly ContentState[];
}

/** A flow's last verify, as recorded in its target database (sql/V004). */
export interface ContentState {
  readonly flow: string;
  /** null: never verified (or the database could not say: `error`) */
  readonly verifiedAt: string | null;
  readonly ageSeconds?: number;
  readonly result?: 'equal' | 'different' | 'unverified';
  readonly compared?: number;
  readonly missing?: number;
  readonly extra?: number;
  readonly different?: number;
  readonly reason?: string;
  readonly error?: string;
  /** a deploy widened the flow and the rows already at the source have not been brought across (sql/V005) */
  readonly backfill?: { readonly reason: string; readonly since: string };
}

export interface Thresholds {
  readonly maxSlotLagBytes: number;
  readonly maxHeartbeatAgeSeconds: number;
  readonly maxConsumerLag: number;
  readonly maxDeadLetters: number;
}

const { maxSlotLagBytes, maxHeartbeatAgeSeconds, maxConsumerLag, maxDeadLetters } = DEFAULT_MONITORING;
export const DEFAULT_THRESHOLDS: Thresholds = { maxSlotLagBytes, maxHeartbeatAgeSeconds, maxConsumerLag, maxDeadLetters };

const RUNNING = 'RUNNING';

/**
 * Caught between two of the supervisor's restarts, a failing task is RESTARTING and Connect has
 * dropped its trace: the supervisor's last event for that task still names the cause (and when).
 */
function restartCause(s: SupervisionState | undefined, connector: string, task: number): string {
  const last = s?.last;
  if (!last || last.connector !== connector || !last.tasks.includes(task) || !last.cause) return '';
  return ` (the supervisor restarted it at ${last.at}, attempt ${last.attempt}, after: ${last.cause})`;
}

export function evaluate(d: StatusData, t: Thresholds, ops = CLI): Problem[] {
  const env = d.environment;
  const p: Problem[] = [];
  const down = (subject: string, message: string, hint?: string) => p.push({ severity: 'down', subject, message, hint });
  const degraded = (subject: string, message: string, hint?: string) => p.push({ severity: 'degraded', subject, message, hint });

  for (const e of d.endpoints) if (e.error) down(e.component, `${e.label}: ${e.error}`);

  for (const c of d.connectors) {
    if (c.state === 'UNKNOWN') continue; // Connect unreachable: already down
    if (c.state === 'MISSING') {
      const why = c.kind === 'supervisor' ? ': FAILED connectors and tasks are not restarted by themselves' : '';
      down(c.name, `connector ${c.name} does not exist${why}`, `${ops} bootstrap ${env}`);
      continue;
    }
    const resume = c.kind === 'supervisor' ? `${ops} bootstrap ${env}` : `${ops} repair resume ${env} ${c.kind === 'source' ? `${c.subject} --source` : c.subject}`;
    if (c.state === 'FAILED') down(c.name, `connector ${c.name} FAILED${c.trace ? `: ${c.trace}` : ''}`, `${ops} repair restart ${env}`);
    else if (c.state === 'PAUSED' || c.state === 'STOPPED') degraded(c.name, `connector ${c.name} is ${c.state}`, resume);
    else if (c.state !== RUNNING) degraded(c.name, `connector ${c.name} is ${c.state}`);
    if (c.state === RUNNING && c.tasks.length === 0) degraded(c.name, `connector ${c.name} has no tasks`);
    for (const task of c.tasks) {
      if (task.state === 'FAILED')
        down(
          `${c.name}/${task.id}`,
          `task ${task.id} of ${c.name} FAILED${task.trace ? `: ${task.trace}` : ''}`,
          // the supervisor restarts it with backoff; restart it now once the cause is fixed
          `${ops} repair restart ${env}`,
        );
      else if (task.state !== RUNNING && c.state === RUNNING) degraded(`${c.name}/${task.id}`, `task ${task.id} of ${c.name} is ${task.state}${restartCause(d.supervision, c.name, task.id)}`);
    }
  }

  for (const s of d.slots) {
    if (!s.exists) {
      if (s.pipeline) down(s.name, `replication slot ${s.name} is missing on ${s.database}`, `${ops} bootstrap ${env}`);
      continue;
    }
    if (s.walStatus === 'lost') {
      down(
        s.name,
        `replication slot ${s.name} on ${s.database} lost WAL it needed (max_slot_wal_keep_size): changes made meanwhile cannot be streamed`,
        s.pipeline ? resyncFix(ops, env, s.database) : `${ops} repair drop-slot ${env} ${s.name}`,
      );
      continue;
    }
    const user = d.connectors.find((c) => c.name === s.usedBy);
    const startIt = !user
      ? `${ops} bootstrap ${env}`
      : user.state === 'FAILED' || user.tasks.some((x) => x.state === 'FAILED')
        ? `${ops} repair restart ${env}`
        : user.state === 'PAUSED' || user.state === 'STOPPED'
          ? `${ops} repair resume ${env} ${s.database} --source`
          : undefined;
    if (s.active === false)
      degraded(
        s.name,
        `replication slot ${s.name} on ${s.database} is inactive and retains ${bytes(s.retainedBytes)} of WAL`,
        s.pipeline || s.usedBy ? startIt : `${ops} repair drop-slot ${env} ${s.name}`,
      );
    // warn well before max_slot_wal_keep_size invalidates the slot: at half of it
    if (s.keepBytes && s.safeWalBytes !== null && s.safeWalBytes !== undefined && s.safeWalBytes < s.keepBytes / 2)
      degraded(
        s.name,
        `replication slot ${s.name} on ${s.database} will lose WAL it needs after another ${bytes(Math.max(0, s.safeWalBytes))} of WAL (max_slot_wal_keep_size ${bytes(s.keepBytes)}): its connector must catch up before`,
        startIt,
      );
    if (s.lagBytes !== null && s.lagBytes !== undefined && s.lagBytes > t.maxSlotLagBytes)
      degraded(s.name, `replication slot ${s.name} on ${s.database} lags ${bytes(s.lagBytes)} (bound ${bytes(t.maxSlotLagBytes)})`);
    if (s.walStatus === 'unreserved') degraded(s.name, `replication slot ${s.name} on ${s.database} is about to lose WAL (wal_status unreserved)`);
  }

  for (const c of d.consumers) {
    if (c.error) degraded(c.group, `sink consumer ${c.group}: ${c.error}`);
    else if (c.lag !== null && c.lag > t.maxConsumerLag) degraded(c.group, `sink consumer ${c.group} lags ${c.lag} records on ${c.topic} (bound ${t.maxConsumerLag})`);
  }
  for (const q of d.deadLetters) {
    const parked = q.pending ?? q.depth;
    if (q.error) degraded(q.topic, `dead-letter topic ${q.topic}: ${q.error}`);
    else if (parked !== null && parked !== undefined && parked > t.maxDeadLetters)
      degraded(
        q.topic,
        `flow ${q.flow}: ${parked} record(s) parked in ${q.topic}${q.last ? `; last: ${q.last.reason} (from ${q.last.position}, ${q.last.at})` : ''}`,
        `fix the cause, then \`${ops} repair replay ${env} ${q.flow}\` (or drop them: \`${ops} repair discard ${env} ${q.flow}\`)`,
      );
  }
  for (const x of d.replicaIdentity ?? [])
    down(
      x.table,
      `replica identity of ${x.table} on ${x.database} is ${replicaIdentityLabel(x.identity)}: its publication ${x.filtered ? 'filters rows' : 'publishes updates and deletes'}, so PostgreSQL refuses every UPDATE and DELETE the applications make on it`,
      `${replicaIdentityFix(x.table, x.filtered)}; (or \`${ops} preflight ${env} --fix\`)`,
    );
  for (const x of d.drift ?? [])
    down(`${x.table}.${x.column}`, `schema drift on ${x.database}: ${x.problem}: flow ${x.flows.join(', ')} parks its records instead of writing them`, driftFix(x, env, ops));
  if (d.acls?.error) degraded('kafka ACLs', `the stack's Kafka ACLs could not be read: ${d.acls.error}`, 'the deploy principal needs Describe on the cluster');
  for (const g of d.acls?.missing ?? [])
    down(`ACL ${aclText(g)}`, `Kafka ACL missing: ${aclText(g)} (${g.why})`, `${ops} bootstrap ${env}  (cdktf deploy creates it again)`);
  for (const { grant, binding } of d.acls?.denied ?? [])
    down(`ACL ${bindingText(binding)}`, `Kafka ACL ${bindingText(binding)} overrides the stack's ${aclText(grant)} (${grant.why})`, "remove the DENY binding: Kafka lets a DENY win over every ALLOW");
  for (const c of d.content ?? [])
    if (c.result === 'different')
      degraded(
        `content of ${c.flow}`,
        `flow ${c.flow}: its last verify (${c.verifiedAt}) found the target different from the source: ${c.missing} missing, ${c.extra} extra, ${c.different} different row(s)`,
        `${ops} repair reconcile ${env} ${c.flow}`,
      );
  for (const c of d.content ?? [])
    if (c.backfill)
      degraded(
        `backfill of ${c.flow}`,
        `flow ${c.flow} was widened by the deploy of ${c.backfill.since} (${c.backfill.reason}): the rows already at the source have not been brought across`,
        `${ops} repair backfill ${env} ${c.flow}`,
      );
  for (const h of d.heartbeats) {
    const c = d.connectors.find((x) => x.name === h.connector);
    const slotLost = d.slots.some((s) => s.pipeline && s.database === h.database && s.walStatus === 'lost');
    if (h.topicFresh === false && !slotLost) {
      const msg = `no record on ${h.topic} for ${t.maxHeartbeatAgeSeconds}s: ${h.connector} is not producing to Kafka`;
      // a source that is not streaming yet, or started within the bound (a deploy, a resume, a
      // reconnect), has not had the time to beat: its first record comes an interval after the start
      const slot = d.slots.find((s) => s.pipeline && s.database === h.database);
      const streaming = !!(slot?.exists && slot.active);
      const streamed = streaming ? slot!.streamingSeconds : 0;
      if (c?.state === RUNNING && typeof streamed === 'number' && streamed < t.maxHeartbeatAgeSeconds)
        degraded(h.topic, streaming ? `${msg} yet: it started streaming ${Math.round(streamed)}s ago` : `${msg}: it is not streaming (its replication slot is inactive)`);
      else if (c?.state === RUNNING) down(h.topic, `${msg} although it is RUNNING: its producer is blocked`, 'look for UNKNOWN_TOPIC_OR_PARTITION in the Connect worker log: a topic it writes to does not exist');
      else degraded(h.topic, msg);
    }
    if (h.unknown) continue;
    if (h.error) degraded(h.connector, `heartbeat of ${h.connector}: ${h.error}`);
    else if (h.ageSeconds === null) degraded(h.connector, `no heartbeat from ${h.connector} yet (cdc.heartbeat on ${h.database})`);
    else if (h.ageSeconds > t.maxHeartbeatAgeSeconds) degraded(h.connector, `last heartbeat of ${h.connector} is ${Math.round(h.ageSeconds)}s old (bound ${t.maxHeartbeatAgeSeconds}s)`);
  }
  return p;
}

export function healthOf(problems: readonly Problem[]): Health {
  if (problems.some((p) => p.severity === 'down')) return 'down';
  return problems.length ? 'degraded' : 'healthy';
}
