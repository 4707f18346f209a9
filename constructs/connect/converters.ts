import { setting, Setting } from './setting';
import { ChangeRecordSchemas } from './record-schemas';

const JSON_CONVERTER = 'org.apache.kafka.connect.json.JsonConverter';
/** Kafka's JsonConverter with the catalogue's schemas, in the pipeline's Connect plugin (connect-plugin/). */
export const CATALOGUE_JSON_CONVERTER = 'smart.cdc.connect.CatalogueJsonConverter';

const NULL_STAYS_NULL =
  "A NULL stays NULL. Kafka's JsonConverter otherwise writes and reads a column's schema default in place of NULL, and Debezium gives a column with a function default (`DEFAULT now()`) the default 1970-01-01: a NULL `submitted_at` arrived as 1970-01-01 (found by the differential test).";

/**
 * The sources' JSON: the change event without its schema. An inline schema is most of a record's
 * bytes and most of the converters' work (the pipeline benchmark); the sinks take theirs from the
 * catalogue instead, and each record's shape travels in a short header (CarriedSchema).
 */
export function jsonWithoutSchemas(why: string): Setting[] {
  return [
    ...setting('key.converter', JSON_CONVERTER, why),
    ...setting('key.converter.schemas.enable', 'false', 'See `key.converter`.'),
    ...setting('value.converter', JSON_CONVERTER, 'See `key.converter`.'),
    ...setting('value.converter.schemas.enable', 'false', 'See `key.converter`.'),
    ...setting('value.converter.replace.null.with.default', 'false', NULL_STAYS_NULL),
  ];
}

/**
 * The sinks' JSON: each record read with its flow's key and value schema, generated from the
 * catalogue (record-schemas.ts); a record that still carries its own schema is read with it.
 */
export function jsonWithCatalogueSchemas(schemas: ChangeRecordSchemas, why: string): Setting[] {
  return [
    ...setting('key.converter', CATALOGUE_JSON_CONVERTER, why),
    ...setting('key.converter.schema.content', JSON.stringify(schemas.key), "The key's schema: the source key column, with its Connect and logical type."),
    ...setting('value.converter', CATALOGUE_JSON_CONVERTER, 'See `key.converter`.'),
    ...setting(
      'value.converter.schema.content',
      JSON.stringify(schemas.value),
      "The change event's schema: the row before and after the change (the flow's carried columns, with their Connect and logical types, NULL allowed where the catalogue allows it) and the operation. Fields the JSON holds beyond it (other flows' columns, the source block) are not read.",
    ),
    ...setting('value.converter.replace.null.with.default', 'false', NULL_STAYS_NULL),
    ...setting(
      'header.converter',
      'org.apache.kafka.connect.storage.StringConverter',
      "Headers as the text the source wrote: Kafka's default header converter guesses types from text and would turn a comma-separated column list into a list, or a schema signature into something else.",
    ),
  ];
}
