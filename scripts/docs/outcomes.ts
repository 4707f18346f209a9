/**
 * What becomes of each kind of change PostgreSQL can make to a captured table: replicated, refused
 * up front, flagged (parked with its reason, so `status` shows it), or left at the target by design.
 * The strategy document's table is rendered from this list, with the table and flow names derived
 * from the catalogue; each row names the tests that prove it (a unit test checks they exist).
 */
import { CatalogueView } from '../../catalogue/derive';
import { ALLOW_TRUNCATE, truncateGuardedTables } from '../../constructs/database/sql';
import { UNCHANGED_TOAST } from '../../constructs/connect/transforms';
import { code, words } from './render';

export type Outcome = 'replicated' | 'refused' | 'flagged' | 'kept by design' | 'known limit';

export interface ChangeOutcome {
  readonly change: string;
  readonly outcome: Outcome;
  /** how, in the environment's own names */
  readonly how: (view: CatalogueView) => string;
  /** test files (from the project root) that prove it */
  readonly proof: readonly string[];
}

const ignoring = (v: CatalogueView) => words(v.flows.filter((f) => f.deletes === 'ignore').map((f) => code(f.name)));
const truncateGuarded = (v: CatalogueView) => words(v.catalogue.databases.flatMap((d) => truncateGuardedTables(v, d.id).map((t) => code(t.table))));
const fullIdentity = (v: CatalogueView) => words(v.catalogue.databases.flatMap((d) => v.capturedTables(d.id).filter((t) => v.filterOf(d.id, t)).map((t) => code(t))));
const DIFFERENTIAL = '__tests__/e2e/differential.test.ts';

