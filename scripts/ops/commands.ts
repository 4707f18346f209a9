/**
 * The commands of the operations CLI as data: arguments, flags (with their parsers and defaults),
 * help texts and examples. program.ts turns this table into a commander program; a new command is a
 * new entry here.
 */
import { parseSize } from './format';
import { UsageError } from './errors';
import { DEFAULT_THRESHOLDS } from './health';

/** `optional-value`: the value may be left out (then `implicit`); only a number is taken as its value. */
export type FlagKind = 'boolean' | 'value' | 'optional-value';

export interface FlagSpec {
  readonly name: string;
  readonly kind: FlagKind;
  readonly value?: string;
  readonly description: string;
  /** validates and converts the value (numbers, sizes); throws a UsageError naming the flag */
  readonly parse?: (raw: string, flag: string) => unknown;
  /** value of an optional-value flag given without one */
  readonly implicit?: unknown;
  readonly default?: unknown;
}

export interface CommandSpec {
  /** e.g. "status" or "repair snapshot" */
  readonly name: string;
  readonly summary: string;
  /** `variadic`: the last one, optional, any number of words */
  readonly positionals: ReadonlyArray<{ readonly name: string; readonly description: string; readonly variadic?: boolean }>;
  readonly flags: readonly FlagSpec[];
  readonly details?: string;
  readonly examples: readonly string[];
}

const positiveNumber = (raw: string, flag: string): number => {
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(n > 0)) throw new UsageError(`${flag} needs a positive number of seconds, not '${raw}'`);
  return n;
};
const minutes = (raw: string, flag: string): number => {
  const n = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !(n > 0)) throw new UsageError(`${flag} needs a positive number of minutes, not '${raw}'`);
  return n;
};
const count = (raw: string, flag: string): number => {
  if (!/^\d+$/.test(raw)) throw new UsageError(`${flag} needs a whole number, not '${raw}'`);
  return Number(raw);
};
const size = (raw: string, flag: string): number => {
  const n = parseSize(raw);
  if (n === undefined) throw new UsageError(`${flag} needs a size such as 256MB or 1GB, not '${raw}'`);
  return n;
};
const pgSize = (raw: string, flag: string): string => {
  size(raw, flag);
  return raw.replace(/\s+/g, '');
};

