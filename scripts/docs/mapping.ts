import { CARRIED_TYPES, REFUSED, TYPE_TRAVEL } from '../../constructs/connect/field-types';
import { CatalogueView, filterSql, ORIGIN_APP, ORIGIN_COLUMN, ORIGIN_SINK, ORIGIN_SINK_OVER_APP, qualified, SINK_ROLE } from '../../catalogue/derive';
import { ColumnClass, DatabaseId, FlowDef, PHASES } from '../../catalogue/model';
import { HASH_ALGORITHM } from '../../constructs/connect/transforms';
import { ALLOW_TRUNCATE, LWW_CLOCK, LWW_STEP, truncateGuardedTables } from '../../constructs/database/sql';
import { GENERATED_NOTICE } from './config-export';
import { ColumnFate, fatesOf } from './fates';
import { Pipeline } from './pipeline';
import { accessMatrix, accessOf, environmentRanger } from './ranger';
import { code, list, table as mdTable, words } from './render';

/** docs/DATA_MAPPING_REFERENCE.md: everything about a table or a column, read off the catalogue. */

/** The rule of each column class; INTERNAL names its home databases (a property of the catalogue's databases). */
export function classRules(view: CatalogueView): Record<ColumnClass, string> {
  const homes = view.catalogue.databases.filter((d) => d.internalHome).map((d) => code(d.name));
  return {
    PUBLIC: 'replicated as is',
    PII: 'replicated between the databases as is (inside the pipeline, over TLS where the environment requires it); masked for readers by Ranger',
    SENSITIVE: `leaves its database only as a salted ${HASH_ALGORITHM} hash, computed by the source connector before Kafka`,
    INTERNAL: `never leaves its home database (${words(homes) || 'none'}): removed by the source connector, so it is in no Kafka topic and no target table`,
  };
}

export const arrow = (f: FlowDef) => `${f.source.database} → ${f.target.database}`;
export const flowTitle = (f: FlowDef) => `Flow ${f.id} — ${f.name}`;
const anchor = (f: FlowDef) => `flow-${f.id}--${f.name.replace(/_/g, '_')}`;

export function filterText(f: FlowDef): string {
  return f.filter ? code(filterSql(f.filter)) : 'all rows';
}

export function deleteText(f: FlowDef): string {
  if (f.deletes === 'propagate')
    return `propagate: a delete at the source${f.filter ? ', or the row leaving the filter,' : ''} deletes the target row`;
  return `ignore: deletes${f.filter ? ' (including rows leaving the filter)' : ''} are dropped before the sink; the target keeps the row`;
}

/** The version an application write gets, as the trigger computes it (constructs/database/sql.ts). */
export const clockRule = () => `greatest(its explicit version, or ${LWW_CLOCK} when it gives none, the stored version + ${LWW_STEP.text})`;

const HASHED = `hashed (${HASH_ALGORITHM} with the environment's salt) by the source connector`;

/** What the deployed connectors do with a source column, as words. */
export function fateText(fate: ColumnFate, column: string): string {
  if (fate.kind === 'excluded') return 'not captured: left out of the source connector\'s `column.include.list`, so in no Kafka topic';
  if (fate.kind === 'topic') return `in the change topic${fate.hashed ? `, ${HASHED}` : ''}; not written by the sink (left out of its \`ReplaceField\` include list)`;
  return [...(fate.hashed ? [HASHED] : []), fate.target === column ? 'copied' : `renamed to ${code(fate.target)}`].join('; ');
}

function owner(f: FlowDef, view: CatalogueView, column: string): string {
  const shared = (f.shared ?? []).find((s) => s.column === column || s.versionColumn === column);
  if (shared) return `shared: last writer wins by ${code(shared.versionColumn)}`;
  if (view.primaryKey(f.source.database, f.source.table).name === column) return 'key';
  return view.database(f.source.database).name;
}

