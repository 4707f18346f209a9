/**
 * The Kafka Connect schema type a catalogue column has in a change record, as the Debezium
 * PostgreSQL source writes it with this stack's settings (`decimal.handling.mode=string`,
 * `interval.handling.mode=string`, default `time.precision.mode`). The sink refuses a record whose carried column arrives with another type
 * (a column retyped at the source), so every catalogue type must be listed here.
 */
import { CatalogueView } from '../../catalogue/derive';
import { FlowDef } from '../../catalogue/model';

export type ConnectType = 'STRING' | 'INT16' | 'INT32' | 'INT64' | 'FLOAT32' | 'FLOAT64' | 'BOOLEAN' | 'BYTES';

const NUMERIC = /^(numeric|decimal)(\(\d+(,\s*\d+)?\))?$/;

const BY_TYPE: ReadonlyArray<readonly [RegExp, ConnectType]> = [
  [/^(uuid|text|varchar(\(\d+\))?|character varying(\(\d+\))?|char(\(\d+\))?|jsonb?|timestamptz|timestamp with time zone|inet|interval)$/, 'STRING'],
  // numerics travel as their digits (`decimal.handling.mode=string`)
  [NUMERIC, 'STRING'],
  [/^(smallint|int2)$/, 'INT16'],
  [/^(integer|int|int4|date)$/, 'INT32'],
  [/^(bigint|int8|timestamp|timestamp without time zone|time)$/, 'INT64'],
  [/^(real|float4)$/, 'FLOAT32'],
  [/^(double precision|float8)$/, 'FLOAT64'],
  [/^(boolean|bool)$/, 'BOOLEAN'],
];

/**
 * One spelling of every type the catalogue accepts (aliases such as `int4` or `varchar(n)` with
 * another length are the same type): the type round-trip test carries a column of each.
 */
export const CARRIED_TYPES = [
  'smallint', 'integer', 'bigint', 'boolean', 'real', 'double precision', 'numeric(5,4)', 'numeric(40,9)', 'numeric',
  'text', 'varchar(10)', 'char(5)', 'uuid', 'json', 'jsonb', 'inet',
  'date', 'time', 'timestamp', 'timestamptz', 'interval',
] as const;

/**
 * How each accepted type travels (read off Debezium's settings in debezium-source.ts), and what it
 * cannot carry: rendered into the data mapping reference; every line is exercised by the type
 * round-trip test (e2e/types.test.ts).
 */
export const TYPE_TRAVEL: Readonly<Record<(typeof CARRIED_TYPES)[number], { readonly travels: string; readonly parked?: string }>> = {
  smallint: { travels: 'a JSON integer (INT16); limits exact' },
  integer: { travels: 'a JSON integer (INT32); limits exact' },
  bigint: { travels: 'a JSON integer (INT64); limits exact' },
  boolean: { travels: 'a JSON boolean' },
  real: { travels: 'a JSON number (FLOAT32); the shortest decimal that reads back as the same float', parked: 'NaN, ±Infinity and -0 (JSON has no NaN or Infinity; Kafka reads them back as 0)' },
  'double precision': { travels: 'a JSON number (FLOAT64), as `real`', parked: 'NaN, ±Infinity and -0, as `real`' },
  'numeric(5,4)': { travels: "PostgreSQL's digits as a string (`decimal.handling.mode=string`): scale, trailing zeros and `NaN` exact" },
  'numeric(40,9)': { travels: 'as `numeric(5,4)`: 39 digits exact' },
  numeric: { travels: 'as `numeric(5,4)`, any precision and scale; `±Infinity` spelt as PostgreSQL spells it (ExactValues)' },
  text: { travels: 'a JSON string: empty, non-ASCII, control characters and 100 kB values exact' },
  'varchar(10)': { travels: 'a JSON string' },
  'char(5)': { travels: 'a JSON string, with its padding' },
  uuid: { travels: 'a JSON string' },
  json: { travels: 'the document text as a string: whitespace, key order and duplicate keys exact' },
  jsonb: { travels: 'the normalized document text as a string' },
  inet: { travels: "a string, read by the target's own input function (`stringtype=unspecified`)" },
  date: { travels: 'days since 1970 (INT32)', parked: '±infinity (Debezium sends stand-ins) and dates before year 1, which the sink would write AD; a snapshot would carry a BC date as the same day AD, undetectably: preflight fails on such a value, naming the column' },
  time: { travels: 'microseconds since midnight (INT64)', parked: '24:00:00 (no Java time of day is 24:00)' },
  timestamp: { travels: 'microseconds since 1970 (INT64), BC included', parked: '±infinity and values after 294247-01-10 (beyond a long of microseconds)' },
  timestamptz: { travels: 'an ISO 8601 string in UTC: ±infinity, BC and 294276 AD exact (the offset written is not kept, as PostgreSQL does not keep it)' },
  interval: { travels: "an ISO 8601 string (`interval.handling.mode=string`): years, months, days and seconds kept apart, mixed signs exact; an interval of more than 2^31-1 hours cannot be read by the PostgreSQL JDBC driver and would stop the source's snapshot: preflight fails on such a value, naming the column" },
};

