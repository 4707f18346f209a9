import { EnvironmentStack, Pipeline, SecretVariable, sensitiveVariables } from './pipeline';
import { environmentRanger } from './ranger';
import { alertRules, ruleFile } from '../../monitoring/alerts';
import { dashboard, dashboardFile } from '../../monitoring/dashboard';
import { isWorkerSecret, workerSecretName } from '../../constructs/connect/worker-secrets';
import { code, mapWithPlaceholders, placeholdersIn, secretPlaceholder, stableJson, table, withPlaceholders } from './render';

/**
 * The `config/` folder: per environment, what the stack deploys, as plain JSON for review and for
 * operators without Terraform. Connectors hold secrets only as worker secret references
 * (`${secrets:<dir>:<name>}`, resolved by the Connect worker); elsewhere secrets are `<secret:NAME>`
 * placeholders for the sensitive Terraform variable NAME (TF_VAR_NAME); see config/README.md.
 */

/** A connector as Kafka Connect's `POST /connectors` takes it; `config` alone is the body of `PUT /connectors/{name}/config`. */
export interface ExportedConnector {
  readonly name: string;
  readonly config: Record<string, string>;
}

/**
 * The configuration Kafka Connect receives, exactly: secrets in it are worker secret references,
 * which the export keeps as they are (they are what `GET /connectors/<name>/config` returns too).
 */
export function exportedConnectors(e: EnvironmentStack): ExportedConnector[] {
  return [...e.stack.connect.sources, ...e.stack.connect.sinks, e.stack.connect.supervisor].map((c) => {
    const where = `${e.name}/${c.props.name}`;
    for (const [k, v] of Object.entries(c.config))
      if ((k.includes('${') || v.includes('${')) && !isWorkerSecret(v)) throw new Error(`config export: ${where}: '${k}' holds an expression that is not a worker secret reference`);
    return { name: c.props.name, config: { ...c.config, name: c.props.name } };
  });
}

/** Worker secret names the connectors of an environment reference, with the connectors that do. */
function workerSecretsOf(e: EnvironmentStack): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of exportedConnectors(e))
    for (const v of Object.values(c.config)) {
      const n = workerSecretName(v);
      if (n) out.set(n, [...new Set([...(out.get(n) ?? []), c.name])]);
    }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export interface ExportedTopic {
  readonly name: string;
  readonly purpose: string;
  readonly origin: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config: Record<string, string>;
}

export function exportedTopics(e: EnvironmentStack): ExportedTopic[] {
  return e.stack.streaming.specs.map((s) => ({ ...s, config: mapWithPlaceholders(s.config, `${e.name}/topic ${s.name}`) }));
}

/** Relative path → content of every file under config/. */
export function configFiles(p: Pipeline): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of p.environments) {
    for (const c of exportedConnectors(e)) files.set(`config/${e.name}/connectors/${c.name}.json`, stableJson(c));
    files.set(`config/${e.name}/topics.json`, stableJson(exportedTopics(e)));
    const ranger = environmentRanger(e);
    if (ranger) {
      const json = (what: string, v: unknown) => withPlaceholders(stableJson(v), `${e.name}/ranger ${what}`);
      files.set(`config/${e.name}/ranger/document.json`, json('document', ranger));
      files.set(`config/${e.name}/ranger/service-definition.json`, json('service definition', ranger.serviceDefinition));
      for (const s of ranger.services) files.set(`config/${e.name}/ranger/services/${s.name}.json`, json(`service ${s.name}`, s));
      for (const pol of ranger.policies) files.set(`config/${e.name}/ranger/policies/${pol.name}.json`, json(`policy ${pol.name}`, pol));
    }
    if (e.env.phases.includes(4)) {
      files.set(`config/${e.name}/monitoring/alerts.rules.json`, ruleFile(alertRules(e.stack.view, e.env)));
      files.set(`config/${e.name}/monitoring/dashboard.json`, dashboardFile(dashboard(e.stack.view, e.env)));
    }
  }
  files.set('config/README.md', configReadme(p, files));
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

