/**
 * Debezium source offsets and signals, judged without engines:
 * - when is a source connector's initial snapshot done (from Connect's offsets API);
 * - the execute-snapshot signal of `repair snapshot`;
 * - whether a source connector's live config would act on that signal at all.
 */
import { CatalogueView, filterSql, SIGNAL_COLUMNS, SIGNAL_TABLE } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';

export type SourceOffset = Record<string, unknown>;

/**
 * The initial snapshot of a Debezium 3.x PostgreSQL source is done once its committed offset is
 * outside it. While snapshotting, Debezium writes `snapshot: "INITIAL"` (older versions `true`)
 * with `last_snapshot_record` and `snapshot_completed`; streaming offsets carry no `snapshot` key
 * (or `INCREMENTAL`/`BLOCKING` for later, on-demand snapshots). No offset yet means nothing was
 * committed: not done.
 */
export function initialSnapshotState(offsets: ReadonlyArray<{ offset: SourceOffset }>): { done: boolean; detail: string } {
  if (!offsets.length) return { done: false, detail: 'no offset committed yet' };
  const o = offsets[offsets.length - 1].offset ?? {};
  const snap = o.snapshot;
  if (snap === undefined || snap === null || snap === false || snap === 'false' || snap === 'FALSE') return { done: true, detail: `streaming from LSN ${o.lsn ?? '?'}` };
  const kind = String(snap).toUpperCase();
  if (kind === 'INITIAL' || kind === 'TRUE' || kind === 'INITIAL_ONLY') {
    if (o.last_snapshot_record === true || o.snapshot_completed === true) return { done: true, detail: 'last snapshot record committed' };
    return { done: false, detail: 'initial snapshot in progress' };
  }
  return { done: true, detail: `streaming (${kind.toLowerCase()} snapshot running)` };
}

