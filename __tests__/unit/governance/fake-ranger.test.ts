import { DEFAULT_PAGE_SIZE, FakeRanger } from './fake-ranger';

/**
 * The Ranger Admin double behaves as Ranger Admin 2.6.0 does: one test per behaviour, over HTTP
 * exactly as a client sees it. The source file showing each behaviour is cited in fake-ranger.ts
 * and fake-ranger-rules.ts.
 */

const API = '/service/public/v2/api';
type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DEF = {
  name: 'pgdef',
  implClass: 'org.example.NotInAdmin',
  description: '',
  options: {},
  configs: [],
  resources: [{ itemId: 1, name: 'database', type: 'string', level: 10, matcherOptions: {} }],
  accessTypes: [{ itemId: 1, name: 'select', label: 'select', impliedGrants: [] }],
  policyConditions: [],
  dataMaskDef: { accessTypes: [{ itemId: 1, name: 'select', label: 'select' }], resources: [], maskTypes: [] },
};
const policy = (name: string, service = 'pg-one', roles = ['reader']): J => ({
  name,
  service,
  policyType: 0,
  description: '',
  policyLabels: [],
  resources: { database: { values: ['db'], isExcludes: false, isRecursive: false } },
  policyItems: [{ users: [], groups: [], roles, accesses: [{ type: 'select', isAllowed: true }], conditions: [], delegateAdmin: false }],
  denyPolicyItems: [],
});

