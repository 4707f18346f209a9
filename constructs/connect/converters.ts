/** JSON with schemas: the JDBC sink needs the schema of every record, and no schema registry is required. */
export const JSON_WITH_SCHEMAS: Record<string, string> = {
  'key.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'key.converter.schemas.enable': 'true',
  'value.converter': 'org.apache.kafka.connect.json.JsonConverter',
  'value.converter.schemas.enable': 'true',
};
