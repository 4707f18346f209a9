-- V002: the physical clock of the last-writer-wins triggers (constructs/database/sql.ts). Idempotent.
-- Versions are a hybrid logical clock: an application write stamps greatest(cdc.clock(),
-- replaced version + 1 µs), so a new version is never below the one it replaces, whatever this
-- server's clock says. A function of its own so that a test can shift one database's clock to
-- simulate skew between the two servers without touching the machine's.
CREATE OR REPLACE FUNCTION cdc.clock() RETURNS timestamptz
  LANGUAGE sql VOLATILE
AS $$ SELECT clock_timestamp() $$;
