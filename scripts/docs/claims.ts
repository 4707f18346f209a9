/**
 * What the README says the tests prove, each claim with the tests that prove it (file and full test
 * name, as jest reports it: describe titles and the test's own, joined by spaces; JUnit: `Class#method`).
 * README.md renders two generated regions from this file: the table "How the pipeline keeps its
 * promises" (each rule's mechanism and the claims that prove it) and "What the tests prove" (every
 * claim with its tests). A unit test (__tests__/unit/docs/claims.test.ts) reads each named test file and
 * fails when a named test is not declared there, when a claim names no test and is not marked
 * `unproven`, and when a rule of the promises table has no proven claim.
 *
 * Name a test here only when its body asserts the claim on its path. A claim no test proves keeps its
 * place, marked `unproven` with the reason: the README shows it as not proven.
 */
import { CatalogueView } from '../../catalogue/derive';
import { SMART_CATALOGUE } from '../../catalogue/smart';
import { table } from './render';

export interface Proof {
  /** the test file, from the project root */
  readonly file: string;
  /** the full test name; `…` stands for a part the test computes when it runs (a seed) */
  readonly test: string;
}

export interface Claim {
  readonly id: string;
  /** what is proven, in a reader's words (Markdown) */
  readonly claim: string;
  readonly proof: readonly Proof[];
  /** why no test proves it (then `proof` is empty) */
  readonly unproven?: string;
}

export interface KeptPromise {
  readonly rule: string;
  /** the mechanism, in the README's words (Markdown) */
  readonly mechanism: string;
  /** the claims about this rule that the tests prove (ids of {@link CLAIMS}) */
  readonly claims: readonly string[];
}

const BIDI = '__tests__/e2e/bidirectional.test.ts';
const DEV_MONITORING = '__tests__/unit/constructs/docker/dev-monitoring.test.ts';
const CONVERGENCE = '__tests__/e2e/convergence.test.ts';
const FLOWS = '__tests__/e2e/flows.test.ts';
const MASKING = '__tests__/e2e/masking.test.ts';
const DELIVERY = '__tests__/e2e/delivery.test.ts';
const BLACKHOLE = '__tests__/e2e/blackhole.test.ts';
const LIVE = '__tests__/e2e/live-databases.test.ts';
const STACK = '__tests__/unit/stacks/cdc-stack.test.ts';
const GATE = '__tests__/unit/constructs/aspects/masking-gate.test.ts';
const OPS = '__tests__/e2e/ops';
const TF = '__tests__/e2e/terraform-lifecycle.test.ts';
const PLAN = '__tests__/unit/scripts/terraform/plan-check.test.ts';
const PLAN_DESCRIBE = 'plan check on real plans of prod between two catalogue versions (offline)';

const bidi = (test: string): Proof => ({ file: BIDI, test: `bidirectional flows on the real engines ${test}` });
const lww = (fast: string, slow: string, test: string): Proof => ({ file: CONVERGENCE, test: `last-writer-wins with the ${fast} clock 30 s ahead of the ${slow} clock ${test}` });
const flow = (describe: string, test: string): Proof => ({ file: FLOWS, test: `${describe} ${test}` });
const F1 = 'flow 1 eligibility: warehouse → portal, published only';
const F2 = 'flow 2 recommendation: warehouse → portal, citizen keeps the status';
const F3 = 'flow 3 profile_to_citizen: registry-owned fields only';
const F4 = 'flow 4 profile_to_warehouse: citizen-owned fields only';
const F5 = 'flow 5 recommendation_feedback: accepted or dismissed only';
const F6 = 'flow 6 submission: consented only, free text hashed';
const masking = (test: string): Proof => ({ file: MASKING, test: `masking on the real engines ${test}` });
const fault = (test: string): Proof => ({ file: DELIVERY, test: `transient faults heal without a command ${test}` });
const hole = (label: string): Proof => ({ file: BLACKHOLE, test: `a black hole between Connect and an engine heals by itself ${label}: its packets dropped for 90 s during changes in both directions` });
const migrations = (test: string): Proof => ({ file: LIVE, test: `installed into live databases the tables' owner runs migrations ${test}` });
const stack = (test: string): Proof => ({ file: STACK, test: `stack local ${test}` });
const gate = (test: string): Proof => ({ file: GATE, test: `masking gate rules ${test}` });
const ops = (file: string, test: string): Proof => ({ file: `${OPS}/${file}.test.ts`, test });
const dev = (test: string): Proof => ({ file: '__tests__/dev/deploy.test.ts', test: `cdktf deploy dev on a real Docker Engine (look-alike images; phases 1, 2, 4) ${test}` });
const ranger = (method: string): Proof => ({ file: 'governance/ranger-engine/src/test/java/smart/cdc/ranger/RangerEngineProofTest.java', test: `RangerEngineProofTest#${method}` });
const SECURE = '__tests__/secure/profile.test.ts';
const secure = (test: string): Proof => ({ file: SECURE, test });
const ALERTS = '__tests__/unit/monitoring/alerts.test.ts';
const PROD_SHAPE = '__tests__/secure/prod-shape.test.ts';
const PROD = "prod's shape on the secured profile: cdktf deploy over SASL_SSL, HTTPS and verify-full ";
const metrics = (test: string): Proof => ({ file: '__tests__/e2e/ops/metrics.test.ts', test: `ops metrics: served to a real Prometheus, alerts fire on real faults (local runtime) ${test}` });
const HINTS = 'every fix status prints works as printed (local runtime)';
const RESYNC = ops('resync', 'a lost replication slot (local runtime) status warns before it is lost; after the loss `repair resync` makes every target exact, deletes included');
const PARKED = ops('parked', 'a row the target refuses (local runtime) is parked within seconds while the rows behind it go on; replay re-applies it once the cause is fixed');

