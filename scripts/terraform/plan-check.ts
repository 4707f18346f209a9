/**
 * Reads a saved Terraform plan (`terraform show -json <plan>`) of a SMART CDC stack and flags the
 * changes that hurt a CDC pipeline, for a pull request's plan comment:
 *
 *   npm run plan:check -- build/plan/prod.json [--markdown]      exit 0 clean · 1 hazards · 64 bad input
 *
 * - a replication slot replaced or destroyed: the source loses its position and must re-snapshot;
 * - a publication or a database teardown destroyed: capture stops / the stack's SQL is dropped;
 * - a connector renamed or destroyed: its offsets are lost (sources re-snapshot, sinks re-consume);
 * - a topic recreated, destroyed or given fewer partitions: its records are lost;
 * - a carried column removed from a connector (`column.include.list`, a sink's field selection);
 * - any of these while the catalogue's major version (output `pipeline_version`) stays the same.
 */
import { readFileSync } from 'fs';

export type Action = 'no-op' | 'create' | 'read' | 'update' | 'delete';

export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly change: { readonly actions: readonly Action[]; readonly before?: any; readonly after?: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface PlanJson {
  readonly resource_changes?: readonly ResourceChange[];
  readonly output_changes?: Record<string, { readonly before?: unknown; readonly after?: unknown }>;
}

export interface Finding {
  readonly kind: 'slot' | 'publication' | 'teardown' | 'connector' | 'topic' | 'column' | 'version';
  readonly address?: string;
  readonly message: string;
}

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly replace: number;
}

const has = (c: ResourceChange, a: Action) => c.change.actions.includes(a);
const replaced = (c: ResourceChange) => has(c, 'delete') && has(c, 'create');
const verb = (c: ResourceChange) => (replaced(c) ? 'replaced' : 'destroyed');
const major = (v: unknown) => (typeof v === 'string' ? v.split('.')[0] : undefined);

/** Config keys listing what a connector carries: Debezium's column list, the sinks' field selection. */
const CARRIED_KEYS = ['column.include.list', 'transforms.selectFields.include'];
const listOf = (config: Record<string, string> | undefined, key: string) =>
  (config?.[key] ?? '').split(',').filter(Boolean).map((c) => c.replace(/\\(.)/g, '$1'));

/** A rename is a destroy plus a create at another address: the created connector most like the destroyed one. */
function successor(plan: PlanJson, gone: ResourceChange): string | undefined {
  const name = String(gone.change.before?.name ?? '');
  const created = (plan.resource_changes ?? []).filter((c) => c.type === gone.type && c.change.actions.length === 1 && has(c, 'create')).map((c) => String(c.change.after?.name ?? ''));
  const common = (a: string) => [...a].findIndex((ch, i) => ch !== name[i]);
  return created.sort((a, b) => (common(b) < 0 ? b.length : common(b)) - (common(a) < 0 ? a.length : common(a)))[0];
}

export function summarize(plan: PlanJson): PlanSummary {
  const changes = (plan.resource_changes ?? []).filter((c) => !has(c, 'no-op') && !has(c, 'read'));
  return {
    add: changes.filter((c) => has(c, 'create')).length,
    change: changes.filter((c) => has(c, 'update')).length,
    destroy: changes.filter((c) => has(c, 'delete')).length,
    replace: changes.filter(replaced).length,
  };
}

/** The addresses of a database's publication step and teardown (constructs/database/database-layer.ts), as Terraform names them. */
export const PUBLICATION_STEP = /\.database-[^.]*_publication_apply_[0-9A-F]+$/;
export const TEARDOWN_STEP = /\.database-[^.]*_teardown_[0-9A-F]+$/;

