/**
 * Runs the cdktf CLI (`deploy`, `diff`, `destroy`, `get`) the way every project command does, with
 * Terraform's providers taken from where this machine can get them:
 *
 *   - the public Terraform registry, when it answers (any user's machine): nothing else is used;
 *   - where it does not (CI and the machines this project is built on), the project's own provider
 *     mirror, built by scripts/terraform/providers.sh outside the repository: the real Mongey Kafka
 *     providers built from the Go module proxy, and test-only substitutes of cyrilgdn/postgresql and
 *     kreuzwerker/docker (runtime/terraform-providers/);
 *   - SMART_CDC_TF_MIRROR=/abs/path: a provider mirror of your own, used as it is;
 *   - SMART_CDC_TF_PROVIDERS=registry|mirror: no probe, always that source.
 *
 * With a mirror, Terraform installs the providers from it (a CLI configuration written to
 * build/terraform/mirror.tfrc, passed as TF_CLI_CONFIG_FILE) and cdktf skips `terraform providers
 * lock`, which would ask the registry.
 *
 *   npm run cdktf -- deploy local        # = npx cdktf deploy local (+ the provider source)
 */
import { execFileSync, spawn } from 'child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { delimiter, isAbsolute, join, resolve } from 'path';

export const ROOT = join(__dirname, '..', '..');
export const MIRROR_ENV = 'SMART_CDC_TF_MIRROR';
export const PROVIDERS_ENV = 'SMART_CDC_TF_PROVIDERS';
/** what Terraform asks first for a provider: when it does not answer, the project's mirror is used */
export const REGISTRY_PROBE = 'https://registry.terraform.io/.well-known/terraform.json';
/** providers the stacks require, all served by the mirror when it is on */
const MIRRORED = ['registry.terraform.io/mongey/*', 'registry.terraform.io/cyrilgdn/*', 'registry.terraform.io/kreuzwerker/*'];

/**
 * What the project's mirror serves (scripts/terraform/providers.sh): the real Mongey providers, built
 * from the Go module proxy at the versions cdktf.json pins, and the test-only substitutes of our own,
 * at the versions the npm bindings were generated from.
 */
export const MIRROR_PROVIDERS: ReadonlyArray<{ source: string; substitute?: { dir: string; binding: string } }> = [
  { source: 'Mongey/kafka' },
  { source: 'Mongey/kafka-connect' },
  { source: 'cyrilgdn/postgresql', substitute: { dir: 'runtime/terraform-providers/postgresql', binding: '@cdktf/provider-postgresql' } },
  { source: 'kreuzwerker/docker', substitute: { dir: 'runtime/terraform-providers/docker', binding: '@cdktf/provider-docker' } },
];

/** Where scripts/terraform/providers.sh builds the project's mirror. */
export function projectMirror(base: NodeJS.ProcessEnv = process.env): string {
  return join(base.SMART_CDC_CACHE || join(homedir(), '.cache', 'smart-cdc'), 'terraform-providers');
}

/** The version of a provider the project pins: cdktf.json for the generated bindings, the npm binding's for the others. */
export function pinnedVersion(source: string, root: string = ROOT): string {
  const p = MIRROR_PROVIDERS.find((x) => x.source === source);
  if (p?.substitute) {
    const js = readFileSync(require.resolve(`${p.substitute.binding}/lib/provider/index.js`, { paths: [root] }), 'utf8');
    const v = js.match(/providerVersion: '([^']+)'/)?.[1];
    if (!v) throw new Error(`${p.substitute.binding}: no providerVersion in its provider binding`);
    return v;
  }
  const pinned = (JSON.parse(readFileSync(join(root, 'cdktf.json'), 'utf8')) as { terraformProviders: string[] }).terraformProviders.find((x) => x.toLowerCase().startsWith(`${source.toLowerCase()}@`));
  if (!pinned) throw new Error(`no version of ${source} pinned in cdktf.json`);
  return pinned.split('@')[1];
}

/**
 * What `npm run providers` says: where Terraform's providers come from and, with the project's
 * mirror, which of them are real builds and which are the test-only substitutes.
 */
