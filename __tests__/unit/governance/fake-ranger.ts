import { readFileSync } from 'fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { join } from 'path';
import { defaultPolicies, expiresOnPolicy, itemsOf, linkedTagServiceName, nonEmpty, Obj, vx, withRangerAdditions } from './fake-ranger-rules';

/**
 * A double of Ranger Admin 2.6.0's REST API on 127.0.0.1, for testing the apply command's HTTP
 * exchanges. It keeps state and behaves as the real Admin was observed to (see the issue "Ranger
 * for real") and as its source shows: each behaviour below cites the file of apache/ranger
 * (tag release-ranger-2.6.0) that shows it, and fake-ranger.test.ts has a test per behaviour.
 * Paths: PA = security-admin/src/main/java/org/apache/ranger/rest/PublicAPIsv2.java,
 * SR = security-admin/src/main/java/org/apache/ranger/rest/ServiceREST.java,
 * SDB = security-admin/src/main/java/org/apache/ranger/biz/ServiceDBStore.java.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ranger');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  body?: Obj;
}

const API = '/service/public/v2/api';
const XUSERS = '/service/xusers';
/** `ranger.db.maxrows.default` (security-admin/src/main/resources/conf.dist/ranger-admin-default-site.xml): a list answers at most this many */
export const DEFAULT_PAGE_SIZE = 200;
/** Tomcat's answer to a path no servlet maps (Admin runs in embedded Tomcat: embeddedwebserver/.../EmbeddedServer.java) */
const TOMCAT_404 = '<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1></body></html>';
/** PA getServiceDefByName/getServiceByName/getPolicyByName: `createRESTException(SC_NOT_FOUND, "Not found", true)` */
const NOT_FOUND = fixture('404-not-found.json');

type Send = (status: number, payload?: unknown, raw?: boolean) => void;

export class FakeRanger {
  readonly user = 'admin';
  readonly password = 'S3cret-not-to-be-logged!';
  readonly serviceDefs = new Map<string, Obj>();
  readonly services = new Map<string, Obj>();
  policies: Obj[] = [];
  roles: Obj[] = [];
  readonly users = new Map<string, Obj>();
  readonly seen: Seen[] = [];
  /** a policy name Ranger's validator rejects (answered with the 3022 fixture, as for an undefined access type) */
  rejectPolicy?: string;
  /** the next request matching this (after `skip` matching ones go through) fails with 500 once: to make an undo step fail */
  failOnce?: { method: string; path: RegExp; skip?: number };
  private nextId = 100;
  private server?: Server;
  url = '';

