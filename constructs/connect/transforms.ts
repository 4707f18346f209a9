/**
 * Typed single message transforms. A chain renders to the `transforms`, `transforms.<name>.*`
 * keys of a connector configuration, in order.
 */
export type Transform =
  /**
   * Debezium envelope → flat row. Deletes become tombstones the JDBC sink deletes by
   * (`delete-to-tombstone`; Debezium's own tombstone is dropped), or are dropped with it (`drop`).
   */
  | { readonly kind: 'unwrap'; readonly deletes: 'delete-to-tombstone' | 'drop' }
  /** keep only `include` (source names) and rename them; on the key or the value */
  | { readonly kind: 'replaceField'; readonly part: 'Key' | 'Value'; readonly include?: readonly string[]; readonly renames?: Readonly<Record<string, string>> }
  /** keep a record only while the Groovy `condition` holds, on topics matching `topicRegex` */
  | { readonly kind: 'groovyFilter'; readonly condition: string; readonly topicRegex: string }
  /** drop every record bound for a topic matching `topicRegex` (Kafka's Filter with a TopicNameMatches predicate) */
  | { readonly kind: 'dropTopic'; readonly topicRegex: string }
  /**
   * replace `columns` (schema.table.column) of Debezium change events with the salted hash of
   * connect-plugin/'s HashColumns; `salt` is a worker secret reference, resolved by the worker
   */
  | { readonly kind: 'hashColumns'; readonly columns: readonly string[]; readonly salt: string };

/** The project's own transform (connect-plugin/), on every worker's plugin.path. */
export const HASH_COLUMNS_CLASS = 'smart.cdc.connect.HashColumns';
/** Hash algorithm of SENSITIVE columns: the values Debezium's `column.mask.hash.v2.SHA-256` gives. */
export const HASH_ALGORITHM = 'SHA-256';

export type TransformChain = ReadonlyArray<readonly [name: string, transform: Transform]>;

function renderOne(t: Transform): Record<string, string> {
  switch (t.kind) {
    case 'unwrap':
      return {
        type: 'io.debezium.transforms.ExtractNewRecordState',
        'delete.tombstone.handling.mode': t.deletes,
      };
    case 'replaceField': {
      const renames = Object.entries(t.renames ?? {}).filter(([from, to]) => from !== to);
      return {
        type: `org.apache.kafka.connect.transforms.ReplaceField$${t.part}`,
        ...(t.include ? { include: t.include.join(',') } : {}),
        ...(renames.length ? { renames: renames.map(([from, to]) => `${from}:${to}`).join(',') } : {}),
      };
    }
    case 'groovyFilter':
      return {
        type: 'io.debezium.transforms.Filter',
        language: 'jsr223.groovy',
        condition: t.condition,
        'topic.regex': t.topicRegex,
        // tombstones carry no origin: let them through
        'null.handling.mode': 'keep',
      };
    case 'dropTopic':
      return { type: 'org.apache.kafka.connect.transforms.Filter' };
    case 'hashColumns':
      // the key ends in "password": Connect and Debezium mask it in their configuration logs
      return { type: HASH_COLUMNS_CLASS, columns: t.columns.join(','), 'salt.password': t.salt, algorithm: HASH_ALGORITHM };
  }
}

/** Predicates a transform needs, by name (rendered under the connector's `predicates` keys). */
function predicatesOf(name: string, t: Transform): Record<string, Record<string, string>> {
  if (t.kind !== 'dropTopic') return {};
  return { [`${name}Topic`]: { type: 'org.apache.kafka.connect.transforms.predicates.TopicNameMatches', pattern: t.topicRegex } };
}

/** Whether a transform changes anything (a ReplaceField with nothing to do is left out). */
function isEffective(t: Transform): boolean {
  if (t.kind === 'hashColumns') return t.columns.length > 0;
  if (t.kind !== 'replaceField') return true;
  return !!t.include || Object.entries(t.renames ?? {}).some(([a, b]) => a !== b);
}

export function renderTransforms(chain: TransformChain): Record<string, string> {
  const effective = chain.filter(([, t]) => isEffective(t));
  if (effective.length === 0) return {};
  const out: Record<string, string> = { transforms: effective.map(([n]) => n).join(',') };
  const predicates: string[] = [];
  for (const [name, t] of effective) {
    for (const [k, v] of Object.entries(renderOne(t))) out[`transforms.${name}.${k}`] = v;
    for (const [pred, props] of Object.entries(predicatesOf(name, t))) {
      out[`transforms.${name}.predicate`] = pred;
      predicates.push(pred);
      for (const [k, v] of Object.entries(props)) out[`predicates.${pred}.${k}`] = v;
    }
  }
  if (predicates.length) out.predicates = predicates.join(',');
  return out;
}

/** Escapes a literal name for a Java regex (topic.regex, column lists). */
export const regexLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
