/** PostgreSQL sessions of the benchmark, one per (cluster, database, purpose), ended together. */
import { Client } from 'pg';
import { DatabaseId } from '../../catalogue/model';
import { pgConnect } from '../ops/clients';
import { PgTarget } from '../ops/context';

/**
 * The benchmark's writers stand for the applications: a login role with table grants only (no
 * privilege on the pipeline's cdc schema, not an owner, not superuser), granted by {@link Sessions.grantWriter}.
 */
export const BENCH_WRITER_ROLE = 'smart_cdc_bench_app';

export class Sessions {
  private readonly open = new Map<string, Promise<Client>>();

  constructor(private readonly targets: Record<DatabaseId, PgTarget>) {}

  /** A session on `database` of cluster `db` (default: the pipeline's database); `purpose` separates concurrent users. */
  get(db: DatabaseId, database = this.targets[db].database, purpose = 'main'): Promise<Client> {
    const k = `${db}/${database}/${purpose}`;
    let c = this.open.get(k);
    if (!c) {
      const user = purpose.startsWith('writer-') ? BENCH_WRITER_ROLE : this.targets[db].user;
      c = pgConnect({ ...this.targets[db], database, user }, 5_000, { statementTimeoutMs: 300_000, applicationName: 'smart-cdc-bench' }).then(async (client) => {
        // timestamps compare as text in the checksums: one zone on every session
        await client.query(`SET TimeZone = 'UTC'`);
        return client;
      });
      this.open.set(k, c);
    }
    return c;
  }

  async query<T = Record<string, unknown>>(db: DatabaseId, database: string | undefined, sql: string, params: unknown[] = []): Promise<T[]> {
    const c = await this.get(db, database);
    return (await c.query(sql, params)).rows as T[];
  }

  /** Lets the writers' role write `table` of `database` (and creates the role once per cluster). */
  async grantWriter(db: DatabaseId, database: string, table: string): Promise<void> {
    await this.query(db, database, `DO $$ BEGIN CREATE ROLE ${BENCH_WRITER_ROLE} LOGIN NOSUPERUSER NOINHERIT; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
    await this.query(db, database, `GRANT USAGE ON SCHEMA ${table.split('.')[0]} TO ${BENCH_WRITER_ROLE}`);
    await this.query(db, database, `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${BENCH_WRITER_ROLE}`);
  }

  /** Ends the sessions on one database (before it is dropped). */
  async close(db: DatabaseId, database: string): Promise<void> {
    for (const [k, c] of [...this.open]) {
      if (!k.startsWith(`${db}/${database}/`)) continue;
      this.open.delete(k);
      await (await c).end().catch(() => undefined);
    }
  }

  async closeAll(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map(async (c) => (await c.catch(() => undefined))?.end().catch(() => undefined)));
  }

  port(db: DatabaseId): number {
    return this.targets[db].port;
  }

  target(db: DatabaseId): PgTarget {
    return this.targets[db];
  }
}