  constructor() {
    // Admin ships with the built-in definitions (agents-common/src/main/resources/service-defs/) and the admin login
    this.storeDef({ ...JSON.parse(fixture('200-servicedef-kafka.json')) });
    this.storeDef({ name: 'tag', implClass: 'org.apache.ranger.services.tag.RangerServiceTag', resources: [{ itemId: 1, name: 'tag', type: 'string', level: 1 }], accessTypes: [] });
    this.addTagAccessTypes(this.serviceDefs.get('kafka')!);
    this.users.set('admin', { id: 1, name: 'admin', description: 'Administrator', userSource: 0, isVisible: 1 });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  /** What Ranger holds, as it returns it, without ids and versions: compare before/after to see that nothing changed. */
  snapshot(): unknown {
    const strip = (o: Obj) => Object.fromEntries(Object.entries(nonEmpty(o) as Obj).filter(([k]) => !['id', 'guid', 'version', 'policyVersion', 'createTime', 'updateTime'].includes(k)));
    return {
      serviceDefs: [...this.serviceDefs.values()].map(strip).sort(byName),
      services: [...this.services.values()].map(strip).sort(byName),
      policies: this.policies.map(strip).sort((a, b) => `${a.service}/${a.name}`.localeCompare(`${b.service}/${b.name}`)),
      roles: this.roles.map(strip).sort(byName),
      users: [...this.users.values()].map(strip).sort(byName),
    };
  }

  mutations(): Seen[] {
    return this.seen.filter((s) => s.method !== 'GET');
  }

  /** policy versions per service: every plugin re-downloads its policies when its service's changes */
  policyVersions(): Record<string, number> {
    return Object.fromEntries([...this.services.values()].map((s) => [s.name, s.policyVersion]));
  }

  // ---- state changes, as Admin makes them ----

  private storeDef(def: Obj, id = this.nextId++, version = 1): Obj {
    const stored = withRangerAdditions({ ...def, id, version });
    this.serviceDefs.set(def.name, stored);
    return stored;
  }

  /** AbstractServiceStore.updateTagServiceDefForUpdatingAccessTypes: the tag definition gets `<def>:<access>` */
  private addTagAccessTypes(def: Obj): void {
    const tag = this.serviceDefs.get('tag')!;
    const names = new Set((tag.accessTypes as Obj[]).map((a) => a.name));
    for (const a of def.accessTypes ?? []) if (!names.has(`${def.name}:${a.name}`)) tag.accessTypes.push({ itemId: tag.accessTypes.length + 1, name: `${def.name}:${a.name}`, label: a.label ?? a.name });
  }

  /** SDB.updateServiceDef: an access type a policy refers to cannot be removed (DATA_NOT_UPDATABLE) */
  private referencedAccessType(typeNames: string[]): string | undefined {
    const gone = new Set(typeNames);
    for (const p of this.policies) for (const it of itemsOf(p)) for (const a of it.accesses ?? []) if (gone.has(a.type)) return a.type;
    return undefined;
  }

  private ensureUser(name: string): void {
    // XUserMgr.createServiceConfigUser → ExternalUserCreator: userSource external (1), description = name
    if (!this.users.has(name)) this.users.set(name, { id: this.nextId++, name, description: name, userSource: 1, isVisible: 1 });
  }

  /**
   * SDB.createPolicy/updatePolicy/deletePolicy → handlePolicyUpdate → persistVersionChange
   * (VERSION_TYPE.POLICY_VERSION): every policy change moves its service's policyVersion to the next
   * one, the version each plugin polls to know it must re-download its policies
   */
  private bump(service: string): void {
    const s = this.services.get(service);
    if (s) s.policyVersion = (s.policyVersion ?? 1) + 1;
  }

  addService(svc: Obj): Obj {
    const stored: Obj = { ...svc, id: this.nextId++, version: 1, policyVersion: 1, tagVersion: 1 };
    this.services.set(svc.name, stored);
    if (svc.configs?.username) this.ensureUser(svc.configs.username); // SDB.createService: createServiceConfigUser
    for (const p of defaultPolicies(stored, this.serviceDefs.get(svc.type)!)) this.storePolicy(p);
    if (svc.type !== 'tag') {
      // SR.createOrGetLinkedServices → LinkedServiceCreator: create and link the tag service
      const tagName = linkedTagServiceName(svc.name);
      if (!this.services.has(tagName)) {
        this.services.set(tagName, { name: tagName, displayName: tagName, type: 'tag', isEnabled: true, id: this.nextId++, version: 1, policyVersion: 1 });
        this.storePolicy(expiresOnPolicy(tagName, (this.serviceDefs.get('tag')!.accessTypes as Obj[]).map((a) => a.name)));
      }
      stored.tagService = tagName;
    }
    return stored;
  }

  /** A policy as Admin stores it; principals it names are created if absent (PolicyRefUpdater.createNewPolMappingForRefTable, createPrincipalsIfAbsent) */
  storePolicy(p: Obj, id = this.nextId++, version = 1): Obj {
    for (const it of itemsOf(p)) {
      for (const u of it.users ?? []) this.ensureUser(u);
      // PolicyRefUpdater.createPrincipal(ROLE): `new RangerRole(name, null, ...)`, no description, no members
      for (const r of it.roles ?? []) if (!this.roles.some((x) => x.name === r)) this.roles.push({ id: this.nextId++, name: r, users: [], groups: [], roles: [] });
    }
    const stored = { ...p, id, guid: `guid-${id}`, version, isEnabled: p.isEnabled ?? true };
    const i = this.policies.findIndex((x) => x.id === id);
    if (i >= 0) this.policies[i] = stored;
    else this.policies.push(stored);
    this.bump(p.service);
    return stored;
  }

  addPolicy(p: Obj): Obj {
    return this.storePolicy(p);
  }

  // ---- HTTP ----

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const body = data ? (JSON.parse(data) as Obj) : undefined;
      this.seen.push({ method: req.method!, path: u.pathname, query: u.searchParams, body });
      const send: Send = (status, payload, raw) => {
        res.writeHead(status, { 'Content-Type': raw ? 'text/html;charset=utf-8' : 'application/json' });
        // every JSON answer passes Ranger's NON_EMPTY serialisation (fake-ranger-rules.ts, nonEmpty)
        res.end(payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(nonEmpty(payload)));
      };
      const expected = `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return send(401, fixture('401-unauthorized.json'));
      if (this.failOnce && this.failOnce.method === req.method && this.failOnce.path.test(u.pathname)) {
        if (this.failOnce.skip) this.failOnce.skip--;
        else {
          this.failOnce = undefined;
          return send(500, vx('simulated failure'));
        }
      }
      try {
        this.route(req.method!, u, body, send);
      } catch (e) {
        send(500, vx(`fake: ${(e as Error).message}`));
      }
    });
  }

  /** SearchFilter `startIndex`/`pageSize` (agents-common/.../plugin/util/SearchFilter.java); no pageSize → DEFAULT_PAGE_SIZE */
  private page(all: Obj[], q: URLSearchParams): Obj[] {
    const start = Number(q.get('startIndex') ?? 0);
    const size = Math.min(Number(q.get('pageSize') ?? DEFAULT_PAGE_SIZE), DEFAULT_PAGE_SIZE);
    return all.slice(start, start + size);
  }

  /** RangerPolicyValidator: access types must be those of the service's definition (error code 3022, ValidationErrorCode.java) */
  private invalidPolicy(p: Obj): string | undefined {
    if (p.name === this.rejectPolicy) return fixture('400-policy-rejected.json');
    const svc = this.services.get(p.service);
    if (!svc) return JSON.stringify(vx(`(0) Validation failure: error code[3008], reason[service name[${p.service}] does not exist]`));
    const def = this.serviceDefs.get(svc.type)!;
    const valid = (p.policyType === 1 ? (def.dataMaskDef?.accessTypes ?? def.accessTypes) : def.accessTypes).map((a: Obj) => a.name);
    for (const it of itemsOf(p))
      for (const a of it.accesses ?? [])
        if (!valid.includes(a.type))
          return JSON.stringify(vx(`(0) Validation failure: error code[3022], reason[Invalid access type: access type=[${a.type}], valid access types=[[${valid.join(', ')}]]], field[policy items], subfield[access type], type[semantically incorrect] `));
    return undefined;
  }

  private updatePolicy(existing: Obj, body: Obj, send: Send): void {
    const invalid = this.invalidPolicy({ ...body, service: body.service ?? existing.service });
    if (invalid) return send(400, invalid);
    send(200, this.storePolicy({ ...body, service: existing.service }, existing.id, existing.version + 1));
  }

  private route(method: string, u: URL, body: Obj | undefined, send: Send): void {
    const p = u.pathname;
    const q = u.searchParams;
    let m: RegExpMatchArray | null;

    // ---- service definitions ----
    if ((m = p.match(`^${API}/servicedef/name/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]);
      const have = this.serviceDefs.get(name);
      if (!have) return send(404, NOT_FOUND);
      if (method === 'GET') return send(200, have);
      if (method === 'PUT') {
        const removed = (have.accessTypes as Obj[]).filter((a) => !(body!.accessTypes ?? []).some((b: Obj) => b.name === a.name)).map((a) => a.name);
        const ref = this.referencedAccessType(removed);
        if (ref) return send(400, vx(`Policy/Policies are referring to this access-type: ${ref}. Please remove such references from policy before updating service-def.`, 1, [{ name: 'DATA_NOT_UPDATABLE', rbKey: 'xa.error.data_not_updatable', message: 'Data not updatable' }]));
        const stored = this.storeDef(body!, have.id, have.version + 1);
        this.addTagAccessTypes(stored);
        return send(200, stored);
      }
      if (method === 'DELETE') {
        // SDB.deleteServiceDef: refused while services use it (OPER_NOT_ALLOWED_FOR_ENTITY) ...
        if ([...this.services.values()].some((s) => s.type === name)) return send(400, vx(`Services exists under given service definition, can't delete Service-Def: ${name}`));
        // ... and AbstractServiceStore.updateTagServiceDefForDeletingAccessTypes then updates the tag
        // definition, which SDB.updateServiceDef refuses while a tag policy refers to `<def>:<access>`
        const tag = this.serviceDefs.get('tag')!;
        const ours = (tag.accessTypes as Obj[]).filter((a) => String(a.name).startsWith(`${name}:`)).map((a) => a.name);
        const ref = this.referencedAccessType(ours);
        if (ref) return send(400, vx(`Policy/Policies are referring to this access-type: ${ref}. Please remove such references from policy before updating service-def.`, 1, [{ name: 'DATA_NOT_UPDATABLE', rbKey: 'xa.error.data_not_updatable', message: 'Data not updatable' }]));
        tag.accessTypes = (tag.accessTypes as Obj[]).filter((a) => !ours.includes(a.name));
        this.serviceDefs.delete(name);
        return send(204);
      }
    }
    if (p === `${API}/servicedef` && method === 'POST') {
      if (this.serviceDefs.has(body!.name)) return send(400, vx(`(0) Validation failure: error code[2007], reason[service def with the name[${body!.name}] already exists]`));
      const stored = this.storeDef(body!);
      this.addTagAccessTypes(stored);
      return send(200, stored);
    }

    // ---- services ----
    if (p === `${API}/service` && method === 'GET') return send(200, this.page([...this.services.values()].filter((s) => !q.get('serviceType') || s.type === q.get('serviceType')), q));
    if (p === `${API}/service` && method === 'POST') {
      if (!this.serviceDefs.has(body!.type)) return send(400, vx(`(0) Validation failure: error code[1002], reason[service def [${body!.type}] does not exist]`));
      if (this.services.has(body!.name)) return send(400, vx(`(0) Validation failure: error code[1008], reason[duplicate service name: name=${body!.name}]`));
      return send(200, this.addService(body!));
    }
    if ((m = p.match(`^${API}/service/name/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]);
      const have = this.services.get(name);
      if (!have) return send(404, NOT_FOUND);
      if (method === 'GET') return send(200, have);
      if (method === 'PUT') {
        if (body!.id !== undefined && body!.id !== have.id) return send(400, vx('serviceID mismatch'));
        const stored = { ...body, id: have.id, version: have.version + 1, policyVersion: have.policyVersion, tagVersion: have.tagVersion, tagService: body!.tagService ?? have.tagService };
        this.services.set(name, stored);
        return send(200, stored);
      }
      if (method === 'DELETE') {
        this.services.delete(name);
        this.policies = this.policies.filter((x) => x.service !== name);
        return send(204);
      }
    }

    // ---- policies ----
    if ((m = p.match(`^${API}/service/([^/]+)/policy$`)) && method === 'GET') {
      const name = decodeURIComponent(m[1]);
      // SR.getServicePoliciesByName: an unknown service is an exception turned into 400 by createRESTException(message)
      if (!this.services.has(name)) return send(400, vx(`Service with name: ${name} does not exist`));
      return send(200, this.page(this.policies.filter((x) => x.service === name), q));
    }
    if ((m = p.match(`^${API}/service/([^/]+)/policy/([^/]+)$`))) {
      const service = decodeURIComponent(m[1]);
      const name = decodeURIComponent(m[2]);
      const have = this.policies.find((x) => x.service === service && x.name === name);
      if (method === 'PUT' && body!.service !== service) return send(400, vx('service name mismatch')); // PA.updatePolicyByName
      if (!have) return send(404, NOT_FOUND);
      if (method === 'GET') return send(200, have);
      if (method === 'PUT') return this.updatePolicy(have, { ...body, id: have.id }, send); // PA.updatePolicyByName ignores the body's id
    }
    if (p === `${API}/policy` && method === 'GET') {
      const user = q.get('user');
      const role = q.get('role');
      const hits = this.policies.filter((x) => (!user || itemsOf(x).some((it) => (it.users ?? []).includes(user))) && (!role || itemsOf(x).some((it) => (it.roles ?? []).includes(role))));
      return send(200, this.page(hits, q));
    }
    if (p === `${API}/policy` && method === 'POST') {
      const existing = this.policies.find((x) => x.service === body!.service && x.name === body!.name);
      if (existing && q.get('updateIfExists') === 'true') {
        // SR.createPolicy, matchByName: sets the found id, then calls updatePolicy(policy, null), whose
        // check `!policy.getId().equals(id)` fails for id null: every existing policy answers 400
        return send(400, vx('policyID mismatch'));
      }
      if (existing) return send(400, vx(`(0) Validation failure: error code[3006], reason[Another policy already exists for this name: policy-id=[${existing.id}], service=[${existing.service}]]`));
      const invalid = this.invalidPolicy(body!);
      if (invalid) return send(400, invalid);
      const { id: _id, ...rest } = body!;
      return send(200, this.storePolicy(rest));
    }
    if ((m = p.match(`^${API}/policy/(\\d+)$`))) {
      const id = Number(m[1]);
      const have = this.policies.find((x) => x.id === id);
      if (method === 'PUT') {
        if (body!.id !== undefined && body!.id !== id) return send(400, vx('policyID mismatch')); // PA.updatePolicy
        if (!have) return send(400, vx(`no policy exists with ID=${id}`));
        return this.updatePolicy(have, body!, send);
      }
      // SR.deletePolicy: a missing id fails inside the try and becomes a 400, not a 404
      if (!have) return send(method === 'GET' ? 404 : 400, method === 'GET' ? NOT_FOUND : vx(`no policy exists with ID=${id}`));
      if (method === 'GET') return send(200, have);
      if (method === 'DELETE') {
        this.policies = this.policies.filter((x) => x.id !== id);
        this.bump(have.service);
        return send(204);
      }
    }

    // ---- roles (PA /api/roles → RoleREST.java, RoleDBStore.java) ----
    if (p === `${API}/roles` && method === 'GET') return send(200, this.page(this.roles, q));
    if (p === `${API}/roles` && method === 'POST') {
      if (this.roles.some((r) => r.name === body!.name)) return send(400, vx(`Role with name: ${body!.name} already exists`));
      const stored = { users: [], groups: [], roles: [], ...body, id: this.nextId++ };
      this.roles.push(stored);
      return send(200, stored);
    }
    if ((m = p.match(`^${API}/roles/user/([^/]+)$`)) && method === 'GET') {
      const user = decodeURIComponent(m[1]);
      return send(200, this.roles.filter((r) => (r.users ?? []).some((x: Obj) => x.name === user)).map((r) => r.name));
    }
    if ((m = p.match(`^${API}/roles/(\\d+)$`)) && method === 'DELETE') {
      const role = this.roles.find((r) => r.id === Number(m![1]));
      if (!role) return send(400, vx(`Role with id: ${m[1]} does not exist`));
      // RoleDBStore.deleteRole: refused while a policy or another role refers to it
      if (this.policies.some((x) => itemsOf(x).some((it) => (it.roles ?? []).includes(role.name)))) return send(400, vx(`Role '${role.name}' can not be deleted as it is referenced in one or more policies`));
      if (this.roles.some((r) => (r.roles ?? []).some((x: Obj) => x.name === role.name))) return send(400, vx(`Role '${role.name}' can not be deleted as it is referenced in one or more other roles`));
      this.roles = this.roles.filter((r) => r !== role);
      return send(204);
    }

    // ---- users (security-admin/.../rest/XUserREST.java, biz/XUserMgr.java) ----
    if ((m = p.match(`^${XUSERS}/users/userName/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]);
      const have = this.users.get(name);
      // getXUserByUserName returns null for an unknown user: Jersey answers 204, no body
      if (method === 'GET') return have ? send(200, have) : send(204);
      if (method === 'DELETE') {
        if (!have) return send(500, vx('java.lang.NullPointerException')); // vxUser.getId() on null
        if (this.roles.some((r) => (r.users ?? []).some((x: Obj) => x.name === name))) return send(400, vx(`Operation denied. user name: ${name} is a member of one or more roles`)); // XUserMgr.blockIfRoleUser
        // XUserMgr.deleteXUser without forceDelete: a user policies still name is only hidden
        if (this.policies.some((x) => itemsOf(x).some((it) => (it.users ?? []).includes(name)))) {
          have.isVisible = 0;
          return send(204);
        }
        this.users.delete(name);
        return send(204);
      }
    }

    send(404, TOMCAT_404, true);
  }
}

const byName = (a: Obj, b: Obj) => String(a.name).localeCompare(String(b.name));
