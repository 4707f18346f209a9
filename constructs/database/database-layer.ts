import { Construct } from 'constructs';
import { ITerraformDependable } from 'cdktf';
import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { Role } from '@cdktf/provider-postgresql/lib/role';
import { Grant } from '@cdktf/provider-postgresql/lib/grant';
import { ReplicationSlot } from '@cdktf/provider-postgresql/lib/replication-slot';
import { CAPTURE_ROLE, CatalogueView, HEARTBEAT_TABLE, SIGNAL_TABLE, SINK_ROLE } from '../../catalogue/derive';
import { DatabaseEndpoint } from './endpoint';
import { SqlMigration, SqlTeardown } from './sql-migration';
import { captureSupportSql, carriedColumnsSql, flowShapesSql, publicationSql, referenceSchemaSql, teardownSql, versionedSql } from './sql';

export interface DatabaseLayerProps {
  readonly view: CatalogueView;
  readonly endpoint: DatabaseEndpoint;
  /**
   * create the catalogue's reference tables (databases the stack itself creates)
   * @default false
   */
  readonly createReferenceSchema?: boolean;
  /** resources the database needs before the stack can connect (dev containers) */
  readonly dependsOn?: ITerraformDependable[];
}

/** A role the layer grants privileges to: its Terraform resource when the stack creates it. */
interface Grantee {
  /** construct id prefix of its grants (kept stable: Terraform addresses) */
  readonly id: string;
  readonly name: string;
  readonly role?: Role;
}

/**
 * One PostgreSQL database of the pipeline: support schema, loop-prevention and last-writer-wins
 * triggers, a capture role and a sink role with least privilege, the publication of the tables
 * leaving it, and the logical replication slot of its source connector.
 */