describe('the Ranger Admin 2.6.0 double', () => {
  let r: FakeRanger;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(r.url + path, {
      method,
      headers: { Authorization: `Basic ${Buffer.from(`${r.user}:${r.password}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: J | undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json: json as J };
  };
  const setUp = async () => {
    expect((await call('POST', `${API}/servicedef`, DEF)).status).toBe(200);
    expect((await call('POST', `${API}/service`, { name: 'pg-one', type: 'pgdef', configs: {} })).status).toBe(200);
  };

  beforeEach(async () => {
    r = await new FakeRanger().start();
  });
  afterEach(() => r.stop());

  it('answers an unknown object 404 with {"statusCode":0,"msgDesc":"Not found"}', async () => {
    for (const path of [`${API}/servicedef/name/nope`, `${API}/service/name/nope`]) {
      const a = await call('GET', path);
      expect([a.status, a.json]).toEqual([404, { statusCode: 0, msgDesc: 'Not found' }]);
    }
  });

  it('answers a path outside the API (a wrong base path) with the web server\'s HTML 404, not a VXResponse', async () => {
    const a = await call('GET', `/ranger${API}/servicedef/name/kafka`);
    expect(a.status).toBe(404);
    expect(a.text).toMatch(/^<!doctype html>.*HTTP Status 404/);
  });

  it('leaves out [], {} and "" from what it returns (NON_EMPTY)', async () => {
    await setUp();
    const a = await call('POST', `${API}/policy`, policy('p1'));
    expect(a.json).not.toHaveProperty('description');
    expect(a.json).not.toHaveProperty('policyLabels');
    expect(a.json).not.toHaveProperty('denyPolicyItems');
    expect(a.json.policyItems[0]).toEqual({ roles: ['reader'], accesses: [{ type: 'select', isAllowed: true }], delegateAdmin: false });
    expect(a.json.resources.database).toEqual({ values: ['db'], isExcludes: false, isRecursive: false });
  });

  it('adds _expression, enableTagBasedPolicies and markerAccessTypes to a service definition', async () => {
    const a = await call('POST', `${API}/servicedef`, DEF);
    expect(a.json.policyConditions.map((c: J) => c.name)).toEqual(['_expression']);
    expect(a.json.options).toEqual({ enableTagBasedPolicies: 'true' });
    expect(a.json.markerAccessTypes.map((m: J) => m.name)).toEqual(['_CREATE', '_READ', '_UPDATE', '_DELETE', '_MANAGE', '_ALL']);
  });

  it('answers the name-based upsert of an existing policy 400 "policyID mismatch", with or without an id', async () => {
    await setUp();
    const made = await call('POST', `${API}/policy`, policy('p1'));
    const q = '?updateIfExists=true&policyMatchingAlgorithm=matchByName&serviceName=pg-one&policyName=p1';
    for (const body of [policy('p1'), { ...policy('p1'), id: made.json.id }]) {
      const a = await call('POST', `${API}/policy${q}`, body);
      expect([a.status, a.json.msgDesc]).toEqual([400, 'policyID mismatch']);
    }
  });

  it('updates in place with PUT …/policy/{id} and PUT …/service/{service}/policy/{name}: same id, version + 1', async () => {
    await setUp();
    const made = (await call('POST', `${API}/policy`, policy('p1'))).json;
    const a = await call('PUT', `${API}/policy/${made.id}`, { ...policy('p1'), description: 'one' });
    expect([a.status, a.json.id, a.json.version]).toEqual([200, made.id, 2]);
    const b = await call('PUT', `${API}/service/pg-one/policy/p1`, { ...policy('p1'), id: 999, description: 'two' });
    expect([b.status, b.json.id, b.json.version]).toEqual([200, made.id, 3]);
    const c = await call('PUT', `${API}/policy/${made.id}`, { ...policy('p1'), id: made.id + 1 });
    expect([c.status, c.json.msgDesc]).toEqual([400, 'policyID mismatch']);
  });

  it('bumps the service\'s policy version with every policy change', async () => {
    await setUp();
    const v0 = r.policyVersions()['pg-one'];
    const made = (await call('POST', `${API}/policy`, policy('p1'))).json;
    await call('PUT', `${API}/policy/${made.id}`, policy('p1'));
    await call('DELETE', `${API}/policy/${made.id}`);
    expect(r.policyVersions()['pg-one']).toBe(v0 + 3);
  });

  it('gives a service of a custom definition no default policies, a kafka service five, and creates its lookup user', async () => {
    await setUp();
    expect((await call('GET', `${API}/service/pg-one/policy`)).json).toEqual([]);
    await call('POST', `${API}/service`, { name: 'k', type: 'kafka', configs: { username: 'kafka', password: 'x', 'zookeeper.connect': 'z' } });
    const names = (await call('GET', `${API}/service/k/policy`)).json.map((p: J) => p.name);
    expect(names).toEqual(['all - topic', 'all - transactionalid', 'all - cluster', 'all - delegationtoken', 'all - consumergroup']);
    expect((await call('GET', '/service/xusers/users/userName/kafka')).json).toMatchObject({ name: 'kafka', userSource: 1, description: 'kafka' });
  });

  it('creates and links a tag service whose EXPIRES_ON policy refers to our access types, and then refuses to delete our definition', async () => {
    await setUp();
    expect((await call('GET', `${API}/service/name/pg-one`)).json.tagService).toBe('tag');
    const expires = (await call('GET', `${API}/service/tag/policy`)).json.find((p: J) => p.name === 'EXPIRES_ON');
    expect(expires.denyPolicyItems[0].accesses.map((a: J) => a.type)).toContain('pgdef:select');
    await call('DELETE', `${API}/service/name/pg-one`);
    const del = await call('DELETE', `${API}/servicedef/name/pgdef`);
    expect(del.status).toBe(400);
    expect(del.json.msgDesc).toMatch(/^Policy\/Policies are referring to this access-type: pgdef:select/);
    expect(del.json.messageList[0].message).toBe('Data not updatable');
  });

  it('rejects an access type the definition lacks with validation error code 3022', async () => {
    await setUp();
    const bad = policy('p1');
    bad.policyItems[0].accesses[0].type = 'selekt';
    const a = await call('POST', `${API}/policy`, bad);
    expect(a.status).toBe(400);
    expect(a.json.msgDesc).toMatch(/error code\[3022\], reason\[Invalid access type: access type=\[selekt\]/);
  });

  it('answers 400, not 404, for the policies of a missing service and for deleting a missing policy', async () => {
    expect((await call('GET', `${API}/service/nope/policy`)).status).toBe(400);
    expect((await call('DELETE', `${API}/policy/424242`)).status).toBe(400);
  });

  it('answers lists in pages: 200 by default, startIndex and pageSize honoured', async () => {
    await setUp();
    for (let i = 0; i < 250; i++) r.addPolicy(policy(`p${i}`, 'pg-one', []));
    expect((await call('GET', `${API}/service/pg-one/policy`)).json).toHaveLength(DEFAULT_PAGE_SIZE);
    const second = (await call('GET', `${API}/service/pg-one/policy?startIndex=200&pageSize=200`)).json;
    expect(second.map((p: J) => p.name)).toEqual(Array.from({ length: 50 }, (_, i) => `p${200 + i}`));
  });

  it('creates the users and roles a policy names: users external with their name as description, roles empty and undescribed', async () => {
    await setUp();
    await call('POST', `${API}/policy`, { ...policy('p1'), policyItems: [{ ...policy('p1').policyItems[0], users: ['svc-user'], roles: ['auto-role'] }] });
    expect((await call('GET', '/service/xusers/users/userName/svc-user')).json).toMatchObject({ userSource: 1, description: 'svc-user' });
    const role = (await call('GET', `${API}/roles`)).json.find((x: J) => x.name === 'auto-role');
    expect(role).not.toHaveProperty('description');
    expect(role).not.toHaveProperty('users');
    expect((await call('GET', '/service/xusers/users/userName/nobody')).status).toBe(204);
  });

  it('refuses to delete a role a policy names, and only hides a user a policy names', async () => {
    await setUp();
    await call('POST', `${API}/policy`, { ...policy('p1'), policyItems: [{ ...policy('p1').policyItems[0], users: ['u1'] }] });
    const role = (await call('GET', `${API}/roles`)).json.find((x: J) => x.name === 'reader');
    const a = await call('DELETE', `${API}/roles/${role.id}`);
    expect([a.status, a.json.msgDesc]).toEqual([400, "Role 'reader' can not be deleted as it is referenced in one or more policies"]);
    expect((await call('DELETE', '/service/xusers/users/userName/u1')).status).toBe(204);
    expect((await call('GET', '/service/xusers/users/userName/u1')).json).toMatchObject({ name: 'u1', isVisible: 0 });
  });
});