function flowSection(view: CatalogueView, f: FlowDef, envs: string, fates: Map<string, ColumnFate>): string {
  const src = view.table(f.source.database, f.source.table);
  const dst = view.table(f.target.database, f.target.table);
  const srcDb = view.database(f.source.database).name;
  const dstDb = view.database(f.target.database).name;
  const rows = src.columns.map((c) => {
    const fate = fates.get(c.name)!;
    return [code(c.name), c.class, fate.kind === 'written' ? code(fate.target) : '—', fateText(fate, c.name), fate.kind === 'written' ? owner(f, view, c.name) : '—'];
  });
  const written = new Set(Object.values(f.fields));
  const untouched = dst.columns.filter((c) => !written.has(c.name)).map((c) => code(c.name));
  const guardedTarget = view.echoGuardedTables(f.target.database).includes(f.target.table);
  const guardedSource = view.echoGuardedTables(f.source.database).includes(f.source.table);
  const writers = view.flowsInto(f.source.database).filter((g) => g.target.table === f.source.table);

  const out = [
    `### ${flowTitle(f)}`,
    '',
    `${f.description}. Phase ${f.phase} (${PHASES[f.phase]}); runs in ${envs}.`,
    '',
    mdTable(
      ['', ''],
      [
        ['source', `${code(f.source.table)} in ${code(srcDb)}`],
        ['target', `${code(f.target.table)} in ${code(dstDb)}`],
        ['source connector', code(view.sourceConnectorName(f.source.database))],
        ['change topic', code(view.changeTopic(f))],
        ['sink connector', code(view.sinkConnectorName(f))],
        ['dead-letter topic', code(view.deadLetterTopic(f))],
      ],
    ),
    '',
    '**Fields** (every column of the source table):',
    '',
    mdTable(['source column', 'class', 'target column', 'what the connectors do with it', 'owner'], rows),
    '',
    untouched.length
      ? `Target columns this flow never writes (kept by ${code(dstDb)}; the upsert updates only the columns it carries): ${words(untouched)}.`
      : 'The flow writes every column of the target table.',
  ];
  if (guardedTarget) out.push('', `The target table also gets ${code(ORIGIN_COLUMN)}, stamped by a trigger (see [loop prevention](#loop-prevention)).`);
  const passedOn = view.passedOnFields(f);
  if (passedOn.length)
    out.push(
      '',
      `Fields this flow passes on from another flow into ${code(f.source.table)}: ${words(passedOn.map(code))}. A change of one there is that flow's sink's, which [loop prevention](#loop-prevention) keeps home: this flow carries it with the application's next write of the row (or a snapshot). Until then \`verify\` counts the row as *behind*, not as different.`,
    );
  out.push('', '**Rows:**', '');
  if (f.filter) {
    out.push(
      list([
        `only rows where ${filterText(f)}: the publication's row filter (${code(`${f.source.table} WHERE (${filterSql(f.filter)})`)}) for changes, and the same predicate in the bulk copy's ${code('SELECT')} for the first copy (\`scripts/ops/flow-sql.ts\`)`,
        f.deletes === 'propagate'
          ? `an UPDATE that makes a row match is published as an INSERT (the row appears in ${code(f.target.table)}); one that makes it stop matching is published as a DELETE (the row leaves ${code(f.target.table)})`
          : `an UPDATE that makes a row match is published as an INSERT; one that makes it stop matching is published as a DELETE, which this flow ignores, so the target keeps the row`,
        `${code(f.source.table)} has REPLICA IDENTITY FULL, because PostgreSQL needs the old value of ${code(f.filter.column)} to evaluate the filter on UPDATE and DELETE`,
      ]),
    );
  } else out.push('- every row');
  out.push('', `**Deletes:** ${deleteText(f)}. Why: ${f.deletesReason}.`);
  if (guardedSource) {
    const w = writers.map((g) => `flow ${g.id}`);
    out.push('', `**Loop prevention:** rows that the sink of ${words(w)} wrote into ${code(f.source.table)} carry ${code(`${ORIGIN_COLUMN} = '${ORIGIN_SINK}'`)} (or ${code(`'${ORIGIN_SINK_OVER_APP}'`)} over a row this side's application wrote) and their changes are dropped by ${code(view.sourceConnectorName(f.source.database))}; they never travel back.`);
  }
  if (f.shared?.length)
    out.push('', `**Shared fields:** ${words(f.shared.map((s) => `${code(s.column)} (version ${code(s.versionColumn)})`))}: see [last writer wins](#shared-fields-last-writer-wins).`);
  return out.join('\n');
}

