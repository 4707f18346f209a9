/**
 * The native path: PostgreSQL logical replication (publication + subscription) between the same
 * two clusters, in a scratch database on each, for the flows the benchmark drives.
 */
import { CatalogueView } from '../../catalogue/derive';
import { DatabaseId, FlowDef } from '../../catalogue/model';
import { createTableSql } from '../../constructs/database/sql';
import { Sessions } from './sessions';
import { NATIVE_DB, nativeName, nativePublicationSql, nativeRoute, nativeTargetSql, Route } from './workload';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The databases the flows read and write: the clusters the benchmark touches. */
export const flowDatabases = (flows: readonly FlowDef[]): DatabaseId[] => [...new Set(flows.flatMap((f) => [f.source.database, f.target.database]))];

/** Drops what a previous (perhaps interrupted) run left: subscriptions, slots, scratch databases. */
export async function teardownNative(s: Sessions, flows: readonly FlowDef[]): Promise<void> {
  const names = flows.map(nativeName);
  const dbs = flowDatabases(flows);
  for (const db of dbs) {
    const exists = await s.query(db, 'postgres', 'SELECT 1 FROM pg_database WHERE datname = $1', [NATIVE_DB]);
    if (!exists.length) continue;
    for (const r of await s.query<{ subname: string }>(db, NATIVE_DB, 'SELECT subname FROM pg_subscription WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())')) {
      // detach from the remote slot first: dropping it is done below, whether or not the publisher answers
      await s.query(db, NATIVE_DB, `ALTER SUBSCRIPTION ${r.subname} DISABLE`);
      await s.query(db, NATIVE_DB, `ALTER SUBSCRIPTION ${r.subname} SET (slot_name = NONE)`);
      await s.query(db, NATIVE_DB, `DROP SUBSCRIPTION ${r.subname}`);
    }
    await s.close(db, NATIVE_DB);
  }
  for (const db of dbs) {
    for (let i = 0; ; i++) {
      const ours = await s.query<{ slot_name: string; active: boolean }>(db, 'postgres', 'SELECT slot_name, active FROM pg_replication_slots WHERE slot_name = ANY($1)', [names]);
      if (ours.every((x) => !x.active)) {
        for (const x of ours) await s.query(db, 'postgres', 'SELECT pg_drop_replication_slot($1)', [x.slot_name]);
        break;
      }
      if (i > 100) throw new Error(`bench: replication slots ${ours.map((x) => x.slot_name)} on ${db} stay active`);
      await sleep(200);
    }
    await s.query(db, 'postgres', `DROP DATABASE IF EXISTS ${NATIVE_DB} WITH (FORCE)`);
  }
}

/** Scratch databases with each flow's source table (catalogue DDL), target table and publication. */
export async function prepareNative(s: Sessions, view: CatalogueView, flows: readonly FlowDef[]): Promise<void> {
  await teardownNative(s, flows);
  const dbs = flowDatabases(flows);
  for (const db of dbs) await s.query(db, 'postgres', `CREATE DATABASE ${NATIVE_DB}`);
  const ddl = new Map<DatabaseId, string[]>(dbs.map((d) => [d, []]));
  for (const flow of flows) {
    const route = nativeRoute(view, flow);
    const table = view.table(flow.source.database, flow.source.table);
    ddl.get(route.source.db)!.push(`CREATE SCHEMA IF NOT EXISTS ${table.schema}`, createTableSql(table), nativePublicationSql(flow, route.source.columns));
    ddl.get(route.target.db)!.push(`CREATE SCHEMA IF NOT EXISTS ${table.schema}`, nativeTargetSql(view, route));
  }
  for (const [db, statements] of ddl) for (const sql of statements) await s.query(db, NATIVE_DB, sql);
}

/**
 * Subscribes the target cluster to the route's publication. With `copyData` the subscription
 * first copies the table (native replication's initial snapshot), then streams.
 */
export async function subscribe(s: Sessions, route: Route, copyData: boolean): Promise<void> {
  const src = s.target(route.source.db);
  const name = nativeName(route.flow);
  const conn = `host=${src.host} port=${src.port} dbname=${NATIVE_DB} user=${src.user}`;
  await s.query(route.target.db, NATIVE_DB, `CREATE SUBSCRIPTION ${name} CONNECTION '${conn}' PUBLICATION ${name} WITH (copy_data = ${copyData})`);
}

/** True once the subscription's table is synchronised (initial copy done, streaming). */
export async function subscriptionReady(s: Sessions, route: Route): Promise<boolean> {
  const rows = await s.query<{ srsubstate: string }>(
    route.target.db,
    NATIVE_DB,
    `SELECT r.srsubstate FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = $1`,
    [nativeName(route.flow)],
  );
  return rows.length > 0 && rows.every((r) => r.srsubstate === 'r');
}
