import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CatalogueView, filterSql, HEARTBEAT_TABLE, ORIGIN_APP, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, qualified, SIGNAL_TABLE, SUPPORT_SCHEMA } from '../../catalogue/derive';
import { ColumnDef, DatabaseId, SharedField, TableDef } from '../../catalogue/model';

/** SQL derived from the catalogue. Every statement is idempotent: the stack re-applies it on change. */

const SQL_DIR = join(__dirname, '..', '..', 'sql');

/** The versioned SQL of sql/V*.sql, in the order the stack applies it (before the catalogue-derived SQL). */
export function versionedSql(): Array<{ name: string; sql: string }> {
  return readdirSync(SQL_DIR)
    .filter((f) => /^V\d+__.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ''), sql: readFileSync(join(SQL_DIR, f), 'utf8') }));
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Reference tables of the data model, for environments whose databases the stack creates (local, dev). */
export function referenceSchemaSql(view: CatalogueView, db: DatabaseId): string {
  const tables = view.database(db).tables;
  const schemas = [...new Set(tables.map((t) => t.schema))];
  return [
    ...schemas.map((s) => `CREATE SCHEMA IF NOT EXISTS ${s};`),
    ...tables.map(createTableSql),
    // a column the catalogue gained since the table was created: a deploy that carries a new field adds it
    ...tables.flatMap((t) => t.columns.filter((c) => !c.primaryKey).map((c) => `ALTER TABLE ${qualified(t)} ADD COLUMN IF NOT EXISTS ${columnSql(c)};`)),
  ].join('\n');
}

/** CREATE TABLE of a catalogue table (also the benchmark's native-replication source). */
export function createTableSql(t: TableDef): string {
  return `CREATE TABLE IF NOT EXISTS ${qualified(t)} (\n${t.columns.map((c) => `  ${columnSql(c)}`).join(',\n')}\n);`;
}

function columnSql(c: ColumnDef): string {
  const parts = [c.name, c.type];
  if (c.primaryKey) parts.push('PRIMARY KEY');
  else if (c.nullable === false) parts.push('NOT NULL');
  if (c.default) parts.push(`DEFAULT ${c.default}`);
  if (c.allowed) parts.push(`CHECK (${c.name} IN (${c.allowed.map(lit).join(', ')}))`);
  return parts.join(' ');
}

/** Comparisons named in pg_catalog: no operator on the writer's search_path can stand in for them. */
const EQ = 'OPERATOR(pg_catalog.=)';
const NE = 'OPERATOR(pg_catalog.<>)';
const guardFunction = (table: string) => `cdc.guard_${table.replace('.', '_')}`;

/**
 * Loop prevention and last-writer-wins support on the tables sinks write:
 * - tables that are also captured get an origin column stamped by a trigger ('sink' for sink roles),
 *   which the source connector's Filter drops;
 * - shared fields keep the newer (version, value) pair whatever order changes arrive in;
 * - filtered source tables get REPLICA IDENTITY FULL (PostgreSQL rejects UPDATEs otherwise).
 */