export const CLAIMS: readonly Claim[] = [
  // ---- each flow -------------------------------------------------------------------------------
  {
    id: 'flow-first-copies',
    claim: "Each flow's first copy (in bulk, by the first deploy's backfill) arrives with its renames and field selection; flows 1 and 6 copy only the rows within their filter",
    proof: [
      flow(F1, 'first copy: the published insight and not the draft, with renamed fields'),
      flow(F2, 'copies first, renames rank to priority, and never overwrites the citizen’s status'),
      flow(F3, 'first copy: the profile with warehouse-owned fields and not citizen-owned ones'),
      flow(F4, 'first copy: the portal citizen with citizen-owned fields only'),
      flow(F5, 'first copy: a response given before the pipeline existed'),
      flow(F6, 'first copy: the consented submission only'),
    ],
  },
  {
    id: 'flow-changes',
    claim: "Each flow carries inserts and updates; flows 1, 2, 5 and 6 carry deletes, flows 3 and 4 keep the target row (`deletes: ignore`)",
    proof: [
      flow(F1, 'carries insert, update and delete, and a row leaving or entering the filter'),
      flow(F2, 'copies first, renames rank to priority, and never overwrites the citizen’s status'),
      flow(F3, 'carries insert and update; a warehouse delete leaves the portal account'),
      flow(F4, 'carries insert and update; a portal delete leaves the registry profile'),
      flow(F5, 'returns responses, follows changes, and removes feedback that leaves the filter or is deleted'),
      flow(F6, 'carries insert and update, removes withdrawn consent and deletes, never takes private ones'),
    ],
  },
  {
    id: 'filter-leave-enter',
    claim: 'A row an UPDATE moves out of a flow\'s filter leaves the target; moved back in, it arrives again',
    proof: [
      flow(F1, 'carries insert, update and delete, and a row leaving or entering the filter'),
      flow(F5, 'returns responses, follows changes, and removes feedback that leaves the filter or is deleted'),
      flow(F6, 'carries insert and update, removes withdrawn consent and deletes, never takes private ones'),
    ],
  },
  {
    id: 'filter-replica-identity',
    claim: 'A filtered table keeps `REPLICA IDENTITY FULL`: the database refuses taking it away, and overridden, `status` names the table and the fix',
    proof: [
      migrations('is refused taking REPLICA IDENTITY FULL from a filtered table; overridden, status names the table and the fix'),
      ops('hints', `${HINTS} a filtered table without REPLICA IDENTITY FULL: the printed preflight --fix repairs it`),
    ],
  },
  {
    id: 'types',
    claim: 'Every type a catalogue column may have arrives exactly, through the snapshot and through streaming, or its row is parked naming the column (per type in the [data mapping reference](docs/DATA_MAPPING_REFERENCE.md#column-types))',
    proof: [{ file: '__tests__/e2e/types.test.ts', test: 'every catalogue type round-trips exactly, or its row is parked with the reason every inserted value arrives exactly, or is parked naming its column' }],
  },
  {
    id: 'schema-contract',
    claim:
      "Records travel without inline schemas: each sink reads its flow's records with a schema generated from the catalogue, and that schema is the one Debezium emits (every carried column's type, logical type and optionality), for every flow and every accepted type",
    proof: [
      ...new CatalogueView(SMART_CATALOGUE).flows.map(({ name }) => ({
        file: '__tests__/e2e/schema-contract.test.ts',
        test: `schema contract: the schemas the sinks are given are the ones Debezium emits flow ${name}`,
      })),
      { file: '__tests__/e2e/types.test.ts', test: 'every catalogue type round-trips exactly, or its row is parked with the reason the schema the sink reads every type with is the one Debezium emits (type, logical type, optionality)' },
    ],
  },
  // ---- no loops ------------------------------------------------------------------------------------
  {
    id: 'no-echo',
    claim: 'No sink write is sent back: after a burst on both sides each topic grew by exactly the application writes, and topics and profile rows stop changing',
    proof: [bidi('sends no sink write back: after a burst on both sides, each topic grew by exactly the application writes, and nothing keeps changing')],
  },
  {
    id: 'app-after-sink',
    claim: 'An application write after a sink write is still sent',
    proof: [bidi('an application write after a sink write is still sent')],
  },
  // ---- last writer wins --------------------------------------------------------------------------
  {
    id: 'lww-newer',
    claim: 'Concurrent changes of the shared field end as the newer version on both sides, whichever side is newer; equal versions: the greater value',
    proof: [
      bidi('converges concurrent changes of the shared field to the newer value on both sides, whatever side is newer'),
      bidi('breaks a tie on equal timestamps deterministically (greater value) on both sides'),
    ],
  },
  {
    id: 'lww-stamp',
    claim: 'An application write without a version gets one, and it reaches the other side',
    proof: [bidi('stamps a new version when an application changes the shared value without one')],
  },
  {
    id: 'lww-skew',
    claim: "With either database's clock 30 s ahead, randomized concurrent writes on both sides (explicit past versions included) leave both sides equal, holding the greatest (version, value) pair any application write stored (computed by the test from each write's RETURNING)",
    proof: [
      lww('warehouse', 'citizen', 'converges every row after randomized concurrent writes on both sides, explicit past versions included, to the pair the last writer stored (seed …)'),
      lww('citizen', 'warehouse', 'converges every row after randomized concurrent writes on both sides, explicit past versions included, to the pair the last writer stored (seed …)'),
    ],
  },
  {
    id: 'lww-causal',
    claim: 'A causally later write wins, from the slower clock and with an explicit past version',
    proof: [
      lww('warehouse', 'citizen', 'lets the causally later write win, from the slower clock and with an explicit past version'),
      lww('citizen', 'warehouse', 'lets the causally later write win, from the slower clock and with an explicit past version'),
    ],
  },
  {
    id: 'lww-arrival-order',
    claim: 'Both sides end with the newest write whatever the order its changes arrive in',
    proof: (['warehouse', 'citizen'] as const).map((first) => ({ file: CONVERGENCE, test: `last-writer-wins with the arrival order forced converges to the last writer when the sink into ${first} is resumed first` })),
  },
  // ---- ownership ---------------------------------------------------------------------------------
  {
    id: 'ownership-e2e',
    claim: 'Neither side overwrites a field the other side owns',
    proof: [bidi('never lets one side overwrite a field the other side owns')],
  },
  {
    id: 'ownership-fields',
    claim: "Each profile flow carries only its side's fields",
    proof: [
      flow(F3, 'first copy: the profile with warehouse-owned fields and not citizen-owned ones'),
      flow(F4, 'first copy: the portal citizen with citizen-owned fields only'),
    ],
  },
  {
    id: 'ownership-validation',
    claim: 'The catalogue validation rejects a field written from both sides unless it is declared shared',
    proof: [
      { file: '__tests__/unit/catalogue/validate.test.ts', test: 'catalogue validation rejects a field owned by both directions unless it is shared' },
      { file: '__tests__/unit/catalogue/validate.test.ts', test: 'catalogue validation accepts the shared last-writer-wins field on both sides but rejects it when undeclared' },
    ],
  },
  // ---- masking -------------------------------------------------------------------------------------
  {
    id: 'internal-topics',
    claim: "No topic (change, dead-letter, heartbeat, supervisor, Connect's own) holds an INTERNAL column's name or a seeded INTERNAL value (searched in the records' bytes)",
    proof: [masking('keeps INTERNAL columns and their values out of every Kafka topic')],
  },
  {
    id: 'internal-other-topics',
    claim: "An INTERNAL decimal is in no topic of its table's rows, also as Connect's JSON carries a decimal (the base64 of its unscaled value)",
    proof: [masking('keeps INTERNAL columns and their values out of every Kafka topic')],
  },
  {
    id: 'internal-target',
    claim: 'No INTERNAL value reaches the citizen database',
    proof: [masking('keeps INTERNAL values out of the citizen database')],
  },
  {
    id: 'sensitive-hash',
    claim: 'SENSITIVE free text leaves only as `sha256(salt + text)`, in the topic bytes and in the target',
    proof: [masking('lets SENSITIVE free text leave only as the salted SHA-256 hash, in the topic bytes and the target')],
  },
  {
    id: 'masking-gate',
    claim: "The masking gate's rules flag, naming flow and column, an INTERNAL column that could reach Kafka or leave the warehouse, a SENSITIVE column that could leave unhashed and a reader that could read PII without a mask; a finding fails the synth",
    proof: [
      { file: GATE, test: 'masking gate (Aspect) fails the synth naming rule, flow, column and trigger, once per breach' },
      gate('SCDC-M1 INTERNAL columns stay out of Kafka non-compliant: the source lets an INTERNAL column in'),
      gate('SCDC-M2 SENSITIVE columns are hashed before Kafka non-compliant: the hash transform lists another column, takes a literal salt, or is left out of the chain'),
      gate('SCDC-M3 No sink writes an INTERNAL column non-compliant: a flow maps an INTERNAL column into the portal'),
      gate('SCDC-M4 No sink writes a SENSITIVE column unhashed non-compliant: the source stops hashing what the sink carries'),
      gate('SCDC-M5 Reader roles see PII only through a Ranger mask non-compliant: a role reads a PII column without a mask'),
    ],
  },
  // ---- delivery ------------------------------------------------------------------------------------
  {
    id: 'sink-upsert',
    claim: 'Every sink is configured to upsert by record key, with a dead-letter topic of its own',
    proof: [stack('derives each sink from its flow: upsert by key, renames, field selection, deletes and dead-letter topic')],
  },
  {
    id: 'parked',
    claim: 'A row the target refuses is parked within seconds while the rows behind it go on; `repair replay` re-applies it once the cause is fixed; one `repair discard`ed is never applied, by the flow or a later replay',
    proof: [PARKED, ops('parked', 'a row the target refuses (local runtime) a discarded record is named, no longer counted, and never applied')],
  },
  {
    id: 'toast',
    claim: 'A large value an UPDATE left unchanged is never written as a stand-in: the change is parked naming the column, and `repair replay` brings the row whole, also once the other side\'s sink has written the row since',
    proof: [
      { file: '__tests__/e2e/toast.test.ts', test: 'a large value an UPDATE left unchanged (TOAST) is never written as a stand-in default replica identity: the change is parked naming the column; replay brings it whole' },
      { file: '__tests__/e2e/toast.test.ts', test: 'a large value an UPDATE left unchanged (TOAST) is never written as a stand-in parked, then the other side writes the row (the sink wrote it last): replay still brings it whole' },
    ],
  },
  {
    id: 'kill-crash',
    claim: 'Kafka or Kafka Connect killed with -9, or the source database crashed, during a burst in both directions: every target ends exact, with no command run',
    proof: [fault('Kafka killed with -9 during a burst'), fault('Kafka Connect killed with -9 during a burst'), fault('source database (warehouse) crashes and restarts during a burst')],
  },
  // ---- self-healing ------------------------------------------------------------------------------
  {
    id: 'target-down',
    claim: 'The target database down for 5 s or 60 s during a burst: the sinks re-deliver, and every target ends exact with no command run',
    proof: [fault('target database (citizen) down 5 s during a burst'), fault('target database (citizen) down 60 s during a burst')],
  },
  {
    id: 'black-hole',
    claim: "A database's or Kafka's packets dropped for 90 s during changes in both directions: each direction is exact again within 60 s, with no command run",
    proof: [hole('warehouse database'), hole('citizen database'), hole('Kafka')],
  },
  {
    id: 'supervisor',
    claim: 'The supervisor restarts a FAILED task by itself once its cause is fixed, with a doubling, capped delay',
    proof: [
      ops('repair', 'ops repair restart: a failed task (local runtime) with the supervisor running, the failed task comes back by itself once the cause is fixed'),
      { file: 'connect-plugin/src/test/java/smart/cdc/connect/RestartPolicyTest.java', test: 'RestartPolicyTest#restartsAfterADoublingDelayCappedAtTheMaximum' },
    ],
  },
  {
    id: 'ddl-guard',
    claim: 'The database refuses renaming, retyping or dropping a carried column (at a source or at a target), and dropping a captured table, with the hint',
    proof: [
      migrations('is refused renaming a carried column, with the hint'),
      migrations('is refused dropping a captured table, naming the flow'),
      migrations("is refused dropping or retyping a column a sink writes (a flow's target)"),
      migrations("on warehouse is refused dropping a carried column, with the guard's hint"),
      migrations('on citizen is refused retyping a carried column, with the hint'),
      ops('drift', 'schema drift of a carried column (local runtime) the database refuses to rename a carried column, naming the flow'),
    ],
  },
  {
    id: 'drift-heals',
    claim: "A carried column renamed anyway (the guard overridden) parks its flow's records, and the printed fix and a replay heal it; a renamed target column, renamed back, heals by itself",
    proof: [
      ops('drift', 'schema drift of a carried column (local runtime) an overridden rename is down in preflight and status; its records are parked, not written; the printed fix and a replay heal it'),
      ops('drift', 'schema drift of a carried column (local runtime) a renamed target column stops its flow with the cause named; renamed back, the flow heals by itself'),
    ],
  },
  {
    id: 'lost-slot',
    claim: '`status` warns before a replication slot is lost; after the loss `repair resync` makes every target exact, deletes included, on either database (on the citizen\'s: answers, hashed text, and a row the other side\'s sink wrote last)',
    proof: [
      RESYNC,
      ops('resync', 'a lost replication slot on the citizen database (local runtime) `repair resync local citizen` brings back answers, hashed text and deletes, also of rows the sink wrote last'),
    ],
  },
  {
    id: 'bulk-copy',
    claim: "`repair resync` and `repair backfill` copy in bulk with PostgreSQL's COPY: every row the stream wrote equal to its source is byte for byte the row the copy writes (seeded workload, every flow), and rows inserted, updated and deleted during the copy end up exactly right (resync: from the new slot's start; backfill: with the flow's sink stopped while the source streams)",
    proof: [
      ops('bulk-copy', 'bulk copy (local runtime) writes every row byte for byte as the stream writes it (seeded workload, every flow)'),
      ops('bulk-copy', 'bulk copy (local runtime) rows inserted, updated and deleted while `repair resync` copies end up exactly right'),
      ops('backfill', 'a deploy that widens a flow backfills it (local runtime) rows inserted, updated and deleted while the backfill copies (its sink stopped, the source streaming) end up exactly right'),
    ],
  },
  // ---- schema evolution --------------------------------------------------------------------------
  {
    id: 'new-column',
    claim: 'A new nullable column at a source does not stop the pipeline: rows go on arriving and every connector runs',
    proof: [{ file: '__tests__/e2e/schema-evolution.test.ts', test: 'schema evolution a new nullable column at a source is not sent, and does not stop the pipeline' }],
  },
  {
    id: 'new-column-not-sent',
    claim: "A new source column is not sent: neither its name nor its values are in the topics",
    proof: [{ file: '__tests__/e2e/schema-evolution.test.ts', test: 'schema evolution a new nullable column at a source is not sent, and does not stop the pipeline' }],
  },
  // ---- least privilege ---------------------------------------------------------------------------
  {
    id: 'roles',
    claim: 'The capture role has LOGIN REPLICATION and is never superuser; the sink role has no replication',
    proof: [stack('creates a capture role with LOGIN REPLICATION that is never superuser, and a sink role without replication')],
  },
  {
    id: 'grants',
    claim: 'The capture role reads exactly the captured tables; each sink role writes only its flows\' targets and has no privilege on `cdc`',
    proof: [
      stack('grants the capture role SELECT on exactly the captured tables, and each sink role writes only its flows’ targets'),
      stack('gives the sink no grant on the cdc schema: the triggers it fires run as their owner (SECURITY DEFINER)'),
      { file: LIVE, test: 'installed into live databases the application role of warehouse the sink role has no privilege on the cdc schema either: the triggers it fires run as their owner' },
    ],
  },
  // ---- operations ----------------------------------------------------------------------------------
  {
    id: 'verify',
    claim: '`verify` finds a changed, a deleted and an added target row, each by key, and prints no value',
    proof: [ops('verify', 'ops verify (local runtime) a target row changed, one deleted and one added behind the pipeline: each found by key, exit 1, no value printed')],
  },
  {
    id: 'hints',
    claim: 'The fix `status` prints works as printed for a stopped sink or source, a filtered table without `REPLICA IDENTITY FULL`, an inactive slot not the pipeline\'s, a sink deleted by hand, a failed task, a lost slot, parked records, a renamed carried column and a flow `verify` found different',
    proof: [
      ops('hints', `${HINTS} a stopped sink: the printed resume brings it back`),
      ops('hints', `${HINTS} a stopped source: the printed resume (--source) brings it back`),
      ops('hints', `${HINTS} a filtered table without REPLICA IDENTITY FULL: the printed preflight --fix repairs it`),
      ops('hints', `${HINTS} an inactive slot that is not the pipeline’s: the printed drop-slot removes it`),
      ops('hints', `${HINTS} a sink connector deleted by hand: the printed bootstrap creates it again, and it runs`),
      ops('repair', 'ops repair restart: a failed task (local runtime) status is down (2) with the task’s root cause; a restart that fails again is no success; fixed, restart restarts only what failed'),
      RESYNC,
      PARKED,
      ops('drift', 'schema drift of a carried column (local runtime) an overridden rename is down in preflight and status; its records are parked, not written; the printed fix and a replay heal it'),
      ops('verify', 'ops verify (local runtime) a target row changed, one deleted and one added behind the pipeline: each found by key, exit 1, no value printed'),
    ],
  },
  {
    id: 'hints-others',
    claim: 'The other fixes `status` can print (a missing or inactive pipeline slot, a flow a deploy widened) work as printed',
    proof: [],
    unproven: 'no test makes those states and runs the printed command; the backfill test checks the printed `repair backfill` but runs the backfill for every waiting flow, not the printed one',
  },
  {
    id: 'ops-states',
    claim: '`status` and `repair` answer as documented on a healthy pipeline, a stopped sink, a failed task, an inactive slot with lag, a blocked producer and a source that has just started; bad input is a usage error (exit 64)',
    proof: [
      ops('status', 'ops status (local runtime) reports a healthy pipeline with exit 0 and every name derived from the catalogue'),
      ops('repair', 'ops repair stop / resume / pause (local runtime) stops a flow’s sink: status is degraded (1) and names it; resume brings it back'),
      ops('repair', 'ops repair restart: a failed task (local runtime) status is down (2) with the task’s root cause; a restart that fails again is no success; fixed, restart restarts only what failed'),
      ops('repair', 'ops repair drop-slot: an inactive slot with lag (local runtime) status is degraded (1), names the slot, its lag and the command; drop-slot drops it, and only it'),
      ops('stall', 'ops status: a RUNNING source whose producer is blocked (local runtime) is down (2) naming the silent heartbeat topic, and healthy again once the producer is unblocked'),
      ops('stall', 'ops status: a RUNNING source whose producer is blocked (local runtime) is not down while a source that has just started again has yet to beat: its topic is silent for that reason'),
      ops('faults', 'ops: bad input an unknown environment, command, flag or flow is a usage error (64)'),
    ],
  },
  // ---- faults ----------------------------------------------------------------------------------------
  {
    id: 'poison-row',
    claim: 'A poison row during a burst: the flow goes on, and after the fix a replay makes every target exact',
    proof: [PARKED],
  },
  {
    id: 'differential',
    claim: 'Seeded random workloads over every flow in both directions: every difference `verify` finds is flagged, `repair replay` repairs it, and every target equals its source',
    proof: [{ file: '__tests__/e2e/differential.test.ts', test: 'differential: seeded random workloads over every flow, then verify every difference is flagged, replay repairs it, and the targets equal their sources (SMART_CDC_SEED=…)' }],
  },
  // ---- Terraform, dev, Ranger -------------------------------------------------------------------
  {
    id: 'terraform-lifecycle',
    claim: 'Real Terraform on `local`: an unchanged deploy plans nothing; a pull-request-like change plans in-place updates only and deploys while rows flow, none lost; a breaking change is flagged by the plan check; destroy leaves no connector, topic, slot, publication, role, trigger or table, and a fresh deploy snapshots again',
    proof: [
      { file: TF, test: 'real Terraform: deploy, diff, change, destroy (local) plans no change for the deployed stack (cdktf diff)' },
      { file: TF, test: 'real Terraform: deploy, diff, change, destroy (local) applies a pull request in place while rows keep flowing: no row lost, the new field arrives' },
      { file: TF, test: 'real Terraform: deploy, diff, change, destroy (local) flags what would hurt the pipeline in a real plan: a renamed flow, a dropped carried field, no major bump' },
      { file: TF, test: 'real Terraform: deploy, diff, change, destroy (local) destroys everything it created, leaving no replication slot behind, then deploys from scratch' },
    ],
  },
  {
    id: 'plan-check',
    claim: 'On real plans of `prod` between two catalogue versions (offline), a pull request that updates in place passes the plan check, and a renamed flow with a dropped field is flagged, with or without a major bump',
    proof: [
      { file: PLAN, test: `${PLAN_DESCRIBE} passes a pull request that only updates in place: new field, longer retention, a new reader mask` },
      { file: PLAN, test: `${PLAN_DESCRIBE} flags a breaking change without a major bump: renamed connector, dropped carried field, version` },
      { file: PLAN, test: `${PLAN_DESCRIBE} still flags what a major bump replaces (slots, connectors), but not the version` },
    ],
  },
  {
    id: 'dev-deploy',
    claim: "`cdktf deploy dev` on a Docker Engine with look-alike images: from nothing to healthy containers, schema, roles, publications, slots, topics and running connectors; a row each way arrives masked, with no sink-stamped record in the profile topics; `cdktf diff` shows no change; `status dev` is healthy; destroy leaves nothing of ours; a second deploy works; a new carried field applies in place and flows",
    proof: [
      dev('deploys from nothing: containers healthy, schema, roles, publications, slots, topics, connectors'),
      dev('carries a row each way, masked as the catalogue says'),
      dev('plans no change afterwards (cdktf diff)'),
      dev('reports the pipeline healthy (npx smart-cdc status dev)'),
      dev('destroys everything: no container, volume or network of ours, no state entries'),
      dev('deploys again from nothing, and rows flow'),
      dev('applies a catalogue change (a new carried field) in place, and the field flows'),
    ],
  },
  {
    id: 'dev-monitoring',
    claim: "`cdktf deploy dev` with phase 4 brings the JMX exporter agent into the broker and the worker and runs a Prometheus container that scrapes both and `smart-cdc metrics dev` with the rule file derived from the catalogue (`promtool check config` accepts it); on the real containers every target is up, Debezium's and Connect's series arrive, and stopping the citizen database's container fires `SmartCdcEndpointDown`, which clears once it is back",
    proof: [
      dev("phase 4: Prometheus scrapes the JMX agents and the exporter, loads the derived rules; a stopped database fires its alert, which clears once it is back"),
      { file: DEV_MONITORING, test: 'dev stack, phase 4: Prometheus promtool accepts the configuration with its rule file' },
      { file: DEV_MONITORING, test: "dev stack, phase 4: the JMX exporter agent in the broker and the worker is the version the local runtime runs (runtime/pom.xml's jmx.exporter.version)" },
    ],
  },
  {
    id: 'ranger-engine',
    claim: "Ranger's own policy engine, offline, gives each reader role on each column the access and mask the catalogue says, denies roles the catalogue does not know, and lets only Connect use the raw change topics; Ranger Admin's validators accept the service definition, the services and each policy",
    proof: [
      ranger('everyReaderRoleOnEveryColumn'),
      ranger('unknownRolesAreDeniedEverywhere'),
      ranger('onlyConnectUsesRawChangeTopics'),
      ranger('serviceDefinitionPassesRangerAdminValidation'),
      ranger('servicesPassRangerAdminValidation'),
      ranger('policiesPassRangerAdminValidation'),
    ],
  },
  {
    id: 'secure-profile',
    claim:
      "The runtime's secured profile (`up --secure`) is secured for real: Kafka refuses a wrong SCRAM password and a client that does not trust the test CA, denies a principal without ACLs every topic, holds the deploy principal to the pipeline's prefixes; both Connect workers answer 401 without credentials, form one group and resolve no secret of the runtime's in a config; PostgreSQL refuses TCP without TLS and accepts `sslmode=verify-full`",
    proof: [
      secure('Kafka: SASL_SSL with SCRAM-SHA-512, checked against the test CA refuses a wrong SCRAM password'),
      secure('Kafka: SASL_SSL with SCRAM-SHA-512, checked against the test CA refuses a TLS client that does not trust the test CA'),
      secure('Kafka: the authorizer denies what no ACL allows a principal without ACLs (smart-cdc-nobody) sees no topic, cannot read one and cannot create one'),
      secure("Kafka: the authorizer denies what no ACL allows the deploy principal (smart-cdc) creates topics under the pipeline's prefix only, and reads none"),
      secure('Kafka Connect: two workers, one group, REST on HTTPS with basic auth both workers answer 401 without credentials or with a wrong password, 200 with them, verifying the test CA'),
      secure("Kafka Connect: two workers, one group, REST on HTTPS with basic auth no config provider of the workers reads the runtime's secrets: a validated config does not resolve the admin's password"),
      secure('Kafka Connect: two workers, one group, REST on HTTPS with basic auth a connector created through either worker (one of them not the leader) is visible through the other'),
      secure('PostgreSQL: TLS only, verify-full against the test CA both clusters refuse a connection without TLS'),
      secure('PostgreSQL: TLS only, verify-full against the test CA both clusters accept sslmode=verify-full with the test CA, and the session is encrypted'),
    ],
  },
  {
    id: 'prod-shape',
    claim:
      "`prod`, as `sharedEnvironment` builds it, deploys to the secured profile with `bootstrap prod` (`cdktf deploy` over SASL_SSL, HTTPS and `verify-full`): topics with RF 3 and min ISR 2, every ACL the stack grants held, rows flowing both ways, `cdktf diff` empty, `status` healthy; a wrong SASL, REST or database password, a missing CA file or an untrusted CA stops it at preflight with one line naming the endpoint and the cause, nothing applied; whichever of the stack's ACLs is taken away, `status` names it (down) and the flows heal once it is given back; only the operators read dead letters, the capture role writes no target and the sink role reads nothing else; a worker killed (kill -9) or a broker stopped mid-burst leaves every target exact with no command",
    proof: [
      { file: PROD_SHAPE, test: `${PROD}bootstrap prod: preflight passes over TLS and SASL, cdktf deploy applies, every connector RUNNING, healthy` },
      { file: PROD_SHAPE, test: `${PROD}topics have replication factor 3 and min ISR 2; the stack holds every ACL it grants` },
      { file: PROD_SHAPE, test: `${PROD}status names whichever of the stack's ACLs is taken away, each in turn; given back, the flows heal without a command` },
      { file: PROD_SHAPE, test: `${PROD}streams both ways: a published insight reaches the portal, a consented submission the warehouse` },
      { file: PROD_SHAPE, test: `${PROD}cdktf diff prod shows no change` },
      { file: PROD_SHAPE, test: `${PROD}status prod over TLS and SASL: healthy` },
      { file: PROD_SHAPE, test: `${PROD}bad input at the boundary: bootstrap stops at preflight, one line naming the endpoint and the cause, nothing applied a wrong SASL password` },
      { file: PROD_SHAPE, test: `${PROD}bad input at the boundary: bootstrap stops at preflight, one line naming the endpoint and the cause, nothing applied a CA that did not sign the certificates` },
      { file: PROD_SHAPE, test: `${PROD}least privilege, on the real engines only the operators' principal (and Connect) reads a dead-letter topic; the operators read no change topic, the deploy principal and an unknown principal nothing` },
      { file: PROD_SHAPE, test: `${PROD}least privilege, on the real engines the capture role writes no target table; the sink role reads no table but its targets` },
      { file: PROD_SHAPE, test: `${PROD}distributed: a worker killed, a broker stopped; the flows go on without a command kill -9 of the worker with the most tasks, mid-burst: its tasks move to the other, every target exact` },
      { file: PROD_SHAPE, test: `${PROD}distributed: a worker killed, a broker stopped; the flows go on without a command one broker stopped: with min ISR 2 the flows go on` },
    ],
  },
  {
    id: 'alerts',
    claim:
      "Every generated alert rule passes `promtool check rules` in every environment and, under `promtool test rules`, fires on a series that should fire it and stays quiet on one that should not; on the local runtime a real Prometheus scraping `smart-cdc metrics local --listen` fires the matching alert when a sink is paused, a row is parked or a source is stopped, and clears it once that is repaired",
    proof: [
      { file: ALERTS, test: 'alert rules: checked by Prometheus (promtool) local: promtool check rules accepts the rule file' },
      { file: ALERTS, test: 'alert rules: checked by Prometheus (promtool) prod: promtool check rules accepts the rule file' },
      { file: ALERTS, test: 'alert rules: checked by Prometheus (promtool) promtool test rules: every alert of local fires on a series that should fire it, after its `for`, and stays quiet on one that should not' },
      metrics('a sink paused: SmartCdcSinkNotRunning fires for its flow, and clears once it is resumed'),
      metrics('a row the target refuses: SmartCdcDeadLetters fires for its flow, and clears once it is replayed'),
      metrics('a source stopped: SmartCdcSourceNotRunning and SmartCdcSlotInactive fire for its database, and clear once it is resumed'),
      metrics("the engines' JMX exporters: every series the rules and dashboards read arrives, labelled with the environment"),
    ],
  },
  {
    id: 'dashboards',
    claim:
      "Each environment's Grafana dashboard has a row per source database and per flow; every query parses with `promtool`, reads only series the exporters write, and evaluates on a real Prometheus scraping the local runtime, where a change shows in its flow's throughput",
    proof: [
      { file: '__tests__/unit/monitoring/dashboard.test.ts', test: 'Grafana dashboard prod: every query parses (promtool) and reads only series the exporters write' },
      { file: '__tests__/unit/monitoring/dashboard.test.ts', test: 'Grafana dashboard prod: a row for the pipeline, one per source database and one per flow, each flow with throughput, lag, dead letters and task states' },
      metrics("every query of the Grafana dashboard evaluates on the real series; a change shows in its flow's throughput"),
    ],
  },
];

