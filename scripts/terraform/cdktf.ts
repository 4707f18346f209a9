/**
 * Runs the cdktf CLI (`deploy`, `diff`, `destroy`, `get`) the way every project command does, with
 * one machine-specific switch:
 *
 *   SMART_CDC_TF_MIRROR=/abs/path/to/provider-mirror
 *
 * When set (CI and machines without the public Terraform registry), Terraform installs the providers
 * from that filesystem mirror (a CLI configuration written to build/terraform/mirror.tfrc and passed
 * as TF_CLI_CONFIG_FILE) and cdktf skips `terraform providers lock`, which would ask the registry.
 * Unset, the same commands use the public registry as any cdktf project does.
 *
 *   npm run cdktf -- deploy local        # = npx cdktf deploy local (+ the switch)
 */
import { spawn } from 'child_process';
import { accessSync, constants, existsSync, mkdirSync, writeFileSync } from 'fs';
import { delimiter, isAbsolute, join } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const MIRROR_ENV = 'SMART_CDC_TF_MIRROR';
/** providers the stacks require, all served by the mirror when it is on */
const MIRRORED = ['registry.terraform.io/mongey/*', 'registry.terraform.io/cyrilgdn/*', 'registry.terraform.io/kreuzwerker/*'];

/** The Terraform CLI on `PATH`, which cdktf runs without saying so when it is missing. */
export function requireTerraform(path: string | undefined): string {
  const found = (path ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'terraform')).find((f) => {
    try {
      accessSync(f, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) throw new Error('the Terraform CLI is not on the PATH: cdktf drives it for synth, deploy, diff and destroy; install Terraform (tested with 1.11)');
  return found;
}

/**
 * The environment for Terraform and cdktf: the mirror's CLI configuration when the switch is on.
 * Refuses at once when there is no Terraform to run.
 */
export function terraformEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  requireTerraform(base.PATH);
  const env: NodeJS.ProcessEnv = { ...base, CHECKPOINT_DISABLE: '1' };
  const mirror = base[MIRROR_ENV];
  if (!mirror) return env;
  if (!isAbsolute(mirror) || !existsSync(mirror)) throw new Error(`${MIRROR_ENV}='${mirror}': must be the absolute path of an existing provider mirror directory`);
  const dir = join(ROOT, 'build', 'terraform');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'mirror.tfrc');
  const list = MIRRORED.map((p) => JSON.stringify(p)).join(', ');
  writeFileSync(file, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = [${list}]\n  }\n  direct {\n    exclude = [${list}]\n  }\n}\n`);
  return { ...env, TF_CLI_CONFIG_FILE: file };
}

/** cdktf arguments for a command, with `--skip-provider-lock` when the mirror is on. */
export function cdktfArgs(args: readonly string[], base: NodeJS.ProcessEnv = process.env): string[] {
  const [command] = args;
  const locks = ['deploy', 'diff', 'destroy', 'plan'].includes(command ?? '');
  return [...args, ...(locks && base[MIRROR_ENV] && !args.includes('--skip-provider-lock') ? ['--skip-provider-lock'] : [])];
}

export interface CdktfRun {
  readonly code: number;
  /** stdout and stderr, interleaved */
  readonly output: string;
}

/**
 * Provider errors that are transient, not a wrong configuration: an engine connection that dropped
 * (seen here: the Kafka provider failing one topic of a parallel create with "broker not connected"),
 * or PostgreSQL refusing two concurrent updates of one catalog row.
 */
export const TRANSIENT_PROVIDER_ERROR = /kafka: broker not connected|kafka: client has run out of available brokers|tuple concurrently updated/;

/**
 * Runs `cdktf <args>` in the project root; `onLine` sees each output line as it comes. A deploy or
 * destroy that failed on a transient provider error is run once more: Terraform carries on from the
 * state it saved, so the second run only does what the first left undone.
 */
export async function runCdktf(args: readonly string[], opts: { env?: NodeJS.ProcessEnv; onLine?: (line: string) => void } = {}): Promise<CdktfRun> {
  const first = await runCdktfOnce(args, opts);
  const cause = transientFailure(args, first);
  if (!cause) return first;
  const note = `cdktf ${args[0]}: a transient provider error ("${cause}"); running it once more`;
  opts.onLine?.(note);
  const second = await runCdktfOnce(args, opts);
  return { code: second.code, output: `${first.output}\n${note}\n${second.output}` };
}

/** Why a failed deploy/destroy is worth running again (a transient provider error), or undefined. */
export function transientFailure(args: readonly string[], run: CdktfRun): string | undefined {
  if (run.code === 0 || !['deploy', 'destroy'].includes(args[0] ?? '')) return undefined;
  return run.output.match(TRANSIENT_PROVIDER_ERROR)?.[0];
}

function runCdktfOnce(args: readonly string[], opts: { env?: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Promise<CdktfRun> {
  const env = terraformEnv(opts.env ?? process.env);
  const bin = join(ROOT, 'node_modules', '.bin', 'cdktf');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, cdktfArgs(args, env), { cwd: ROOT, env: { ...env, CI: env.CI ?? '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) opts.onLine?.(l);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial) opts.onLine?.(partial);
      resolve({ code: code ?? 1, output });
    });
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  try {
    const env = terraformEnv();
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'cdktf'), cdktfArgs(args, env), { cwd: ROOT, env, stdio: 'inherit' });
    child.on('close', (code) => process.exit(code ?? 1));
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(64);
  }
}
