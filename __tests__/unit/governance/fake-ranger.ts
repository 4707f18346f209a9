import { readFileSync } from 'fs';
import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { join } from 'path';

/**
 * A stand-in for Ranger Admin's public REST API v2 on 127.0.0.1, for testing the apply command's
 * HTTP exchanges. Error and sample bodies are the recorded fixtures of __tests__/fixtures/ranger
 * (written after Ranger's documented responses, not captured from a live Admin). It keeps state,
 * like Ranger, so idempotence, pruning and rollback can be observed.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ranger');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

type Obj = Record<string, unknown> & { id?: number; name?: string; service?: string; type?: string };
export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  body?: Obj;
}

const API = '/service/public/v2/api';

export class FakeRanger {
  readonly user = 'admin';
  readonly password = 'S3cret-not-to-be-logged!';
  readonly serviceDefs = new Map<string, Obj>([['kafka', JSON.parse(fixture('200-servicedef-kafka.json'))]]);
  readonly services = new Map<string, Obj>();
  policies: Obj[] = [];
  readonly seen: Seen[] = [];
  /** policy name Ranger's validator rejects with the 400 fixture */
  rejectPolicy?: string;
  private nextId = 100;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  /** What Ranger holds, without ids: compare before/after to see that nothing changed. */
  snapshot(): unknown {
    const strip = (o: Obj) => Object.fromEntries(Object.entries(o).filter(([k]) => !['id', 'guid', 'version', 'createTime', 'updateTime'].includes(k)));
    return {
      serviceDefs: [...this.serviceDefs.values()].map(strip).sort(byName),
      services: [...this.services.values()].map(strip).sort(byName),
      policies: this.policies.map(strip).sort((a, b) => `${a.service}/${a.name}`.localeCompare(`${b.service}/${b.name}`)),
    };
  }

  mutations(): Seen[] {
    return this.seen.filter((s) => s.method !== 'GET');
  }

  addService(svc: Obj): void {
    this.services.set(svc.name!, { ...svc, id: this.nextId++ });
    // Ranger Admin creates default policies with every new service
    this.policies.push({ id: this.nextId++, name: 'all - database, schema, table, column', service: svc.name, policyType: 0, resources: {} });
  }

  addPolicy(p: Obj): Obj {
    const stored = { ...JSON.parse(fixture('200-policy-upsert.json')), ...p, id: this.nextId++ };
    this.policies.push(stored);
    return stored;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const body = data ? (JSON.parse(data) as Obj) : undefined;
      this.seen.push({ method: req.method!, path: u.pathname, query: u.searchParams, body });
      const send = (status: number, payload?: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      const expected = `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return send(401, fixture('401-unauthorized.json'));
      this.route(req.method!, u, body, send);
    });
  }

  private route(method: string, u: URL, body: Obj | undefined, send: (s: number, p?: unknown) => void): void {
    const p = u.pathname;
    let m: RegExpMatchArray | null;
    if ((m = p.match(`^${API}/servicedef/name/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]);
      const have = this.serviceDefs.get(name);
      if (method === 'GET') return have ? send(200, have) : send(404, fixture('404-servicedef-not-found.json'));
      if (method === 'PUT') {
        this.serviceDefs.set(name, { ...body, id: have?.id });
        return send(200, this.serviceDefs.get(name));
      }
      if (method === 'DELETE') {
        this.serviceDefs.delete(name);
        return send(204);
      }
    }
    if (p === `${API}/servicedef` && method === 'POST') {
      const stored = { ...body!, id: this.nextId++ };
      this.serviceDefs.set(body!.name!, stored);
      return send(200, stored);
    }
    if (p === `${API}/service` && method === 'GET') return send(200, [...this.services.values()].filter((s) => s.type === u.searchParams.get('serviceType')));
    if (p === `${API}/service` && method === 'POST') {
      if (!this.serviceDefs.has(body!.type!)) return send(400, { statusCode: 1, msgDesc: `service-def with name: ${body!.type} does not exist` });
      this.addService(body!);
      return send(200, this.services.get(body!.name!));
    }
    if ((m = p.match(`^${API}/service/name/([^/]+)$`))) {
      const name = decodeURIComponent(m[1]);
      const have = this.services.get(name);
      if (method === 'GET') return have ? send(200, have) : send(404, fixture('404-service-not-found.json'));
      if (method === 'PUT') {
        this.services.set(name, { ...body, id: have?.id });
        return send(200, this.services.get(name));
      }
      if (method === 'DELETE') {
        this.services.delete(name);
        this.policies = this.policies.filter((x) => x.service !== name);
        return send(204);
      }
    }
    if ((m = p.match(`^${API}/service/([^/]+)/policy$`)) && method === 'GET') {
      const name = decodeURIComponent(m[1]);
      if (!this.services.has(name)) return send(404, fixture('404-service-not-found.json'));
      return send(200, this.policies.filter((x) => x.service === name));
    }
    if (p === `${API}/policy` && method === 'POST') {
      if (body!.name === this.rejectPolicy) return send(400, fixture('400-policy-rejected.json'));
      if (!this.services.has(body!.service!)) return send(404, fixture('404-service-not-found.json'));
      const existing = this.policies.find((x) => x.service === body!.service && x.name === body!.name);
      if (existing) {
        if (u.searchParams.get('updateIfExists') !== 'true') return send(400, { statusCode: 1, msgDesc: `Another policy already exists with name '${body!.name}'` });
        Object.assign(existing, body, { id: existing.id });
        return send(200, existing);
      }
      return send(200, this.addPolicy(body!));
    }
    if ((m = p.match(`^${API}/policy/(\\d+)$`))) {
      const id = Number(m[1]);
      const i = this.policies.findIndex((x) => x.id === id);
      if (i < 0) return send(404, fixture('404-service-not-found.json'));
      if (method === 'PUT') {
        this.policies[i] = { ...body, id };
        return send(200, this.policies[i]);
      }
      if (method === 'DELETE') {
        this.policies.splice(i, 1);
        return send(204);
      }
    }
    send(404, { statusCode: 1, msgDesc: `no route ${method} ${p}` });
  }
}

const byName = (a: Obj, b: Obj) => String(a.name).localeCompare(String(b.name));