const DELETES_MECHANISM =
  "Per flow (`deletes` in the catalogue, with the reason): `propagate` (flows 1, 2, 5, 6: `ExtractNewRecordState` turns a delete into a tombstone, the sink deletes by key) or `ignore` (flows 3, 4: a citizen account and a registry profile are closed by their own processes).";

export const PROMISES: readonly KeptPromise[] = [
  {
    rule: '**No loops**',
    mechanism:
      "Tables a sink writes *and* a source captures (`portal.citizen`, `analytics.citizen_profile`, `portal.recommendation`) get a `cdc_origin` column stamped by a `BEFORE INSERT OR UPDATE` trigger: `app`, unless the session's login role is the stack's sink role (`smart_cdc_sink`): then `sink-over-app` over a row the application wrote, else `sink` (only sinks ever wrote the row). The source connector drops changes whose after-image says either sink value with the project's compiled `DropSinkEchoes` transform (`connect-plugin/`), limited to those tables; a snapshot read passes unless the row is `sink`, so a snapshot, backfill or `repair replay` carries every row this side's application wrote, whoever wrote it last (the other side's sink writes it as a sink's, so it goes no further), and never overwrites the other side's values with a row the other side made. Whether a write is a sink's is decided by role, so an application write after a sink write is still sent. Why not a publication row filter on `cdc_origin`: an UPDATE that moves a row *out* of a row filter is published as a DELETE, so a sink write would delete the row on the other side.",
    claims: ['no-echo', 'app-after-sink'],
  },
  {
    rule: '**Last writer wins** on `household_size`',
    mechanism:
      'A hybrid logical clock in the same trigger: an application write gets a version above the one it replaces (`greatest(its explicit version or cdc.clock(), stored + 1 µs)`); a sink write keeps the greater `(household_size_updated_at, household_size)` pair (equal versions: the greater value). Both sides converge whatever the arrival order, explicit versions or clock skew, and a causally later write wins.',
    claims: ['lww-newer', 'lww-stamp', 'lww-skew', 'lww-causal', 'lww-arrival-order'],
  },
  {
    rule: '**Ownership**',
    mechanism:
      "Each flow carries only its side's fields (flow 3: registry-owned, flow 4: citizen-owned, both: the shared field). The catalogue validation rejects a field written from both sides unless it is declared shared.",
    claims: ['ownership-e2e', 'ownership-fields', 'ownership-validation'],
  },
  {
    rule: '**Filters on mutable columns**',
    mechanism:
      "PostgreSQL 15 publication row filters (`status IN ('published')`, `status IN ('accepted','dismissed')`, `consent_research IN (true)`): an UPDATE leaving the filter is published as a DELETE, one entering it as an INSERT. Those tables get `REPLICA IDENTITY FULL` (otherwise PostgreSQL rejects the application's UPDATEs), and a first copy (the bulk copy of a backfill) reads the source with the same predicate; `repair snapshot` sends it as the signal's `additional-conditions`.",
    claims: ['filter-leave-enter', 'flow-first-copies', 'filter-replica-identity'],
  },
  {
    rule: '**Masking in flight**',
    mechanism:
      "The source's `column.include.list` lets into Kafka only the columns some flow carries (so INTERNAL columns and fields no flow needs never reach a topic); SENSITIVE columns are hashed at the source with the per-environment salt. The **masking gate** (a cdktf Aspect, [constructs/aspects/masking-gate.ts](constructs/aspects/masking-gate.ts)) reads the synthesized connector configurations and fails the synth, naming flow and column, if an INTERNAL column could reach Kafka or leave the warehouse, a SENSITIVE column could leave unhashed, or a reader role could read a PII column without a Ranger mask.",
    claims: ['internal-topics', 'internal-other-topics', 'internal-target', 'sensitive-hash', 'masking-gate'],
  },
  { rule: '**Deletes**', mechanism: DELETES_MECHANISM, claims: ['flow-changes'] },
  {
    rule: '**Delivery**',
    mechanism:
      "At least once end to end: Debezium confirms the slot's LSN only when Connect commits offsets; sinks upsert by record key (`insert.mode=upsert`, `primary.key.mode=record_key`), so a replay is idempotent. Converter/SMT errors and rows the target refuses are parked in a dead-letter topic per sink ([connect-plugin/](connect-plugin): the parking sink) and the flow goes on; `repair replay` re-applies them.",
    claims: ['kill-crash', 'sink-upsert', 'parked', 'toast'],
  },
  {
    rule: '**Self-healing**',
    mechanism:
      "The sinks re-deliver while a target is unreachable; the pipeline supervisor (a connector of every stack) restarts FAILED connectors and tasks with backoff; a DDL guard refuses renaming, retyping or dropping a carried column; `status` warns before a slot is lost and `repair resync` recovers one. See the strategy document's *Self-healing*.",
    claims: ['target-down', 'black-hole', 'supervisor', 'ddl-guard', 'lost-slot', 'bulk-copy'],
  },
  {
    rule: '**Schema evolution**',
    mechanism: 'A new source column is not in `column.include.list`, so it is not sent; sinks use `schema.evolution=none`; the pipeline keeps running.',
    claims: ['new-column', 'new-column-not-sent'],
  },
  {
    rule: '**Least privilege**',
    mechanism:
      '`smart_cdc_capture`: LOGIN REPLICATION, never superuser, SELECT on captured tables only (plus writing its heartbeat and signal rows in `cdc`); `smart_cdc_sink`: SELECT/INSERT/UPDATE/DELETE on its flows\' target tables only, no privilege on `cdc` (the triggers it fires run as their owner).',
    claims: ['roles', 'grants'],
  },
];

