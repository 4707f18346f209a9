import { EnvironmentStack, Pipeline, SecretVariable, sensitiveVariables } from './pipeline';
import { environmentRanger } from './ranger';
import { code, mapWithPlaceholders, placeholdersIn, secretPlaceholder, stableJson, table, withPlaceholders } from './render';

/**
 * The `config/` folder: per environment, what the stack deploys, as plain JSON for review and for
 * operators without Terraform. Secrets are `<secret:NAME>` placeholders for the sensitive Terraform
 * variable NAME (TF_VAR_NAME); see config/README.md.
 */

/** A connector as Kafka Connect's `POST /connectors` takes it; `config` alone is the body of `PUT /connectors/{name}/config`. */
export interface ExportedConnector {
  readonly name: string;
  readonly config: Record<string, string>;
}

/** The configuration the stack gives Kafka Connect: `config` and `config_sensitive` together, secrets as placeholders. */
export function exportedConnectors(e: EnvironmentStack): ExportedConnector[] {
  const all = [...e.stack.connect.sources, ...e.stack.connect.sinks].map((c) => ({
    name: c.props.name,
    config: { ...c.config, name: c.props.name },
    sensitive: c.sensitive,
  }));
  return all.map(({ name, config, sensitive }) => {
    const where = `${e.name}/${name}`;
    const open = mapWithPlaceholders(config, where);
    const secret = mapWithPlaceholders(sensitive, `${where} (sensitive)`);
    for (const k of Object.keys(secret)) if (k in open) throw new Error(`config export: ${where}: '${k}' is both sensitive and not`);
    return { name, config: { ...open, ...secret, name } };
  });
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
    return [
      `### \`${e.name}\``,
      '',
      `${e.env.description}. Connect REST: ${code(e.env.connect.url)}.`,
      '',
      rows.length ? table(['placeholder', 'value comes from', 'what it is', 'in'], rows) : '_No secret placeholders._',
    ].join('\n');
  });
  const example = p.environments.find((e) => e.stack.connect.sources.some((s) => Object.keys(s.sensitive).length > 0)) ?? p.environments[0];
  const exampleSource = example.stack.connect.sources.find((s) => Object.keys(s.sensitive).length > 0) ?? example.stack.connect.sources[0];
  const hashKey = Object.keys(exampleSource?.sensitive ?? {}).find((k) => k.startsWith('column.mask.hash.'));
  return `${GENERATED_NOTICE}
# Exported configuration

What the cdktf stacks deploy, per environment, as plain JSON: for review in pull requests and for
operators who configure Kafka Connect, Kafka or Ranger without Terraform. The files are generated from
the pipeline catalogue by \`npm run docs\`; a unit test fails when they differ from
what \`cdktf synth\` produces for the same stack, so edit the catalogue or the constructs, never these files.

| path | what | Terraform resource it mirrors |
|---|---|---|
| \`<env>/connectors/<connector>.json\` | a Kafka Connect connector: \`{ "name", "config" }\` (the body of \`POST /connectors\`; \`.config\` is the body of \`PUT /connectors/<connector>/config\`) | \`kafka-connect_connector\`: \`config\` and \`config_sensitive\` merged |
| \`<env>/topics.json\` | every topic of the pipeline: name, purpose, what writes it, partitions, replication factor, topic configs | \`kafka_topic\` |
| \`<env>/ranger/document.json\` | the whole Ranger document the stack applies: \`{ prefix, serviceDefinition, services, policies }\`, as \`scripts/ranger/apply.ts --document\` takes it | \`terraform_data\` of the governance layer (\`policies\`): its \`input\` |
| \`<env>/ranger/service-definition.json\` | the custom PostgreSQL service definition (resources database → schema → table → column, access types, \`dataMaskDef\` with the mask types); the same in every environment | same document, one object per file |
| \`<env>/ranger/services/<service>.json\` | one Ranger service per database and one of Ranger's built-in \`kafka\` type | same |
| \`<env>/ranger/policies/<policy>.json\` | one access policy per readable table, one masking policy per PII column, the Kafka topic and consumer-group policies of the Connect principal | same |

Ranger files exist only for environments that enable phase 3 (masking governance). They are in the shape of
Ranger's public REST API v2 (\`/service/public/v2/api/servicedef\`, \`/service\`, \`/policy\`).${
    [...files.values()].some((t) => t.includes('"*****"')) ? ' A `password` of `*****` is not a secret: Ranger Admin reads it as "keep the stored password".' : ''
  }

## Secrets are named placeholders

No file holds a secret. Where the stack passes a sensitive Terraform variable (\`\${var.NAME}\`, given as
\`TF_VAR_NAME\` at plan/apply time), the export writes \`<secret:NAME>\`. The stack puts every such
property in the connector's \`config_sensitive\`, which the provider keeps out of plan output.

The salt of the SENSITIVE-column hash is special: Debezium reads it from the property *name*
(${hashKey ? code(withPlaceholders(hashKey, 'readme')) : '`column.mask.hash.v2.SHA-256.with.salt.<secret:hash_salt>`'}), so the placeholder sits in a key, and the whole property is
sensitive. Substitute keys as well as values:

\`\`\`sh
# substitutes every <secret:NAME> in keys and values with $TF_VAR_NAME, then creates or updates the connector
jq 'def secrets: gsub("<secret:(?<n>[a-z0-9_]+)>"; env["TF_VAR_" + .n] // error("TF_VAR_\\(.n) is not set"));
    .config | with_entries(.key |= secrets | .value |= secrets)' \\
  config/${example.name}/connectors/${exampleSource?.props.name ?? '<connector>'}.json \\
| curl -fsS -X PUT -H 'Content-Type: application/json' --data @- \\
  ${example.env.connect.url}/connectors/${exampleSource?.props.name ?? '<connector>'}/config
\`\`\`

Where the Connect REST API requires authentication (\`connect.username\` in the environment), add
\`-u "<user>:$TF_VAR_connect_password"\` to \`curl\`. Applying connectors by hand does not create what they rely on (roles, grants, publication with row filters,
loop-prevention triggers, replication slot, topics): see docs/IMPLEMENTATION_GUIDE.md.

## Placeholders per environment

${perEnv.join('\n\n')}
`;
}

export const GENERATED_NOTICE =
  '<!-- Generated by scripts/docs/generate.ts from the pipeline catalogue and the stacks. Do not edit: run `npm run docs`. -->';
