import { Client } from 'pg';
import { appConnect, Db } from '../engines';
import { asOwner } from '../owner';
import { resolve, Txn } from './program';

export interface RunResult {
  /** statements the databases took (refused ones included) */
  readonly statements: number;
  readonly refused: number;
  /** transactions run again after PostgreSQL aborted them as a deadlock victim */
  readonly retried: number;
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
  // an application retries a transaction PostgreSQL aborted as a deadlock victim (the sink writes the same rows at once)
  let retried = 0;
  const transient = (e: unknown) => ['40P01', '40001'].includes((e as { code?: string }).code ?? '');
  const run = async (c: Client, db: Db, t: Txn): Promise<void> => {
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
          else if (!transient(e)) errors.push(`${db}: ${msg}: ${sql.length > 300 ? `${sql.slice(0, 300)}…` : sql}`);
          throw e;
        }
      }
      if (multi) await c.query(t.end === 'commit' ? 'COMMIT' : 'ROLLBACK');
    } catch (e) {
      if (multi) await c.query('ROLLBACK');
      throw e;
    }
  };
  const side = async (db: Db) => {
    const c: Client = await appConnect(db);
    try {
      for (const t of txns.filter((x) => x.db === db)) {
        for (let attempt = 1; ; attempt++) {
          try {
            await run(c, db, t);
            break;
          } catch (e) {
            if (!transient(e)) break;
            if (attempt === 5) {
              errors.push(`${db}: ${(e as Error).message} ${attempt} times in a row: ${t.statements.map((x) => resolve(x.sql, ns).slice(0, 200)).join('; ')}`);
              break;
            }
            retried++;
          }
        }
      }
    } finally {
      await c.end();
    }
  };
  await Promise.all([side('warehouse'), side('citizen')]);
  return { statements, refused, retried, errors };
}
