import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The pipeline's own Kafka Connect plugin (connect-plugin/, Java): its jar must sit in the Connect
 * workers' plugin directory of the Debezium JDBC sink in every environment (local: the runtime
 * links it; dev: uploaded into the container; staging/prod: installed by the operators, checked by
 * `ops preflight`).
 */
const POM = join(__dirname, '..', '..', 'connect-plugin', 'pom.xml');

function pomVersion(): string {
  const m = /<artifactId>smart-cdc-connect<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(readFileSync(POM, 'utf8'));
  if (!m) throw new Error(`connect-plugin/pom.xml: no version of smart-cdc-connect`);
  return m[1];
}

export const PLUGIN_VERSION = pomVersion();
export const PLUGIN_JAR_NAME = `smart-cdc-connect-${PLUGIN_VERSION}.jar`;
/** The built jar, relative to the repository root (`mvn -f connect-plugin/pom.xml package`). */
export const PLUGIN_JAR = `connect-plugin/target/${PLUGIN_JAR_NAME}`;
