import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { terraformEnv } from '../../scripts/terraform/cdktf';
import { PlanJson } from '../../scripts/terraform/plan-check';
import { Json } from './synth';

/**
 * Real Terraform plans of a stack whose engines and backend are out of reach (staging, prod): the
 * backend is removed, every variable gets a dummy value and plans run with `-refresh=false`, so
 * Terraform and the real providers compute the plan without contacting anything.
 *
 * `adopt(plan)` writes the local state that applying `plan` would have left (values as planned,
 * computed ids fabricated): the next plan is then the plan between two versions of the stack.
 */
export class OfflineStack {
  readonly dir = mkdtempSync(join(tmpdir(), 'smart-cdc-offline-plan-'));
  private vars: NodeJS.ProcessEnv = {};

  /** Writes a synthesized stack (without its backend) as the configuration to plan. */
  use(stack: Json): void {
    const json = structuredClone(stack);
    delete json.terraform.backend;
    this.vars = Object.fromEntries(Object.keys(json.variable ?? {}).map((v) => [`TF_VAR_${v}`, 'offline-dummy']));
    writeFileSync(join(this.dir, 'cdk.tf.json'), JSON.stringify(json));
  }

  async init(): Promise<void> {
    await this.terraform('init', '-input=false', '-no-color');
  }

  /** The saved plan against the adopted state, as `terraform show -json` gives it (`destroy`: what `cdktf destroy` would do). */
  async plan(opts: { destroy?: boolean } = {}): Promise<PlanJson> {
    await this.terraform('plan', ...(opts.destroy ? ['-destroy'] : []), '-refresh=false', '-input=false', '-no-color', '-lock=false', '-out=offline.tfplan');
    return JSON.parse(await this.terraform('show', '-json', 'offline.tfplan')) as PlanJson;
  }

  /** The state `plan` leaves once applied. */
  adopt(plan: PlanJson): void {
    writeFileSync(join(this.dir, 'terraform.tfstate'), JSON.stringify(appliedState(plan as unknown as FullPlan)));
  }

  /** Removes the working directory (state, plans, providers). */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private terraform(...args: string[]): Promise<string> {
    // its own plugin cache: Terraform's is not safe for inits running at once (other files, other clones)
    const cache = join(this.dir, '.plugin-cache');
    mkdirSync(cache, { recursive: true });
    const env = { ...terraformEnv(process.env), ...this.vars, TF_PLUGIN_CACHE_DIR: cache, TF_IN_AUTOMATION: '1' };
    return new Promise((resolve, reject) =>
      execFile('terraform', [`-chdir=${this.dir}`, ...args], { env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) =>
        err ? reject(new Error(`terraform ${args[0]} (offline, ${this.dir}): ${(stderr || stdout).trim().split('\n').slice(-15).join('\n')}`)) : resolve(stdout),
      ),
    );
  }
}

interface PlannedResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  provider_name: string;
  schema_version: number;
  values: Json;
  sensitive_values: Json;
}
interface FullPlan {
  planned_values: { outputs?: Record<string, { value: unknown }>; root_module: { resources?: PlannedResource[] } };
  configuration: { root_module: { resources?: Array<{ address: string; provider_config_key: string }> } };
  resource_changes: Array<{ address: string; change: { after_unknown?: Json } }>;
}

/** The type of a JSON value as Terraform writes dynamically-typed attributes (`terraform_data`'s input). */
function ctyType(v: unknown): unknown {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (v === null || v === undefined) return 'dynamic';
  if (Array.isArray(v)) return ['tuple', v.map(ctyType)];
  return ['object', Object.fromEntries(Object.entries(v as Json).map(([k, x]) => [k, ctyType(x)]))];
}

/** State paths of the values a plan marks sensitive (`true` leaves of `sensitive_values`). */
function sensitivePaths(marks: unknown, path: Json[] = []): Json[][] {
  if (marks === true) return [path];
  if (Array.isArray(marks)) return marks.flatMap((m, i) => sensitivePaths(m, [...path, { type: 'index', value: { value: i, type: 'number' } }]));
  if (marks && typeof marks === 'object') return Object.entries(marks).flatMap(([k, m]) => sensitivePaths(m, [...path, { type: 'get_attr', value: k }]));
  return [];
}

function appliedState(plan: FullPlan): Json {
  const providerKey = new Map((plan.configuration.root_module.resources ?? []).map((r) => [r.address, r.provider_config_key]));
  const unknown = new Map(plan.resource_changes.map((c) => [c.address, c.change.after_unknown ?? {}]));
  const resources = (plan.planned_values.root_module.resources ?? []).map((r) => {
    const values: Json = { ...r.values };
    const unknownOf = unknown.get(r.address) ?? {};
    for (const [k, u] of Object.entries(unknownOf)) if (u === true) values[k] = null;
    if (unknownOf.id === true) values.id = `offline:${r.address}`;
    if (r.type === 'terraform_data') {
      // computed output = input once applied; dynamic attributes are stored with their type
      if (unknownOf.output === true) values.output = values.input;
      for (const k of ['input', 'output', 'triggers_replace']) values[k] = values[k] == null ? null : { value: values[k], type: ctyType(values[k]) };
    }
    const alias = providerKey.get(r.address)?.split('.')[1];
    return {
      mode: r.mode,
      type: r.type,
      name: r.name,
      provider: `provider["${r.provider_name}"]${alias ? `.${alias}` : ''}`,
      instances: [{ schema_version: r.schema_version, attributes: values, sensitive_attributes: sensitivePaths(r.sensitive_values) }],
    };
  });
  const outputs = Object.fromEntries(Object.entries(plan.planned_values.outputs ?? {}).map(([k, o]) => [k, { value: o.value, type: ctyType(o.value) }]));
  return { version: 4, terraform_version: '1.11.0', serial: 1, lineage: 'smart-cdc-offline-plan', outputs, resources };
}