/** Who writes each column of each flow target: the flows into it, or only its own database's applications. */
function ownershipSection(view: CatalogueView): string {
  const out: string[] = [];
  for (const db of view.catalogue.databases) {
    for (const table of view.targetTables(db.id)) {
      const t = view.table(db.id, table);
      const into = view.flowsInto(db.id).filter((f) => f.target.table === table);
      const outOf = view.flowsFrom(db.id).filter((f) => f.source.table === table);
      const rows = t.columns.map((c) => {
        const writers = into.filter((f) => Object.values(f.fields).includes(c.name));
        const shared = into.flatMap((f) => f.shared ?? []).find((s) => s.column === c.name || s.versionColumn === c.name);
        const key = c.primaryKey;
        let who: string;
        if (key) who = 'key (both sides)';
        else if (shared) who = `shared: last writer wins by ${code(shared.versionColumn)}`;
        else if (writers.length) who = `${words(writers.map((f) => view.database(f.source.database).name))} (flow ${writers.map((f) => f.id).join(', ')})`;
        else who = `${db.name} only`;
        const readBack = outOf.filter((f) => c.name in f.fields).map((f) => `flow ${f.id} → ${code(`${f.target.table}.${f.fields[c.name]}`)}`);
        return [code(c.name), c.class, who, readBack.length ? words(readBack) : '—'];
      });
      out.push(`### ${code(`${db.name}.${table}`)}`, '', `Written by ${words(into.map((f) => `flow ${f.id} (${f.name})`))}.`, '', mdTable(['column', 'class', 'owner (who may change it)', 'sent on by'], rows), '');
    }
  }
  return out.join('\n').trimEnd();
}

function sharedSection(view: CatalogueView): string {
  const fields = new Map<string, { column: string; versionColumn: string; flows: FlowDef[] }>();
  for (const f of view.catalogue.flows)
    for (const s of f.shared ?? []) {
      const key = `${s.column}/${s.versionColumn}`;
      fields.set(key, { ...s, flows: [...(fields.get(key)?.flows ?? []), f] });
    }
  if (fields.size === 0) return 'The catalogue declares no shared field.';
  const rows = [...fields.values()].map((s) => [code(s.column), code(s.versionColumn), words(s.flows.map((f) => `flow ${f.id}: ${code(f.source.table)} → ${code(f.target.table)}`))]);
  return [
    mdTable(['field', 'version column', 'carried by'], rows),
    '',
    'Both databases may change a shared field. A trigger on each target table decides, in the database, which value stays:',
    '',
    list([
      'a **sink write** (the session user is the sink role ' + code(SINK_ROLE) + ') keeps the pair (version, value) that is newer: if the incoming version is NULL, older than the stored one, or equal with a value that is not greater, the stored value and version are kept (the rest of the row is still written); a stored NULL version always loses to an incoming one;',
      'equal versions: the **greater value wins** (a value beats NULL), so both databases end in the same state whatever order the changes arrive in;',
      `an **application write** that changes the value or the version gets a version strictly above the one it replaces (a hybrid logical clock): ${code(clockRule())}, so an explicit version older than the stored one is moved just above it; an application INSERT with a value and no version gets ${code(LWW_CLOCK)}; a version that is not finite, or PostgreSQL's last timestamp, counts as none (see the strategy document).`,
    ]),
    '',
    `${code(LWW_CLOCK)} is the database's physical clock (\`sql/V002\`). Both sides converge whatever the order of arrival, the versions applications give or the clocks' skew, and a write made after another was visible on its side wins.`,
  ].join('\n');
}

