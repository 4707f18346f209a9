/**
 * A small client of Ranger Admin's REST API (public v2 `/service/public/v2/api/...`, and
 * `/service/xusers/...` for users), with errors that fit on one line: what was being done, and
 * Ranger's own message or the real cause (wrong base path, wrong credentials, unknown object).
 *
 * Behaviour of Ranger Admin 2.6.0 this client is written for (paths in apache/ranger):
 * - a name-based upsert (`POST …/policy?updateIfExists=true&policyMatchingAlgorithm=matchByName`)
 *   answers 400 "policyID mismatch" for every existing policy (ServiceREST.createPolicy calls
 *   updatePolicy(policy, null)), so updates go to `PUT …/api/policy/{id}` (PublicAPIsv2.updatePolicy);
 * - lists come in pages of `pageSize` (at most `ranger.db.maxrows.default`, 200) from `startIndex`
 *   (agents-common/.../plugin/util/SearchFilter.java);
 * - an unknown object is a 404 whose body is Ranger's VXResponse `{"statusCode":0,"msgDesc":"Not
 *   found"}`; a 404 without one comes from the web server, not from the API: the base path is wrong.
 */

export class RangerError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'RangerError';
  }
}

export interface RangerClientOptions {
  /** Ranger Admin base URL, e.g. http://localhost:6080 */
  readonly url: string;
  readonly user: string;
  readonly password: string;
  /** per request; @default 30000 */
  readonly timeoutMs?: number;
  /** list page size; @default 200 (Ranger's own default and cap) */
  readonly pageSize?: number;
}

/** Objects as Ranger returns them: ours plus id, guid, version, timestamps (empty values left out). */
export type RangerObject = Record<string, unknown> & { id?: number; name?: string };

export const API = '/service/public/v2/api';
const XUSERS = '/service/xusers';

/** Ranger's message from an error body: a VXResponse (`msgDesc`, `messageList`) or the first line of text/HTML. */
export function rangerMessage(body: string): string {
  try {
    const j = JSON.parse(body) as { msgDesc?: string; messageList?: Array<{ message?: string; name?: string }>; message?: string };
    const parts = [j.msgDesc, ...(j.messageList ?? []).map((m) => m.message ?? m.name)].filter((x): x is string => !!x);
    if (parts.length) return oneLine([...new Set(parts)].join('; '));
    if (j.message) return oneLine(j.message);
  } catch {
    /* not JSON */
  }
  const title = body.match(/<title>([^<]*)<\/title>/i)?.[1];
  const text = title ?? body.replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return oneLine(text) || '(empty response)';
}

/** Is this body Ranger's own error object (a VXResponse), i.e. did the API answer, not the web server? */
export function isRangerResponse(body: string): boolean {
  try {
    const j = JSON.parse(body) as Record<string, unknown>;
    return !!j && typeof j === 'object' && ('msgDesc' in j || 'statusCode' in j);
  } catch {
    return false;
  }
}

const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
};

export class RangerClient {
  readonly base: string;
  private readonly auth: string;
  private readonly timeoutMs: number;
  private readonly pageSize: number;

  constructor(private readonly opts: RangerClientOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.pageSize = opts.pageSize ?? 200;
  }

