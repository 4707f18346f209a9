import { Construct } from 'constructs';
import { Aspects, LocalBackend, RemoteBackend, S3Backend, TerraformOutput, TerraformStack } from 'cdktf';
import { CatalogueView } from '../catalogue/derive';
import { Catalogue, DATABASE_IDS, DatabaseId } from '../catalogue/model';
import { EnvironmentConfig } from '../environments/schema';
import { MaskingGate } from '../constructs/aspects/masking-gate';
import { ConnectLayer } from '../constructs/connect/connect-layer';
import { DatabaseLayer } from '../constructs/database/database-layer';
import { GovernanceLayer, rangerEndpoint } from '../constructs/governance/governance-layer';
import { rangerMaskingCheck } from '../constructs/governance/ranger-gate';
import { DatabaseEndpoint } from '../constructs/database/endpoint';
import { DEV, DevEngines } from '../constructs/docker/dev-engines';
import { StreamingLayer } from '../constructs/streaming/streaming-layer';
import { Secrets } from './secrets';

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

  constructor(scope: Construct, props: CdcStackProps) {
    const { env, catalogue } = props;
    super(scope, env.name);
    const enabled = catalogue.flows.filter((f) => !env.disabledFlows.includes(f.name));
    this.view = new CatalogueView({ ...catalogue, flows: enabled }, env.phases);
    this.secrets = new Secrets(this);
    this.useBackend(env);

    const adminPassword = (id: DatabaseId) => this.secrets.ref(env.databases[id].adminPassword, `${id} database admin password`);
    if (env.runtime === 'docker') {
      this.engines = new DevEngines(this, 'engines', {
        env,
        databases: {
          warehouse: { name: this.view.database('warehouse').name, adminPassword: adminPassword('warehouse')! },
          citizen: { name: this.view.database('citizen').name, adminPassword: adminPassword('citizen')! },
        },
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
        adminUser: c.adminUser,
        adminPassword: adminPassword(id),
        capturePassword: this.secrets.ref(c.capturePassword, `${id} capture role password`),
        sinkPassword: this.secrets.ref(c.sinkPassword, `${id} sink role password`),
      };
    };
    const dbs = DATABASE_IDS.map(
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
    this.databases = Object.fromEntries(dbs) as Record<DatabaseId, DatabaseLayer>;

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
      hashSalt: this.secrets.require(env.hashSalt, 'salt of the SENSITIVE-column hash'),
      connectPassword: this.secrets.ref(env.connect.password, 'Kafka Connect REST password'),
      topics: new Map(this.streaming.topics.map((t) => [t.nameInput!, t])),
      dependsOn: this.engines ? [this.engines.connect] : undefined,
    });

    if (env.phases.includes(3)) {
      this.governance = new GovernanceLayer(this, 'governance', {
        view: this.view,
        env,
        adminPassword: this.secrets.require(rangerEndpoint(env).adminPassword, 'Ranger admin password'),
        dockerHost: this.engines?.host,
      });
    }

    this.gate = new MaskingGate(this.view);
    this.gate.addCheck(rangerMaskingCheck(this.view));
    Aspects.of(this).add(this.gate);

    new TerraformOutput(this, 'pipeline_version', { value: catalogue.version, description: 'semver of the pipeline catalogue' });
    new TerraformOutput(this, 'phases', { value: env.phases });
    new TerraformOutput(this, 'connectors', {
      value: [...this.connect.sources, ...this.connect.sinks].map((c) => c.props.name),
    });
    new TerraformOutput(this, 'replication_slots', { value: DATABASE_IDS.map((id) => this.databases[id].slotName) });
  }

  private useBackend(env: EnvironmentConfig): void {
    const b = env.backend;
    if (b.type === 'local') new LocalBackend(this, { path: `terraform.${env.name}.tfstate` });
    else if (b.type === 's3') {
      // S3-native state locking (a lock object beside the state): Terraform 1.11 deprecates dynamodb_table,
      // and cdktf 0.21's S3Backend predates the option
      new S3Backend(this, { bucket: b.bucket, key: b.key, region: b.region, encrypt: true }).addOverride('use_lockfile', true);
    }
    else new RemoteBackend(this, { hostname: b.hostname, organization: b.organization, workspaces: { name: b.workspace } });
  }
}
