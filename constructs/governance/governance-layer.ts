import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { escapeDeep, escapeTemplate } from '../terraform/literal';
import { DataResource, ITerraformDependable, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable } from 'cdktf';

import { Container } from '@cdktf/provider-docker/lib/container';
import { CatalogueView } from '../../catalogue/derive';
import { EnvironmentConfig, SecretRef } from '../../environments/schema';
import { DockerHost } from '../docker/docker-host';
import { rangerApplyDocument } from './policy-document';
import { RangerApplyDocument } from './ranger-api';

/** How the stack reaches Ranger Admin. */
export interface RangerEndpoint {
  readonly url: string;
  readonly adminUser: string;
  readonly adminPassword: SecretRef;
}

/** Default Ranger admin password variable of dev when the environment has no `ranger` block. */
const DEV_PASSWORD: SecretRef = { variable: 'ranger_admin_password' };

/** The environment's Ranger: its `ranger` block, or (dev) the Ranger Admin container the stack creates. */
export function rangerEndpoint(env: EnvironmentConfig): RangerEndpoint {
  if (env.runtime === 'docker') {
    const port = env.docker!.ports.ranger;
    const r = env.ranger ?? { url: `http://localhost:${port}`, adminUser: 'admin', adminPassword: DEV_PASSWORD };
    const given = new URL(r.url);
    if (!['localhost', '127.0.0.1'].includes(given.hostname) || Number(given.port || 80) !== port)
      throw new Error(`environment '${env.name}': ranger.url '${r.url}' must be http://localhost:${port} (docker.ports.ranger), where the stack publishes Ranger Admin`);
    return r;
  }
  if (!env.ranger) throw new Error(`environment '${env.name}': ranger: required when phase 3 (masking governance) is enabled`);
  return env.ranger;
}

/**
 * Ranger 2.6's setup (security-admin/scripts/setup.sh, validateDefaultUsersPassword) refuses the admin
 * password unless it has at least 8 characters, an upper-case and a lower-case letter and a digit, and
 * none of " ` \\ ' — and then Ranger Admin never becomes healthy. The dev stack checks it first.
 */
export const RANGER_PASSWORD_RULE = 'at least 8 characters with an upper-case letter, a lower-case letter and a digit, and none of " ` \\ \'';

