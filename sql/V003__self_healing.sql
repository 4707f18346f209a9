-- V003: support objects of the pipeline's self-healing. Idempotent.

-- The columns the pipeline carries in this database (its flows' source and target columns), with
-- their catalogue type and the flows that need them. Rewritten by the stack from the catalogue on
-- every deploy (the carried-columns step); table_oid is the table as it was then.
CREATE TABLE IF NOT EXISTS cdc.carried_column (
  table_name  text NOT NULL,
  column_name text NOT NULL,
  type_name   text NOT NULL,
  flows       text NOT NULL,
  table_oid   oid,
  PRIMARY KEY (table_name, column_name)
);

-- Keys `ops repair replay` asks the source connector to read again (an incremental snapshot whose
-- additional condition selects them from here), one batch per replay.
CREATE TABLE IF NOT EXISTS cdc.replay_key (
  batch uuid NOT NULL,
  key   text NOT NULL,
  PRIMARY KEY (batch, key)
);

-- The keys of a replay batch, for the capture role (which has no grant on cdc.replay_key): the
-- incremental snapshot's condition is `<key>::text IN (SELECT cdc.replay_keys('<batch>'))`.
CREATE OR REPLACE FUNCTION cdc.replay_keys(b uuid) RETURNS SETOF text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, cdc
AS $$ SELECT key FROM cdc.replay_key WHERE batch = b $$;

-- Carried columns that are no longer as the pipeline needs them: table gone or renamed, column
-- gone or renamed, or another base type (numeric(5,4) and numeric(6,2) are both numeric).
CREATE OR REPLACE FUNCTION cdc.carried_column_drift(tables oid[] DEFAULT NULL)
  RETURNS TABLE (table_name text, column_name text, flows text, problem text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, cdc
AS $$
  SELECT c.table_name, c.column_name, c.flows,
         CASE WHEN to_regclass(c.table_name) IS NULL THEN 'table is missing (renamed or dropped)'
              WHEN a.attname IS NULL THEN 'column is missing (renamed or dropped)'
              ELSE format('column is %s, the pipeline carries %s', format_type(a.atttypid, a.atttypmod), c.type_name) END
    FROM cdc.carried_column c
    LEFT JOIN pg_attribute a ON a.attrelid = to_regclass(c.table_name) AND a.attname = c.column_name AND a.attnum > 0 AND NOT a.attisdropped
   WHERE (tables IS NULL OR c.table_oid = ANY (tables))
     AND (to_regclass(c.table_name) IS NULL OR a.attname IS NULL OR a.atttypid IS DISTINCT FROM to_regtype(c.type_name))
$$;

-- Captured tables without the replica identity their publication needs: PostgreSQL then refuses every
-- UPDATE and DELETE the applications make on them. Where the publication filters rows, anything but
-- FULL ("Column used in the publication WHERE expression is not part of the replica identity"); on
-- every table it publishes updates or deletes of, NOTHING ("cannot update table ... because it does
-- not have a replica identity and publishes updates"). The stack sets FULL on filtered tables and
-- leaves the others at DEFAULT (the primary key); this finds that undone. `needed` is what fixes it.
-- The same rule as scripts/ops/checks.ts (replicaIdentityBroken), which status and preflight use.
DROP FUNCTION IF EXISTS cdc.replica_identity_problems(oid[]); -- its result gained a column
CREATE OR REPLACE FUNCTION cdc.replica_identity_problems(tables oid[] DEFAULT NULL)
  RETURNS TABLE (table_name text, publication name, replica_identity text, needed text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, cdc
AS $$
  SELECT c.relnamespace::regnamespace::text || '.' || quote_ident(c.relname), p.pubname,
         CASE c.relreplident WHEN 'd' THEN 'DEFAULT' WHEN 'n' THEN 'NOTHING' WHEN 'i' THEN 'USING INDEX' ELSE c.relreplident::text END,
         CASE WHEN r.prqual IS NOT NULL THEN 'FULL' ELSE 'DEFAULT' END
    FROM pg_publication_rel r
    JOIN pg_publication p ON p.oid = r.prpubid
    JOIN pg_class c ON c.oid = r.prrelid
   WHERE p.pubname LIKE 'smart\_cdc\_%' AND (p.pubupdate OR p.pubdelete)
     AND ((r.prqual IS NOT NULL AND c.relreplident <> 'f') OR c.relreplident = 'n')
     AND (tables IS NULL OR r.prrelid = ANY (tables))
$$;

-- The DDL guard: a statement that renames, drops or retypes a carried column (or renames or drops
-- its table), or leaves a captured table without the replica identity it needs (above), is refused,
-- so a flow never writes NULLs or stale values and the applications' writes never fail because of it. An operator
-- who means it says so: SET smart_cdc.allow_carried_ddl = on (then: status shows the drift, sinks
-- park the drifted records; see the implementation guide).
CREATE OR REPLACE FUNCTION cdc.guard_carried_columns() RETURNS event_trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, cdc
AS $fn$
DECLARE
  touched oid[];
  d record;
BEGIN
  IF coalesce(current_setting('smart_cdc.allow_carried_ddl', true), '') = 'on' THEN
    RETURN;
  END IF;
  IF TG_EVENT = 'sql_drop' THEN
    FOR d IN
      SELECT c.table_name, string_agg(DISTINCT c.flows, ', ') AS flows
        FROM pg_event_trigger_dropped_objects() o JOIN cdc.carried_column c ON c.table_oid = o.objid
       WHERE o.object_type = 'table'
       GROUP BY c.table_name
    LOOP
      RAISE EXCEPTION 'smart-cdc: % drops table %, which flow % carries', TG_TAG, d.table_name, d.flows
        USING HINT = 'Change the pipeline catalogue and redeploy first, or SET smart_cdc.allow_carried_ddl = on if you mean it.';
    END LOOP;
    RETURN;
  END IF;
  SELECT array_agg(DISTINCT objid) INTO touched FROM pg_event_trigger_ddl_commands() WHERE classid = 'pg_class'::regclass;
  IF touched IS NULL THEN
    RETURN;
  END IF;
  FOR d IN SELECT * FROM cdc.carried_column_drift(touched) LOOP
    RAISE EXCEPTION 'smart-cdc: % would break flow %: %.% — %', TG_TAG, d.flows, d.table_name, d.column_name, d.problem
      USING HINT = 'The CDC pipeline carries this column (cdc.carried_column). Change the pipeline catalogue and redeploy first, or SET smart_cdc.allow_carried_ddl = on if you mean it.';
  END LOOP;
  FOR d IN SELECT * FROM cdc.replica_identity_problems(touched) LOOP
    RAISE EXCEPTION 'smart-cdc: % would make every UPDATE and DELETE of % fail: publication % %, which needs % (it would be %)', TG_TAG, d.table_name, d.publication,
        CASE d.needed WHEN 'FULL' THEN 'filters its rows' ELSE 'publishes its updates and deletes' END,
        CASE d.needed WHEN 'FULL' THEN 'REPLICA IDENTITY FULL' ELSE 'a replica identity' END, d.replica_identity
      USING HINT = format('Keep ALTER TABLE %s REPLICA IDENTITY %s, or change the pipeline catalogue and redeploy first; SET smart_cdc.allow_carried_ddl = on if you mean it (then the applications'' UPDATEs and DELETEs fail until it is %s again).', d.table_name, d.needed, d.needed);
  END LOOP;
END
$fn$;

-- Event triggers need a superuser; where the stack's admin is none, status and preflight still
-- report drift and the sinks park drifted records, but the database does not refuse the DDL.
DO $do$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    DROP EVENT TRIGGER IF EXISTS smart_cdc_guard_carried_columns;
    CREATE EVENT TRIGGER smart_cdc_guard_carried_columns ON ddl_command_end
      WHEN TAG IN ('ALTER TABLE') EXECUTE FUNCTION cdc.guard_carried_columns();
    DROP EVENT TRIGGER IF EXISTS smart_cdc_guard_carried_tables;
    CREATE EVENT TRIGGER smart_cdc_guard_carried_tables ON sql_drop
      WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION cdc.guard_carried_columns();
  ELSE
    RAISE NOTICE 'smart-cdc: % is not a superuser: the carried-column DDL guard (event triggers) is not installed', current_user;
  END IF;
END
$do$;
