/** Clients of the three engines, with bounded timeouts and errors that name the endpoint. */
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';
import { Client, ClientConfig } from 'pg';
import { ConnectTarget, KafkaTarget, PgTarget } from './context';
import { describeError, OpsError } from './errors';
import { KafkaAdmin, kafkaAdminClient, produceRecords, RawRecord, readPartition } from './kafka';
import { CaFile, readCa } from './tls';

export type { RawRecord } from './kafka';

/** Names the endpoint and says what went wrong, in one line. */
export class EndpointError extends OpsError {
  constructor(readonly label: string, readonly reason: string) {
    super(`${label}: ${reason}`);
    this.name = 'EndpointError';
  }
}

export const endpointError = (label: string, e: unknown) => (e instanceof EndpointError ? e : new EndpointError(label, describeError(e)));

function pgSsl(mode: string, ca?: CaFile): ClientConfig['ssl'] {
  if (mode === 'disable') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  const pem = ca ? { ca: readCa(ca) } : {};
  // verify-ca checks the chain, not the host name
  if (mode === 'verify-ca') return { rejectUnauthorized: true, checkServerIdentity: () => undefined, ...pem };
  return { rejectUnauthorized: true, ...pem };
}

/** Bounds of a session: ops commands keep statements short; the benchmark loads and checks large tables. */
export interface PgSessionOptions {
  readonly statementTimeoutMs?: number;
  readonly applicationName?: string;
}

/** An admin session on one database of the pipeline; the caller ends it. */
export async function pgConnect(t: PgTarget, timeoutMs = 5_000, opts: PgSessionOptions = {}): Promise<Client> {
  const statement = opts.statementTimeoutMs ?? 15_000;
  let ssl: ClientConfig['ssl'];
  try {
    ssl = pgSsl(t.sslmode, t.ca);
  } catch (e) {
    throw endpointError(t.label, e);
  }
  const c = new Client({
    host: t.host,
    port: t.port,
    database: t.database,
    user: t.user,
    password: t.password,
    ssl,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: statement,
    query_timeout: statement + 5_000,
    application_name: opts.applicationName ?? 'smart-cdc-ops',
  });
  c.on('error', () => undefined); // a dropped connection surfaces on the next query
  try {
    await c.connect();
  } catch (e) {
    await c.end().catch(() => undefined);
    throw endpointError(`${t.label} (database ${t.database} as ${t.user})`, e);
  }
  return c;
}

