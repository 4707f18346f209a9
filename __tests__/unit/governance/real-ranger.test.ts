import { spawn } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { RangerApplyDocument } from '../../../constructs/governance/ranger-api';
import { finishCommand, main } from '../../../scripts/ranger/apply';
import { RangerClient } from '../../../scripts/ranger/client';
import { applyDocument, destroyDocument } from '../../../scripts/ranger/reconcile';
import { buildStack } from '../../support/synth';
import { FakeRanger } from './fake-ranger';

/**
 * The apply command against Ranger Admin 2.6.0 as it really behaves (the double, fake-ranger.ts):
 * each test is one point of the issue "Ranger for real" that the earlier client got wrong.
 */

const ROOT = join(__dirname, '../../..');
/** A command line run by a shell in the project root, as a user would paste it. */
function shell(command: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
const devDocument = (): RangerApplyDocument => structuredClone(buildStack('dev').stack.governance!.document);
const POSTGRES_DEF = 'smart-cdc-postgres';
const refersToOurAccessTypes = (r: FakeRanger) =>
  r.policies.filter((p) => ['policyItems', 'denyPolicyItems', 'allowExceptions', 'denyExceptions'].some((k) => (p[k] ?? []).some((it: { accesses: Array<{ type: string }> }) => it.accesses.some((a) => a.type.startsWith(`${POSTGRES_DEF}:`)))));

describe('apply and destroy against Ranger Admin 2.6.0 behaviour', () => {
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

  it('a second apply of the same document sends nothing and bumps no policy version', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const versions = ranger.policyVersions();
    const before = ranger.mutations().length;
    const s = await applyDocument(client, doc, log);
    expect(ranger.mutations()).toHaveLength(before);
    expect(ranger.policyVersions()).toEqual(versions);
    expect([s.created, s.updated, s.deleted]).toEqual([[], [], []]);
  });

  it('a changed mask type and a changed role are updated in place (same id, version + 1), and the run says so', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const changed = structuredClone(doc);
    const mask = changed.policies.find((p) => p.dataMaskPolicyItems.some((i) => i.dataMaskInfo.dataMaskType === 'MASK_SHOW_LAST_4'))!;
    mask.dataMaskPolicyItems.find((i) => i.dataMaskInfo.dataMaskType === 'MASK_SHOW_LAST_4')!.dataMaskInfo.dataMaskType = 'MASK_HASH';
    const access = changed.policies.find((p) => p.policyType === 0 && p.policyItems.some((i) => i.roles.length))!;
    access.policyItems[0].roles = ['portal_support'];
    const ids = new Map(ranger.policies.map((p) => [p.name, [p.id, p.version]]));
    lines.length = 0;

    const s = await applyDocument(client, changed, log);
    expect(s.updated.sort()).toEqual([`policy ${access.name}`, `policy ${mask.name}`].sort());
    for (const name of [mask.name, access.name]) {
      const now = ranger.policies.find((p) => p.name === name)!;
      expect([now.id, now.version]).toEqual([ids.get(name)![0], ids.get(name)![1] + 1]);
    }
    expect(lines).toEqual(expect.arrayContaining([`updated policy ${mask.name}`, `updated policy ${access.name}`]));
    expect(lines.filter((l) => !l.startsWith('unchanged '))).toHaveLength(2);
  });

  it('a policy the document no longer has is deleted', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const smaller = structuredClone(doc);
    const [gone] = smaller.policies.splice(3, 1);
    const s = await applyDocument(client, smaller, log);
    expect(s.deleted).toEqual([`policy ${gone.name}`]);
    expect(ranger.policies.some((p) => p.name === gone.name)).toBe(false);
  });

  it('reads every page: a stale stack policy behind 250 others is found and deleted', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const svc = doc.services[0].name;
    for (let i = 0; i < 250; i++) ranger.addPolicy({ name: `team-policy-${i}`, service: svc, policyType: 0 });
    ranger.addPolicy({ name: `${doc.prefix}access-smart_warehouse.old.table`, service: svc, policyType: 0 });
    const s = await applyDocument(client, doc, log);
    expect(s.deleted).toEqual([`policy ${doc.prefix}access-smart_warehouse.old.table`]);
    expect(ranger.policies.filter((p) => p.service === svc && String(p.name).startsWith('team-policy-'))).toHaveLength(250);
  });

  it('destroy removes what the stack owns and what Ranger created because of it: tag references, users, roles', async () => {
    const doc = devDocument();
    const usersBefore = [...ranger.users.keys()].sort();
    await applyDocument(client, doc, log);
    expect(refersToOurAccessTypes(ranger).map((p) => p.name)).toEqual(['EXPIRES_ON']);
    expect([...ranger.users.keys()]).toEqual(expect.arrayContaining(['kafka', 'smart-cdc-connect']));

    const s = await destroyDocument(client, doc, log);
    expect(ranger.serviceDefs.has(POSTGRES_DEF)).toBe(false);
    expect([...ranger.services.keys()]).toEqual(['tag']);
    expect(refersToOurAccessTypes(ranger)).toEqual([]);
    expect((ranger.serviceDefs.get('tag')!.accessTypes as Array<{ name: string }>).filter((a) => a.name.startsWith(`${POSTGRES_DEF}:`))).toEqual([]);
    expect([...ranger.users.keys()].sort()).toEqual(usersBefore);
    expect(ranger.roles).toEqual([]);
    expect(s.deleted).toEqual(expect.arrayContaining(['role analyst', 'user kafka', 'user smart-cdc-connect', `tag policy EXPIRES_ON in service tag (references to ${POSTGRES_DEF} access types)`]));
  });

  it('destroy keeps a role and a user that something else still uses', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    ranger.addPolicy({ name: 'team-kafka', service: 'tag', policyType: 0, policyItems: [{ users: ['smart-cdc-connect'], roles: ['analyst'], groups: [], accesses: [], conditions: [], delegateAdmin: false }] });
    const s = await destroyDocument(client, doc, log);
    expect(ranger.roles.map((r) => r.name)).toEqual(['analyst']);
    expect(ranger.users.has('smart-cdc-connect')).toBe(true);
    expect(s.kept).toEqual(expect.arrayContaining([expect.stringMatching(/^role analyst \(still named by 'team-kafka' in tag\)$/), expect.stringMatching(/^user smart-cdc-connect \(still used by policy 'team-kafka' in tag\)$/)]));
  });

  it('a rejected last policy on a fresh admin is rolled back completely, including the tag service and the users Ranger made', async () => {
    const doc = devDocument();
    const before = ranger.snapshot();
    ranger.rejectPolicy = doc.policies[doc.policies.length - 1].name;
    await expect(applyDocument(client, doc, log)).rejects.toThrow(/rolled back the \d+ change\(s\) of this run$/);
    expect(ranger.snapshot()).toEqual(before);
  });

  it('an undo step that fails is named, with the command that finishes the job', async () => {
    const doc = devDocument();
    ranger.rejectPolicy = doc.policies[doc.policies.length - 1].name;
    ranger.failOnce = { method: 'DELETE', path: /\/service\/name\/smart-cdc-dev-kafka$/ };
    const err: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    process.env.FAKE_RANGER_PW = ranger.password;
    process.env.FAKE_RANGER_DOC = JSON.stringify(doc);
    try {
      await expect(main(['--url', ranger.url, '--document-env', 'FAKE_RANGER_DOC', '--password-env', 'FAKE_RANGER_PW'])).rejects.toThrow('exit 1');
    } finally {
      spy.mockRestore();
      exit.mockRestore();
      delete process.env.FAKE_RANGER_DOC;
    }
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/rollback INCOMPLETE: \d+ undone, 1 not undone: delete service smart-cdc-dev-kafka: deleting service 'smart-cdc-dev-kafka': Ranger answered 500: simulated failure/);
    expect(err[0]).toMatch(/the stack did not exist before this run: .*: node --require tsx\/cjs scripts\/ranger\/apply\.ts --url http:\/\/127\.0\.0\.1:\d+ --document-env FAKE_RANGER_DOC --password-env FAKE_RANGER_PW --destroy$/);
    // and that command finishes it
    await destroyDocument(client, doc, log);
    expect([...ranger.services.keys()]).toEqual(['tag']);
    expect(ranger.serviceDefs.has(POSTGRES_DEF)).toBe(false);
  });

  it('an undo step that fails after changing a stack that existed: the printed re-apply command runs as printed and finishes the job', async () => {
    const doc = devDocument();
    await applyDocument(client, doc, log);
    const applied = ranger.snapshot();
    // the change of the issue: one mask type (MASK_SHOW_LAST_4 → MASK_HASH); then a later policy is rejected
    const changed = structuredClone(doc);
    const masked = changed.policies.find((p) => p.dataMaskPolicyItems?.some((it) => it.dataMaskInfo.dataMaskType === 'MASK_SHOW_LAST_4'))!;
    masked.dataMaskPolicyItems!.find((it) => it.dataMaskInfo.dataMaskType === 'MASK_SHOW_LAST_4')!.dataMaskInfo.dataMaskType = 'MASK_HASH';
    const last = changed.policies[changed.policies.length - 1];
    expect(last).not.toBe(masked);
    last.description = `${last.description ?? ''} (changed)`;
    ranger.rejectPolicy = last.name;
    const id = ranger.policies.find((p) => p.name === masked.name)!.id;
    // the update goes through, its undo (the same PUT) fails
    ranger.failOnce = { method: 'PUT', path: new RegExp(`/api/policy/${id}$`), skip: 1 };

    const err: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((m: string) => void err.push(m));
    const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    process.env.FAKE_RANGER_PW = ranger.password;
    process.env.FAKE_RANGER_DOC = JSON.stringify(changed);
    try {
      await expect(main(['--url', ranger.url, '--document-env', 'FAKE_RANGER_DOC', '--password-env', 'FAKE_RANGER_PW'])).rejects.toThrow('exit 1');
    } finally {
      spy.mockRestore();
      quiet.mockRestore();
      exit.mockRestore();
      delete process.env.FAKE_RANGER_DOC;
    }
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(`rollback INCOMPLETE: 0 undone, 1 not undone: restore policy ${masked.name}: `);
    const printed = err[0].match(/, saved in (\S+): (node --require tsx\/cjs scripts\/ranger\/apply\.ts .*)$/);
    expect(printed).not.toBeNull();
    const [, saved, command] = printed!;
    expect(saved).toMatch(/^build\/ranger\/rollback\/smart-cdc-dev-before-[\dT-]+Z\.json$/);
    expect(command).toBe(`node --require tsx/cjs scripts/ranger/apply.ts --url ${ranger.url} --password-env FAKE_RANGER_PW --document ${saved}`);
    const file = join(ROOT, saved);
    try {
      expect(JSON.parse(readFileSync(file, 'utf8')).policies.find((p: { name: string }) => p.name === masked.name).dataMaskPolicyItems.map((it: { dataMaskInfo: { dataMaskType: string } }) => it.dataMaskInfo.dataMaskType)).toContain('MASK_SHOW_LAST_4');
      expect(ranger.snapshot()).not.toEqual(applied);
      // run exactly as printed, in a shell, from the project root
      const run = await shell(command, { FAKE_RANGER_PW: ranger.password });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`ranger: updated policy ${masked.name}`);
      expect(ranger.snapshot()).toEqual(applied);
    } finally {
      rmSync(file, { force: true });
    }
    expect(existsSync(file)).toBe(false);
  });

  it('the finishing command keeps every argument but the document and --dry-run, in either spelling', () => {
    const argv = ['--url=http://r:6080', '--document=build/ranger/dev/document.json', '--user', 'ops admin', '--dry-run', '--timeout', '60'];
    expect(finishCommand('reapply', argv, 'build/ranger/rollback/x.json')).toBe("node --require tsx/cjs scripts/ranger/apply.ts --url=http://r:6080 --user 'ops admin' --timeout 60 --document build/ranger/rollback/x.json");
    expect(finishCommand('reapply', ['--document-env', 'DOC', '--url', 'u'], 'f.json')).toBe('node --require tsx/cjs scripts/ranger/apply.ts --url u --document f.json');
    expect(finishCommand('destroy', ['--document-env', 'DOC', '--url', 'u', '--dry-run'])).toBe('node --require tsx/cjs scripts/ranger/apply.ts --document-env DOC --url u --destroy');
  });

  it('a wrong base path is named as such, not as a missing service definition', async () => {
    const wrong = new RangerClient({ url: `${ranger.url}/ranger`, user: ranger.user, password: ranger.password, timeoutMs: 5000 });
    await expect(applyDocument(wrong, devDocument(), log)).rejects.toThrow(
      /^http:\/\/127\.0\.0\.1:\d+\/ranger is not the root of a Ranger Admin REST API: GET \/service\/public\/v2\/api\/servicedef\/name\/smart-cdc-postgres answered 404 from the web server \('HTTP Status 404 – Not Found'\), not from Ranger's API .*give --url as the Admin's root .* — nothing had been changed$/,
    );
    expect(ranger.mutations()).toEqual([]);
  });

  it('an unknown object is absent, its cause named: a missing built-in definition', async () => {
    ranger.serviceDefs.delete('kafka');
    await expect(applyDocument(client, devDocument(), log)).rejects.toThrow(/^Ranger Admin at http:\/\/127\.0\.0\.1:\d+ has no 'kafka' service definition \(needed by service smart-cdc-dev-kafka\) — nothing had been changed$/);
  });
});