  /**
   * One request; `what` names the object for the error message. A 404 of the API (a VXResponse
   * body) is returned as `{ status: 404 }` when `allow404`; any other 404 means the base path is wrong.
   */
  async request(method: string, path: string, what: string, body?: unknown, allow404 = false): Promise<{ status: number; json?: unknown }> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers: { Authorization: this.auth, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'manual',
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000}s` : (err.cause?.code ?? err.cause?.message ?? err.message);
      throw new RangerError(`cannot reach Ranger Admin at ${this.base} (${why}) while ${what}`);
    }
    const text = await res.text();
    const wrongBase = (detail: string) =>
      new RangerError(
        `${this.base} is not the root of a Ranger Admin REST API: ${method} ${path} answered ${detail} while ${what}; give --url as the Admin's root (e.g. http://host:6080), without a path`,
        res.status,
      );
    if (res.status === 401)
      throw new RangerError(`Ranger Admin at ${this.base} rejected the credentials of user '${this.opts.user}' (401 Unauthorized) while ${what}`, 401);
    if (res.status === 403) throw new RangerError(`${what}: user '${this.opts.user}' is not allowed to do this (403): ${rangerMessage(text)}`, 403);
    // a login-page redirect is what a path outside Admin's REST API gets from its web layer
    if (res.status >= 300 && res.status < 400) throw wrongBase(`${res.status} (a redirect to ${res.headers.get('location') ?? '?'})`);
    if (res.status === 404) {
      if (!isRangerResponse(text)) throw wrongBase(`404 from the web server ('${rangerMessage(text)}'), not from Ranger's API`);
      if (allow404) return { status: 404 };
    }
    if (res.status < 200 || res.status >= 300) throw new RangerError(`${what}: Ranger answered ${res.status}: ${rangerMessage(text)}`, res.status);
    if (!text) return { status: res.status };
    try {
      return { status: res.status, json: JSON.parse(text) };
    } catch {
      throw wrongBase(`${res.status} with a body that is not JSON ('${rangerMessage(text)}')`);
    }
  }

  /** Every item of a paged list: `startIndex`/`pageSize` until a page comes back short. */
  async list(path: string, what: string): Promise<RangerObject[]> {
    const out: RangerObject[] = [];
    const sep = path.includes('?') ? '&' : '?';
    for (let start = 0; ; start += this.pageSize) {
      const page = ((await this.request('GET', `${path}${sep}startIndex=${start}&pageSize=${this.pageSize}`, what)).json as RangerObject[]) ?? [];
      if (!Array.isArray(page)) throw new RangerError(`${what}: Ranger answered with ${typeof page}, not a list`);
      out.push(...page);
      if (page.length < this.pageSize) return out;
    }
  }

  // ---- service definitions ----
  async getServiceDef(name: string): Promise<RangerObject | undefined> {
    const r = await this.request('GET', `${API}/servicedef/name/${enc(name)}`, `reading service definition '${name}'`, undefined, true);
    return r.status === 404 ? undefined : (r.json as RangerObject);
  }
  async createServiceDef(def: unknown, name: string): Promise<RangerObject> {
    return (await this.request('POST', `${API}/servicedef`, `creating service definition '${name}'`, def)).json as RangerObject;
  }
  async updateServiceDef(name: string, def: unknown): Promise<RangerObject> {
    return (await this.request('PUT', `${API}/servicedef/name/${enc(name)}`, `updating service definition '${name}'`, def)).json as RangerObject;
  }
  async deleteServiceDef(name: string): Promise<void> {
    await this.request('DELETE', `${API}/servicedef/name/${enc(name)}`, `deleting service definition '${name}'`, undefined, true);
  }

  // ---- services ----
  async getService(name: string): Promise<RangerObject | undefined> {
    const r = await this.request('GET', `${API}/service/name/${enc(name)}`, `reading service '${name}'`, undefined, true);
    return r.status === 404 ? undefined : (r.json as RangerObject);
  }
  async servicesOfType(type: string): Promise<RangerObject[]> {
    return this.list(`${API}/service?serviceType=${enc(type)}`, `listing services of type '${type}'`);
  }
  async allServices(): Promise<RangerObject[]> {
    return this.list(`${API}/service`, 'listing services');
  }
  async createService(svc: unknown, name: string): Promise<RangerObject> {
    return (await this.request('POST', `${API}/service`, `creating service '${name}'`, svc)).json as RangerObject;
  }
  async updateService(name: string, svc: unknown): Promise<RangerObject> {
    return (await this.request('PUT', `${API}/service/name/${enc(name)}`, `updating service '${name}'`, svc)).json as RangerObject;
  }
  async deleteService(name: string): Promise<void> {
    await this.request('DELETE', `${API}/service/name/${enc(name)}`, `deleting service '${name}'`, undefined, true);
  }

  // ---- policies ----
  /** The policies of an existing service (Ranger answers 400, not 404, for a missing one). */
  async listPolicies(service: string): Promise<RangerObject[]> {
    return this.list(`${API}/service/${enc(service)}/policy`, `listing the policies of service '${service}'`);
  }
  /** Policies in any service naming this user or role in an item. */
  async policiesNaming(kind: 'user' | 'role', name: string): Promise<RangerObject[]> {
    return this.list(`${API}/policy?${kind}=${enc(name)}`, `listing the policies that name ${kind} '${name}'`);
  }
  async createPolicy(policy: { name: string; service: string }, why = 'creating'): Promise<RangerObject> {
    return (await this.request('POST', `${API}/policy`, `${why} policy '${policy.name}' in service '${policy.service}'`, policy)).json as RangerObject;
  }
  /** Update in place: same id, Ranger bumps the policy's version (the body's id must be this id or absent). */
  async updatePolicy(id: number, policy: { name?: unknown; service?: unknown }, why = 'updating'): Promise<RangerObject> {
    return (await this.request('PUT', `${API}/policy/${id}`, `${why} policy '${String(policy.name)}' (id ${id}) in service '${String(policy.service)}'`, { ...policy, id })).json as RangerObject;
  }
  async deletePolicy(id: number, name: string): Promise<void> {
    await this.request('DELETE', `${API}/policy/${id}`, `deleting policy '${name}' (id ${id})`);
  }

  // ---- roles ----
  async allRoles(): Promise<RangerObject[]> {
    return this.list(`${API}/roles`, 'listing roles');
  }
  async createRole(role: { name: string; description: string }): Promise<RangerObject> {
    return (await this.request('POST', `${API}/roles`, `creating role '${role.name}'`, { ...role, users: [], groups: [], roles: [] })).json as RangerObject;
  }
  async deleteRole(id: number, name: string): Promise<void> {
    await this.request('DELETE', `${API}/roles/${id}`, `deleting role '${name}'`);
  }
  async rolesOfUser(user: string): Promise<string[]> {
    return ((await this.request('GET', `${API}/roles/user/${enc(user)}`, `listing the roles of user '${user}'`)).json as string[]) ?? [];
  }

  // ---- users ----
  /** Ranger answers 204 without a body for an unknown user name. */
  async getUser(name: string): Promise<RangerObject | undefined> {
    const r = await this.request('GET', `${XUSERS}/users/userName/${enc(name)}`, `reading user '${name}'`, undefined, true);
    return r.json ? (r.json as RangerObject) : undefined;
  }
  /** Without forceDelete: Ranger only hides a user that policies still name, never edits policies. */
  async deleteUser(name: string): Promise<void> {
    await this.request('DELETE', `${XUSERS}/users/userName/${enc(name)}`, `deleting user '${name}'`);
  }
}

const enc = encodeURIComponent;
