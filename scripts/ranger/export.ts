/**
 * Exports an environment's Ranger document exactly as its stack would apply it, plus the catalogue
 * view it was derived from, as JSON files: the input of the Ranger policy-engine proof
 * (governance/ranger-engine) and of `apply.ts --document`.
 *
 *   npx tsx scripts/ranger/export.ts --env local --out build/ranger/local
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseArgs } from 'util';
import { App } from 'cdktf';
import { CatalogueView, qualified } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { assertCatalogue } from '../../catalogue/validate';
import { loadEnvironment } from '../../environments';
import { servicePayload } from '../../constructs/governance/policy-document';
import { RangerApplyDocument } from '../../constructs/governance/ranger-api';
import { connectPrincipal } from '../../constructs/governance/ranger-names';
import { EnvironmentConfig } from '../../environments/schema';
import { CdcStack } from '../../stacks/cdc-stack';

const USAGE = `usage: export.ts --env NAME --out DIR

Writes, for environment NAME, the Ranger document its stack applies and the catalogue view it
derives from:
  DIR/document.json     { prefix, serviceDefinition, services, policies } (apply.ts --document)
  DIR/servicedef.json   the custom PostgreSQL service definition
  DIR/services.json     the services, as sent to Ranger
  DIR/policies.json     the policies
  DIR/view.json         databases, tables, column classes, reader roles with their masks, change
                        topics and the Connect principal: what the policies must enforce
`;

/** The catalogue facts the policies must enforce, with the names the stack gives them. */
export function catalogueViewJson(view: CatalogueView, env: EnvironmentConfig) {
  return {
    environment: env.name,
    catalogueVersion: view.catalogue.version,
    databases: view.catalogue.databases.map((d) => ({
      id: d.id,
      name: d.name,
      service: view.rangerDatabaseService(env.name, d.id),
      tables: d.tables.map((t) => ({ schema: t.schema, name: t.name, qualified: qualified(t), columns: t.columns.map((c) => ({ name: c.name, class: c.class })) })),
    })),
    readers: view.catalogue.readers.map((r) => ({ name: r.name, database: r.database, tables: r.tables, masks: r.masks })),
    kafka: {
      service: view.rangerKafkaService(env.name),
      connectPrincipal: connectPrincipal(env),
      changeTopics: view.flows.map((f) => ({ flow: f.name, database: f.source.database, topic: view.changeTopic(f) })),
      topicPrefixes: view.sourceDatabases.map((db) => view.topicPrefix(db)),
    },
  };
}

/** The document and view of one environment, from the stack itself (so they are what it deploys). */
export function exportEnvironment(name: string): { document: RangerApplyDocument; view: ReturnType<typeof catalogueViewJson> } {
  assertCatalogue(SMART_CATALOGUE);
  const env = loadEnvironment(name, SMART_CATALOGUE);
  const stack = new CdcStack(new App({ skipValidation: true }), { catalogue: SMART_CATALOGUE, env });
  if (!stack.governance) throw new Error(`environment '${name}' does not enable phase 3 (masking governance): it has no Ranger document`);
  return { document: stack.governance.document, view: catalogueViewJson(stack.view, env) };
}

function main(argv: string[]): void {
  let args;
  try {
    args = parseArgs({ args: argv, options: { env: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (e) {
    console.error(`ranger export: ${(e as Error).message}\n${USAGE}`);
    process.exit(1);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (!args.env || !args.out) {
    console.error(`ranger export: --env and --out are required\n${USAGE}`);
    process.exit(1);
  }
  try {
    const { document, view } = exportEnvironment(args.env);
    mkdirSync(args.out, { recursive: true });
    const write = (f: string, v: unknown) => writeFileSync(join(args.out!, f), `${JSON.stringify(v, null, 2)}\n`);
    write('document.json', document);
    write('servicedef.json', document.serviceDefinition);
    write('services.json', document.services.map(servicePayload)); // as sent to Ranger
    write('policies.json', document.policies);
    write('view.json', view);
    console.log(`ranger export: ${args.env}: ${document.policies.length} policies, ${document.services.length} services → ${args.out}`);
  } catch (e) {
    console.error(`ranger export: ${(e as Error).message}`);
    process.exit(1);
  }
}

if (require.main === module) main(process.argv.slice(2));
