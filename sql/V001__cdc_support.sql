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

