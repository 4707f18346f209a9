-- V004: the last verify of each flow whose target is in this database, for `status`. Idempotent.
-- Written by `smart-cdc verify` (and by `repair reconcile`, which verifies again) as the stack's
-- admin; counts and times only, never a key or a value.
CREATE TABLE IF NOT EXISTS cdc.flow_verification (
  flow        text PRIMARY KEY,
  verified_at timestamptz NOT NULL,
  result      text NOT NULL CHECK (result IN ('equal', 'different', 'unverified')),
  compared    bigint NOT NULL,
  missing     bigint NOT NULL,
  extra       bigint NOT NULL,
  different   bigint NOT NULL,
  seconds     numeric NOT NULL,
  reason      text
);
