/**
 * A saved, checked plan of one synthesized stack — what a pull request's comment shows:
 *
 *   npm run plan -- <env> [--no-init] [--refresh=false]
 *
 * Runs `terraform init` + `terraform plan -out` in cdktf.out/stacks/<env> (synthesize first), writes
 * build/plan/<env>.json (`terraform show -json`), <env>.txt (the plan as Terraform prints it) and
 * <env>.md (the CDC plan check on top, then the plan), and exits as the check does (0 clean, 1 hazards).
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { ROOT, terraformEnv, transientCause } from './cdktf';
import { checkPlan, PlanJson, renderFindings } from './plan-check';

export const stackDir = (env: string, outdir = join(ROOT, 'cdktf.out')): string => join(outdir, 'stacks', env);

function terraform(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('terraform', [`-chdir=${dir}`, ...args], { env, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`terraform ${args[0]} in ${dir} failed: ${(stderr || stdout).trim().split('\n').slice(-12).join('\n')}`)) : resolve(stdout),
    ),
  );
}

export interface SavedPlan {
  readonly json: PlanJson;
  /** the plan as `terraform show` prints it */
  readonly text: string;
}

/**
 * `terraform plan -out` then `terraform show` of an already synthesized (and, unless `init`, initialized)
 * stack. A plan that failed on a transient provider error (an engine connection that dropped) is run
 * once more, saying so on stderr: a plan changes nothing, so running it again is always safe.
 */
export async function planStack(dir: string, opts: { env?: NodeJS.ProcessEnv; init?: boolean; refresh?: boolean } = {}): Promise<SavedPlan> {
  const env = { ...terraformEnv(opts.env ?? process.env), TF_IN_AUTOMATION: '1' };
  if (!existsSync(join(dir, 'cdk.tf.json'))) throw new Error(`${dir}: no synthesized stack (run \`npx cdktf synth\` first)`);
  if (opts.init) await terraform(dir, ['init', '-input=false', '-no-color'], env);
  const file = 'smart-cdc.tfplan';
  const plan = () => terraform(dir, ['plan', '-input=false', '-no-color', '-lock=false', `-out=${file}`, ...(opts.refresh === false ? ['-refresh=false'] : [])], env);
  await plan().catch((e: Error) => {
    const cause = transientCause(e.message);
    if (!cause) throw e;
    process.stderr.write(`terraform plan: a transient provider error ("${cause}"); running it once more\n`);
    return plan();
  });
  const json = JSON.parse(await terraform(dir, ['show', '-json', file], env)) as PlanJson;
  const text = await terraform(dir, ['show', '-no-color', file], env);
  return { json, text };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  const known = ['--no-init', '--refresh=false'];
  const bad = args.filter((a) => a.startsWith('--') && !known.includes(a));
  if (!name || bad.length) {
    console.error(`error: ${bad.length ? `unknown flag ${bad.join(', ')}` : 'missing environment'} (usage: npm run plan -- <env> [${known.join('] [')}])`);
    process.exit(64);
  }
  const dir = stackDir(name);
  planStack(dir, { init: !args.includes('--no-init'), refresh: !args.includes('--refresh=false') }).then(
    ({ json, text }) => {
      const out = join(ROOT, 'build', 'plan');
      mkdirSync(out, { recursive: true });
      const findings = checkPlan(json);
      writeFileSync(join(out, `${name}.json`), JSON.stringify(json));
      writeFileSync(join(out, `${name}.txt`), text);
      writeFileSync(join(out, `${name}.md`), `${renderFindings(name, json, findings, true)}\n\n<details><summary>terraform plan of ${name}</summary>\n\n\`\`\`\n${text.trim()}\n\`\`\`\n</details>\n`);
      console.log(renderFindings(name, json, findings));
      console.log(`written: build/plan/${name}.{json,txt,md}`);
      process.exit(findings.length ? 1 : 0);
    },
    (e) => {
      console.error(`error: plan of '${name}': ${e instanceof Error ? e.message : String(e)}`);
      process.exit(existsSync(dir) ? 1 : 64);
    },
  );
}

/** A saved JSON plan from disk (for tests and the CLI). */
export const readPlan = (file: string): PlanJson => JSON.parse(readFileSync(file, 'utf8')) as PlanJson;