export async function withPg<T>(t: PgTarget, f: (c: Client) => Promise<T>): Promise<T> {
  const c = await pgConnect(t);
  try {
    return await f(c);
  } catch (e) {
    if (e instanceof OpsError) throw e;
    throw endpointError(t.label, e);
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** A Kafka admin session on the environment's cluster; errors name the cluster. */
export async function withKafka<T>(t: KafkaTarget, f: (a: KafkaAdmin) => Promise<T>): Promise<T> {
  const a = kafkaAdminClient(t);
  try {
    return await f(a);
  } catch (e) {
    if (e instanceof OpsError) throw e;
    throw endpointError(t.label, e);
  } finally {
    await a.close().catch(() => undefined);
  }
}

/**
 * The records of one partition in [from, to), read with a throw-away consumer group. Bounded by
 * `timeoutMs`; what was read by then is returned with `complete: false`.
 */
export async function readRange(t: KafkaTarget, topic: string, partition: number, from: number, to: number, timeoutMs = 30_000): Promise<{ records: RawRecord[]; complete: boolean }> {
  try {
    return await readPartition(t, topic, partition, from, to, timeoutMs);
  } catch (e) {
    throw endpointError(t.label, e);
  }
}

/** Produces records to a topic and waits for the broker's acknowledgement. */
export async function produce(t: KafkaTarget, topic: string, messages: ReadonlyArray<{ key: Buffer | null; value: Buffer | null; headers?: Record<string, string> }>): Promise<void> {
  try {
    await produceRecords(t, topic, messages);
  } catch (e) {
    throw endpointError(t.label, e);
  }
}

/** Sum of end offsets minus start offsets: the records a topic holds now. */
export async function topicDepth(admin: KafkaAdmin, topic: string): Promise<{ low: number; high: number; depth: number }> {
  const parts = await admin.topicOffsets(topic);
  const low = parts.reduce((n, p) => n + p.low, 0);
  const high = parts.reduce((n, p) => n + p.high, 0);
  return { low, high, depth: high - low };
}

export interface ConnectorStatusInfo {
  readonly name: string;
  readonly connector: { readonly state: string; readonly worker_id?: string; readonly trace?: string; readonly version?: string };
  readonly tasks: ReadonlyArray<{ readonly id: number; readonly state: string; readonly worker_id?: string; readonly trace?: string }>;
  readonly type?: string;
}

export interface ConnectorExpanded {
  readonly status?: ConnectorStatusInfo;
  readonly info?: { readonly name: string; readonly config: Record<string, string>; readonly type?: string };
}

interface HttpAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly text: string;
}

/** One HTTP(S) request, its CA the environment's where it names one (fetch takes no CA). */
function send(url: string, method: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number, ca?: CaFile): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const https = u.protocol === 'https:';
    // agent: false, a connection per request: a pooled keep-alive socket would hold a short-lived CLI (or a test run) open
    const opts = { method, agent: false, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, timeout: timeoutMs, ...(https && ca ? { ca: readCa(ca) } : {}) };
    const req = (https ? httpsRequest : httpRequest)(u, opts, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 300, status, statusText: res.statusMessage ?? '', text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' })));
    req.on('error', reject);
    req.end(body);
  });
}

/** Kafka Connect's REST API. Every failure names the URL; 404 on a connector names the connector. */
export class ConnectApi {
  constructor(readonly target: ConnectTarget, private readonly timeoutMs = 8_000) {}

  async request<T>(method: string, path: string, body?: unknown, okStatuses: number[] = []): Promise<{ status: number; body: T }> {
    const url = `${this.target.url}${path}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.target.username) headers.authorization = `Basic ${Buffer.from(`${this.target.username}:${this.target.password ?? ''}`).toString('base64')}`;
    let res: HttpAnswer;
    try {
      res = await send(url, method, headers, body === undefined ? undefined : JSON.stringify(body), this.timeoutMs, this.target.ca);
    } catch (e) {
      throw endpointError(this.target.label, e);
    }
    const text = res.text;
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!res.ok && !okStatuses.includes(res.status)) {
      const m = /\/connectors\/([^/?]+)/.exec(path);
      if (res.status === 404 && m) throw new OpsError(`connector '${decodeURIComponent(m[1])}' does not exist on ${this.target.label}`);
      if (res.status === 401 || res.status === 403)
        throw new EndpointError(this.target.label, `${res.status} ${res.statusText}: check connect.username and its password (TF_VAR_…)`);
      const msg = (parsed as { message?: string } | undefined)?.message ?? text.slice(0, 200);
      throw new EndpointError(this.target.label, `${method} ${path} answered ${res.status}: ${String(msg).split('\n')[0]}`);
    }
    return { status: res.status, body: parsed as T };
  }

  async get<T>(path: string): Promise<T> {
    return (await this.request<T>('GET', path)).body;
  }

  /** Every connector with its status and config, in one call. */
  async connectors(): Promise<Record<string, ConnectorExpanded>> {
    return this.get<Record<string, ConnectorExpanded>>('/connectors?expand=status&expand=info');
  }

  async status(name: string): Promise<ConnectorStatusInfo> {
    return this.get<ConnectorStatusInfo>(`/connectors/${encodeURIComponent(name)}/status`);
  }

  async offsets(name: string): Promise<Array<{ partition: Record<string, unknown>; offset: Record<string, unknown> }>> {
    return (await this.get<{ offsets: Array<{ partition: Record<string, unknown>; offset: Record<string, unknown> }> }>(`/connectors/${encodeURIComponent(name)}/offsets`)).offsets ?? [];
  }
}
