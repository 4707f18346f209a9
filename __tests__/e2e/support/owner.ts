import { Client } from 'pg';
import { Db, LOCAL, query, withDb } from './engines';

/**
 * The role that owns an application's tables and runs its migrations: NOLOGIN, not a superuser, no
 * privilege on the pipeline's cdc schema. Created by the test fixtures, never by the stack. A test hands
 * it the tables it needs (handToOwner) and gives them back to the admin that created them (takeBack);
 * its statements run in a session switched to it (asOwner), so PostgreSQL checks them as it would a
 * migration of the application's.
 */
export const OWNER_ROLE: Record<Db, string> = { warehouse: 'smart_registry_owner', citizen: 'smart_portal_owner' };

export async function handToOwner(db: Db, tables: readonly string[]): Promise<void> {
  const owner = OWNER_ROLE[db];
  await query(db, `DO $$ BEGIN CREATE ROLE ${owner} NOLOGIN NOSUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
  for (const s of new Set(tables.map((t) => t.split('.')[0]))) await query(db, `GRANT USAGE, CREATE ON SCHEMA ${s} TO ${owner}`);
  for (const t of tables) await query(db, `ALTER TABLE ${t} OWNER TO ${owner}`);
}

export async function takeBack(db: Db, tables: readonly string[]): Promise<void> {
  for (const t of tables) await query(db, `ALTER TABLE ${t} OWNER TO ${LOCAL[db].user}`);
}

/** A session as the tables' owner. */
export const asOwner = <T>(db: Db, f: (c: Client) => Promise<T>): Promise<T> =>
  withDb(db, async (c) => {
    await c.query(`SET ROLE ${OWNER_ROLE[db]}`);
    return f(c);
  });
