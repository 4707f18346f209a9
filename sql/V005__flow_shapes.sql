-- V005: each flow's shape as deployed (carried fields, row filter), kept in its source database.
-- A deploy that widens a flow (a new flow, a new carried field, a filter that admits more rows)
-- leaves the rows already at the source behind: they did not change, so no change event brings
-- them. The flow is then marked for a backfill; `bootstrap` runs it (a bulk copy of the flow's
-- table), `repair backfill` runs it on demand, and `status` flags the flow until it has run.
-- The first deploy is a widening too: the source connectors never snapshot (snapshot.mode no_data),
-- so a flow whose source table already holds rows gets its first copy the same way.
-- Idempotent.
CREATE TABLE IF NOT EXISTS cdc.flow_shape (
  flow              text PRIMARY KEY,
  -- as deployed now: source table, {source column: target column}, {"column", "in"} or null
  source_table      text NOT NULL,
  fields            jsonb NOT NULL,
  filter            jsonb,
  deployed_at       timestamptz NOT NULL DEFAULT now(),
  -- the shape whose rows the target is known to hold in full: as first deployed onto an empty
  -- source table, or as of the last backfill; null for a flow whose rows are owed (nothing held yet)
  base_source_table text,
  base_fields       jsonb,
  base_filter       jsonb,
  -- what the deployed shape carries beyond the base (null: nothing to backfill), and since when
  backfill_reason   text,
  backfill_since    timestamptz,
  backfilled_at     timestamptz
);

-- What `next` ({source_table, fields, filter}) carries beyond a base shape: null when nothing.
CREATE OR REPLACE FUNCTION cdc.flow_widening(base_table text, base_fields jsonb, base_filter jsonb, next jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  why text[] := '{}';
  added text;
  moved text;
  admitted text;
BEGIN
  IF base_fields IS NULL THEN RETURN 'new flow'; END IF;
  IF base_table IS DISTINCT FROM next->>'source_table' THEN
    RETURN format('reads %s instead of %s', next->>'source_table', base_table);
  END IF;
  SELECT string_agg(k, ', ' ORDER BY k) INTO added
    FROM jsonb_object_keys(next->'fields') k WHERE NOT base_fields ? k;
  IF added IS NOT NULL THEN why := why || format('new carried field(s) %s', added); END IF;
  SELECT string_agg(format('%s now into %s', k, next->'fields'->>k), ', ' ORDER BY k) INTO moved
    FROM jsonb_object_keys(next->'fields') k WHERE base_fields ? k AND base_fields->>k IS DISTINCT FROM next->'fields'->>k;
  IF moved IS NOT NULL THEN why := why || moved; END IF;
  IF base_filter IS NOT NULL THEN
    IF jsonb_typeof(next->'filter') IS DISTINCT FROM 'object' THEN
      why := why || 'its row filter was removed'::text;
    ELSIF base_filter->>'column' IS DISTINCT FROM next->'filter'->>'column' THEN
      why := why || format('its row filter is on %s instead of %s', next->'filter'->>'column', base_filter->>'column');
    ELSE
      SELECT string_agg(v::text, ', ') INTO admitted
        FROM jsonb_array_elements(next->'filter'->'in') v WHERE NOT (base_filter->'in') @> jsonb_build_array(v);
      IF admitted IS NOT NULL THEN why := why || format('its row filter admits %s', admitted); END IF;
    END IF;
  END IF;
  RETURN nullif(array_to_string(why, '; '), '');
END $$;

-- Records the deployed shapes of every flow leaving this database (`shapes`: a JSON array of
-- {flow, source_table, fields, filter}) and judges each against its base. On the first deploy a flow
-- whose source table holds rows is owed its first copy; one whose table is empty is not, and its base
-- is the deployed shape: the stack runs this after it created the replication slot, and the source
-- streams from the slot's start, so every row written since this looked arrives through the slot.
-- Flows no longer deployed are forgotten, so a flow enabled again is new. A flow narrowed back within
-- its base before its backfill ran needs none; a narrowed flow's base narrows with it.
CREATE OR REPLACE FUNCTION cdc.record_flow_shapes(shapes jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  first boolean := NOT EXISTS (SELECT 1 FROM cdc.flow_shape);
  s jsonb;
  prev cdc.flow_shape;
  why text;
  holds boolean;
BEGIN
  DELETE FROM cdc.flow_shape WHERE flow NOT IN (SELECT x->>'flow' FROM jsonb_array_elements(shapes) x);
  FOR s IN SELECT * FROM jsonb_array_elements(shapes) LOOP
    SELECT * INTO prev FROM cdc.flow_shape WHERE flow = s->>'flow';
    IF NOT FOUND THEN
      IF first THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s)', (s->>'source_table')::regclass) INTO holds;
        why := CASE WHEN holds THEN 'first deploy onto a table that holds rows' END;
      ELSE
        why := 'new flow';
      END IF;
      INSERT INTO cdc.flow_shape (flow, source_table, fields, filter, base_source_table, base_fields, base_filter, backfill_reason, backfill_since)
      SELECT s->>'flow', s->>'source_table', s->'fields', nullif(s->'filter', 'null'::jsonb),
             CASE WHEN why IS NULL THEN s->>'source_table' END, CASE WHEN why IS NULL THEN s->'fields' END, CASE WHEN why IS NULL THEN nullif(s->'filter', 'null'::jsonb) END,
             why, CASE WHEN why IS NOT NULL THEN now() END;
    ELSE
      -- a flow still owed its first copy stays owed as it was marked
      why := CASE WHEN prev.base_fields IS NULL AND prev.backfill_reason IS NOT NULL THEN prev.backfill_reason
                  ELSE cdc.flow_widening(prev.base_source_table, prev.base_fields, prev.base_filter, s) END;
      UPDATE cdc.flow_shape SET
        source_table = s->>'source_table',
        fields = s->'fields',
        filter = nullif(s->'filter', 'null'::jsonb),
        deployed_at = now(),
        -- what the target keeps holding in full: all of a shape within the base; else the base's
        -- fields still carried the same way (a field dropped and carried again has missed changes)
        base_source_table = CASE WHEN why IS NULL THEN s->>'source_table' ELSE base_source_table END,
        base_fields = CASE WHEN why IS NULL THEN s->'fields' WHEN prev.base_fields IS NULL THEN NULL
                           ELSE (SELECT coalesce(jsonb_object_agg(k, v), '{}'::jsonb) FROM jsonb_each(prev.base_fields) AS e(k, v) WHERE s->'fields'->k = v) END,
        base_filter = CASE WHEN why IS NULL THEN nullif(s->'filter', 'null'::jsonb) ELSE base_filter END,
        backfill_reason = why,
        -- the same widening still owed keeps its time; another one starts anew
        backfill_since = CASE WHEN why IS NULL THEN NULL WHEN why IS NOT DISTINCT FROM prev.backfill_reason THEN prev.backfill_since ELSE now() END
      WHERE flow = s->>'flow';
    END IF;
  END LOOP;
END $$;

-- A backfill is done: the deployed shape becomes the base. `since` names the mark it answered; a
-- deploy that widened the flow again meanwhile left another mark, which stays.
CREATE OR REPLACE FUNCTION cdc.flow_backfilled(flow_name text, since timestamptz) RETURNS boolean
LANGUAGE sql AS $$
  UPDATE cdc.flow_shape SET base_source_table = source_table, base_fields = fields, base_filter = filter,
         backfill_reason = NULL, backfill_since = NULL, backfilled_at = now()
   WHERE flow = flow_name AND backfill_since = since
  RETURNING true;
$$;
