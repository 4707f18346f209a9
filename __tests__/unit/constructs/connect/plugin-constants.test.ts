import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE_JSON_CONVERTER } from '../../../../constructs/connect/converters';
import { CARRIED_SCHEMA_CLASS, EXACT_VALUES_CLASS, INEXACT_HEADER, SCHEMA_HEADER, UNCHANGED_TOAST } from '../../../../constructs/connect/transforms';

/** The names the stack's configurations and the Connect plugin (Java) must agree on. */
const java = (cls: string) => readFileSync(join(__dirname, '../../../../connect-plugin/src/main/java', `${cls.replace(/\./g, '/')}.java`), 'utf8');

describe('constants shared with connect-plugin/', () => {
  it('ExactValues: its class, the header it flags in, the marker of a value PostgreSQL did not send', () => {
    const src = java(EXACT_VALUES_CLASS);
    expect(src).toContain(`public static final String HEADER = "${INEXACT_HEADER}";`);
    expect(src).toContain(`public static final String UNCHANGED_TOAST = "${UNCHANGED_TOAST}";`);
    expect(readFileSync(join(__dirname, '../../../../connect-plugin/src/main/resources/META-INF/services/org.apache.kafka.connect.transforms.Transformation'), 'utf8')).toContain(EXACT_VALUES_CLASS);
  });

  it('CarriedSchema and CatalogueJsonConverter: their classes, in the service manifests the workers discover them by, and the header', () => {
    const services = (kind: string) => readFileSync(join(__dirname, '../../../../connect-plugin/src/main/resources/META-INF/services', kind), 'utf8');
    java(CARRIED_SCHEMA_CLASS);
    expect(java('smart.cdc.connect.SchemaSignature')).toContain(`static final String HEADER = "${SCHEMA_HEADER}";`);
    expect(services('org.apache.kafka.connect.transforms.Transformation')).toContain(CARRIED_SCHEMA_CLASS);
    java(CATALOGUE_JSON_CONVERTER);
    expect(services('org.apache.kafka.connect.storage.Converter')).toContain(CATALOGUE_JSON_CONVERTER);
  });
});
