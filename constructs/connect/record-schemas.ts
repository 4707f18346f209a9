/**
 * The Kafka Connect schemas of a flow's change records, derived from the catalogue: the sources
 * write records without inline schemas, and each sink's converter reads them with these
 * (JsonConverter's `schema.content`, KIP-1054). They state only what the sink reads: the key, the
 * row before and after the change (the flow's carried columns, by their source names) and the
 * operation; the envelope's other fields (source block, timestamps) are in the JSON, not read.
 * Names follow Debezium's (`<topic>.Key`, `.Value`, `.Envelope`): Debezium's unwrap transform
 * recognises a change event by its envelope's name, and the JDBC sink binds each value by its
 * logical type. The schema contract test (e2e/schema-contract.test.ts) compares them with what
 * Debezium emits.
 */
import { CarriedColumn, ConnectType } from './field-types';

/** Kafka Connect's JSON form of a schema (JsonConverter's). */
export interface ConnectJsonSchema {
  readonly type: string;
  readonly optional: boolean;
  readonly name?: string;
  readonly version?: number;
  readonly field?: string;
  readonly fields?: readonly ConnectJsonSchema[];
}

/** Each Connect type as JsonConverter spells it in a schema. */
export const JSON_TYPE: Readonly<Record<ConnectType, string>> = {
  STRING: 'string',
  INT16: 'int16',
  INT32: 'int32',
  INT64: 'int64',
  FLOAT32: 'float',
  FLOAT64: 'double',
  BOOLEAN: 'boolean',
  BYTES: 'bytes',
};

function column(name: string, c: CarriedColumn, optional: boolean): ConnectJsonSchema {
  // Debezium's logical types are all at version 1
  return { type: JSON_TYPE[c.type], optional, ...(c.logical ? { name: c.logical, version: 1 } : {}), field: name };
}

function struct(name: string, optional: boolean, fields: ConnectJsonSchema[]): ConnectJsonSchema {
  return { type: 'struct', fields, optional, name };
}

export interface ChangeRecordSchemas {
  readonly key: ConnectJsonSchema;
  readonly value: ConnectJsonSchema;
}

/**
 * `topic`: the change topic (Debezium names the schemas after it); `key`: the source key column;
 * `columns`: every carried source column with its type. The row before the change is all optional:
 * a delete under the default replica identity carries only the key.
 */
export function changeRecordSchemas(topic: string, key: string, columns: Readonly<Record<string, CarriedColumn>>): ChangeRecordSchemas {
  const keyColumn = columns[key];
  if (!keyColumn) throw new Error(`change records of '${topic}': key column '${key}' is not carried`);
  const row = (allOptional: boolean) =>
    struct(
      `${topic}.Value`,
      true,
      Object.entries(columns).map(([n, c]) => column(n, c, allOptional || c.optional)),
    );
  return {
    key: struct(`${topic}.Key`, false, [column(key, keyColumn, false)]),
    value: struct(`${topic}.Envelope`, false, [
      { ...row(true), field: 'before' },
      { ...row(false), field: 'after' },
      { type: 'string', optional: false, field: 'op' },
    ]),
  };
}