/** Tables an incremental snapshot is still reading, from the committed offset. */
export function incrementalSnapshotTables(offsets: ReadonlyArray<{ offset: SourceOffset }>): string[] {
  const raw = offsets[offsets.length - 1]?.offset?.incremental_snapshot_collections;
  if (typeof raw !== 'string' || !raw) return [];
  try {
    return (JSON.parse(raw) as Array<{ incremental_snapshot_collections_id?: string }>).map((c) => c.incremental_snapshot_collections_id ?? '').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The `data` of an execute-snapshot signal for one table. A row-filtered flow gets its filter as
 * `additional-conditions`: incremental snapshots ignore `snapshot.select.statement.overrides`, so
 * without it rows outside the filter (draft insights, unconsented submissions) would be emitted.
 */
export function snapshotSignalData(view: CatalogueView, db: DatabaseId, table: string): string {
  const f = view.filterOf(db, table);
  return JSON.stringify({
    'data-collections': [table],
    type: 'incremental',
    ...(f ? { 'additional-conditions': [{ 'data-collection': table, filter: filterSql(f) }] } : {}),
  });
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Whether a Debezium (Java) regex list matches a name in full; unparseable patterns never match. */
export function listMatches(patterns: string | undefined, name: string): boolean {
  return list(patterns).some((p) => {
    try {
      return new RegExp(`^(?:${p})$`).test(name);
    } catch {
      return false;
    }
  });
}

/** Whether a Kafka `Filter` transform guarded by a `TopicNameMatches` predicate drops records of `topic`. */
export function dropsTopic(config: Record<string, string>, topic: string): boolean {
  return list(config.transforms).some((t) => {
    const p = `transforms.${t}.`;
    if (config[`${p}type`] !== 'org.apache.kafka.connect.transforms.Filter') return false;
    const pred = config[`${p}predicate`];
    if (!pred) return false;
    const negate = config[`${p}negate`] === 'true';
    if (config[`predicates.${pred}.type`] !== 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches') return false;
    let matches = false;
    try {
      matches = new RegExp(`^(?:${config[`predicates.${pred}.pattern`] ?? ''})$`).test(topic);
    } catch {
      matches = false;
    }
    return negate ? !matches : matches;
  });
}

export interface SignalProblem {
  readonly property: string;
  readonly problem: string;
}

/**
 * Why a Debezium PostgreSQL source would not act on a source-channel signal, or would block on it.
 * Found on the local runtime (Debezium 3.6.1): the connector adds the signal table to its captured
 * tables by itself (table.include.list need not name it), but
 *  - `column.include.list` applies to it: without its columns Debezium logs
 *    "The signal event 'Struct{}' should have 3 fields but has 0" and ignores the signal;
 *  - its change events (the signal, then the snapshot's window markers) are produced to
 *    `<topic.prefix>.<signal table>`; when that topic does not exist and the broker does not
 *    auto-create topics, the producer blocks and the source task stalls, then fails.
 */
export function signalProblems(config: Record<string, string>, topicExists: boolean, signalTable = SIGNAL_TABLE): SignalProblem[] {
  const out: SignalProblem[] = [];
  const channels = list(config['signal.enabled.channels'] ?? 'source');
  if (!channels.includes('source')) out.push({ property: 'signal.enabled.channels', problem: `signal.enabled.channels is '${config['signal.enabled.channels']}', must include 'source'` });
  if (config['signal.data.collection'] !== signalTable) out.push({ property: 'signal.data.collection', problem: `signal.data.collection is '${config['signal.data.collection'] ?? ''}', must be '${signalTable}'` });
  const cols = SIGNAL_COLUMNS.map((c) => `${signalTable}.${c}`);
  if (config['column.include.list'] !== undefined && !cols.every((c) => listMatches(config['column.include.list'], c)))
    out.push({ property: 'column.include.list', problem: `column.include.list does not admit ${cols.join(', ')}: Debezium sees an empty signal ("should have 3 fields but has 0") and ignores it` });
  if (config['column.exclude.list'] !== undefined && cols.some((c) => listMatches(config['column.exclude.list'], c)))
    out.push({ property: 'column.exclude.list', problem: `column.exclude.list excludes columns of ${signalTable}: Debezium would ignore the signal` });
  const topic = `${config['topic.prefix']}.${signalTable}`;
  if (!topicExists && !dropsTopic(config, topic))
    out.push({ property: 'transforms', problem: `the signal table's change events go to topic ${topic}, which does not exist and is not dropped by a transform: the source task would block and fail` });
  return out;
}

/** The properties that make a source connector act on signals without a signal topic (what `signalProblems` asks for). */
export function signalConfigPatch(config: Record<string, string>, signalTable = SIGNAL_TABLE): Record<string, string> {
  const patch: Record<string, string> = {};
  const cols = SIGNAL_COLUMNS.map((c) => `${signalTable}.${c}`);
  const include = config['column.include.list'];
  if (include !== undefined && !cols.every((c) => listMatches(include, c))) patch['column.include.list'] = [...list(include), ...cols.map(escapeRegex)].join(',');
  const topic = `${config['topic.prefix']}.${signalTable}`;
  if (!dropsTopic(config, topic)) {
    patch.transforms = ['dropSignals', ...list(config.transforms)].join(',');
    patch['transforms.dropSignals.type'] = 'org.apache.kafka.connect.transforms.Filter';
    patch['transforms.dropSignals.predicate'] = 'isSignalTopic';
    patch.predicates = [...list(config.predicates), 'isSignalTopic'].join(',');
    patch['predicates.isSignalTopic.type'] = 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches';
    patch['predicates.isSignalTopic.pattern'] = escapeRegex(topic);
  }
  return patch;
}

/** The patch as `key=value` pairs; column.include.list is shown as what it appends. */
export function patchText(config: Record<string, string>, signalTable = SIGNAL_TABLE): string {
  return Object.entries(signalConfigPatch(config, signalTable))
    .map(([k, v]) => (k === 'column.include.list' && config[k] ? `${k} += ,${v.slice(config[k].length + 1)}` : `${k}=${v}`))
    .join(' ');
}

/**
 * The `data` of the execute-snapshot signal of `repair replay`: only the rows whose key is in a
 * replay batch (read by the capture role through cdc.replay_keys), within the flow's filter.
 */
export function replaySignalData(view: CatalogueView, db: DatabaseId, table: string, batch: string): string {
  const key = view.primaryKey(db, table).name;
  const f = view.filterOf(db, table);
  const keys = `${key}::text IN (SELECT cdc.replay_keys('${batch}'))`;
  return JSON.stringify({
    'data-collections': [table],
    type: 'incremental',
    'additional-conditions': [{ 'data-collection': table, filter: f ? `${keys} AND ${filterSql(f)}` : keys }],
  });
}
