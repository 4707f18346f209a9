import { spawn } from 'child_process';
import { createServer } from 'net';
import { join } from 'path';
import { RangerApplyDocument } from '../../../constructs/governance/ranger-api';
import { RangerClient } from '../../../scripts/ranger/client';
import { applyDocument, destroyDocument } from '../../../scripts/ranger/reconcile';
import { buildStack } from '../../support/synth';
import { FakeRanger, fixture } from './fake-ranger';

/**
 * The apply command against the Ranger Admin 2.6.0 double (fake-ranger.ts), which behaves as the
 * real Admin was observed to. No live Ranger Admin can run here. The behaviours that broke the old
 * client (upsert 400, empty values dropped, tag service, paging, ...) are in real-ranger.test.ts.
 */

const ROOT = join(__dirname, '../../..');
const devDocument = (): RangerApplyDocument => structuredClone(buildStack('dev').stack.governance!.document);
/** the reader roles the dev policies name: the stack creates them */
const ROLES = ['analyst', 'data_scientist', 'portal_support'];

/** The apply command as Terraform's local-exec runs it, in a child process. */
function runCli(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'scripts/ranger/apply.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A port nothing listens on: connection refused. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('scripts/ranger/apply.ts against recorded Ranger Admin responses', () => {
  let ranger: FakeRanger;
  let client: RangerClient;
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);

  beforeEach(async () => {
    ranger = await new FakeRanger().start();
    client = new RangerClient({ url: ranger.url, user: ranger.user, password: ranger.password, timeoutMs: 5000 });
    lines.length = 0;
  });
  afterEach(() => ranger.stop());

  it('creates the service definition, services and reader roles before the policies, each policy with a plain POST', async () => {
    const doc = devDocument();
    const s = await applyDocument(client, doc, log);
    expect(s.created).toHaveLength(1 + doc.services.length + ROLES.length + doc.policies.length);

    const m = ranger.mutations();
    const firstPolicy = m.findIndex((x) => x.path.endsWith('/policy'));
    expect(m.slice(0, firstPolicy).map((x) => x.path)).toEqual([
      '/service/public/v2/api/servicedef',
      ...doc.services.map(() => '/service/public/v2/api/service'),
      ...ROLES.map(() => '/service/public/v2/api/roles'),
    ]);
    const creates = m.filter((x) => x.path === '/service/public/v2/api/policy');
    expect(creates.map((u) => u.body!.name)).toEqual(doc.policies.map((p) => p.name));
    // no name-based upsert: Ranger 2.6 answers it 400 for every existing policy
    for (const u of creates) expect([...u.query.keys()]).toEqual([]);
    expect([...ranger.services.keys()].filter((n) => n !== 'tag').sort()).toEqual(doc.services.map((x) => x.name).sort());
    expect(ranger.roles.filter((r) => ROLES.includes(r.name)).map((r) => r.description)).toEqual(ROLES.map(() => expect.stringContaining('managed by the smart-cdc stack')));
  });

  it('is idempotent: a second run changes nothing', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const before = ranger.mutations().length;
    const s = await applyDocument(client, doc, log);
    expect(ranger.mutations()).toHaveLength(before);
    expect(s.unchanged).toHaveLength(1 + doc.services.length + doc.policies.length);
  });

  it('updates a changed policy, removes stale stack-owned policies and never touches others', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const svc = doc.services[0].name;
    ranger.addPolicy({ name: `${doc.prefix}mask-smart_warehouse.analytics.citizen_profile.old_column`, service: svc, policyType: 1 });
    ranger.addPolicy({ name: 'team-analytics-own-policy', service: svc, policyType: 0 });
    ranger.addPolicy({ name: 'smart-cdc-prod-access-not-this-environment', service: svc, policyType: 0 });
    const changed = structuredClone(doc);
    const mask = changed.policies.find((p) => p.policyType === 1)!;
    mask.dataMaskPolicyItems[0].dataMaskInfo.dataMaskType = 'MASK_NULL';

    const s = await applyDocument(client, changed, log);
    expect(s.updated).toEqual([`policy ${mask.name}`]);
    expect(s.deleted).toEqual([`policy ${doc.prefix}mask-smart_warehouse.analytics.citizen_profile.old_column`]);
    const names = ranger.policies.filter((p) => p.service === svc).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['team-analytics-own-policy', 'smart-cdc-prod-access-not-this-environment']));
    expect(ranger.policies.find((p) => p.name === mask.name)!.dataMaskPolicyItems).toEqual(mask.dataMaskPolicyItems);
  });

  it('treats a 404 for a service as "absent" and creates it', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    ranger.services.delete(doc.services[1].name);
    ranger.policies = ranger.policies.filter((p) => p.service !== doc.services[1].name);
    const s = await applyDocument(client, doc, log);
    expect(s.created).toContain(`service ${doc.services[1].name}`);
    expect(ranger.seen.some((x) => x.method === 'GET' && x.path.endsWith(`/service/name/${doc.services[1].name}`))).toBe(true);
  });

  it('rolls back everything the run created when Ranger rejects a policy (400), naming the policy and Ranger\'s message', async () => {
    const doc = devDocument();
    const before = ranger.snapshot();
    ranger.rejectPolicy = doc.policies[5].name;
    await expect(applyDocument(client, doc, log)).rejects.toThrow(
      new RegExp(`^creating policy '${doc.policies[5].name.replace(/\./g, '\\.')}' in service '[^']+': Ranger answered 400: \\(0\\) Validation failure: .*Invalid access type.* — rolled back the \\d+ change\\(s\\) of this run$`),
    );
    expect(ranger.snapshot()).toEqual(before);
  });

  it('restores what it updated when a later step fails', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const before = ranger.snapshot();
    const changed = structuredClone(doc);
    changed.policies[1].description = 'changed';
    changed.policies[7].description = 'changed too';
    ranger.rejectPolicy = changed.policies[7].name;
    await expect(applyDocument(client, changed, log)).rejects.toThrow(/rolled back the 1 change\(s\)/);
    expect(ranger.snapshot()).toEqual(before);
  });

  it('--dry-run reports what would change and changes nothing', async () => {
    const doc = devDocument();
    const s = await applyDocument(client, doc, log, true);
    expect(s.created).toHaveLength(1 + doc.services.length + ROLES.length + doc.policies.length);
    expect(ranger.mutations()).toEqual([]);
    expect(lines[0]).toBe(`would be created service definition ${doc.serviceDefinition.name}`);
  });

  it('validates the whole document before sending anything', async () => {
    const doc = devDocument();
    doc.policies[3].dataMaskPolicyItems = [{ ...doc.policies[1].dataMaskPolicyItems[0], dataMaskInfo: { dataMaskType: 'MASK_SOMETIMES' as never } }];
    doc.policies.push({ ...doc.policies[0], name: 'not-ours' });
    await expect(applyDocument(client, doc, log)).rejects.toThrow(/^the document is invalid, nothing was applied: policy '.*': mask type 'MASK_SOMETIMES'.*not-ours/);
    expect(ranger.seen).toHaveLength(0);
  });


  it('destroy removes the stack-owned policies, services and definition, and keeps a service holding others\' policies', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    ranger.addPolicy({ name: 'team-portal-own-policy', service: doc.services[1].name, policyType: 0 });
    const s = await destroyDocument(client, doc, log);
    expect(ranger.policies.filter((p) => String(p.name).startsWith(doc.prefix))).toEqual([]);
    expect([...ranger.services.keys()].filter((n) => n !== 'tag')).toEqual([doc.services[1].name]);
    expect(s.kept).toEqual([`service ${doc.services[1].name}`, `service definition ${doc.serviceDefinition.name}`]);
    expect(ranger.policies.map((p) => p.name)).toContain('team-portal-own-policy');
  });

  describe('the command line', () => {
    it('answers --help', async () => {
      const r = await runCli(['--help'], {});
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^usage: apply\.ts --url URL/);
      expect(r.stdout).toMatch(/--password-env NAME/);
    });

    it('applies from an environment variable, never printing the password', async () => {
      const doc = devDocument();
      const r = await runCli(['--url', ranger.url, '--user', ranger.user, '--document-env', 'DOC'], { RANGER_ADMIN_PASSWORD: ranger.password, DOC: JSON.stringify(doc) });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`ranger: ${1 + doc.services.length + ROLES.length + doc.policies.length} created, 0 updated, 0 deleted, 0 unchanged\\n$`));
      expect(r.stdout + r.stderr).not.toContain(ranger.password);
    });

    it('refuses a password given as an argument', async () => {
      const r = await runCli(['--url', ranger.url, '--password', ranger.password, '--document', '/dev/null'], {});
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ranger apply: Unknown option '--password'/);
    });

    it('wrong credentials (401): one line naming the user, non-zero exit, nothing changed', async () => {
      const r = await runCli(['--url', ranger.url, '--user', 'admin', '--document-env', 'DOC'], { RANGER_ADMIN_PASSWORD: 'wrong', DOC: JSON.stringify(devDocument()) });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^ranger apply: Ranger Admin at http:\/\/127\.0\.0\.1:\d+ rejected the credentials of user 'admin' \(401 Unauthorized\) while reading service definition 'smart-cdc-postgres' — nothing had been changed\n$/);
      expect(ranger.mutations()).toEqual([]);
      expect(fixture('401-unauthorized.json')).toContain('Authentication Failed');
    });

    it('unreachable Ranger (connection refused): one line, non-zero exit', async () => {
      const port = await closedPort();
      const r = await runCli(['--url', `http://127.0.0.1:${port}`, '--document-env', 'DOC'], { RANGER_ADMIN_PASSWORD: 'x', DOC: JSON.stringify(devDocument()) });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^ranger apply: cannot reach Ranger Admin at http://127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\) while reading service definition 'smart-cdc-postgres' — nothing had been changed\\n$`));
    });

    it('a rejected policy (400): one line naming the policy and Ranger\'s message, rolled back', async () => {
      const doc = devDocument();
      ranger.rejectPolicy = doc.policies[0].name;
      const before = ranger.snapshot();
      const r = await runCli(['--url', ranger.url, '--document-env', 'DOC'], { RANGER_ADMIN_PASSWORD: ranger.password, DOC: JSON.stringify(doc) });
      expect(r.code).toBe(1);
      const errLines = r.stderr.trimEnd().split('\n');
      expect(errLines).toHaveLength(1);
      expect(errLines[0]).toContain(`creating policy '${doc.policies[0].name}' in service '${doc.policies[0].service}'`);
      expect(errLines[0]).toContain('Invalid access type: access type=[selekt]');
      expect(errLines[0]).toMatch(/rolled back the \d+ change\(s\) of this run$/);
      expect(ranger.snapshot()).toEqual(before);
    });
  });
});
