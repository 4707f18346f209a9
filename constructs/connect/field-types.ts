/**
 * The Kafka Connect schema type a catalogue column has in a change record, as the Debezium
 * PostgreSQL source writes it with this stack's settings (`decimal.handling.mode=precise`, default
 * `time.precision.mode`). The sink refuses a record whose carried column arrives with another type
 * (a column retyped at the source), so every catalogue type must be listed here.
 */
import { CatalogueView } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';

export type ConnectType = 'STRING' | 'INT16' | 'INT32' | 'INT64' | 'FLOAT32' | 'FLOAT64' | 'BOOLEAN' | 'BYTES';

const BY_TYPE: ReadonlyArray<readonly [RegExp, ConnectType]> = [
  [/^(uuid|text|varchar(\(\d+\))?|character varying(\(\d+\))?|char(\(\d+\))?|jsonb?|timestamptz|timestamp with time zone|timetz|inet|interval)$/, 'STRING'],
  [/^(smallint|int2)$/, 'INT16'],
  [/^(integer|int|int4|date)$/, 'INT32'],
  [/^(bigint|int8|timestamp|timestamp without time zone|time)$/, 'INT64'],
  [/^(real|float4)$/, 'FLOAT32'],
  [/^(double precision|float8)$/, 'FLOAT64'],
  [/^(boolean|bool)$/, 'BOOLEAN'],
  // precise decimals travel as bytes (org.apache.kafka.connect.data.Decimal)
  [/^(numeric|decimal)(\(\d+(,\s*\d+)?\))?$/, 'BYTES'],
];

/** `hashed`: a SENSITIVE column leaves as its salted hash, a string whatever its type. */
export function connectTypeOf(pgType: string, hashed = false): ConnectType {
  if (hashed) return 'STRING';
  const t = pgType.trim().toLowerCase();
  const hit = BY_TYPE.find(([re]) => re.test(t));
  if (!hit) throw new Error(`catalogue type '${pgType}' has no known Kafka Connect type (constructs/connect/field-types.ts)`);
  return hit[1];
}

/** The Connect type each carried source column of a flow must arrive with. */
export function carriedTypesOf(view: CatalogueView, flow: FlowDef): Record<string, ConnectType> {
  return Object.fromEntries(
    Object.keys(flow.fields).map((c) => {
      const col = view.column(flow.source.database, flow.source.table, c);
      return [c, connectTypeOf(col.type, col.class === 'SENSITIVE')];
    }),
  );
}
