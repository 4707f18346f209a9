-- V002: the physical clock of the last-writer-wins triggers (constructs/database/sql.ts). Idempotent.
-- Versions are a hybrid logical clock: an application write stamps greatest(cdc.clock(),
-- replaced version + 1 µs), so a new version is never below the one it replaces, whatever this
-- server's clock says. A function of its own so that a test can shift one database's clock to
-- simulate skew between the two servers without touching the machine's.
CREATE OR REPLACE FUNCTION cdc.clock() RETURNS timestamptz
  LANGUAGE sql VOLATILE
AS $$ SELECT clock_timestamp() $$;

-- A version as last-writer-wins orders it: NULL when it is not finite or cannot be stepped past
-- (±infinity, PostgreSQL's last timestamp). Such a stored version would win every comparison while
-- no later write could be placed above it, and the two sides would keep different values at the same
-- version: it counts as none, and the next write gives the row a real one.
CREATE OR REPLACE FUNCTION cdc.lww_version(v timestamptz) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE
AS $$ SELECT CASE WHEN isfinite(v) AND v < '294276-12-31 23:59:59.999998+00'::timestamptz THEN v END $$;
