import { createHash } from 'crypto';
import { Construct } from 'constructs';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { DataResource } from 'cdktf/lib/terraform-data-resource';
import { escapeTemplate } from '../bindings/terraform-literal';
import { DatabaseEndpoint } from './endpoint';

export interface SqlMigrationProps {
  /** the database the SQL runs in, as the stack's admin role */
  readonly endpoint: DatabaseEndpoint;
  /** idempotent SQL; re-run whenever it changes */
  readonly sql: string;
  readonly dependsOn?: ITerraformDependable[];
}


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
          command: 'printf \'%s\\n\' "$SMART_CDC_SQL" | psql -X -q -v ON_ERROR_STOP=1 --single-transaction',
          environment: {
            PGHOST: e.host,
            PGPORT: String(e.port),
            PGDATABASE: e.database,
            PGUSER: e.adminUser,
            PGSSLMODE: e.sslmode,
            ...(e.adminPassword ? { PGPASSWORD: e.adminPassword } : {}),
            SMART_CDC_SQL: escapeTemplate(props.sql),
          },
        },
      ],
    });
  }
}