/** Why Ranger 2.6's setup would refuse this admin password, or undefined when it accepts it. */
export function rangerPasswordProblem(password: string): string | undefined {
  const ok = password.length >= 8 && /[A-Z]/.test(password) && /[a-z]/.test(password) && /[0-9]/.test(password) && !/["`\\']/.test(password);
  return ok ? undefined : `Ranger 2.6 requires the admin password to have ${RANGER_PASSWORD_RULE}`;
}

/** The same rule as a Terraform condition on the variable (checked at plan, before any container exists). */
const rangerPasswordCondition = (v: string) =>
  `\${length(var.${v}) >= 8 && can(regex("[A-Z]", var.${v})) && can(regex("[a-z]", var.${v})) && can(regex("[0-9]", var.${v})) && !can(regex("[\\"\x60'\\\\\\\\]", var.${v}))}`;

export interface GovernanceLayerProps {
  readonly view: CatalogueView;
  readonly env: EnvironmentConfig;
  /** `${var.…}` reference of the Ranger admin password (declares the sensitive variable) */
  readonly adminPassword: string;
  /** (dev) the Docker host on which Ranger Admin and its database run */
  readonly dockerHost?: DockerHost;
  readonly dependsOn?: ITerraformDependable[];
}

/** Project root relative to Terraform's working directory (cdktf.out/stacks/<stack>). */
const PROJECT_ROOT = '../../..';
const RUN = 'node --require tsx/cjs scripts/ranger/apply.ts';

/**
 * The masking-governance layer: Ranger's service definition, services and policies derived from
 * the catalogue, applied by `scripts/ranger/apply.ts` from two `terraform_data` resources:
 * - `policies` holds the full desired document as its input (so `cdktf diff` shows every policy
 *   change) and applies it whenever it changes (upsert by name, prune stale stack-owned policies);
 * - `owner` holds only what identifies the stack's objects and, at destroy, removes them. It is
 *   separate so that replacing `policies` on a change never runs the removal.
 * In dev it also runs Ranger Admin and its database as containers.
 */
export class GovernanceLayer extends Construct {
  readonly endpoint: RangerEndpoint;
  /** the environment whose Ranger this is */
  readonly environment: string;
  readonly document: RangerApplyDocument;
  readonly apply: TerraformResource;
  readonly owner: TerraformResource;
  readonly rangerDb?: Container;
  readonly ranger?: Container;

  constructor(scope: Construct, id: string, props: GovernanceLayerProps) {
    super(scope, id);
    const { env, view } = props;
    this.endpoint = rangerEndpoint(env);
    this.environment = env.name;
    this.document = rangerApplyDocument(view, env);
    const deps: ITerraformDependable[] = [...(props.dependsOn ?? [])];

    if (env.runtime === 'docker') {
      if (!props.dockerHost) throw new Error(`environment '${env.name}': the governance layer needs the Docker host of the dev engines`);
      const d = env.docker!;
      // the admin password must pass Ranger's setup rule: a validation of the sensitive variable, so
      // `cdktf deploy`/`diff` stop at plan, naming the rule, before any container exists (the value is
      // not known at synth: it comes from TF_VAR_<name> at plan time)
      const pwVar = this.endpoint.adminPassword.variable;
      const variable = TerraformStack.of(this).node.tryFindChild(pwVar);
      if (variable instanceof TerraformVariable)
        variable.addValidation({ condition: rangerPasswordCondition(pwVar), errorMessage: `${pwVar}: Ranger 2.6 requires the admin password to have ${RANGER_PASSWORD_RULE}.` });
      const dbName = `smart-cdc-${env.name}-ranger-db`;
      this.rangerDb = props.dockerHost.container('ranger-db', {
        name: dbName,
        image: d.images.rangerDb,
        // the image bakes a superuser password in (ENV POSTGRES_PASSWORD): set ours explicitly; the
        // Ranger container's setup uses the same one as db_root_password. (The rangeradmin role is
        // created by the image's init script, with the password of the image's install.properties.)
        env: [`POSTGRES_PASSWORD=${props.adminPassword}`],
        dataPath: '/var/lib/postgresql/data',
        // over TCP: the first-start server of the postgres image listens on the unix socket only
        healthcheck: ['CMD-SHELL', 'pg_isready -h 127.0.0.1 -U postgres -q'],
        startPeriod: '30s',
      });
      this.ranger = props.dockerHost.container('ranger', {
        name: `smart-cdc-${env.name}-ranger`,
        image: d.images.ranger,
        env: ['RANGER_DB_TYPE=postgres', `RANGER_DB_HOST=${dbName}`, `RANGER_ADMIN_PASSWORD=${props.adminPassword}`, `RANGER_DB_ROOT_PASSWORD=${props.adminPassword}`],
        // the image's setup reads install.properties: point it at our database container and set
        // the admin and database superuser passwords from the sensitive variable before the first setup runs
        command: [
          escapeTemplate(
            [
              'set -e',
              'f=/opt/ranger/admin/install.properties',
              '[ -f "$f" ] || { echo "ranger: $f not found in the image" >&2; exit 1; }',
              `awk '/^db_host=/{print "db_host=" ENVIRON["RANGER_DB_HOST"]; next} /^rangerAdmin_password=/{print "rangerAdmin_password=" ENVIRON["RANGER_ADMIN_PASSWORD"]; next} /^db_root_password=/{print "db_root_password=" ENVIRON["RANGER_DB_ROOT_PASSWORD"]; next} {print}' "$f" > /tmp/install.properties`,
              'cat /tmp/install.properties > "$f" && rm -f /tmp/install.properties',
              'exec /home/ranger/scripts/ranger.sh',
            ].join('\n'),
          ),
        ],
        ports: [{ host: d.ports.ranger, container: 6080 }],
        healthcheck: ['CMD-SHELL', `python3 -c "import urllib.request; urllib.request.urlopen('http://localhost:6080/login.jsp', timeout=4)"`],
        startPeriod: '300s',
        dependsOn: [this.rangerDb],
      });
      // the entrypoint is ours, whatever the image declares, so the patch above runs first
      this.ranger.addOverride('entrypoint', ['/bin/bash', '-c']);
      // the first start creates Ranger's schema: give it longer than the other engines
      this.ranger.addOverride('wait_timeout', 600);
      deps.push(this.ranger);
    }

    const passwordEnv = `TF_VAR_${this.endpoint.adminPassword.variable}`;
    const doc = this.document;
    this.owner = new DataResource(this, 'owner', {
      input: escapeDeep({
        url: this.endpoint.url,
        user: this.endpoint.adminUser,
        prefix: doc.prefix,
        serviceDefinition: { name: doc.serviceDefinition.name },
        services: doc.services.map((s) => ({ name: s.name, type: s.type })),
      }),
      dependsOn: deps,
      provisioners: [
        {
          type: 'local-exec',
          when: 'destroy',
          workingDir: PROJECT_ROOT,
          // a destroy-time provisioner may only read `self`; the password comes from the TF_VAR_
          // variable Terraform itself was given, never from the configuration
          command: `${RUN} --destroy --url '\${self.input.url}' --user '\${self.input.user}' --document-env SMART_CDC_RANGER_DOCUMENT --password-env ${passwordEnv}`,
          environment: { SMART_CDC_RANGER_DOCUMENT: '${jsonencode(self.input)}' },
        },
      ],
    });

    const checksum = createHash('sha256').update(JSON.stringify(doc)).digest('hex');
    this.apply = new DataResource(this, 'policies', {
      input: escapeDeep(doc),
      triggersReplace: { sha256: checksum },
      dependsOn: [this.owner],
      provisioners: [
        {
          type: 'local-exec',
          workingDir: PROJECT_ROOT,
          command: `${RUN} --url '${this.endpoint.url}' --user '${this.endpoint.adminUser}' --document-env SMART_CDC_RANGER_DOCUMENT --password-env ${passwordEnv}${env.runtime === 'docker' ? ' --wait 180' : ''}`,
          environment: { SMART_CDC_RANGER_DOCUMENT: '${jsonencode(self.input)}' },
        },
      ],
    });

    new TerraformOutput(this, 'ranger_policies', {
      staticId: true,
      value: doc.policies.map((p) => p.name),
      description: 'Ranger policies the stack owns (derived from the catalogue)',
    });
  }
}