function deletesSection(view: CatalogueView): string {
  const rows = view.catalogue.flows.map((f) => [
    `${f.id} ${f.name}`,
    `${code(f.source.table)} → ${code(f.target.table)}`,
    f.deletes,
    f.filter ? (f.deletes === 'propagate' ? 'deleted from the target' : 'kept in the target') : '—',
    f.deletesReason,
  ]);
  return [
    mdTable(['flow', 'tables', 'deletes', 'row leaves the filter', 'why'], rows),
    '',
    list([
      '`propagate`: the sink unwraps the change event with `ExtractNewRecordState` in `delete.tombstone.handling.mode=delete-to-tombstone` (a delete becomes a tombstone) and runs with `delete.enabled=true`: the tombstone deletes the target row by key.',
      '`ignore`: the same transform in `delete.tombstone.handling.mode=drop` removes delete events and tombstones, and the sink runs with `delete.enabled=false`.',
      `TRUNCATE is not replicated (the publications publish insert, update and delete only), so on a source table whose flows propagate deletes (${words(view.catalogue.databases.flatMap((d) => truncateGuardedTables(view, d.id).map((t) => code(t.table))))}) a trigger refuses it, naming the flow: delete the rows instead, or \`SET ${ALLOW_TRUNCATE} = on\` in the session and repair the targets afterwards with \`repair reconcile\`. On tables whose flows ignore deletes a TRUNCATE is allowed: their targets keep the rows, as they keep deleted ones.`,
    ]),
  ].join('\n');
}

type Matrices = Record<DatabaseId, ReturnType<typeof accessMatrix>>;

/**
 * What each reader role sees, read off the Ranger policy documents the governance layer derives.
 * Every environment that enables phase 3 must give the same answer (only names differ).
 */
function rangerMatrices(p: Pipeline, view: CatalogueView): { env: string; envs: string[]; matrices: Matrices } | undefined {
  const per = p.environments.flatMap((e) => {
    const docs = environmentRanger(e);
    if (!docs) return [];
    const matrices = Object.fromEntries(view.catalogue.databases.map((d) => [d.id, accessMatrix(docs, e.stack.view, e.env, d.id)])) as Matrices;
    return [{ env: e.name, matrices }];
  });
  if (!per.length) return undefined;
  const flat = (m: Matrices) => JSON.stringify(Object.entries(m).map(([db, x]) => [db, [...x.entries()].map(([r, t]) => [r, [...t.entries()].map(([n, c]) => [n, [...c.entries()]])])]));
  for (const other of per.slice(1))
    if (flat(other.matrices) !== flat(per[0].matrices)) throw new Error(`docs: Ranger gives reader roles different masks in '${per[0].env}' and '${other.env}'`);
  return { env: per[0].env, envs: per.map((x) => x.env), matrices: per[0].matrices };
}

function classificationSection(view: CatalogueView, ranger: ReturnType<typeof rangerMatrices>, fates: Map<string, Map<string, ColumnFate>>): string {
  const out: string[] = [];
  for (const db of view.catalogue.databases) {
    const readers = view.catalogue.readers.filter((r) => r.database === db.id);
    out.push(`### ${code(db.name)}`, '', db.description + '.', '');
    for (const t of db.tables) {
      const name = qualified(t);
      const flows = view.catalogue.flows.filter((f) => f.source.database === db.id && f.source.table === name);
      const rows = t.columns.map((c) => {
        const leaves = flows.map((f) => {
          const fate = fates.get(f.name)!.get(c.name)!;
          if (fate.kind === 'excluded') return 'never (excluded at the source)';
          if (fate.kind === 'topic') return `topic of flow ${f.id} only${fate.hashed ? ' (hashed)' : ''}`;
          return `flow ${f.id} → ${code(`${f.target.table}.${fate.target}`)}${fate.hashed ? ' (hashed)' : ''}`;
        });
        return [code(c.name), code(c.type), c.class, [...new Set(leaves)].join('; ') || 'not captured', ...readers.map((r) => (ranger ? accessOf(ranger.matrices[db.id], r.name, name, c.name) : 'no Ranger'))];
      });
      out.push(`#### ${code(name)}`, '', t.description + '.', '', mdTable(['column', 'type', 'class', 'leaves the database', ...readers.map((r) => `${r.name} sees`)], rows), '');
    }
  }
  return out.join('\n').trimEnd();
}