function configReadme(p: Pipeline, files: Map<string, string>): string {
  const perEnv = p.environments.map((e) => {
    const own = [...files.entries()].filter(([path]) => path.startsWith(`config/${e.name}/`));
    const vars = sensitiveVariables(e.stack);
    const used = (v: SecretVariable) =>
      own
        .filter(([, text]) => placeholdersIn(text).includes(v.name))
        .map(([path]) => code(path.slice(`config/${e.name}/`.length)))
        .join(', ');
    const rows = vars.filter((v) => used(v)).map((v) => [code(secretPlaceholder(v.name)), code(`TF_VAR_${v.name}`), v.description, used(v)]);
    const store = e.env.connect.secrets;
    const workerRows = [...workerSecretsOf(e).entries()].map(([n, cs]) => [code(`\${${store.provider}:${store.directory}:${n}}`), code(`${store.directory}/${n}`), cs.map((c) => code(`connectors/${c}.json`)).join(', ')]);
    return [
      `### \`${e.name}\``,
      '',
      `${e.env.description}. Connect REST: ${code(e.env.connect.url)}.`,
      '',
      workerRows.length ? table(['worker secret reference', 'file on every Connect worker', 'in'], workerRows) : '_No worker secret references._',
      '',
      rows.length ? table(['placeholder', 'value comes from', 'what it is', 'in'], rows) : '_No secret placeholders._',
    ].join('\n');
  });
  const example = p.environments.find((e) => e.name === 'staging') ?? p.environments[0];
  const exampleSource = example.stack.connect.sources.find((s) => s.hashedColumns.length > 0) ?? example.stack.connect.sources[0];
  return `${GENERATED_NOTICE}
# Exported configuration

What the cdktf stacks deploy, per environment, as plain JSON: for review in pull requests and for
operators who configure Kafka Connect, Kafka or Ranger without Terraform. The files are generated from
the pipeline catalogue by \`npm run docs\`<!-- not run here: writes docs/ and config/; the e2e test runs npm run docs:check, the same generation without writing -->; a unit test fails when they differ from
what \`cdktf synth\` produces for the same stack, so edit the catalogue or the constructs, never these files.

| path | what | Terraform resource it mirrors |
|---|---|---|
| \`<env>/connectors/<connector>.json\` | a Kafka Connect connector: \`{ "name", "config" }\` (the body of \`POST /connectors\`; \`.config\` is the body of \`PUT /connectors/<connector>/config\`) | \`kafka-connect_connector\`: \`config\` |
| \`<env>/topics.json\` | every topic of the pipeline: name, purpose, what writes it, partitions, replication factor, topic configs | \`kafka_topic\` |
| \`<env>/ranger/document.json\` | the whole Ranger document the stack applies: \`{ prefix, serviceDefinition, services, policies }\`, as \`scripts/ranger/apply.ts --document\` takes it | \`terraform_data\` of the governance layer (\`policies\`): its \`input\` |
| \`<env>/ranger/service-definition.json\` | the custom PostgreSQL service definition (resources database → schema → table → column, access types, \`dataMaskDef\` with the mask types); the same in every environment | same document, one object per file |
| \`<env>/ranger/services/<service>.json\` | one Ranger service per database and one of Ranger's built-in \`kafka\` type | same |
| \`<env>/ranger/policies/<policy>.json\` | one access policy per readable table, one masking policy per PII column, the Kafka topic and consumer-group policies of the Connect principal | same |
| \`<env>/monitoring/alerts.rules.json\` | the Prometheus alert rules (a rule file for \`rule_files\`; JSON is YAML): a group per flow, per source database and one for the pipeline, at the environment's \`monitoring\` bounds, each alert with a severity, a summary and the smart-cdc command that fixes it; they read the series of \`npx smart-cdc metrics <env> --listen <host:port>\`<!-- not run here: serves until stopped; the e2e suite runs it --> and of the brokers' and workers' JMX exporter agents (\`monitoring/jmx/\`), every target labelled \`environment="<env>"\` | none: the platform's Prometheus loads it (phase 4) |
| \`<env>/monitoring/dashboard.json\` | a Grafana dashboard (Grafana's dashboard JSON model, for file provisioning or import; it asks for a Prometheus data source): a row for the pipeline, one per source database, one per flow (throughput, sink lag, dead letters, task states), reading the same series as the alert rules | none: the platform's Grafana provisions it (phase 4) |

Ranger files exist only for environments that enable phase 3 (masking governance). They are in the shape of
Ranger's public REST API v2 (\`/service/public/v2/api/servicedef\`, \`/service\`, \`/policy\`).${
    [...files.values()].some((t) => t.includes('"*****"')) ? ' A `password` of `*****` is not a secret: Ranger Admin reads it as "keep the stored password".' : ''
  }

## No file holds a secret

**Connectors** hold secrets (database passwords, the salt of the SENSITIVE-column hash) only as
*worker secret references*, \`\${<provider>:<directory>:<name>}\`: Kafka Connect's
DirectoryConfigProvider on each worker reads the file \`<directory>/<name>\` when it starts the
connector or task. What Connect stores and returns (\`GET /connectors/<name>/config\`, \`/tasks\`,
its config topic) is the reference, never the value. The files are complete as they are: no
substitution is needed, and applying one by hand is just

<!-- not run here: needs staging's Connect REST API and its password -->
\`\`\`sh
jq .config config/${example.name}/connectors/${exampleSource?.props.name ?? '<connector>'}.json \\
| curl -fsS -X PUT -H 'Content-Type: application/json' --data @- -u "<user>:$TF_VAR_connect_password" \\
  ${example.env.connect.url}/connectors/${exampleSource?.props.name ?? '<connector>'}/config
\`\`\`

(\`-u\` where the Connect REST API requires authentication, i.e. \`connect.username\` is set.) The
workers must hold the referenced files: the tables below list them per environment.

**Elsewhere** (Ranger documents), where the stack passes a sensitive Terraform variable
(\`\${var.NAME}\`, given as \`TF_VAR_NAME\` at plan/apply time), the export writes \`<secret:NAME>\`.

Applying connectors by hand does not create what they rely on (roles, grants, publication with row filters,
loop-prevention triggers, replication slot, topics): see docs/IMPLEMENTATION_GUIDE.md.

## Secrets per environment

${perEnv.join('\n\n')}
`;
}

export const GENERATED_NOTICE =
  '<!-- Generated by scripts/docs/generate.ts from the pipeline catalogue and the stacks. Do not edit: run `npm run docs`. -->';