export function providersReport(mirror: string | undefined, base: NodeJS.ProcessEnv = process.env, version: (source: string) => string = pinnedVersion): string {
  if (!mirror) return 'Terraform providers: the public registry (the real providers, at the pinned versions)';
  if (resolve(mirror) !== resolve(projectMirror(base))) return `Terraform providers: your mirror ${mirror} (${MIRROR_ENV}), used as it is: the project does not know which builds it holds`;
  const width = Math.max(...MIRROR_PROVIDERS.map((p) => `${p.source} ${version(p.source)}`.length));
  const lines = MIRROR_PROVIDERS.map((p) => {
    const name = `${p.source} ${version(p.source)}`.padEnd(width);
    return p.substitute
      ? `  ${name}  SUBSTITUTE, test-only: the project's own (${p.substitute.dir}), not the real provider`
      : `  ${name}  real: the provider's own code, built from the Go module proxy`;
  });
  return [`Terraform providers: the project's mirror ${mirror}`, ...lines, '  what the substitutes do differently from the real providers: runtime/terraform-providers/README.md'].join('\n');
}

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

/** Whether the public Terraform registry answers from this machine (asked once per process). */
let reachable: boolean | undefined;
export function registryReachable(): boolean {
  if (reachable === undefined) {
    const probe = `require('https').get(${JSON.stringify(REGISTRY_PROBE)}, { timeout: 5000 }, (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1)).on('timeout', () => process.exit(1))`;
    try {
      execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 10_000 });
      reachable = true;
    } catch {
      reachable = false;
    }
  }
  return reachable;
}

/** The provider mirror Terraform should use, or undefined for the public registry. */
export function providerMirror(base: NodeJS.ProcessEnv, probe: () => boolean = registryReachable, build: () => string = buildMirror): string | undefined {
  const own = base[MIRROR_ENV];
  if (own) {
    if (!isAbsolute(own) || !existsSync(own)) throw new Error(`${MIRROR_ENV}='${own}': must be the absolute path of an existing provider mirror directory`);
    return own;
  }
  const mode = base[PROVIDERS_ENV] || 'auto';
  if (!['auto', 'registry', 'mirror'].includes(mode)) throw new Error(`${PROVIDERS_ENV}='${mode}': must be registry, mirror, or unset (the registry when it answers, else the project's mirror)`);
  if (mode === 'registry' || (mode === 'auto' && probe())) return undefined;
  return build();
}

/** Builds what the project's mirror lacks (scripts/terraform/providers.sh) and returns its path. */
function buildMirror(): string {
  try {
    return execFileSync('bash', [join(ROOT, 'scripts', 'terraform', 'providers.sh')], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' }).trim().split('\n').pop()!;
  } catch {
    throw new Error('the public Terraform registry cannot be reached and the project could not build its provider mirror (scripts/terraform/providers.sh, output above)');
  }
}

/**
 * The environment for Terraform and cdktf: the mirror's CLI configuration when the providers come
 * from one. The chosen mirror is passed on in SMART_CDC_TF_MIRROR, so child processes do not ask
 * again. Refuses at once when there is no Terraform to run.
 */
export function terraformEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  requireTerraform(base.PATH);
  const env: NodeJS.ProcessEnv = { ...base, CHECKPOINT_DISABLE: '1' };
  const mirror = providerMirror(base);
  if (!mirror) return env;
  const dir = join(ROOT, 'build', 'terraform');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'mirror.tfrc');
  const list = MIRRORED.map((p) => JSON.stringify(p)).join(', ');
  // written whole, then renamed: test workers write it at the same time as Terraform processes read it
  writeFileSync(`${file}.${process.pid}`, `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = [${list}]\n  }\n  direct {\n    exclude = [${list}]\n  }\n}\n`);
  renameSync(`${file}.${process.pid}`, file);
  return { ...env, [MIRROR_ENV]: mirror, TF_CLI_CONFIG_FILE: file };
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
 * PostgreSQL refusing two concurrent updates of one catalog row, or Kafka Connect refusing a request
 * (409) while its worker group rebalances. The connector provider's create retries that 409 only
 * five times (about 15 s); each connector created rebalances a group of several workers again. A
 * refused create wrote nothing, so the second run creates it.
 */
export const TRANSIENT_PROVIDER_ERROR =
  /kafka: broker not connected|kafka: client has run out of available brokers|tuple concurrently updated|Cannot complete request momentarily[^"\n]*|Cannot complete request because of a conflicting operation[^"\n]*/;

/** The transient provider error in Terraform's output, or undefined. */
export const transientCause = (output: string): string | undefined => output.match(TRANSIENT_PROVIDER_ERROR)?.[0];

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
  return transientCause(run.output);
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
    // `npm run providers`: only say where the providers come from (building the mirror if it is used)
    if (args[0] === 'providers') {
      console.log(providersReport(env[MIRROR_ENV]));
      process.exit(0);
    }
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'cdktf'), cdktfArgs(args, env), { cwd: ROOT, env, stdio: 'inherit' });
    child.on('close', (code) => process.exit(code ?? 1));
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(64);
  }
}