export const CHANGE_OUTCOMES: readonly ChangeOutcome[] = [
  {
    change: 'INSERT (one row, multi-row, `INSERT … SELECT`, COPY)',
    outcome: 'replicated',
    how: () => 'Each row is an insert in the WAL, however it was written; the sink upserts the flow\'s fields.',
    proof: ['__tests__/e2e/flows.test.ts', DIFFERENTIAL],
  },
  {
    change: 'UPDATE of any subset of columns',
    outcome: 'replicated',
    how: () => 'The whole new row is sent; the sink writes the columns its flow carries, so a change of a column no flow carries changes nothing at the target.',
    proof: ['__tests__/e2e/flows.test.ts', DIFFERENTIAL],
  },
  {
    change: 'NULL written to a column that has a default',
    outcome: 'replicated',
    how: () => "Arrives as NULL: the connectors' JSON converters run with `replace.null.with.default=false` (Kafka's default would write the schema's default instead, 1970-01-01 for `DEFAULT now()`).",
    proof: ['__tests__/unit/constructs/connect/jdbc-sink.test.ts', DIFFERENTIAL],
  },
  {
    change: 'UPDATE that leaves a value stored out of line (TOAST) unchanged',
    outcome: 'flagged',
    how: (v) => `PostgreSQL does not send the value. On tables with replica identity FULL (${fullIdentity(v)}) \`ExactValues\` takes it from the row before the change; elsewhere the change is parked naming the column, and \`repair replay\` re-reads the row.`,
    proof: ['__tests__/e2e/toast.test.ts', DIFFERENTIAL],
  },
  {
    change: "UPDATE that moves a row into or out of a flow's filter",
    outcome: 'replicated',
    how: () => "The publication's row filter publishes it as an INSERT (entering) or a DELETE (leaving), so the target gains or loses the row.",
    proof: ['__tests__/e2e/flows.test.ts', DIFFERENTIAL],
  },
  {
    change: 'DELETE',
    outcome: 'replicated',
    how: (v) => `Deleted at the target where the flow carries deletes; the targets of ${ignoring(v)} keep the row by design (\`verify\` counts such rows as kept, not as differences).`,
    proof: ['__tests__/e2e/flows.test.ts', DIFFERENTIAL],
  },
  {
    change: 'UPDATE of the primary key',
    outcome: 'replicated',
    how: () => 'Sent as a DELETE of the old key and an INSERT of the new one; where deletes are ignored the old key stays at the target, like a deleted row.',
    proof: [DIFFERENTIAL],
  },
  {
    change: 'TRUNCATE of one table, or of several in one statement',
    outcome: 'refused',
    how: (v) => `Not carried (the publications publish insert, update and delete only). Refused by a trigger on ${truncateGuarded(v)}, naming the flow; \`SET ${ALLOW_TRUNCATE} = on\` lets it through, and \`repair reconcile\` then deletes the target rows. On tables whose flows ignore deletes it is allowed and the targets keep the rows.`,
    proof: ['__tests__/e2e/truncate.test.ts', DIFFERENTIAL],
  },
  {
    change: 'A transaction of many rows (100,000 in the tests), or one rolled back',
    outcome: 'replicated',
    how: () => 'Committed changes arrive in commit order and are written in batches, so a reader of the target may see part of a large transaction for a moment; a rolled-back transaction sends nothing.',
    proof: [DIFFERENTIAL],
  },
  {
    change: 'A value no JSON change record carries exactly (real/double NaN, ±Infinity, -0; date ±infinity or BC; timestamp ±infinity or after 294247; time 24:00)',
    outcome: 'flagged',
    how: () => 'Parked naming the column and the kind of value, never written changed; once the value changes, the next change (or `repair replay`) carries the row.',
    proof: ['__tests__/e2e/types.test.ts', DIFFERENTIAL],
  },
  {
    change: 'A change whose values exceed `tuning.producer.maxRecordBytes` (16 MiB by default)',
    outcome: 'flagged',
    how: () => '`ExactValues` leaves the largest values out and the change is parked naming the column and the size; the source goes on (a record over the bound would stop it). Values of a few megabytes travel.',
    proof: ['connect-plugin/src/test/java/smart/cdc/connect/ExactValuesTest.java', DIFFERENTIAL],
  },
  {
    change: 'ALTER TABLE: add a column, an index or a constraint',
    outcome: 'replicated',
    how: () => "Allowed; a new column travels in the change topic but no sink writes it until a flow carries it (a catalogue change).",
    proof: ['__tests__/e2e/schema-evolution.test.ts', '__tests__/e2e/live-databases.test.ts'],
  },
  {
    change: 'A deploy that widens a flow: a new flow, a new carried field, a filter that admits more rows',
    outcome: 'replicated',
    how: () =>
      "The rows already at the source did not change, so no change event brings them: the deploy's SQL marks the flow (`cdc.flow_shape`), `bootstrap` backfills it (a bulk copy of its rows while its sink is stopped, then a verify) and `status` flags it until then (`repair backfill`). On local and dev the deploy adds the target column itself.",
    proof: ['__tests__/e2e/ops/backfill.test.ts'],
  },
  {
    change: 'ALTER TABLE: rename, drop or retype a carried column',
    outcome: 'refused',
    how: () => 'Refused by the DDL guard naming the flow; overridden (`SET smart_cdc.allow_carried_ddl = on`), `status` and `preflight` show the drift with the fix, and the changes it affects are parked, not written.',
    proof: ['__tests__/e2e/ops/drift.test.ts', '__tests__/e2e/live-databases.test.ts'],
  },
  {
    change: 'ALTER TABLE … REPLICA IDENTITY',
    outcome: 'refused',
    how: () => 'Refused by the DDL guard where the pipeline needs the identity; overridden, `status` names the table and the fix.',
    proof: ['__tests__/e2e/live-databases.test.ts'],
  },
  {
    change: "An application writes a field another database owns (at a flow's target)",
    outcome: 'known limit',
    how: () => "Not refused: the target differs until the source changes the row again. `verify` reports the row as different and `repair reconcile` restores it.",
    proof: ['__tests__/e2e/ops/verify.test.ts'],
  },
  {
    change: 'A date before year 1 (BC), re-read by a snapshot, `repair replay` or `repair reconcile`',
    outcome: 'known limit',
    how: () => 'Streamed changes carrying it are parked, but a re-read goes through JDBC, which drops the era: it would be written as the same day AD. `preflight` refuses such values at install time; nothing refuses them later.',
    proof: ['__tests__/e2e/types.test.ts'],
  },
  {
    change: `A text value equal to the marker ${code(UNCHANGED_TOAST)}`,
    outcome: 'known limit',
    how: () => 'Read as an unchanged out-of-line value: on replica identity FULL tables the previous value is written instead, elsewhere the change is parked. No application is expected to store the marker.',
    proof: ['connect-plugin/src/test/java/smart/cdc/connect/ExactValuesTest.java'],
  },
];