/**
 * Values a snapshot (initial or incremental: Debezium reads them over JDBC) cannot carry and nothing
 * downstream can detect: preflight counts them per carried column and fails, naming it.
 */
export const SNAPSHOT_LIMITS: ReadonlyArray<{ readonly type: RegExp; readonly where: (column: string) => string; readonly why: string }> = [
  { type: /^date$/, where: (c) => `${c} < '0001-01-01'`, why: 'a date before year 1: a snapshot carries it as the same day AD (Debezium reads it without its era)' },
  { type: /^interval$/, where: (c) => `abs(extract(hour FROM ${c})) > 2147483647`, why: 'an interval of more than 2^31-1 hours: the PostgreSQL JDBC driver cannot read it and the source connector stops in its snapshot' },
];

/** Types a flow cannot carry exactly, each with the reason the synth names. */
export const REFUSED: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/^(timetz|time with time zone)$/, 'timetz', "Debezium sends a time with time zone converted to UTC: the offset PostgreSQL stores ('12:00:00+05:30') would arrive as '06:30:00+00'; use timestamptz, or time with the zone in a column of its own"],
  [/^bytea$/, 'bytea', 'not proven exact: Debezium sends bytea as bytes (base64 in JSON) and the type round-trip test does not carry it yet; carry encode(…, \'hex\') in a text column'],
  [/\[\]$|^_/, 'arrays (`text[]`, …)', 'not proven exact: arrays arrive as Kafka Connect arrays and the type round-trip test does not carry them yet (NULL elements, multiple dimensions, bounds); carry to_jsonb(…) in a jsonb column'],
  [/^xml$/, 'xml', 'not proven exact: the type round-trip test does not carry it; carry it as text'],
  [/^money$/, 'money', "money depends on the server's lc_monetary: the same digits mean a different amount on the other side; carry numeric"],
];

/**
 * The Debezium logical type (schema name) of a catalogue type, with this stack's settings: the sink
 * reads records with it (the records carry no schema), and the JDBC sink binds the value by it (a
 * Date's INT32 is days, a MicroTimestamp's INT64 microseconds). The schema contract tests compare
 * each with what Debezium emits.
 */
const LOGICAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^uuid$/, 'io.debezium.data.Uuid'],
  [/^jsonb?$/, 'io.debezium.data.Json'],
  [/^(timestamptz|timestamp with time zone)$/, 'io.debezium.time.ZonedTimestamp'],
  [/^interval$/, 'io.debezium.time.Interval'],
  [/^date$/, 'io.debezium.time.Date'],
  [/^time$/, 'io.debezium.time.MicroTime'],
  [/^(timestamp|timestamp without time zone)$/, 'io.debezium.time.MicroTimestamp'],
];

/** How a carried column travels in a change record: its Connect type and its logical type, if any. */
export interface CarriedType {
  readonly type: ConnectType;
  /** the Debezium logical type (schema name); undefined for a plain type */
  readonly logical?: string;
}

/** How a column of this catalogue type travels in a change record. */
export function carriedTypeOf(pgType: string): CarriedType {
  const type = connectTypeOf(pgType);
  const t = pgType.trim().toLowerCase();
  const logical = LOGICAL.find(([re]) => re.test(t))?.[1];
  return logical ? { type, logical } : { type };
}

/** `hashed`: a SENSITIVE column leaves as its salted hash, a string whatever its type. */
export function connectTypeOf(pgType: string, hashed = false): ConnectType {
  if (hashed) return 'STRING';
  const t = pgType.trim().toLowerCase();
  const refused = REFUSED.find(([re]) => re.test(t));
  if (refused) throw new Error(`catalogue type '${pgType}' cannot be carried exactly: ${refused[2]} (constructs/connect/field-types.ts)`);
  const hit = BY_TYPE.find(([re]) => re.test(t));
  if (!hit) throw new Error(`catalogue type '${pgType}' has no known Kafka Connect type (constructs/connect/field-types.ts)`);
  return hit[1];
}

/** Whether a catalogue type is a numeric (ExactValues spells its ±Infinity as PostgreSQL does). */
export const isNumericType = (pgType: string): boolean => NUMERIC.test(pgType.trim().toLowerCase());

/** The type each carried source column of a flow must arrive with, and whether it may be NULL. */
export function carriedTypesOf(view: CatalogueView, flow: FlowDef): Record<string, CarriedColumn> {
  return Object.fromEntries(
    Object.keys(flow.fields).map((c) => {
      const col = view.column(flow.source.database, flow.source.table, c);
      const travels = carriedTypeOf(col.type);
      // a SENSITIVE column leaves as its hash, text that keeps the column's schema (HashColumns hashes text only)
      const hashed = col.class === 'SENSITIVE' && travels.type !== 'STRING' ? { type: 'STRING' as const } : travels;
      return [c, { ...hashed, optional: col.primaryKey !== true && col.nullable !== false }];
    }),
  );
}

/** A carried column's type in a change record, and whether the source may send NULL. */
export interface CarriedColumn extends CarriedType {
  readonly optional: boolean;
}