export class DatabaseLayer extends Construct {
  readonly endpoint: DatabaseEndpoint;
  readonly captureRole = CAPTURE_ROLE;
  readonly sinkRole = SINK_ROLE;
  readonly publicationName: string;
  readonly slotName: string;
  /** everything a connector needs to exist before it starts */
  readonly ready: ITerraformDependable[] = [];
  private readonly provider: PostgresqlProvider;
  private readonly schemaReady: ITerraformDependable[];
  /** what grants wait for: the teardown, so that `destroy` revokes them before it drops the tables */
  private readonly granted: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: DatabaseLayerProps) {
    super(scope, id);
    const { view, endpoint: e } = props;
    this.endpoint = e;
    this.publicationName = view.publicationName(e.id);
    this.slotName = view.slotName(e.id);
    this.provider = new PostgresqlProvider(this, 'provider', {
      alias: e.id,
      host: e.host,
      port: e.port,
      database: e.database,
      username: e.adminUser,
      password: e.adminPassword,
      sslmode: e.sslmode,
      sslrootcert: e.sslRootCert,
      superuser: false,
      connectTimeout: 15,
    });

    // Versioned SQL in order: reference tables (local/dev), sql/V*.sql, then catalogue-derived support.
    let previous: ITerraformDependable[] = props.dependsOn ?? [];
    const step = (name: string, sql: string) => {
      const m = new SqlMigration(this, name, { endpoint: e, sql, dependsOn: previous });
      previous = [m.resource];
      return m;
    };
    if (props.createReferenceSchema) step('reference-schema', referenceSchemaSql(view, e.id));
    for (const v of versionedSql()) step(v.name, v.sql);
    step('capture-support', captureSupportSql(view, e.id, SINK_ROLE));
    step('carried-columns', carriedColumnsSql(view, e.id));
    this.schemaReady = previous;

    const capture = e.captureRole === 'platform' ? undefined : new Role(this, 'capture-role', {
      provider: this.provider,
      name: CAPTURE_ROLE,
      login: true,
      replication: true,
      superuser: false,
      createDatabase: false,
      createRole: false,
      password: e.capturePassword,
      dependsOn: this.schemaReady,
    });
    const sink = new Role(this, 'sink-role', {
      provider: this.provider,
      name: SINK_ROLE,
      login: true,
      replication: false,
      superuser: false,
      createDatabase: false,
      createRole: false,
      password: e.sinkPassword,
      dependsOn: this.schemaReady,
    });

    const captured = view.capturedTables(e.id);
    const publication = step('publication', publicationSql(view, e.id));
    // The publication must exist before the slot: pgoutput looks it up as of the slot's start.
    const slot = captured.length
      ? new ReplicationSlot(this, 'slot', {
          provider: this.provider,
          name: this.slotName,
          plugin: 'pgoutput',
          database: e.database,
          dependsOn: [publication.resource],
        })
      : undefined;
    // After the slot: on the first deploy a flow whose source table is empty is owed no first copy,
    // because every row written from then on arrives through the slot (sql/V005).
    const shapes = new SqlMigration(this, 'flow-shapes', { endpoint: e, sql: flowShapesSql(view, e.id), dependsOn: [slot ?? publication.resource] });
    // destroy order: connectors (they depend on the grants) → grants → teardown → roles, slot, publication
    const teardown = new SqlTeardown(this, 'teardown', {
      endpoint: e,
      sql: teardownSql(view, e.id, { slotName: this.slotName, referenceSchema: !!props.createReferenceSchema }),
      dependsOn: [slot ?? publication.resource, ...(capture ? [capture] : []), sink],
    });
    this.granted = [teardown.resource];

    const captureGrantee: Grantee = { id: 'capture-role', name: CAPTURE_ROLE, ...(capture ? { role: capture } : {}) };
    const sinkGrantee: Grantee = { id: 'sink-role', name: SINK_ROLE, role: sink };
    const grants = [
      ...this.grantTables(captureGrantee, captured, ['SELECT']),
      // heartbeat.action.query upserts its row; incremental snapshots write watermark signals
      ...this.grantTables(captureGrantee, [HEARTBEAT_TABLE, SIGNAL_TABLE], ['SELECT', 'INSERT', 'UPDATE']),
      ...this.grantTables(sinkGrantee, view.targetTables(e.id), ['SELECT', 'INSERT', 'UPDATE', 'DELETE']),
    ];
    // No grant on the cdc schema for the sink: it reads and writes only its target tables, and the
    // triggers it fires there are SECURITY DEFINER (constructs/database/sql.ts), running as their owner.

    this.ready.push(...(capture ? [capture] : []), sink, ...grants, publication.resource, ...(slot ? [slot] : []), shapes.resource, teardown.resource);
  }

  /**
   * Table privileges for a role, plus USAGE on the schemas holding them. The provider manages one
   * grant per role, schema and object type, so each call must cover whole schemas for its role.
   */
  private grantTables(role: Grantee, tables: string[], privileges: string[]): Grant[] {
    const bySchema = new Map<string, string[]>();
    for (const t of tables) {
      const [schema, name] = t.split('.');
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), name]);
    }
    return [...bySchema.entries()].flatMap(([schema, names]) => {
      // plain names, not references: ordering comes from depends_on
      const usage = this.schemaUsage(role, schema);
      const id = `${role.id}-${schema}-${privileges.join('-').toLowerCase()}`;
      const table = this.chained((after) => new Grant(this, id, { provider: this.provider, database: this.endpoint.database, role: role.name, schema, objectType: 'table', objects: names, privileges, dependsOn: [...(role.role ? [role.role] : []), ...this.granted, ...after] }));
      return [usage, table].filter((g): g is Grant => !!g);
    });
  }

  private readonly usage = new Map<string, Grant>();
  /** USAGE on a schema, once per role and schema. */
  private schemaUsage(role: Grantee, schema: string): Grant | undefined {
    const key = `${role.id}-${schema}`;
    if (this.usage.has(key)) return undefined;
    const g = this.chained((after) => new Grant(this, `${key}-usage`, {
      provider: this.provider,
      database: this.endpoint.database,
      role: role.name,
      schema,
      objectType: 'schema',
      privileges: ['USAGE'],
      dependsOn: [...(role.role ? [role.role] : []), ...this.granted, ...after],
    }));
    this.usage.set(key, g);
    return g;
  }

  private lastGrant?: Grant;
  /**
   * Grants of one database apply one after another: the provider's concurrent GRANT/REVOKE on the
   * same catalog rows fail with "tuple concurrently updated" (seen on `cdktf deploy local`).
   */
  private chained(create: (after: Grant[]) => Grant): Grant {
    this.lastGrant = create(this.lastGrant ? [this.lastGrant] : []);
    return this.lastGrant;
  }
}

