import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

/** The project's Connect plugin (connect-plugin/: the HashColumns transform), as the dev stack ships it. */
const PLUGIN_DIR = join(__dirname, '..', '..', 'connect-plugin');

/**
 * The jar `mvn -f connect-plugin/pom.xml package` builds, relative to the directory `cdktf deploy`
 * runs Terraform in (cdktf.out/stacks/<env>): read at apply time only.
 */
export const CONNECT_PLUGIN_JAR = '${path.module}/../../../connect-plugin/target/plugin/smart-cdc-connect.jar';

/** Where the Debezium Connect image looks for plugins: one directory per plugin. */
export const CONNECT_PLUGIN_TARGET = '/kafka/connect/smart-cdc-connect/smart-cdc-connect.jar';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * A hash of the plugin's sources (pom and src/): it changes exactly when the jar would, so the
 * container gets the new jar, and synthesis needs no build (nor a jar to hash).
 */
export function connectPluginSourceHash(): string {
  const h = createHash('sha256');
  for (const f of [join(PLUGIN_DIR, 'pom.xml'), ...files(join(PLUGIN_DIR, 'src'))].sort()) h.update(relative(PLUGIN_DIR, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}