/** A loopback or interface address and a port, for a server the CLI runs. */
const listen = (raw: string, flag: string): { host: string; port: number } => {
  const m = /^([\w.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(raw);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port < 1 || port > 65535) throw new UsageError(`${flag} needs host:port, such as 127.0.0.1:9187, not '${raw}'`);
  return { host: m[1].replace(/^\[|\]$/g, ''), port };
};

const JSON_FLAG: FlagSpec = { name: 'json', kind: 'boolean', description: 'print one JSON document on stdout (for machines) instead of tables' };
const timeout = (seconds: number): FlagSpec => ({ name: 'timeout', kind: 'value', value: 'seconds', parse: positiveNumber, default: seconds, description: `how long to wait (default ${seconds})` });
/** A task that fails on its first records does so only after it started: watch it this long. */
const SETTLE: FlagSpec = {
  name: 'settle',
  kind: 'value',
  value: 'seconds',
  parse: (raw, flag) => (raw === '0' ? 0 : positiveNumber(raw, flag)),
  default: 10,
  description: 'after it runs, how long it must stay RUNNING for the repair to count (default 10; 0: do not watch)',
};
/** The bounds of the health policy (status, and the status bootstrap ends with); their defaults are the alert rules' (environment `monitoring`). */
const THRESHOLD_FLAGS: FlagSpec[] = [
  { name: 'max-slot-lag', kind: 'value', value: 'size', parse: size, default: DEFAULT_THRESHOLDS.maxSlotLagBytes, description: `slot lag above which the pipeline is degraded (default ${DEFAULT_THRESHOLDS.maxSlotLagBytes / 1024 ** 2}MB)` },
  { name: 'max-heartbeat-age', kind: 'value', value: 'seconds', parse: positiveNumber, default: DEFAULT_THRESHOLDS.maxHeartbeatAgeSeconds, description: `heartbeat age above which it is degraded (default ${DEFAULT_THRESHOLDS.maxHeartbeatAgeSeconds})` },
  { name: 'max-consumer-lag', kind: 'value', value: 'records', parse: count, default: DEFAULT_THRESHOLDS.maxConsumerLag, description: `sink consumer lag above which it is degraded (default ${DEFAULT_THRESHOLDS.maxConsumerLag})` },
  { name: 'max-dlq', kind: 'value', value: 'records', parse: count, default: DEFAULT_THRESHOLDS.maxDeadLetters, description: `dead-letter records tolerated per flow (default ${DEFAULT_THRESHOLDS.maxDeadLetters})` },
];

const ENV = { name: 'env', description: 'environment: local, dev, staging or prod' };
const FLOW = { name: 'flow', description: 'flow name or number (e.g. eligibility or 1), or a connector name; with --source a database (warehouse, citizen) also works' };

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'preflight',
    summary: 'check that an environment can run the pipeline (databases, Kafka, Connect)',
    positionals: [ENV],
    flags: [
      { name: 'fix', kind: 'boolean', description: 'apply the safe fixes (ALTER SYSTEM settings, the replica identity of captured tables, role attributes) and say what needs a restart' },
      { name: 'slot-wal-keep-size', kind: 'value', value: 'size', parse: pgSize, default: '10GB', description: 'bound --fix sets for max_slot_wal_keep_size when it is unbounded (default 10GB)' },
      JSON_FLAG,
    ],
    details:
      'Each check is ok, FAIL (with the exact fix), warn, restart (set, takes effect after a restart) or pending\n' +
      '(created by bootstrap: "not yet created — run bootstrap"). Exit 0 when nothing failed, 1 otherwise.',
    examples: ['preflight local', 'preflight staging --json', 'preflight dev --fix'],
  },
  {
    name: 'bootstrap',
    summary: 'bring an environment up: preflight, the stack, connectors, first copies in bulk; then status',
    positionals: [ENV],
    flags: [
      timeout(600),
      { name: 'no-backfill', kind: 'boolean', description: 'leave the backfill of flows this deploy widened to `repair backfill` (status flags them until it runs)' },
      ...THRESHOLD_FLAGS,
      JSON_FLAG,
    ],
    details:
      'Runs `cdktf deploy <env>` (real Terraform and providers; its whole output goes to build/logs/cdktf-deploy-<env>.log);\n' +
      'local uses the secrets its runtime generated, other environments their TF_VAR_… variables.\n' +
      'Then waits until every connector and task is RUNNING (the sources never snapshot: they stream from their\n' +
      "slot's start), each sink has consumed what its topic held at that moment, and each source has written its\n" +
      'heartbeat. A flow the deploy widened (a new flow, a new carried field, a filter that admits more rows; on a\n' +
      'first deploy, every flow whose source table holds rows) is then backfilled in bulk, as `repair backfill`\n' +
      'does. On local and dev a carried column missing at its table is added by the deploy. Safe to re-run.\n' +
      'Exit code as for status.',
    examples: ['bootstrap local', 'bootstrap dev --timeout 900'],
  },
  {
    name: 'status',
    summary: 'connectors, slots, consumer lag, dead letters and heartbeats; exit 0 healthy, 1 degraded, 2 down',
    positionals: [ENV],
    flags: [
      { name: 'watch', kind: 'optional-value', value: 'seconds', parse: positiveNumber, implicit: 5, description: 'repeat every <seconds> (default 5) until interrupted' },
      ...THRESHOLD_FLAGS,
      JSON_FLAG,
    ],
    details:
      'down (2): an endpoint unreachable, a pipeline connector missing or FAILED, a task FAILED, a pipeline slot\n' +
      'missing or lost, a Kafka ACL the stack grants missing or overridden by a DENY (where the environment has\n' +
      'ACLs). degraded (1): a connector or task not RUNNING, an inactive slot, slot lag, heartbeat age,\n' +
      'consumer lag or dead letters above their bounds.',
    examples: ['status local', 'status prod --json', 'status dev --watch 10'],
  },
  {
    name: 'metrics',
    summary: "the pipeline's health as Prometheus metrics (what status gathers), once or served; or its alert rules",
    positionals: [ENV],
    flags: [
      { name: 'listen', kind: 'value', value: 'host:port', parse: listen, description: 'serve GET /metrics there until stopped, each scrape gathered afresh (e.g. 127.0.0.1:9187)' },
      { name: 'rules', kind: 'boolean', description: "print the environment's Prometheus alert rules (a rule file, JSON) instead" },
      JSON_FLAG,
    ],
    details:
      'Without --listen, prints the metrics once. Every series is a gauge labelled with the environment;\n' +
      'a value that could not be read is left out, never written as 0. The alert rules (--rules; also in\n' +
      'config/<env>/monitoring/) read these series and fire at the environment\'s monitoring bounds.',
    examples: ['metrics local', 'metrics prod --listen 0.0.0.0:9187', 'metrics prod --rules'],
  },
  {
    name: 'verify',
    summary: "compare each flow's target with its source as the catalogue maps it; exit 0 equal, 1 different, 2 could not verify",
    positionals: [ENV, { name: 'flows', description: 'flow names or numbers (default: every flow of the environment)', variadic: true }],
    flags: [
      { name: 'max-keys', kind: 'value', value: 'n', parse: count, default: 10, description: 'differing keys printed per flow and kind (default 10)' },
      { name: 'recheck', kind: 'value', value: 'n', parse: count, default: 3, description: 'times a differing key is checked again before it is reported (default 3)' },
      { name: 'recheck-delay', kind: 'value', value: 'seconds', parse: positiveNumber, default: 3, description: 'seconds between those checks, for changes in flight (default 3)' },
      { name: 'every', kind: 'value', value: 'minutes', parse: minutes, description: 'verify again every this many minutes, until stopped (a scheduled verify; status shows the last result)' },
      JSON_FLAG,
    ],
    details:
      "Only the flow's filter, its carried fields (renamed), SENSITIVE columns as their salted hash (TF_VAR_hash_salt;\n" +
      'local: from its runtime) are compared. Computed inside the databases (a hash sum per bucket of keys; only\n' +
      'differing buckets are listed key by key). Rows a deletes-ignore flow keeps after the source deleted them are\n' +
      'counted as kept, not as errors; rows equal but for a field the flow passes on from the other side, which that\n' +
      "side's sink changed since the application last wrote the row, as behind (carried with its next write).\n" +
      'Keys are printed, values never. Each result is recorded in the target database\n' +
      '(cdc.flow_verification, counts only) and shown by status; a flow whose last verify found a difference degrades it.',
    examples: ['verify local', 'verify local eligibility 2 --json', 'verify prod --max-keys 50', 'verify prod --every 60'],
  },
  {
    name: 'repair restart',
    summary: 'restart failed connectors and tasks only (onlyFailed=true)',
    positionals: [ENV],
    flags: [timeout(60), SETTLE, JSON_FLAG],
    details: 'The pipeline supervisor restarts failed tasks by itself, with backoff; this restarts them now.\nA restarted task must stay RUNNING for --settle seconds, or the repair fails with its root cause.',
    examples: ['repair restart local'],
  },
  ...(['pause', 'resume', 'stop'] as const).map((verb) => ({
    name: `repair ${verb}`,
    summary: `${verb} a flow's sink connector (--source: its database's source connector)`,
    positionals: [ENV, FLOW],
    flags: [{ name: 'source', kind: 'boolean' as const, description: "act on the source connector of the flow's source database" }, timeout(60), ...(verb === 'resume' ? [SETTLE] : []), JSON_FLAG],
    details:
      verb === 'stop'
        ? 'stop releases the tasks (and the replication slot of a source) but keeps offsets; resume starts it again.'
        : verb === 'pause'
          ? 'pause keeps the tasks assigned but idle; resume continues from the committed offsets.'
          : 'resume starts a PAUSED or STOPPED connector again.',
    examples: [`repair ${verb} local eligibility`, `repair ${verb} local 4 --source`],
  })),
  {
    name: 'repair snapshot',
    summary: 'incremental snapshot of one captured table through the signal table; waits until its rows are re-emitted',
    positionals: [ENV, { name: 'table', description: 'schema.table of a captured source table, e.g. ml.recommendation' }],
    flags: [{ name: 'no-wait', kind: 'boolean', description: 'send the signal and return' }, timeout(180), JSON_FLAG],
    details:
      'Inserts an execute-snapshot signal into cdc.debezium_signal of the table\'s database. Row-filtered flows get the\n' +
      'filter as additional-conditions (incremental snapshots ignore snapshot.select.statement.overrides). Refuses when\n' +
      "the source connector's live config would ignore the signal or block on the signal table's topic.",
    examples: ['repair snapshot local ml.recommendation', 'repair snapshot local portal.citizen_submission --no-wait'],
  },
  {
    name: 'repair replay',
    summary: "re-apply a flow's parked records (after their cause is fixed); says how many went in and how many were parked again",
    positionals: [ENV, FLOW],
    flags: [timeout(180), JSON_FLAG],
    details:
      'Parked records are the rows the target refused and the records whose carried columns drifted (status lists them).\n' +
      'For each parked key the source re-reads the row as it is now (an incremental snapshot of those keys), so\n' +
      'the target gets current values, never stale ones; a parked delete of a row that is gone is re-sent. Waits\n' +
      'until the sink has consumed it all. Exit 0 when nothing was parked again, 1 otherwise.',
    examples: ['repair replay local eligibility', 'repair replay prod 2 --json'],
  },
  {
    name: 'repair discard',
    summary: "drop a flow's parked records for good (their keys and source positions are printed)",
    positionals: [ENV, FLOW],
    flags: [JSON_FLAG],
    details: 'The only other way out of the dead-letter topic besides replay: the records stay in the topic until its\nretention, but status no longer counts them and replay no longer applies them.',
    examples: ['repair discard local eligibility'],
  },
  {
    name: 'repair reconcile',
    summary: "repair what verify finds in a flow: re-read the missing and different rows at the source, delete the target's extra rows; verify again",
    positionals: [ENV, FLOW],
    flags: [timeout(180), JSON_FLAG],
    details:
      'Rows missing or different at the target are read again at the source as they are now (the incremental snapshot\n' +
      'of those keys that replay uses) and written through the normal path; rows the source no longer has are deleted\n' +
      'from the target (flows that propagate deletes only). Then the flow is verified again. Exit 0 when it is equal,\n' +
      '1 when something still differs (e.g. a row the target refuses is parked), 2 when it could not be verified.',
    examples: ['repair reconcile local eligibility', 'repair reconcile prod 6 --json'],
  },
  {
    name: 'repair resync',
    summary: 'after a lost replication slot: re-create it, copy every flow of the database in bulk (deletes made meanwhile included), stream from the new slot',
    positionals: [ENV, { name: 'database', description: 'source database, e.g. warehouse or citizen' }],
    flags: [timeout(600), SETTLE, JSON_FLAG],
    details:
      'Stops the source connector and waits until the sinks consumed what it sent; drops and re-creates its slot as the\n' +
      "stack defines it; copies each flow of the database with PostgreSQL's COPY, mapped in SQL as the stream maps it\n" +
      '(filter, renames, SENSITIVE columns hashed at the source: TF_VAR_hash_salt, local: from its runtime), upserted as\n' +
      "the sink role in one transaction per flow, which also deletes from the targets of flows that propagate deletes the\n" +
      "rows no longer at the source (within the flow's filter); then the connector streams from the slot's start (its\n" +
      'offset set there: no Debezium snapshot), so every change made during the copy is applied after it.\n' +
      'Idempotent; also the way to re-synchronise a database from scratch.',
    examples: ['repair resync local warehouse'],
  },
  {
    name: 'repair backfill',
    summary: 'bring across the rows a widened flow left behind: a bulk copy while its sink is stopped, sink caught up, verify',
    positionals: [ENV, { name: 'flows', description: 'flow names or numbers (default: every flow a deploy widened and no backfill has brought across yet)', variadic: true }],
    flags: [timeout(600), JSON_FLAG],
    details:
      'A deploy that widens a flow (a new flow, a new carried field, a filter that admits more rows; the first deploy,\n' +
      'a flow whose source table holds rows) marks it in its source database (cdc.flow_shape); bootstrap backfills\n' +
      "it, status flags it until then. The backfill stops the flow's sink, copies the flow's source rows within its\n" +
      'filter in bulk (COPY, mapped in SQL as the stream maps them, upserted as the sink role), resumes the sink (it\n' +
      'applies every change made since it stopped, in order), then verifies the flow; marked done only when its\n' +
      'target equals its source. Needs TF_VAR_hash_salt for a flow with hashed columns. Exit 0 when every flow is\n' +
      'done, 1 otherwise.',
    examples: ['repair backfill local', 'repair backfill prod recommendation --json'],
  },
  {
    name: 'repair drop-slot',
    summary: 'drop an orphaned replication slot by name (refuses active slots and slots a connector uses)',
    positionals: [ENV, { name: 'slot', description: 'replication slot name, exactly' }],
    flags: [JSON_FLAG],
    examples: ['repair drop-slot local old_test_slot'],
  },
];

