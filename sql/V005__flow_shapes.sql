-- V005: each flow's shape as last deployed (carried fields, row filter), kept in its source database.
-- A deploy that widens a flow (a new flow, a new carried field, a filter that admits more rows)
-- marks it for a backfill: the rows already at the source never changed since, so no change event
-- would bring them across. `bootstrap` runs the backfill (an incremental snapshot of the flow's
-- table), `repair backfill` runs it on demand, and `status` flags the flow until it has run.
-- Idempotent.
CREATE TABLE IF NOT EXISTS cdc.flow_shape (
  flow            text PRIMARY KEY,
  source_table    text NOT NULL,
  -- source column → target column
  fields          jsonb NOT NULL,
  -- {"column": …, "in": […]}, or null for every row
  filter          jsonb,
  deployed_at     timestamptz NOT NULL DEFAULT now(),
  -- why the rows already at the source must travel again (null: nothing to backfill)
  backfill_reason text,
  backfill_since  timestamptz,
  backfilled_at   timestamptz
);

-- What makes `next` carry more than `prev`: null when it carries nothing more.
CREATE OR REPLACE FUNCTION cdc.flow_widening(prev cdc.flow_shape, next jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  why text[] := '{}';
  added text;
  moved text;
  admitted text;
BEGIN
  IF prev.source_table IS DISTINCT FROM next->>'source_table' THEN
    RETURN format('reads %s instead of %s', next->>'source_table', prev.source_table);
  END IF;
  SELECT string_agg(k, ', ' ORDER BY k) INTO added
    FROM jsonb_object_keys(next->'fields') k WHERE NOT prev.fields ? k;
  IF added IS NOT NULL THEN why := why || format('new carried field(s) %s', added); END IF;
  SELECT string_agg(format('%s now into %s', k, next->'fields'->>k), ', ' ORDER BY k) INTO moved
    FROM jsonb_object_keys(next->'fields') k WHERE prev.fields ? k AND prev.fields->>k IS DISTINCT FROM next->'fields'->>k;
  IF moved IS NOT NULL THEN why := why || moved; END IF;
  IF prev.filter IS NOT NULL THEN
    IF jsonb_typeof(next->'filter') IS DISTINCT FROM 'object' THEN
      why := why || 'its row filter was removed'::text;
    ELSIF prev.filter->>'column' IS DISTINCT FROM next->'filter'->>'column' THEN
      why := why || format('its row filter is on %s instead of %s', next->'filter'->>'column', prev.filter->>'column');
    ELSE
      SELECT string_agg(v::text, ', ') INTO admitted
        FROM jsonb_array_elements(next->'filter'->'in') v WHERE NOT (prev.filter->'in') @> jsonb_build_array(v);
      IF admitted IS NOT NULL THEN why := why || format('its row filter admits %s', admitted); END IF;
    END IF;
  END IF;
  RETURN nullif(array_to_string(why, '; '), '');
END $$;

-- Records the deployed shapes of every flow leaving this database (`shapes`: a JSON array of
-- {flow, source_table, fields, filter}). On the first deploy there is nothing to backfill: the
-- source connector's initial snapshot brings every row. Flows no longer deployed are forgotten,
-- so a flow enabled again is new.
CREATE OR REPLACE FUNCTION cdc.record_flow_shapes(shapes jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  first boolean := NOT EXISTS (SELECT 1 FROM cdc.flow_shape);
  s jsonb;
  prev cdc.flow_shape;
  why text;
BEGIN
  DELETE FROM cdc.flow_shape WHERE flow NOT IN (SELECT x->>'flow' FROM jsonb_array_elements(shapes) x);
  FOR s IN SELECT * FROM jsonb_array_elements(shapes) LOOP
    SELECT * INTO prev FROM cdc.flow_shape WHERE flow = s->>'flow';
    IF NOT FOUND THEN
      why := CASE WHEN first THEN NULL ELSE 'new flow' END;
      INSERT INTO cdc.flow_shape (flow, source_table, fields, filter, backfill_reason, backfill_since)
      VALUES (s->>'flow', s->>'source_table', s->'fields', nullif(s->'filter', 'null'::jsonb), why, CASE WHEN why IS NULL THEN NULL ELSE now() END);
    ELSE
      why := cdc.flow_widening(prev, s);
      UPDATE cdc.flow_shape SET
        source_table = s->>'source_table',
        fields = s->'fields',
        filter = nullif(s->'filter', 'null'::jsonb),
        deployed_at = now(),
        -- a backfill still owed keeps its reason: the new one adds to it
        backfill_reason = CASE
          WHEN why IS NULL THEN backfill_reason
          WHEN backfill_since IS NOT NULL AND backfilled_at IS NULL THEN backfill_reason || '; ' || why
          ELSE why END,
        backfill_since = CASE WHEN why IS NULL THEN backfill_since ELSE now() END,
        backfilled_at = CASE WHEN why IS NULL THEN backfilled_at ELSE NULL END
      WHERE flow = s->>'flow';
    END IF;
  END LOOP;
END $$;