export function captureSupportSql(view: CatalogueView, db: DatabaseId, sinkRole: string): string {
  const out: string[] = [];
  const guarded = new Set(view.echoGuardedTables(db));
  for (const table of view.targetTables(db)) {
    const shared = view.sharedFieldsOf(db, table);
    const marks = guarded.has(table);
    if (!marks && shared.length === 0) continue;
    if (marks) out.push(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${ORIGIN_COLUMN} text;`);
    out.push(
      shared.length
        ? // runs as its owner (the stack's admin) whoever writes the table: the applications' roles need no
          // privilege on the cdc schema (the clock); search_path pinned so no one's objects can stand in for pg_catalog's
          `CREATE OR REPLACE FUNCTION ${guardFunction(table)}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cdc AS $fn$`
        : // refers to nothing in the cdc schema, so it runs as the writer, and without a search_path of its own
          // (set and reset around every call: 1 µs of the target's CPU per row), every operator named in pg_catalog
          `CREATE OR REPLACE FUNCTION ${guardFunction(table)}() RETURNS trigger LANGUAGE plpgsql AS $fn$`,
      'DECLARE',
      // by login role, never by a column value. The role's name inline, not looked up in a table: a query
      // per row (and a function with its own search_path) cost 3 µs of the target's CPU per row written
      `  from_sink boolean := session_user ${EQ} ${lit(sinkRole)};`,
      'BEGIN',
      // a sink's write over a row the application wrote keeps that fact (NULL: a row from before the pipeline, the application's)
      ...(marks
        ? [
            `  NEW.${ORIGIN_COLUMN} := CASE WHEN NOT from_sink THEN ${lit(ORIGIN_APP)} WHEN TG_OP ${EQ} 'UPDATE' AND (OLD.${ORIGIN_COLUMN} IS NULL OR OLD.${ORIGIN_COLUMN} ${NE} ${lit(ORIGIN_SINK)}) THEN ${lit(ORIGIN_SINK_OVER_APP)} ELSE ${lit(ORIGIN_SINK)} END;`,
          ]
        : []),
      ...shared.flatMap(lastWriterWins),
      '  RETURN NEW;',
      'END $fn$;',
      `DROP TRIGGER IF EXISTS smart_cdc_guard ON ${table};`,
      `CREATE TRIGGER smart_cdc_guard BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${guardFunction(table)}();`,
    );
  }
  for (const table of view.capturedTables(db)) {
    if (view.filterOf(db, table)) out.push(`ALTER TABLE ${table} REPLICA IDENTITY FULL;`);
  }
  // what earlier versions decided sink writes with, once no trigger calls it
  out.push('DROP FUNCTION IF EXISTS cdc.is_sink_session();', 'DROP TABLE IF EXISTS cdc.sink_role;');
  const truncateGuarded = truncateGuardedTables(view, db);
  if (truncateGuarded.length)
    out.push(
      // TRUNCATE is not carried (the publications publish insert, update, delete): the targets of a flow that
      // carries deletes would keep every row, so it is refused, with the way out in the message
      `CREATE OR REPLACE FUNCTION cdc.refuse_truncate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cdc AS $fn$`,
      'BEGIN',
      `  IF current_setting(${lit(ALLOW_TRUNCATE)}, true) = 'on' THEN RETURN NULL; END IF;`,
      "  RAISE EXCEPTION 'TRUNCATE of %.% refused: flow % carries its deletes, and a TRUNCATE is not carried (its target would keep every row)', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_ARGV[0]",
      `    USING HINT = 'DELETE the rows instead; or SET ${ALLOW_TRUNCATE} = on in this session, TRUNCATE, then run: npx smart-cdc repair reconcile <env> ' || TG_ARGV[0];`,
      'END $fn$;',
      ...truncateGuarded.flatMap(({ table, flows }) => [
        `DROP TRIGGER IF EXISTS ${TRUNCATE_GUARD} ON ${table};`,
        `CREATE TRIGGER ${TRUNCATE_GUARD} BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION cdc.refuse_truncate(${lit(flows.join(', '))});`,
      ]),
    );
  return out.join('\n');
}

/** The session setting that lets a TRUNCATE of a guarded table through (the owner's deliberate choice). */
export const ALLOW_TRUNCATE = 'smart_cdc.allow_truncate';
const TRUNCATE_GUARD = 'smart_cdc_truncate_guard';

/** Captured tables of `db` from which some flow carries deletes, with those flows. */
export function truncateGuardedTables(view: CatalogueView, db: DatabaseId): Array<{ table: string; flows: string[] }> {
  return view
    .capturedTables(db)
    .map((table) => ({ table, flows: view.flowsFrom(db).filter((f) => f.source.table === table && f.deletes === 'propagate').map((f) => f.name) }))
    .filter((x) => x.flows.length > 0);
}

/** The physical clock of the last-writer-wins trigger (`cdc.clock()`, sql/V002). The docs quote these constants. */
export const LWW_CLOCK = 'cdc.clock()';
/** How far above the version it replaces an application write's version is put at least: SQL, and as the docs say it. */
export const LWW_STEP = { sql: "interval '1 microsecond'", text: '1 µs' } as const;

/**
 * Last-writer-wins on a shared field, as a hybrid logical clock. Versions are totally ordered by
 * (version, value), NULLs lowest: the greater value breaks a tie.
 * - Sink writes (the other side's change) keep the greater pair: the stored one wins unless the
 *   incoming one is above it.
 * - Application writes that change the value or the version get a version strictly above the one
 *   they replace: greatest(their explicit version, or cdc.clock() when they give none, stored + 1 µs).
 * So each side holds the greatest pair it has seen, every application pair is sent to the other
 * side, and both end on the greatest pair of all: they converge whatever the order of arrival, the
 * clocks' skew or the versions applications give. A write made after another was visible to it
 * (causally later) always wins, even from a slower clock or with an older explicit version.
 */
/** A version as last-writer-wins orders it (sql/V002): NULL when not finite or past the last steppable timestamp. */
const lwwVersion = (x: string) => `cdc.lww_version(${x})`;

function lastWriterWins({ column: v, versionColumn: at }: SharedField): string[] {
  const [oldAt, newAt] = [lwwVersion(`OLD.${at}`), lwwVersion(`NEW.${at}`)];
  const oldWins = `${newAt} IS NULL OR (${oldAt} IS NOT NULL AND (${oldAt} > ${newAt} OR (${oldAt} = ${newAt} AND OLD.${v} IS NOT NULL AND (NEW.${v} IS NULL OR OLD.${v} >= NEW.${v}))))`;
  const explicit = `NEW.${at} IS DISTINCT FROM OLD.${at} AND ${newAt} IS NOT NULL`;
  return [
    `  IF from_sink THEN`,
    `    IF TG_OP = 'UPDATE' AND (${oldWins}) THEN`,
    `      NEW.${v} := OLD.${v};`,
    `      NEW.${at} := OLD.${at};`,
    `    END IF;`,
    `  ELSIF TG_OP = 'UPDATE' THEN`,
    `    IF NEW.${v} IS DISTINCT FROM OLD.${v} OR NEW.${at} IS DISTINCT FROM OLD.${at} THEN`,
    // greatest() skips NULL: a stored version that counts as none does not hold the new one back
    `      NEW.${at} := greatest(CASE WHEN ${explicit} THEN NEW.${at} ELSE ${LWW_CLOCK} END, ${oldAt} + ${LWW_STEP.sql});`,
    `    END IF;`,
    `  ELSIF NEW.${v} IS NOT NULL AND ${newAt} IS NULL THEN`,
    `    NEW.${at} := ${LWW_CLOCK};`,
    `  END IF;`,
  ];
}

/**
 * The carried columns of a database (CatalogueView.carriedColumns) into cdc.carried_column, which
 * the DDL guard of sql/V003 reads; table_oid pins each table as it is now.
 */
export function carriedColumnsSql(view: CatalogueView, db: DatabaseId): string {
  const rows = view.carriedColumns(db).map((c) => `(${lit(c.table)}, ${lit(c.column)}, ${lit(c.type)}, ${lit(c.flows.join(', '))}, to_regclass(${lit(c.table)}))`);
  return [
    'DELETE FROM cdc.carried_column;',
    ...(rows.length ? [`INSERT INTO cdc.carried_column (table_name, column_name, type_name, flows, table_oid) VALUES\n  ${rows.join(',\n  ')};`] : []),
  ].join('\n');
}

/**
 * The deployed shape of every flow leaving a database, recorded by cdc.record_flow_shapes (sql/V005),
 * which marks the flows a deploy widened for a backfill.
 */
export function flowShapesSql(view: CatalogueView, db: DatabaseId): string {
  const shapes = view.flowsFrom(db).map((f) => ({ flow: f.name, source_table: f.source.table, fields: f.fields, filter: f.filter ?? null }));
  return `SELECT cdc.record_flow_shapes(${lit(JSON.stringify(shapes))}::jsonb);`;
}

/** The one publication of a database: the captured tables (with their row filters), heartbeat and signal tables. */
export function publicationSql(view: CatalogueView, db: DatabaseId): string {
  const name = view.publicationName(db);
  const tables = [
    ...view.capturedTables(db).map((t) => {
      const f = view.filterOf(db, t);
      return f ? `${t} WHERE (${filterSql(f)})` : t;
    }),
    HEARTBEAT_TABLE,
    SIGNAL_TABLE,
  ].join(', ');
  return [
    'DO $do$',
    'BEGIN',
    `  IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = ${lit(name)}) THEN`,
    `    CREATE PUBLICATION ${name} FOR TABLE ${tables} WITH (publish = 'insert, update, delete');`,
    '  ELSE',
    `    ALTER PUBLICATION ${name} SET TABLE ${tables};`,
    `    ALTER PUBLICATION ${name} SET (publish = 'insert, update, delete');`,
    '  END IF;',
    'END $do$;',
  ].join('\n');
}

/**
 * What `cdktf destroy` runs in a database, after the connectors are gone and before the slot is
 * dropped: wait until the slot's walsender has ended (a deleted connector's task stops
 * asynchronously; after 60 s it is terminated, so the slot can be dropped), then remove everything
 * the stack's SQL created: publication, guard triggers and origin columns, replica identity, the
 * cdc schema, and the reference tables where the stack created them.
 */
export function teardownSql(view: CatalogueView, db: DatabaseId, opts: { slotName: string; referenceSchema: boolean }): string {
  const out = [
    // the DDL guard (sql/V003) would refuse dropping carried columns and tables; it goes with the cdc schema
    'SET smart_cdc.allow_carried_ddl = on;',
    'DO $do$',
    'BEGIN',
    '  FOR i IN 1..60 LOOP',
    `    EXIT WHEN NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = ${lit(opts.slotName)} AND active);`,
    '    PERFORM pg_sleep(1);',
    '  END LOOP;',
    `  PERFORM pg_terminate_backend(active_pid) FROM pg_replication_slots WHERE slot_name = ${lit(opts.slotName)} AND active;`,
    'END $do$;',
    `DROP PUBLICATION IF EXISTS ${view.publicationName(db)};`,
  ];
  const exists = (t: string) => `to_regclass(${lit(t)}) IS NOT NULL`;
  const ifTable = (t: string, stmt: string) => `DO $do$ BEGIN IF ${exists(t)} THEN ${stmt} END IF; END $do$;`;
  const guarded = new Set(view.echoGuardedTables(db));
  for (const table of view.targetTables(db)) {
    if (!guarded.has(table) && view.sharedFieldsOf(db, table).length === 0) continue;
    out.push(ifTable(table, `DROP TRIGGER IF EXISTS smart_cdc_guard ON ${table};`));
    if (guarded.has(table)) out.push(`ALTER TABLE IF EXISTS ${table} DROP COLUMN IF EXISTS ${ORIGIN_COLUMN};`);
  }
  for (const table of view.capturedTables(db)) if (view.filterOf(db, table)) out.push(`ALTER TABLE IF EXISTS ${table} REPLICA IDENTITY DEFAULT;`);
  for (const { table } of truncateGuardedTables(view, db)) out.push(ifTable(table, `DROP TRIGGER IF EXISTS ${TRUNCATE_GUARD} ON ${table};`));
  out.push(`DROP SCHEMA IF EXISTS ${SUPPORT_SCHEMA} CASCADE;`);
  if (opts.referenceSchema) {
    const tables = view.database(db).tables;
    out.push(`DROP TABLE IF EXISTS ${tables.map(qualified).join(', ')};`);
    // a schema goes only when nothing but the stack's tables lived in it
    for (const s of [...new Set(tables.map((t) => t.schema))])
      out.push(`DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ${lit(s)})) THEN DROP SCHEMA IF EXISTS ${s}; END IF; END $do$;`);
  }
  return out.join('\n');
}
