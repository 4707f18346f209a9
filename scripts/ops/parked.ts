/**
 * Parked records: what a flow's sink could not write (a row the target refused, a record whose
 * carried columns drifted, a record a converter or transform failed on) waits in the flow's
 * dead-letter topic with the reason in its headers. A consumer group per flow
 * (CatalogueView.parkedHandledGroup) marks how far they were handled: replayed or discarded, so
 * `pending` is what still needs a decision. Nothing here ever prints a row value.
 */
import { RawRecord, readRange, withKafka } from './clients';
import { KafkaTarget, SinkNames } from './context';
import { KafkaAdmin } from './kafka';

export interface ParkedCounts {
  /** records the topic holds */
  readonly depth: number;
  /** its end offset (single partition) */
  readonly end: number;
  /** offset up to which they were replayed or discarded */
  readonly handled: number;
  /** still waiting for a replay or a discard */
  readonly pending: number;
}

/** Offsets of a dead-letter topic (one partition) and of its handled group. */
export async function parkedCounts(admin: KafkaAdmin, deadLetterTopic: string, handledGroup: string): Promise<ParkedCounts> {
  const [ends, groups] = await Promise.all([admin.topicOffsets(deadLetterTopic), admin.groupOffsets(handledGroup, deadLetterTopic)]);
  const p = ends.find((x) => x.partition === 0) ?? ends[0];
  const low = p.low;
  const end = p.high;
  let committed = groups.find((x) => x.partition === 0)?.offset ?? -1;
  // past the end: the topic was deleted and created again (a redeploy), the mark is from the old one
  if (committed > end) committed = -1;
  const handled = Math.max(low, committed);
  return { depth: end - low, end, handled, pending: end - handled };
}

/** What a parked record says about itself: never its values. */
export interface ParkedRecord {
  readonly offset: number;
  readonly at: string;
  /** the reason (the parking sink's value-free description, or the converter/transform exception class) */
  readonly reason: string;
  /** where it was in the change topic */
  readonly source: { readonly topic: string; readonly partition: number; readonly offset: number; readonly lsn?: string };
  /** the record key (the row's primary key), as JSON */
  readonly key: Record<string, unknown> | null;
  /** c, u, d, r of the Debezium envelope; null for a tombstone */
  readonly op: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parseJson = (b: Buffer | null): any => {
  if (!b) return null;
  try {
    return JSON.parse(b.toString('utf8'));
  } catch {
    return null;
  }
};

/** The reason Connect recorded, without anything that could quote a value. */
export function reasonOf(h: Record<string, string>): string {
  const cls = h['__connect.errors.exception.class.name'] ?? '';
  const msg = h['__connect.errors.exception.message'] ?? '';
  // the parking sink's own reasons are value-free by construction; others are named by class and stage only
  if (cls === 'smart.cdc.connect.ParkedRecordException') return msg;
  const stage = h['__connect.errors.stage'];
  return [cls ? `${cls.split('.').pop()}` : 'unknown error', stage ? `in stage ${stage}` : ''].filter(Boolean).join(' ');
}

/**
 * A record's JSON without its inline schema: the sources write change events without one; records
 * written before that (and their dead letters) are `{schema, payload}`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withoutInlineSchema(json: any): any {
  return json && typeof json === 'object' && 'schema' in json && 'payload' in json && Object.keys(json).length === 2 ? json.payload : json;
}

export function describeParked(r: RawRecord): ParkedRecord {
  const h = r.headers;
  const value = parseJson(r.value);
  const key = withoutInlineSchema(parseJson(r.key));
  const payload = withoutInlineSchema(value);
  const lsn = payload?.source?.lsn;
  return {
    offset: r.offset,
    at: new Date(r.timestamp).toISOString(),
    reason: reasonOf(h),
    source: { topic: h['__connect.errors.topic'] ?? '?', partition: Number(h['__connect.errors.partition'] ?? -1), offset: Number(h['__connect.errors.offset'] ?? -1), ...(pgLsn(lsn) ? { lsn: pgLsn(lsn) } : {}) },
    key: key && typeof key === 'object' ? (key as Record<string, unknown>) : null,
    op: payload && typeof payload === 'object' ? (payload.op ?? null) : null,
  };
}

/** Debezium's numeric LSN as PostgreSQL writes it (0/1A2B3C4). */
export function pgLsn(lsn: unknown): string | undefined {
  if (lsn === null || lsn === undefined || lsn === '') return undefined;
  try {
    const n = BigInt(String(lsn));
    return `${(n >> 32n).toString(16).toUpperCase()}/${(n & 0xffffffffn).toString(16).toUpperCase()}`;
  } catch {
    return String(lsn);
  }
}

export const positionText = (p: ParkedRecord) => `${p.source.topic}[${p.source.partition}]@${p.source.offset}${p.source.lsn ? `, LSN ${p.source.lsn}` : ''}`;

/** The pending parked records of a flow (from the handled offset to the end). */
export async function pendingParked(t: KafkaTarget, sink: SinkNames, handledGroup: string): Promise<{ counts: ParkedCounts; records: ParkedRecord[]; raw: RawRecord[] }> {
  const counts = await withKafka(t, (a) => parkedCounts(a, sink.deadLetterTopic, handledGroup));
  const { records, complete } = await readRange(t, sink.deadLetterTopic, 0, counts.handled, counts.end, 60_000);
  // a part of them would be replayed, discarded or counted as if it were all
  if (!complete)
    throw new Error(`${t.label}: read ${records.length} of the ${counts.pending} pending parked record(s) of flow ${sink.flow.name} (${sink.deadLetterTopic} offsets ${counts.handled}..${counts.end - 1}) within 60 s; nothing was changed, try again`);
  return { counts, records: records.map(describeParked), raw: records };
}

/** The last parked record of a flow (what `status` shows). */
export async function lastParked(t: KafkaTarget, topic: string, end: number): Promise<ParkedRecord | undefined> {
  const { records } = await readRange(t, topic, 0, end - 1, end, 15_000);
  return records.length ? describeParked(records[records.length - 1]) : undefined;
}

/** Marks the dead-letter topic handled up to `offset` (replayed or discarded). */
export async function markHandled(t: KafkaTarget, topic: string, handledGroup: string, offset: number): Promise<void> {
  await withKafka(t, (a) => a.commitOffset(handledGroup, topic, offset));
}
