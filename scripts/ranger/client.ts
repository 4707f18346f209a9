/**
 * A small client of Ranger Admin's public REST API v2 (`/service/public/v2/api/...`), with errors
 * that fit on one line: what was being done, and Ranger's own message.
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
}

/** Objects as Ranger returns them: ours plus id, guid, version, timestamps. */
export type RangerObject = Record<string, unknown> & { id?: number; name?: string };

const API = '/service/public/v2/api';

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
  const text = body.replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return oneLine(text) || '(empty response)';
}

const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
};

export class RangerClient {
  private readonly base: string;
  private readonly auth: string;
  private readonly timeoutMs: number;

  constructor(private readonly opts: RangerClientOptions) {
    this.base = opts.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  /** One request; `what` names the object for the error message. 404 is returned, not thrown, when `allow404`. */
  async request(method: string, path: string, what: string, body?: unknown, allow404 = false): Promise<{ status: number; json?: unknown }> {
    let res: Response;
    try {
      res = await fetch(this.base + path, {
        method,
        headers: { Authorization: this.auth, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs / 1000}s` : (err.cause?.code ?? err.cause?.message ?? err.message);
      throw new RangerError(`cannot reach Ranger Admin at ${this.base} (${why}) while ${what}`);
    }
    const text = await res.text();
    if (res.status === 401)
      throw new RangerError(`Ranger Admin at ${this.base} rejected the credentials of user '${this.opts.user}' (401 Unauthorized) while ${what}`, 401);
    if (res.status === 403) throw new RangerError(`${what}: user '${this.opts.user}' is not allowed to do this (403): ${rangerMessage(text)}`, 403);
    if (res.status === 404 && allow404) return { status: 404 };
    if (res.status < 200 || res.status >= 300) throw new RangerError(`${what}: Ranger answered ${res.status}: ${rangerMessage(text)}`, res.status);
    if (!text) return { status: res.status };
    try {
      return { status: res.status, json: JSON.parse(text) };
    } catch {
      throw new RangerError(`${what}: Ranger answered ${res.status} with a body that is not JSON: ${rangerMessage(text)}`, res.status);
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
    return ((await this.request('GET', `${API}/service?serviceType=${enc(type)}`, `listing services of type '${type}'`)).json as RangerObject[]) ?? [];
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
  async listPolicies(service: string): Promise<RangerObject[]> {
    const r = await this.request('GET', `${API}/service/${enc(service)}/policy`, `listing the policies of service '${service}'`, undefined, true);
    return r.status === 404 ? [] : ((r.json as RangerObject[]) ?? []);
  }
  /** Create or update by name (Ranger's `updateIfExists` with `matchByName`); missing roles/users are created. */
  async upsertPolicy(policy: { name: string; service: string }): Promise<RangerObject> {
    const q = new URLSearchParams({
      updateIfExists: 'true',
      policyMatchingAlgorithm: 'matchByName',
      serviceName: policy.service,
      policyName: policy.name,
      createPrincipalsIfAbsent: 'true',
    });
    return (await this.request('POST', `${API}/policy?${q}`, `applying policy '${policy.name}' to service '${policy.service}'`, policy)).json as RangerObject;
  }
  async createPolicy(policy: { name: string; service: string }): Promise<RangerObject> {
    return (await this.request('POST', `${API}/policy?createPrincipalsIfAbsent=true`, `restoring policy '${policy.name}'`, policy)).json as RangerObject;
  }
  async updatePolicy(id: number, policy: { name?: string }): Promise<RangerObject> {
    return (await this.request('PUT', `${API}/policy/${id}`, `restoring policy '${policy.name}'`, policy)).json as RangerObject;
  }
  async deletePolicy(id: number, name: string): Promise<void> {
    await this.request('DELETE', `${API}/policy/${id}`, `deleting policy '${name}'`, undefined, true);
  }
}

const enc = encodeURIComponent;
