/**
 * Look-alikes of the images the dev stack pins, built offline (no image registry is reachable here)
 * from the recipes in runtime/docker-images/ and imported into a test Docker Engine under the exact
 * pinned tags, so that Docker uses them without pulling. TEST-ONLY; see runtime/docker-images/README.md.
 *
 * Each image's root filesystem is built once per recipe and cached as a tar under
 * `${SMART_CDC_CACHE:-~/.cache/smart-cdc}/docker-images/`, keyed by a hash of the recipe (its files,
 * build.sh, and runtime/pom.xml for the JVM images): a changed recipe builds anew.
 */
import { execFile, spawn } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { homedir } from 'os';
import { join, relative } from 'path';
import { DockerEngine, ensureCommand } from '../../support/docker-engine';

export const ROOT = join(__dirname, '..', '..', '..');
const RECIPES = join(ROOT, 'runtime', 'docker-images');
export type LookAlike = 'postgres' | 'kafka' | 'connect' | 'prometheus';
/** the images with the Kafka and Debezium jars runtime/pom.xml resolves */
const JVM: readonly LookAlike[] = ['kafka', 'connect'];

export const cacheDir = (env: NodeJS.ProcessEnv = process.env): string => join(env.SMART_CDC_CACHE || join(homedir(), '.cache', 'smart-cdc'), 'docker-images');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Hash of everything that makes the image: its recipe directory, build.sh and (JVM images) runtime/pom.xml. */
export function recipeHash(image: LookAlike): string {
  const h = createHash('sha256');
  const inputs = [join(RECIPES, 'build.sh'), ...files(join(RECIPES, image)), ...(JVM.includes(image) ? [join(ROOT, 'runtime', 'pom.xml')] : [])];
  for (const f of inputs.sort()) h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

export const imageTar = (image: LookAlike): string => join(cacheDir(), `image-${image}-${recipeHash(image)}.tar`);

const run = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  new Promise<string>((resolve, reject) =>
    execFile(cmd, args, { env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stdout}${stderr}`)) : resolve(`${stdout}${stderr}`)));

/** `docker build -` of a Dockerfile given on stdin, with no build context (nothing is pulled or copied). */
const buildFromStdin = (dockerfile: string, tag: string, env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const p = spawn('docker', ['build', '--network', 'none', '-q', '-t', tag, '-'], { env: { ...env, DOCKER_BUILDKIT: '0' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.stderr.on('data', (c) => (out += c));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker build of ${tag} failed:\n${out}`))));
    p.stdin.end(dockerfile);
  });

export interface ImageTimes {
  /** seconds building each image that was not cached (in parallel) */
  readonly buildSeconds: number;
  readonly built: LookAlike[];
  /** seconds importing all of them into the engine */
  readonly importSeconds: number;
}

/** Builds what the cache lacks, then imports each look-alike into the engine under its pinned tag. */
export async function lookAlikeImages(engine: DockerEngine, tags: Record<LookAlike, string>): Promise<ImageTimes> {
  mkdirSync(cacheDir(), { recursive: true });
  const images = Object.keys(tags) as LookAlike[];
  const missing = images.filter((i) => !existsSync(imageTar(i)));
  // once, before the builds run side by side: apt takes one install at a time
  if (missing.length) ensureCommand('debootstrap', 'debootstrap');
  const t0 = Date.now();
  await Promise.all(missing.map((i) => run('bash', [join(RECIPES, 'build.sh'), i, imageTar(i)], { ...process.env, SMART_CDC_CACHE: join(cacheDir(), '..') })));
  const buildSeconds = (Date.now() - t0) / 1000;
  const t1 = Date.now();
  const env = { ...process.env, DOCKER_HOST: engine.host };
  await Promise.all(
    images.map(async (i) => {
      // the root filesystem as a one-layer image, then the image's settings (ENV, USER, ENTRYPOINT,
      // STOPSIGNAL, …) on top of it: `docker import --change` does not take all of them
      const rootfs = `smart-cdc-lookalike/${i}-rootfs:${recipeHash(i)}`;
      await run('docker', ['import', imageTar(i), rootfs], env);
      await buildFromStdin(`FROM ${rootfs}\n${readFileSync(join(RECIPES, i, 'image.conf'), 'utf8')}`, tags[i], env);
    }),
  );
  return { buildSeconds, built: missing, importSeconds: (Date.now() - t1) / 1000 };
}