function readersSection(view: CatalogueView): string {
  const rows = view.catalogue.readers.map((r) => [
    code(r.name),
    view.database(r.database).name,
    r.tables === '*' ? 'every table' : words(r.tables.map(code)),
    Object.entries(r.masks)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, m]) => `${code(c)}: ${m}`)
      .join(', '),
    r.description,
  ]);
  return [
    mdTable(['role', 'database', 'tables', 'mask per PII column', 'who'], rows),
    '',
    'A reader role has no policy on a table outside its list, and no mask on a column that is not PII: INTERNAL and SENSITIVE columns a role can read are unmasked (SENSITIVE columns in the warehouse hold only the hash).',
  ].join('\n');
}

export function dataMappingReference(p: Pipeline): string {
  const view = new CatalogueView(p.catalogue);
  const cat = p.catalogue;
  const runsIn = (f: FlowDef) => {
    const envs = p.environments.filter((e) => e.env.phases.includes(f.phase) && !e.env.disabledFlows.includes(f.name)).map((e) => code(e.name));
    return envs.length ? words(envs) : 'no environment';
  };
  const overview = cat.flows.map((f) => [
    String(f.id),
    `[${f.name}](#${anchor(f)})`,
    `${f.phase}`,
    arrow(f),
    `${code(f.source.table)} → ${code(f.target.table)}`,
    filterText(f),
    f.deletes,
    (f.shared ?? []).map((s) => code(s.column)).join(', ') || '—',
  ]);
  const envRows = p.environments.map((e) => [
    code(e.name),
    e.env.phases.join(', '),
    view.catalogue.flows.filter((f) => e.env.phases.includes(f.phase) && !e.env.disabledFlows.includes(f.name)).map((f) => f.id).join(', ') || '—',
    e.env.disabledFlows.length ? words(e.env.disabledFlows.map(code)) : '—',
  ]);
  const rules = classRules(view);
  const classes = (Object.keys(rules) as ColumnClass[]).map((c) => [c, rules[c]]);
  // what the deployed connectors do with each column, per flow (the same in every environment that runs it)
  const fates = new Map(cat.flows.filter((f) => runsIn(f) !== 'no environment').map((f) => [f.name, fatesOf(p, f)]));
  const ranger = rangerMatrices(p, view);
  const rangerNote = ranger
    ? `The "… sees" columns are read off the Ranger policies the governance layer generates (identical, but for names, in ${words(ranger.envs.map(code))}): "clear" means the role reads the column unmasked, "no access" that no policy lets the role read the table, anything else is the Ranger mask type applied.`
    : 'No environment enables phase 3 (masking governance): Ranger applies no policy.';

  return `${GENERATED_NOTICE}
# Data mapping reference

Every table-to-table mapping of the SMART CDC pipeline, field by field, generated from the pipeline
catalogue (\`catalogue/smart.ts\`, version **${cat.version}**; names carry ${code(view.versionTag)}). The same
catalogue generates the publications, triggers, connector configurations, topics and Ranger policies, so
this page describes what is deployed; where a column travels (not captured, in the topic, hashed, written to
the target as …) is read off the synthesized connector configurations themselves, and a unit test compares
this page's claims with them. Regenerate it with \`npm run docs\`<!-- not run here: writes docs/ and config/; the e2e test runs npm run docs:check, the same generation without writing -->; a unit
test fails when it is stale. Why the pipeline works this way: [CDC and data masking strategy](CDC_DATA_MASKING_STRATEGY.md).

## Contents

1. [Flows](#flows)
2. [Flows per environment](#flows-per-environment)
3. [Flow details](#flow-details)
4. [Field ownership](#field-ownership)
5. [Shared fields: last writer wins](#shared-fields-last-writer-wins)
6. [Loop prevention](#loop-prevention)
7. [Delete handling](#delete-handling)
8. [Column classification and masks](#column-classification-and-masks)
9. [Reader roles](#reader-roles)
10. [Column types](#column-types)

## Flows

${mdTable(['#', 'flow', 'phase', 'direction', 'source → target', 'rows', 'deletes', 'shared fields'], overview)}

Each flow is one change topic (the source table's), read by one JDBC sink connector that writes one target
table by upsert on the primary key. Each source database has one Debezium source connector, one publication
and one replication slot.

## Flows per environment

An environment runs the flows of the phases it enables, less the flows it disables.

${mdTable(['environment', 'phases', 'flows', 'disabled flows'], envRows)}

## Flow details

${cat.flows.map((f) => flowSection(view, f, runsIn(f), fates.get(f.name)!)).join('\n\n')}

## Field ownership

A field has one owner, the database whose applications change it; the other side only receives it. The
catalogue validation rejects a field written from both sides unless it is a declared shared field.
For each table a flow writes:

${ownershipSection(view)}

## Shared fields: last writer wins

${sharedSection(view)}

## Loop prevention

Tables that a sink writes and a source connector also captures:

${mdTable(
  ['database', 'table', 'written by', 'captured for'],
  view.catalogue.databases.flatMap((db) =>
    view.echoGuardedTables(db.id).map((t) => [
      db.name,
      code(t),
      words(view.flowsInto(db.id).filter((f) => f.target.table === t).map((f) => `flow ${f.id}`)),
      words(view.flowsFrom(db.id).filter((f) => f.source.table === t).map((f) => `flow ${f.id}`)),
    ]),
  ),
)}

On these tables a \`BEFORE INSERT OR UPDATE\` trigger sets ${code(ORIGIN_COLUMN)} to ${code(`'${ORIGIN_APP}'`)} unless the
session user is the sink role ${code(SINK_ROLE)}; a sink's write is stamped ${code(`'${ORIGIN_SINK_OVER_APP}'`)} when
it updates a row the application wrote (or one from before the pipeline), else ${code(`'${ORIGIN_SINK}'`)}: only sinks ever wrote
that row. The source connector drops change events whose new row carries either sink value, so a sink's write is never
sent back; an application write after a sink write is stamped ${code(`'${ORIGIN_APP}'`)} again and travels normally. A snapshot
read (a snapshot, backfill or \`repair replay\`) carries a ${code(`'${ORIGIN_SINK_OVER_APP}'`)} row (this side's fields are its
application's) and drops a ${code(`'${ORIGIN_SINK}'`)} one (the other side made it; this side never wrote its fields).
Deletes carry no new row and always travel. ${code(ORIGIN_COLUMN)} itself is never selected by a sink.

## Delete handling

${deletesSection(view)}

## Column classification and masks

${mdTable(['class', 'rule'], classes)}

The masking gate (a cdktf Aspect) fails \`cdktf synth\` when a connector configuration would break the
INTERNAL or SENSITIVE rule.

${rangerNote}

${classificationSection(view, ranger, fates)}

## Reader roles

${readersSection(view)}

## Column types

How a carried column of each type travels from source to target (\`constructs/connect/field-types.ts\`). A value
that cannot be carried exactly is never written changed: the source flags it (\`ExactValues\`, naming the column and
the kind of value, never the value) and the sink parks the row in the flow's dead-letter topic with that reason.
The type round-trip test carries every type's ordinary values, limits, NULL and special values on the real
engines, through a Debezium snapshot read (as \`repair snapshot\` reads) and through streaming, and compares the target
with the source as text. A first copy is a bulk copy, which writes each value as the source holds it.

${mdTable(
  ['type', 'travels as', 'parked instead of written changed'],
  CARRIED_TYPES.map((t) => [code(t), TYPE_TRAVEL[t].travels, TYPE_TRAVEL[t].parked ?? '—']),
)}

Refused at synth, with the reason:

${mdTable(['type', 'why'], REFUSED.map(([, name, why]) => [name, why]))}
`;
}