export const claimAnchor = (id: string) => `claim-${id}`;

export function claimById(id: string): Claim {
  const c = CLAIMS.find((x) => x.id === id);
  if (!c) throw new Error(`docs: no claim '${id}' in scripts/docs/claims.ts`);
  return c;
}

const NOT_PROVEN = '**not proven by a test yet**';

/** The table of README's "How the pipeline keeps its promises": rule, mechanism, the claims proving it. */
export function promisesTable(promises: readonly KeptPromise[] = PROMISES): string {
  return table(
    ['rule', 'mechanism (all derived from the catalogue)', 'proven by'],
    promises.map((p) => [
      p.rule,
      p.mechanism,
      p.claims
        .map(claimById)
        .map((c) => `[${c.claim.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')}](#${claimAnchor(c.id)})${c.unproven ? ` (${NOT_PROVEN})` : ''}`)
        .join('; '),
    ]),
  );
}

/** A test file as the table shows it: from `__tests__/`, or a JUnit class without its package folders. */
const shortFile = (file: string) => file.replace(/^__tests__\//, '').replace(/\/src\/test\/java\/.*\//, '/');

/** The tests of a claim, file by file: the file, then the full name of each of its tests. */
function proofCell(proof: readonly Proof[]): string {
  const byFile = new Map<string, string[]>();
  for (const p of proof) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.test]);
  return [...byFile].map(([file, tests]) => `[${shortFile(file)}](${file}): ${tests.map((t) => `“${t}”`).join('; ')}`).join('<br>');
}

/** README's "What the tests prove": each claim, then the tests that prove it (or why none does). */
export function claimsTable(claims: readonly Claim[] = CLAIMS): string {
  return table(
    ['claim', 'proven by (file, full test name)'],
    claims.map((c) => [
      `<a id="${claimAnchor(c.id)}"></a>${c.claim}`,
      c.unproven ? `${NOT_PROVEN}: ${c.unproven}` : proofCell(c.proof),
    ]),
  );
}
