import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { DataResource, ITerraformDependable, TerraformResource } from 'cdktf';

import { escapeTemplate } from '../terraform/literal';
import { DatabaseEndpoint } from './endpoint';

export interface SqlMigrationProps {
  /** the database the SQL runs in, as the stack's admin role */
  readonly endpoint: DatabaseEndpoint;
  /** idempotent SQL; re-run whenever it changes */
  readonly sql: string;
  readonly dependsOn?: ITerraformDependable[];
}

/** psql reads the SQL from an environment variable: no temporary file, no quoting of the SQL. */
const PSQL = 'printf \'%s\\n\' "$SMART_CDC_SQL" | psql -X -q -v ON_ERROR_STOP=1 --single-transaction';

const connection = (e: DatabaseEndpoint) => ({
  PGHOST: e.host,
  PGPORT: String(e.port),
  PGDATABASE: e.database,
  PGUSER: e.adminUser,
  PGSSLMODE: e.sslmode,
  ...(e.sslRootCert ? { PGSSLROOTCERT: e.sslRootCert } : {}),
});

/**
 * One step of versioned, idempotent SQL, applied with `psql` by a `terraform_data` resource's
 * local-exec provisioner. The SQL is the resource's input, so `cdktf diff` shows what changes.
 */
export class SqlMigration extends Construct {
  readonly resource: TerraformResource;
  readonly checksum: string;

  constructor(scope: Construct, id: string, props: SqlMigrationProps) {
    super(scope, id);
    this.checksum = createHash('sha256').update(props.sql).digest('hex');
    const e = props.endpoint;
    this.resource = new DataResource(this, 'apply', {
      input: { database: e.database, sha256: this.checksum },
      triggersReplace: { sha256: this.checksum },
      dependsOn: props.dependsOn,
      provisioners: [
        {
          type: 'local-exec',
          command: PSQL,
          environment: { ...connection(e), ...(e.adminPassword ? { PGPASSWORD: e.adminPassword } : {}), SMART_CDC_SQL: escapeTemplate(props.sql) },
        },
      ],
    });
  }
}

/**
 * SQL that runs when the stack is destroyed (a destroy-time provisioner), never on create or change.
 * Destroy-time provisioners may read only `self`, so the connection and the SQL are the resource's
 * input; a changed teardown updates the input in place and never runs it.
 */
export class SqlTeardown extends Construct {
  readonly resource: TerraformResource;

  constructor(scope: Construct, id: string, props: SqlMigrationProps) {
    super(scope, id);
    const e = props.endpoint;
    const input: Record<string, string> = { ...connection(e), ...(e.adminPassword ? { PGPASSWORD: e.adminPassword } : {}), SMART_CDC_SQL: escapeTemplate(props.sql) };
    this.resource = new DataResource(this, 'teardown', {
      input,
      dependsOn: props.dependsOn,
      provisioners: [
        {
          type: 'local-exec',
          when: 'destroy',
          command: PSQL,
          environment: Object.fromEntries(Object.keys(input).map((k) => [k, `\${self.input.${k}}`])),
        },
      ],
    });
  }
}
