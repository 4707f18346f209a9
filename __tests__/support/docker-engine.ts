/**
 * A real Docker Engine for tests: Debian's `docker.io` daemon started with its own data root, exec
 * root and socket under a temporary directory (installed with apt-get when missing: CI runs as root
 * on Debian 12), so nothing of a daemon already on the machine is touched; or, with
 * SMART_CDC_DOCKER_HOST=unix:///path, that running daemon, reused as it is.
 *
 * The daemon runs without the default bridge (docker0 stays free for a system daemon); it keeps
 * its iptables rules, which container-to-container traffic on a bridge needs once any daemon has set
 * the FORWARD policy to DROP. Images cannot be pulled here: `importBusybox` builds a tiny test image
 * offline from Debian's static busybox.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { request } from 'http';
import { join } from 'path';

export interface DockerEngine {
  /** unix:///…/docker.sock, as the docker provider's `host` */
  readonly host: string;
  readonly socket: string;
  /** GET/POST/DELETE … on the Engine API: status and decoded JSON (or text) */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** the docker CLI against this daemon */
  docker(...args: string[]): string;
  /** stops the daemon this harness started (by its PID) and removes its directory; no-op when reused */
  stop(): Promise<void>;
}

const sh = (cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) => execFileSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
const onPath = (cmd: string) => {
  try {
    sh('sh', ['-c', `command -v ${cmd}`]);
    return true;
  } catch {
    return false;
  }
};

/** Installs Debian packages when a command is missing (root and apt-get required). */
export function ensureCommand(cmd: string, pkg: string): void {
  if (onPath(cmd)) return;
  if (process.getuid?.() !== 0) throw new Error(`${cmd} is missing: install the Debian package ${pkg} (root needed)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  sh('apt-get', ['update', '-qq'], env);
  sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], env);
  if (!onPath(cmd)) throw new Error(`${cmd} is still missing after apt-get install ${pkg}`);
}

function api<T>(socket: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request({ socketPath: socket, method, path, headers: data ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          /* plain text answer */
        }
        resolve({ status: res.statusCode ?? 0, body: parsed as T });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

const installed = (pkg: string) => {
  try {
    return sh('dpkg-query', ['-W', '-f=${Status}', pkg]).includes('install ok installed');
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts (or reuses, see above) a Docker daemon and waits until its API answers. */
export async function startDockerEngine(): Promise<DockerEngine> {
  const reuse = process.env.SMART_CDC_DOCKER_HOST;
  if (reuse) {
    const socket = reuse.replace(/^unix:\/\//, '');
    if (!reuse.startsWith('unix://') || (await api(socket, 'GET', '/_ping').catch(() => ({ status: 0 }))).status !== 200)
      throw new Error(`SMART_CDC_DOCKER_HOST=${reuse}: no Docker daemon answers on that unix socket`);
    return engine(socket, async () => undefined);
  }

  ensureCommand('dockerd', 'docker.io');
  // short: a unix socket path must stay under 108 bytes
  const dir = mkdtempSync('/tmp/sdk-');
  const socket = join(dir, 'docker.sock');
  const log = join(dir, 'dockerd.log');
  const out = openSync(log, 'a');
  const daemon: ChildProcess = spawn(
    'dockerd',
    ['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid'), '-H', `unix://${socket}`,
      '--bridge', 'none', '--storage-driver', 'overlay2'],
    { stdio: ['ignore', out, out] },
  );
  let exited = false;
  daemon.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited && daemon.pid) {
      process.kill(daemon.pid, 'SIGTERM');
      for (let i = 0; i < 60 && !exited; i++) await sleep(500);
      if (!exited) process.kill(daemon.pid, 'SIGKILL');
      for (let i = 0; i < 20 && !exited; i++) await sleep(250);
    }
    // mounts left behind by a daemon that did not shut down cleanly would make the removal fail
    const mounts = readFileSync('/proc/mounts', 'utf8').split('\n').map((l) => l.split(' ')[1]).filter((m) => m?.startsWith(`${dir}/`));
    for (const m of mounts.reverse()) spawn('umount', ['-l', m], { stdio: 'ignore' });
    if (mounts.length) await sleep(500);
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (existsSync(socket) && (await api(socket, 'GET', '/_ping').catch(() => ({ status: 0 }))).status === 200) break;
    if (exited || Date.now() > deadline) {
      const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
      await stop();
      throw new Error(`dockerd did not start (${exited ? 'it exited' : 'no answer in 90 s'}); its log:\n${tail}`);
    }
    await sleep(300);
  }
  return engine(socket, stop);
}

function engine(socket: string, stop: () => Promise<void>): DockerEngine {
  const host = `unix://${socket}`;
  return {
    host,
    socket,
    api: (method, path, body) => api(socket, method, path, body),
    docker: (...args) => sh('docker', args, { ...process.env, DOCKER_HOST: host }),
    stop,
  };
}

/**
 * Imports a one-binary image: Debian's static busybox (package busybox-static) with its applets
 * linked in /bin, `CMD ["/bin/sh"]`. Built offline; nothing is pulled.
 */
export function importBusybox(e: DockerEngine, tag: string): void {
  // Debian's plain `busybox` package is dynamically linked: it would not run alone in an image
  if (!installed('busybox-static')) {
    if (process.getuid?.() !== 0) throw new Error('a static busybox is needed: install the Debian package busybox-static (root needed)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    sh('apt-get', ['update', '-qq'], env);
    sh('apt-get', ['install', '-y', '-qq', 'busybox-static'], env);
  }
  const root = mkdtempSync('/tmp/sdk-rootfs-');
  try {
    mkdirSync(join(root, 'bin'));
    mkdirSync(join(root, 'etc'));
    mkdirSync(join(root, 'tmp'), { mode: 0o1777 });
    sh('cp', ['/bin/busybox', join(root, 'bin', 'busybox')]);
    for (const applet of sh(join(root, 'bin', 'busybox'), ['--list']).split('\n').filter((a) => a && a !== 'busybox')) symlinkSync('busybox', join(root, 'bin', applet));
    writeFileSync(join(root, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
    writeFileSync(join(root, 'etc', 'group'), 'root:x:0:\nnogroup:x:65534:\n');
    const tar = join(root, '..', `${root.split('/').pop()}.tar`);
    sh('tar', ['-C', root, '-cf', tar, '.']);
    try {
      e.docker('import', '-c', 'CMD ["/bin/sh"]', '-c', 'ENV PATH=/bin', tar, tag);
    } finally {
      rmSync(tar, { force: true });
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
