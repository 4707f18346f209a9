import { Construct } from 'constructs';
import { localBackendPath } from '../runtime/state-dir';
import { Aspects, LocalBackend, RemoteBackend, S3Backend, TerraformOutput, TerraformStack } from 'cdktf';
import { CatalogueView } from '../catalogue/derive';
import { Catalogue, DatabaseId } from '../catalogue/model';
import { EnvironmentConfig } from '../environments/schema';
import { MaskingGate } from '../constructs/aspects/masking-gate';
import { ConnectLayer } from '../constructs/connect/connect-layer';
import { DatabaseLayer } from '../constructs/database/database-layer';
import { GovernanceLayer, rangerEndpoint } from '../constructs/governance/governance-layer';
import { DatabaseEndpoint } from '../constructs/database/endpoint';
import { DEV, DevEngines } from '../constructs/docker/dev-engines';
import { DevPrometheus } from '../constructs/docker/dev-monitoring';
import { StreamingLayer } from '../constructs/streaming/streaming-layer';
import { HASH_SALT_SECRET } from '../constructs/connect/worker-secrets';
import { Secrets } from './secrets';
import { pinProviderVersions } from '../constructs/terraform/pinned-providers';

export interface CdcStackProps {
  readonly catalogue: Catalogue;
  /** validated environment configuration; the stack is named after it */
  readonly env: EnvironmentConfig;
}

/**
 * The whole pipeline for one environment: database, streaming and connect layers derived from the
 * catalogue (the governance layer joins them with Ranger), guarded by the masking gate.
 */
export class CdcStack extends TerraformStack {
  readonly view: CatalogueView;
  readonly databases: Record<DatabaseId, DatabaseLayer>;
  readonly streaming: StreamingLayer;
  readonly connect: ConnectLayer;
  readonly gate: MaskingGate;
  /** phase 3: Ranger service definition, services and policies */
  readonly governance?: GovernanceLayer;
  readonly secrets: Secrets;
  readonly engines?: DevEngines;
  /** dev with phase 4: Prometheus with the alert rules, scraping the engines and the exporter */
  readonly prometheus?: DevPrometheus;

  constructor(scope: Construct, props: CdcStackProps) {
    const { env, catalogue } = props;
    super(scope, env.name);
    const enabled = catalogue.flows.filter((f) => !env.disabledFlows.includes(f.name));
    this.view = new CatalogueView({ ...catalogue, flows: enabled }, env.phases);
    this.secrets = new Secrets(this);
    this.useBackend(env);

    const adminPassword = (id: DatabaseId) => this.secrets.ref(env.databases[id].adminPassword, `${id} database admin password`);
    const capturePassword = (id: DatabaseId) => this.secrets.ref(env.databases[id].capturePassword, `${id} capture role password`);
    const sinkPassword = (id: DatabaseId) => this.secrets.ref(env.databases[id].sinkPassword, `${id} sink role password`);
    if (env.runtime === 'docker') {
      // the stack owns this Connect worker, so it also fills its secret storage (file name = secret name)
      const workerSecrets: Record<string, string> = { [HASH_SALT_SECRET]: this.secrets.require(env.hashSalt!, 'salt of the SENSITIVE-column hash') };
      for (const id of this.view.databaseIds) {
        const c = env.databases[id];
        if (c.capturePassword) workerSecrets[c.capturePassword.variable] = capturePassword(id)!;
        if (c.sinkPassword) workerSecrets[c.sinkPassword.variable] = sinkPassword(id)!;
      }
      this.engines = new DevEngines(this, 'engines', {
        env,
        workerSecrets,
        databases: Object.fromEntries(this.view.databaseIds.map((id) => [id, { name: this.view.database(id).name, adminPassword: adminPassword(id)!, port: env.databases[id].port }])),
      });
    }

    const endpoint = (id: DatabaseId): DatabaseEndpoint => {
      const c = env.databases[id];
      const inNetwork = env.runtime === 'docker' ? DEV.database(id) : { host: c.host, port: c.port };
      return {
        id,
        database: this.view.database(id).name,
        host: c.host,
        port: c.port,
        connectHost: inNetwork.host,
        connectPort: inNetwork.port,
        sslmode: c.sslmode,
        sslRootCert: c.sslRootCert,
        captureRole: c.captureRole,
        adminUser: c.adminUser,
        adminPassword: adminPassword(id),
        capturePassword: capturePassword(id),
        sinkPassword: sinkPassword(id),
      };
    };
    const dbs = this.view.databaseIds.map(
      (id) =>
        [
          id,
          new DatabaseLayer(this, `database-${id}`, {
            view: this.view,
            endpoint: endpoint(id),
            createReferenceSchema: env.runtime !== 'external',
            dependsOn: this.engines ? [this.engines.databases[id]] : undefined,
          }),
        ] as const,
    );
    this.databases = Object.fromEntries(dbs);

    const sec = env.kafka.security;
    this.streaming = new StreamingLayer(this, 'streaming', {
      view: this.view,
      env,
      saslPassword: sec.protocol === 'SASL_SSL' ? this.secrets.require(sec.password, 'Kafka SASL password') : undefined,
      dependsOn: this.engines ? [this.engines.kafka] : undefined,
    });

    this.connect = new ConnectLayer(this, 'connect', {
      view: this.view,
      env,
      databases: this.databases,
      connectPassword: this.secrets.ref(env.connect.password, 'Kafka Connect REST password'),
      topics: new Map(this.streaming.topics.map((t) => [t.nameInput!, t])),
      dependsOn: this.engines ? [this.engines.connect] : undefined,
      connectInternalUrl: this.engines ? DEV.connectRest : undefined,
    });

    if (env.phases.includes(3)) {
      this.governance = new GovernanceLayer(this, 'governance', {
        view: this.view,
        env,
        adminPassword: this.secrets.require(rangerEndpoint(env).adminPassword, 'Ranger admin password'),
        dockerHost: this.engines?.host,
      });
    }

    if (this.engines && env.phases.includes(4)) {
      this.prometheus = new DevPrometheus(this, 'prometheus', { view: this.view, env, host: this.engines.host, dependsOn: [this.engines.kafka, this.engines.connect] });
    }

    this.gate = new MaskingGate(this.view);
    Aspects.of(this).add(this.gate);

    new TerraformOutput(this, 'pipeline_version', { value: catalogue.version, description: 'semver of the pipeline catalogue' });
    new TerraformOutput(this, 'phases', { value: env.phases });
    new TerraformOutput(this, 'connectors', {
      value: [...this.connect.sources, ...this.connect.sinks, this.connect.supervisor].map((c) => c.props.name),
    });
    new TerraformOutput(this, 'replication_slots', { value: this.view.databaseIds.map((id) => this.databases[id].slotName) });
    pinProviderVersions(this);
  }

  private useBackend(env: EnvironmentConfig): void {
    const b = env.backend;
    if (b.type === 'local') new LocalBackend(this, { path: localBackendPath(env.name, b.withRuntime) });
    else if (b.type === 's3') {
      // S3-native state locking (a lock object beside the state): Terraform 1.11 deprecates dynamodb_table,
      // and cdktf 0.21's S3Backend predates the option
      new S3Backend(this, { bucket: b.bucket, key: b.key, region: b.region, encrypt: true }).addOverride('use_lockfile', true);
    }
    else new RemoteBackend(this, { hostname: b.hostname, organization: b.organization, workspaces: { name: b.workspace } });
  }
}
