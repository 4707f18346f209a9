import { ConnectJsonSchema, JSON_TYPE } from '../../../constructs/connect/record-schemas';
import { SCHEMA_HEADER } from '../../../constructs/connect/transforms';
import { readPartition } from '../../../scripts/ops/kafka';
import { LOCAL_KAFKA, withKafka } from './engines';

/** A column as Debezium emitted it: Connect type (JSON spelling), logical name, optionality. */
interface Emitted {
  readonly type: string;
  readonly name?: string;
  readonly optional: boolean;
}

function columns(list: string): Map<string, Emitted> {
  const out = new Map<string, Emitted>();
  for (const part of list ? list.split(',') : []) {
    const [name, type, logical] = part.split(':');
    const optional = (logical ?? type).endsWith('?');
    const strip = (s: string) => (s.endsWith('?') ? s.slice(0, -1) : s);
    out.set(name, { type: (JSON_TYPE as Record<string, string>)[strip(type)] ?? strip(type), ...(logical ? { name: strip(logical) } : {}), optional });
  }
  return out;
}

/** The `smart.cdc.schema` header (connect-plugin/ SchemaSignature): `key|row`. */
export function parseSignature(text: string): { key: Map<string, Emitted>; row: Map<string, Emitted> } {
  const bar = text.indexOf('|');
  if (bar < 0) throw new Error(`not a schema signature: ${text}`);
  return { key: columns(text.slice(0, bar)), row: columns(text.slice(bar + 1)) };
}

/** How a generated struct differs from what Debezium emitted: every field, its type, logical type and optionality. */
export function differences(where: string, generated: ConnectJsonSchema, emitted: Map<string, Emitted>): string[] {
  const out: string[] = [];
  for (const f of generated.fields ?? []) {
    const e = emitted.get(f.field!);
    const want = `${f.type}${f.name ? ` (${f.name})` : ''}${f.optional ? ' optional' : ' required'}`;
    if (!e) out.push(`${where}.${f.field}: generated ${want}, Debezium emits no such column`);
    else if (e.type !== f.type || e.name !== f.name || e.optional !== f.optional)
      out.push(`${where}.${f.field}: generated ${want}, Debezium emits ${e.type}${e.name ? ` (${e.name})` : ''}${e.optional ? ' optional' : ' required'}`);
  }
  return out;
}

/** The generated key and value schemas of a sink against one emitted signature. */
export function contractDifferences(where: string, key: ConnectJsonSchema, value: ConnectJsonSchema, signature: string): string[] {
  const emitted = parseSignature(signature);
  const after = value.fields?.find((f) => f.field === 'after');
  if (!after) return [`${where}: the generated envelope has no row after the change`];
  return [...differences(`${where} key`, key, emitted.key), ...differences(`${where} row`, after, emitted.row)];
}

/**
 * The distinct signatures of a topic's first and last `n` change events per partition; with `since`
 * (engines.ts topicEnds), of those written after it only.
 */
export async function emittedSignatures(topic: string, n = 100, since?: ReadonlyMap<number, number>): Promise<Set<string>> {
  const out = new Set<string>();
  for (const p of await withKafka((a) => a.topicOffsets(topic))) {
    const low = Math.max(p.low, since?.get(p.partition) ?? 0);
    const windows = [[low, Math.min(p.high, low + n)], [Math.max(low, p.high - n), p.high]];
    for (const [from, to] of windows) {
      const { records } = await readPartition(LOCAL_KAFKA, topic, p.partition, from, to, 60_000);
      for (const r of records) if (r.headers[SCHEMA_HEADER]) out.add(r.headers[SCHEMA_HEADER]);
    }
  }
  return out;
}
