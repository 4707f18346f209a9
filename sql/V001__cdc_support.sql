-- V001: support objects of the CDC pipeline, in every database it touches. Idempotent.

CREATE SCHEMA IF NOT EXISTS cdc;

-- Written by each source connector's heartbeat.action.query: keeps its slot advancing while the
-- captured tables are quiet, and tells `status` when the connector last beat.
CREATE TABLE IF NOT EXISTS cdc.heartbeat (
  source  text PRIMARY KEY,
  beat_at timestamptz NOT NULL
);

-- Debezium source signalling channel (incremental snapshots requested by `repair snapshot`).
CREATE TABLE IF NOT EXISTS cdc.debezium_signal (
  id   varchar(42) PRIMARY KEY,
  type varchar(32) NOT NULL,
  data varchar(2048)
);

-- Roles whose writes are sink writes: the loop-prevention triggers mark their rows so the
-- source connector drops them instead of sending them back.
CREATE TABLE IF NOT EXISTS cdc.sink_role (
  name name PRIMARY KEY
);

-- Decided by the session's login role, never by a column value, so an application write that
-- follows a sink write is still an application write.
CREATE OR REPLACE FUNCTION cdc.is_sink_session() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, cdc
AS $$ SELECT EXISTS (SELECT 1 FROM cdc.sink_role WHERE name = session_user) $$;
