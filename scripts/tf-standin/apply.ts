/**
 * TEST-ONLY STAND-IN FOR `terraform apply`, for the `local` stack.
 *
 * Terraform's provider registry cannot be reached from the machines this project is built on, so
 * real `terraform apply` cannot run here. This applies exactly the resources of the synthesized
 * JSON (cdktf.out/stacks/<stack>/cdk.tf.json) in dependency order, the way their providers would.
 * It holds no pipeline knowledge of its own: everything comes from the JSON.
 *
 *   npx ts-node scripts/tf-standin/apply.ts [stack]     (default: local; synthesize first)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Appliers, Log } from './appliers';
import { Resource, resourcesInOrder } from './graph';
import { resolveDeep, resolveResource, variablesFrom } from './resolve';

export interface ApplyResult {
  readonly applied: string[];
}

export function readSynthesized(stack: string, outdir = join(__dirname, '..', '..', 'cdktf.out')): Record<string, any> {
  const file = join(outdir, 'stacks', stack, 'cdk.tf.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read ${file}: run \`npx cdktf synth\` first (${(e as Error).message})`);
  }
}

export interface ApplyOptions {
  readonly log?: Log;
  readonly env?: NodeJS.ProcessEnv;
  /** like `terraform apply -target`: only resources passing this (their dependencies must exist) */
  readonly target?: (r: Resource) => boolean;
}

export async function applyStack(json: Record<string, any>, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const log = opts.log ?? (() => undefined);
  const env = opts.env ?? process.env;
  const vars = variablesFrom(json.variable, env);
  const providers = resolveDeep(json.provider ?? {}, { vars }, 'provider');
  const appliers = new Appliers(providers, log);
  const applied: string[] = [];
  try {
    for (const r of resourcesInOrder(json).filter(opts.target ?? (() => true))) {
      const body = resolveResource(r.body, vars, r.address);
      await appliers.apply({ ...r, body });
      applied.push(r.address);
      log(`applied ${r.address}`);
    }
  } finally {
    await appliers.close();
  }
  return { applied };
}

if (require.main === module) {
  const stack = process.argv[2] ?? 'local';
  applyStack(readSynthesized(stack), { log: (l) => console.log(l) })
    .then((r) => console.log(`stand-in apply of '${stack}': ${r.applied.length} resources applied`))
    .catch((e) => {
      console.error(`stand-in apply of '${stack}' failed: ${e.message}`);
      process.exit(1);
    });
}
