import { CARRIED_TYPES } from '../../../constructs/connect/field-types';

/**
 * A value of a type: its SQL literal; `parks` when the flow cannot carry it exactly (the reason the
 * parked record must give); `snapshot: false` when the initial snapshot cannot even tell it apart.
 */
export type TypeCase = string | { readonly sql: string; readonly parks?: RegExp; readonly snapshot?: false };

const parks = (sql: string, reason: RegExp): TypeCase => ({ sql, parks: reason });
const NAN = /NaN \(JSON has no NaN/;
const INF = /±Infinity \(JSON has no Infinity/;
const NEG_ZERO = /-0 \(it would be written as 0\)/;
const DATE_INF = /date ±infinity/;
const TS_LIMIT = /timestamp ±infinity or after 294247-01-10/;

/**
 * SQL literals per carried type: ordinary values, the type's limits, NULL, and every special value
 * PostgreSQL allows for it (NaN, ±Infinity, ±infinity, empty, non-ASCII, precision limits).
 */
export const TYPE_CASES: Record<(typeof CARRIED_TYPES)[number], readonly TypeCase[]> = {
  smallint: ['0', '-32768', '32767', 'NULL'],
  integer: ['0', '-2147483648', '2147483647', 'NULL'],
  bigint: ['0', '-9223372036854775808', '9223372036854775807', 'NULL'],
  boolean: ['true', 'false', 'NULL'],
  real: ["'0.1'", parks("'-0'", NEG_ZERO), "'3.4028235e38'", "'-3.4028235e38'", "'1.17549435e-38'", "'1.4e-45'", parks("'NaN'", NAN), parks("'Infinity'", INF), parks("'-Infinity'", INF), 'NULL'],
  'double precision': [
    "'0.1'", parks("'-0'", NEG_ZERO), "'1.7976931348623157e308'", "'-1.7976931348623157e308'", "'2.2250738585072014e-308'", "'4.9e-324'",
    parks("'NaN'", NAN), parks("'Infinity'", INF), parks("'-Infinity'", INF), 'NULL',
  ],
  'numeric(5,4)': ["'9.9999'", "'-9.9999'", "'0.0001'", "'0'", "'NaN'", 'NULL'],
  'numeric(40,9)': ["'9999999999999999999999999999999.999999999'", "'-9999999999999999999999999999999.999999999'", "'0.000000001'", "'NaN'", 'NULL'],
  numeric: [
    "'0'", "'1.50'", "'-0.000'", "'0.0000001'", "'123456789012345678901234567890.123456789012345678901234567890'", "'1e100'", "'NaN'", "'Infinity'", "'-Infinity'", 'NULL',
  ],
  text: ["''", "'äöå 日本語 🎉'", "E'line\\nbreak\\ttab \\\\ backslash '' quote \" dq'", "repeat('x', 100000)", "'__debezium_unavailable_value'", "'POSITIVE_INFINITY'", 'NULL'],
  'varchar(10)': ["''", "'ääääääääää'", "'🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉'", 'NULL'],
  'char(5)': ["'ab'", "'äöå'", "''", 'NULL'],
  uuid: ["'00000000-0000-0000-0000-000000000000'", "'ffffffff-ffff-ffff-ffff-ffffffffffff'", 'gen_random_uuid()', 'NULL'],
  json: [`'{"b": 1,  "a": [1, 2.50, "x"], "a": null}'`, `'"text"'`, "'null'", "'[]'", `'{"big": 123456789012345678901234567890.5}'`, 'NULL'],
  jsonb: [`'{"b": 1, "a": [1, 2.50, "äö🎉"]}'`, "'null'", "'{}'", `'{"big": 1e400}'`, 'NULL'],
  inet: ["'192.168.0.1'", "'10.0.0.0/8'", "'192.168.0.1/24'", "'::1'", "'2001:db8::1/64'", 'NULL'],
  date: [
    "'1970-01-01'", "'0001-01-01'", "'9999-12-31'", "'5874897-12-31'",
    // the snapshot reads a BC date over JDBC without its era: it arrives as the same day AD (documented limit)
    { sql: "'4713-01-01 BC'", parks: /date before year 1/, snapshot: false },
    parks("'infinity'", DATE_INF), parks("'-infinity'", DATE_INF), 'NULL',
  ],
  time: ["'00:00:00'", "'23:59:59.999999'", parks("'24:00:00'", /time 24:00:00/), "'12:34:56.000001'", 'NULL'],
  timestamp: [
    "'2024-02-29 12:34:56.789012'", "'0001-01-01 00:00:00'", "'4713-01-01 00:00:00 BC'", parks("'294276-12-31 23:59:59.999999'", TS_LIMIT), "'1969-12-31 23:59:59.999999'",
    parks("'infinity'", TS_LIMIT), parks("'-infinity'", TS_LIMIT), 'NULL',
  ],
  timestamptz: [
    "'2024-02-29 12:34:56.789012+00'", "'2024-06-01 12:00:00+05:30'", "'0001-01-01 00:00:00+00'", "'4713-01-01 00:00:00+00 BC'", "'294276-12-31 23:59:59.999999+00'", "'infinity'", "'-infinity'", 'NULL',
  ],
  interval: [
    // (an interval of more than 2^31-1 hours cannot be read by the PostgreSQL JDBC driver: documented limit)
    "'1 year 2 mons 3 days 04:05:06.789012'", "'-1 years +2 mons -3 days +04:05:06'", "'0'", "'00:00:00.000001'", "'1 mon -30 days'", "'178000000 years'", "'-178000000 years'", "'-2147483648 days'", 'NULL',
  ],
};