export function checkPlan(plan: PlanJson): Finding[] {
  const out: Finding[] = [];
  for (const c of plan.resource_changes ?? []) {
    const { before, after } = c.change;
    if (c.type === 'postgresql_replication_slot' && has(c, 'delete'))
      out.push({ kind: 'slot', address: c.address, message: `replication slot \`${before?.name}\` is ${verb(c)}: its source loses its position and must re-snapshot; changes made meanwhile are not streamed` });
    else if (c.type === 'terraform_data' && PUBLICATION_STEP.test(c.address) && has(c, 'delete') && !replaced(c))
      out.push({ kind: 'publication', address: c.address, message: `the publication of database \`${before?.input?.database ?? '?'}\` is destroyed: capture from it stops` });
    else if (c.type === 'terraform_data' && TEARDOWN_STEP.test(c.address) && has(c, 'delete'))
      out.push({ kind: 'teardown', address: c.address, message: `the teardown of database \`${before?.input?.PGDATABASE ?? '?'}\` runs: publication, guard triggers, origin column and the cdc schema are dropped` });
    else if (c.type === 'kafka-connect_connector' && has(c, 'delete')) {
      const renamedTo = replaced(c) && after?.name !== before?.name ? after?.name : successor(plan, c);
      out.push({
        kind: 'connector',
        address: c.address,
        message: renamedTo
          ? `connector \`${before?.name}\` is renamed to \`${renamedTo}\`: its offsets are lost (a source re-snapshots, a sink re-consumes its topic)`
          : `connector \`${before?.name}\` is ${verb(c)}: its offsets are lost`,
      });
    }
    else if (c.type === 'kafka_topic' && has(c, 'delete'))
      out.push({
        kind: 'topic',
        address: c.address,
        // the provider replaces a topic whose partitions go down: Kafka cannot reduce them
        message: `topic \`${before?.name}\` is ${replaced(c) ? 'recreated' : 'destroyed'}${replaced(c) && Number(after?.partitions) < Number(before?.partitions) ? ` (Kafka cannot reduce its partitions from ${before.partitions} to ${after.partitions})` : ''}: its records are lost`,
      });
    // the Kafka provider plans fewer partitions as a replacement (above); a provider that updated in place would land here
    else if (c.type === 'kafka_topic' && has(c, 'update') && Number(after?.partitions) < Number(before?.partitions))
      out.push({ kind: 'topic', address: c.address, message: `topic \`${before?.name}\` goes from ${before.partitions} to ${after.partitions} partitions: Kafka cannot reduce partitions` });
    if (c.type === 'kafka-connect_connector' && has(c, 'update') && before?.name === after?.name)
      for (const key of CARRIED_KEYS) {
        const gone = listOf(before?.config, key).filter((x) => !listOf(after?.config, key).includes(x));
        if (gone.length) out.push({ kind: 'column', address: c.address, message: `connector \`${before.name}\` no longer carries ${gone.map((g) => `\`${g}\``).join(', ')} (${key}): the target keeps stale values` });
      }
  }
  const v = plan.output_changes?.pipeline_version;
  if (out.length && v && major(v.before) !== undefined && major(v.before) === major(v.after))
    out.push({
      kind: 'version',
      message: `breaking change without a major version bump (pipeline_version ${v.before === v.after ? `stays ${v.after}` : `${v.before} → ${v.after}`}): names that carry the major version are reused`,
    });
  return out;
}

/** The summary at the top of a pull request's plan comment. */
export function renderFindings(stack: string, plan: PlanJson, findings: readonly Finding[], markdown = false): string {
  const s = summarize(plan);
  const counts = `Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy (${s.replace} replaced).`;
  const head = findings.length ? `${findings.length} change(s) that hurt the CDC pipeline` : 'no change that hurts the CDC pipeline';
  if (!markdown) return [`plan check ${stack}: ${head}`, ...findings.map((f) => `  - ${f.message}`), counts].join('\n');
  return [`### ${findings.length ? '⚠️' : '✅'} SMART CDC plan check — \`${stack}\`: ${head}`, '', ...findings.map((f) => `- ${f.message}${f.address ? ` (\`${f.address}\`)` : ''}`), ...(findings.length ? [''] : []), counts].join('\n');
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || args.some((a) => a.startsWith('--') && !['--markdown'].includes(a))) {
    console.error('usage: plan-check <plan.json> [--markdown]   (the output of `terraform show -json <saved plan>`)');
    process.exit(64);
  }
  let plan: PlanJson;
  try {
    plan = JSON.parse(readFileSync(file, 'utf8')) as PlanJson;
    if (!Array.isArray(plan.resource_changes) && !plan.output_changes) throw new Error('not a Terraform JSON plan (no resource_changes)');
  } catch (e) {
    console.error(`error: plan-check: ${file}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(64);
  }
  const findings = checkPlan(plan);
  console.log(renderFindings(file.replace(/^.*\//, '').replace(/\.json$/, ''), plan, findings, args.includes('--markdown')));
  process.exit(findings.length ? 1 : 0);
}
