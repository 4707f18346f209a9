import { Client } from 'pg';
import { appConnect, Db } from '../engines';
import { asOwner } from '../owner';
import { resolve, Txn } from './program';

export interface RunResult {
  /** statements the databases took (refused ones included) */
  readonly statements: number;
  readonly refused: number;
  /** what went wrong that should not have: an error the stack must not cause, or a refusal that did not come */
  readonly errors: readonly string[];
}

/**
 * Runs a program's transactions in the run `ns`: each database's in order, in its own application
 * session, the two databases at the same time (the shared fields are written on both sides at once).
 */
export async function execute(txns: readonly Txn[], ns: string): Promise<RunResult> {
  let statements = 0;
  let refused = 0;
  const errors: string[] = [];
  const side = async (db: Db) => {
    const c: Client = await appConnect(db);
    try {
      for (const t of txns.filter((x) => x.db === db)) {
        const multi = t.statements.length > 1 || t.end === 'rollback';
        if (multi) await c.query('BEGIN');
        try {
          for (const s of t.statements) {
            const sql = resolve(s.sql, ns);
            statements++;
            try {
              // a TRUNCATE is a maintenance job's, run as the tables' owner (the application holds no TRUNCATE grant)
              if (s.refused) await asOwner(db, (o) => o.query(sql));
              else await c.query(sql);
              if (s.refused) errors.push(`${db}: not refused: ${sql}`);
            } catch (e) {
              const msg = (e as Error).message;
              if (s.refused?.test(msg)) refused++;
              else errors.push(`${db}: ${msg}: ${sql.length > 300 ? `${sql.slice(0, 300)}…` : sql}`);
              throw e;
            }
          }
          if (multi) await c.query(t.end === 'commit' ? 'COMMIT' : 'ROLLBACK');
        } catch {
          if (multi) await c.query('ROLLBACK');
        }
      }
    } finally {
      await c.end();
    }
  };
  await Promise.all([side('warehouse'), side('citizen')]);
  return { statements, refused, errors };
}
