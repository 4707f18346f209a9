import { setting, Setting } from './setting';

const JSON_CONVERTER = 'org.apache.kafka.connect.json.JsonConverter';

/** JSON with schemas: the JDBC sink needs the schema of every record, and no schema registry is required. */
export function jsonWithSchemas(why: string): Setting[] {
  return [
    ...setting('key.converter', JSON_CONVERTER, why),
    ...setting('key.converter.schemas.enable', 'true', 'See `key.converter`.'),
    ...setting('value.converter', JSON_CONVERTER, 'See `key.converter`.'),
    ...setting('value.converter.schemas.enable', 'true', 'See `key.converter`.'),
    ...setting(
      'value.converter.replace.null.with.default',
      'false',
      "A NULL stays NULL. Kafka's JsonConverter otherwise writes and reads a column's schema default in place of NULL, and Debezium gives a column with a function default (`DEFAULT now()`) the default 1970-01-01: a NULL `submitted_at` arrived as 1970-01-01 (found by the differential test).",
    ),
  ];
}
