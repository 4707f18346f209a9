import { setting, Setting, toConfig } from './setting';

/**
 * Typed single message transforms. A chain renders to the `transforms`, `transforms.<name>.*` (and
 * `predicates.*`) settings of a connector, in order; each property carries the reason of its
 * transform kind, and a transform's `type` also says what this link of the chain is for.
 */
export type Transform =
  /**
   * Debezium envelope → flat row. Deletes become tombstones the JDBC sink deletes by
   * (`delete-to-tombstone`; Debezium's own tombstone is dropped), or are dropped with it (`drop`).
   */
  | { readonly kind: 'unwrap'; readonly deletes: 'delete-to-tombstone' | 'drop' }
  /** keep only `include` (source names) and rename them; on the key or the value */
  | { readonly kind: 'replaceField'; readonly part: 'Key' | 'Value'; readonly include?: readonly string[]; readonly renames?: Readonly<Record<string, string>> }
  /**
   * connect-plugin/'s DropSinkEchoes (loop prevention): drops change events of `tables`
   * (schema.table) whose new row a sink wrote, by the `originColumn` stamp: `sinkValue` always,
   * `sinkOverAppValue` except in snapshot reads; deletes, tombstones and other tables pass
   */
  | {
      readonly kind: 'dropSinkEchoes';
      readonly tables: readonly string[];
      readonly originColumn: string;
      readonly sinkValue: string;
      readonly sinkOverAppValue: string;
    }
  /** drop every record bound for a topic matching `topicRegex` (Kafka's Filter with a TopicNameMatches predicate) */
  | { readonly kind: 'dropTopic'; readonly topicRegex: string }
  /**
   * replace `columns` (schema.table.column) of Debezium change events with the salted hash of
   * connect-plugin/'s HashColumns; `salt` is a worker secret reference, resolved by the worker
   */
  | { readonly kind: 'hashColumns'; readonly columns: readonly string[]; readonly salt: string }
  /**
   * connect-plugin/'s ExactValues: spells numeric ±Infinity of `numericColumns` (schema.table.column)
   * as PostgreSQL does, and flags values JSON cannot carry exactly, for the parking sink to park;
   * values of one change beyond `maxValuesBytes` (as JSON) are left out, and flagged
   */
  | { readonly kind: 'exactValues'; readonly numericColumns: readonly string[]; readonly maxValuesBytes: number }
  /** a header with a fixed value on the records of topics matching `topicRegex` (Kafka's InsertHeader with a TopicNameMatches predicate) */
  | { readonly kind: 'topicHeader'; readonly header: string; readonly value: string; readonly topicRegex: string }
  /** connect-plugin/'s CarriedSchema: the header naming each change event's columns with their types (what a sink checks) */
  | { readonly kind: 'carriedSchema' };

/** The project's own transform (connect-plugin/), on every worker's plugin.path. */
export const HASH_COLUMNS_CLASS = 'smart.cdc.connect.HashColumns';
/** The project's loop-prevention transform (connect-plugin/). */
export const DROP_SINK_ECHOES_CLASS = 'smart.cdc.connect.DropSinkEchoes';
/** The project's header of each change event's shape (connect-plugin/). */
export const CARRIED_SCHEMA_CLASS = 'smart.cdc.connect.CarriedSchema';
/** The header CarriedSchema writes: `key|row`, each `name:TYPE[:logical][?]`, comma-separated (SchemaSignature.HEADER). */
export const SCHEMA_HEADER = 'smart.cdc.schema';
/** The project's exactness guard (connect-plugin/). */
export const EXACT_VALUES_CLASS = 'smart.cdc.connect.ExactValues';
/** What a source writes for a value PostgreSQL did not send (unchanged, stored out of line): ExactValues.UNCHANGED_TOAST. */
export const UNCHANGED_TOAST = '__smart_cdc_unchanged_toast__';
/** The header ExactValues names an inexact value's column and kind in (read by the parking sink). */
export const INEXACT_HEADER = 'smart.cdc.inexact';
/** Hash algorithm of SENSITIVE columns: the values Debezium's `column.mask.hash.v2.SHA-256` gives. */
export const HASH_ALGORITHM = 'SHA-256';

/** One link of a chain: its name, the transform, and what it is for in this connector. */
export type TransformLink = readonly [name: string, transform: Transform, why: string];
export type TransformChain = ReadonlyArray<TransformLink>;

/** The TopicNameMatches predicate `<name>Topic` of a transform that acts on some topics only. */
function topicPredicate(name: string, topicRegex: string, what: string): { name: string; props: Setting[] } {
  const pred = `${name}Topic`;
  return {
    name: pred,
    props: [
      ...setting(`predicates.${pred}.type`, 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches', "Kafka's `TopicNameMatches`: matches records by their topic's name."),
      ...setting(`predicates.${pred}.pattern`, topicRegex, what),
    ],
  };
}

/** The settings of one transform under `transforms.<name>.`; its predicate's under `predicates.<name>Topic.`. */
function renderOne(name: string, t: Transform, why: string): { props: Setting[]; predicate?: { name: string; props: Setting[] } } {
  const p = (key: string, value: string | undefined, reason: string) => setting(`transforms.${name}.${key}`, value, reason);
  switch (t.kind) {
    case 'unwrap':
      return {
        props: [
          ...p('type', 'io.debezium.transforms.ExtractNewRecordState', `\`ExtractNewRecordState\`: Debezium envelope → the row after the change. ${why}`),
          ...p(
            'delete.tombstone.handling.mode',
            t.deletes,
            "`delete-to-tombstone`: a delete event becomes the tombstone the sink deletes by, Debezium's own tombstone is dropped (deletes propagate); `drop`: deletes and tombstones are removed (deletes ignored).",
          ),
        ],
      };
    case 'replaceField': {
      const renames = Object.entries(t.renames ?? {}).filter(([from, to]) => from !== to);
      return {
        props: [
          ...p('type', `org.apache.kafka.connect.transforms.ReplaceField$${t.part}`, `Kafka's \`ReplaceField$${t.part}\`. ${why}`),
          ...p('include', t.include?.join(','), 'Exactly these fields travel on; everything else in the record is dropped here.'),
          ...p('renames', renames.length ? renames.map(([from, to]) => `${from}:${to}`).join(',') : undefined, 'Old name → new name, for the fields whose names differ.'),
        ],
      };
    }
    case 'dropSinkEchoes':
      return {
        props: [
          ...p(
            'type',
            DROP_SINK_ECHOES_CLASS,
            `The project's \`DropSinkEchoes\` transform (connect-plugin/): compiled, so no scripting engine on the worker and no script evaluated per record. ${why}`,
          ),
          ...p('tables', t.tables.join(','), 'The tables (schema.table, from the change event) that a sink writes and this source captures; every other record passes untouched.'),
          ...p('origin.column', t.originColumn, 'The column the origin trigger stamps on every write; a listed table without it fails the task (echoes could not be told apart).'),
          ...p('sink.value', t.sinkValue, 'Only sinks ever wrote the row: its changes are dropped, snapshot reads too.'),
          ...p('sink.over.app.value', t.sinkOverAppValue, "A sink wrote over a row this side's application made: dropped, except in a snapshot read (op r), which carries that application's fields."),
        ],
      };
    case 'dropTopic': {
      const predicate = topicPredicate(name, t.topicRegex, 'The topics whose records are dropped.');
      return {
        props: [
          ...p('type', 'org.apache.kafka.connect.transforms.Filter', `Kafka's Filter: drops the records its predicate matches. ${why}`),
          ...p('predicate', predicate.name, 'The predicate that selects the records to drop.'),
        ],
        predicate,
      };
    }
    case 'topicHeader': {
      const predicate = topicPredicate(name, t.topicRegex, 'The topic whose records get the header.');
      return {
        props: [
          ...p('type', 'org.apache.kafka.connect.transforms.InsertHeader', `Kafka's InsertHeader. ${why}`),
          ...p('header', t.header, 'The header name.'),
          ...p('value.literal', t.value, 'Its fixed value.'),
          ...p('predicate', predicate.name, 'Only the records of this topic.'),
        ],
        predicate,
      };
    }
    case 'carriedSchema':
      return {
        props: [
          ...p(
            'type',
            CARRIED_SCHEMA_CLASS,
            `The project's \`CarriedSchema\` transform (connect-plugin/): writes the \`${SCHEMA_HEADER}\` header, each change event's key and row columns with their Connect type, logical type and optionality, as Debezium emits them after this chain. ${why}`,
          ),
        ],
      };
    case 'exactValues':
      return {
        props: [
          ...p(
            'type',
            EXACT_VALUES_CLASS,
            `The project's \`ExactValues\` transform (connect-plugin/): real and double precision NaN, ±Infinity and -0, date and timestamp ±infinity (and timestamps after 294247-01-10) and time 24:00:00 have no exact form in a JSON change record; it flags them in the \`${INEXACT_HEADER}\` header (column and kind, never the value) and the parking sink parks the row with that reason instead of writing it changed. ${why}`,
          ),
          ...p(
            'numeric.columns',
            t.numericColumns.length ? t.numericColumns.join(',') : undefined,
            "The numeric columns (schema.table.column): with `decimal.handling.mode=string` Debezium spells their ±Infinity `POSITIVE_INFINITY`/`NEGATIVE_INFINITY`; rewritten to PostgreSQL's `Infinity`/`-Infinity`.",
          ),
          ...p(
            'max.values.bytes',
            String(t.maxValuesBytes),
            "The most bytes the values of one change may take as JSON (the producer's `max.request.size` less room for the envelope): a larger change would stop the source at it, so its largest values are left out, largest first, and the change is flagged (column and size, never the value) and parked.",
          ),
        ],
      };
    case 'hashColumns':
      return {
        props: [
          ...p(
            'type',
            HASH_COLUMNS_CLASS,
            `The project's \`HashColumns\` transform (connect-plugin/, on every worker's plugin path), not Debezium's \`column.mask.hash.v2.${HASH_ALGORITHM}.with.salt.<salt>\`: Debezium reads that salt from the property *name*, which no config provider resolves, so REST, the config topic and the logs would show it. ${why}`,
          ),
          ...p('columns', t.columns.join(','), 'The columns to hash, as schema.table.column: in the before and after images (and the key) they are replaced by the salted hash before the record reaches Kafka.'),
          ...p(
            'salt.password',
            t.salt,
            'The per-environment salt as a worker secret reference, resolved by the worker from its secret storage. The key ends in `password` so that Connect and Debezium mask the resolved value in their configuration logs.',
          ),
          ...p('algorithm', HASH_ALGORITHM, `Lower-case hex of ${HASH_ALGORITHM}(salt ‖ value), UTF-8: the values Debezium's \`column.mask.hash.v2.${HASH_ALGORITHM}\` gives, so hashes written before still match.`),
        ],
      };
  }
}

/** Whether a transform changes anything (a ReplaceField or a hash with nothing to do is left out). */
function isEffective(t: Transform): boolean {
  if (t.kind === 'hashColumns') return t.columns.length > 0;
  if (t.kind === 'dropSinkEchoes') return t.tables.length > 0;
  if (t.kind !== 'replaceField') return true;
  return !!t.include || Object.entries(t.renames ?? {}).some(([a, b]) => a !== b);
}

/** The settings of a chain; `why` explains the chain as a whole (the `transforms` property). */
export function transformSettings(chain: TransformChain, why: string): Setting[] {
  const effective = chain.filter(([, t]) => isEffective(t));
  if (effective.length === 0) return [];
  const rendered = effective.map(([name, t, w]) => renderOne(name, t, w));
  const predicates = rendered.flatMap((r) => (r.predicate ? [r.predicate] : []));
  // transforms first, then each transform's properties, then the predicates (the order Connect's docs use)
  return [
    ...setting('transforms', effective.map(([n]) => n).join(','), why),
    ...rendered.flatMap((r) => r.props),
    ...(predicates.length ? setting('predicates', predicates.map((x) => x.name).join(','), 'Kafka Connect predicates used by the transforms.') : []),
    ...predicates.flatMap((x) => x.props),
  ];
}

/** The configuration map of a chain. */
export function renderTransforms(chain: TransformChain): Record<string, string> {
  return toConfig(transformSettings(chain, 'transforms'), 'transform chain');
}

/** Escapes a literal name for a Java regex (predicate patterns, column and table lists). */
export const regexLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
