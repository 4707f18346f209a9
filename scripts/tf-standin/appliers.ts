import { spawn } from 'child_process';
import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { Resource } from './graph';

/**
 * How the stand-in applies each resource type of the `local` stack, doing what the real provider
 * would: PostgreSQL resources as SQL, topics through the Kafka admin API, connectors through the
 * Connect REST API, terraform_data through its local-exec provisioners.
 */
export type Providers = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Log = (line: string) => void;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export class Appliers {
  private readonly pg = new Map<string, Client>();
  private kafka?: Kafka;

  constructor(private readonly providers: Providers, private readonly log: Log) {}

  async apply(r: Resource): Promise<void> {
    switch (r.type) {
      case 'terraform_data':
        return this.localExec(r);
      case 'postgresql_role':
        return this.role(r);
      case 'postgresql_grant':
        return this.grant(r);
      case 'postgresql_replication_slot':
        return this.slot(r);
      case 'kafka_topic':
        return this.topic(r);
      case 'kafka-connect_connector':
        return this.connector(r);
      default:
        throw new Error(`${r.address}: resource type '${r.type}' is not supported by the terraform stand-in (it covers the local stack only)`);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.pg.values()].map((c) => c.end()));
  }

  private async localExec(r: Resource): Promise<void> {
    for (const p of (r.body.provisioner as Array<Record<string, any>>) ?? []) {
      const le = p['local-exec'];
      if (!le || le.when === 'destroy') continue;
      await new Promise<void>((resolve, reject) => {
        const child = spawn('/bin/sh', ['-c', le.command], { env: { ...process.env, ...(le.environment ?? {}) }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${r.address}: local-exec exited ${code}: ${out.trim()}`))));
      });
    }
  }

  private async client(r: Resource): Promise<Client> {
    const alias = String(r.body.provider ?? 'postgresql').split('.')[1] ?? '';
    const cached = this.pg.get(alias);
    if (cached) return cached;
    const cfg = (this.providers.postgresql as Array<Record<string, any>>).find((p) => (p.alias ?? '') === alias);
    if (!cfg) throw new Error(`${r.address}: no postgresql provider with alias '${alias}'`);
    const c = new Client({ host: cfg.host, port: cfg.port, database: cfg.database, user: cfg.username, password: cfg.password, ssl: cfg.sslmode && cfg.sslmode !== 'disable' ? { rejectUnauthorized: cfg.sslmode === 'verify-full' } : false });
    await c.connect();
    this.pg.set(alias, c);
    return c;
  }

  private async role(r: Resource): Promise<void> {
    const b = r.body;
    const c = await this.client(r);
    const attrs = [
      b.login ? 'LOGIN' : 'NOLOGIN',
      b.replication ? 'REPLICATION' : 'NOREPLICATION',
      b.superuser ? 'SUPERUSER' : 'NOSUPERUSER',
      b.create_database ? 'CREATEDB' : 'NOCREATEDB',
      b.create_role ? 'CREATEROLE' : 'NOCREATEROLE',
      b.password ? `PASSWORD ${literal(b.password)}` : 'PASSWORD NULL',
    ].join(' ');
    const exists = (await c.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [b.name])).rowCount;
    await c.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${ident(b.name)} WITH ${attrs}`);
  }

  /** Like the provider: the grant resource owns the role's privileges on its objects (revoke, then grant). */
  private async grant(r: Resource): Promise<void> {
    const b = r.body;
    const c = await this.client(r);
    const role = ident(b.role);
    const privileges = (b.privileges as string[]).join(', ');
    if (b.object_type === 'schema') {
      await c.query(`GRANT ${privileges} ON SCHEMA ${ident(b.schema)} TO ${role}`);
    } else if (b.object_type === 'table') {
      const tables = (b.objects as string[]).map((o) => `${ident(b.schema)}.${ident(o)}`).join(', ');
      // one transaction: a re-apply never leaves the role without its privileges in between
      await c.query(`BEGIN; REVOKE ALL ON TABLE ${tables} FROM ${role}; GRANT ${privileges} ON TABLE ${tables} TO ${role}; COMMIT`);
    } else {
      throw new Error(`${r.address}: object_type '${b.object_type}' is not supported by the terraform stand-in`);
    }
  }

  private async slot(r: Resource): Promise<void> {
    const c = await this.client(r);
    const exists = (await c.query('SELECT 1 FROM pg_replication_slots WHERE slot_name = $1', [r.body.name])).rowCount;
    if (!exists) await c.query('SELECT pg_create_logical_replication_slot($1, $2)', [r.body.name, r.body.plugin]);
  }

  private admin() {
    const cfg = (this.providers.kafka as Array<Record<string, any>>)[0];
    this.kafka ??= new Kafka({ clientId: 'smart-cdc-tf-standin', brokers: cfg.bootstrap_servers, logLevel: logLevel.NOTHING });
    return this.kafka.admin();
  }

  private async topic(r: Resource): Promise<void> {
    const b = r.body;
    const admin = this.admin();
    await admin.connect();
    try {
      const configEntries = Object.entries(b.config as Record<string, string>).map(([name, value]) => ({ name, value }));
      const existing = await admin.listTopics();
      if (!existing.includes(b.name)) {
        await admin.createTopics({ waitForLeaders: true, topics: [{ topic: b.name, numPartitions: b.partitions, replicationFactor: b.replication_factor, configEntries }] });
      } else {
        await admin.alterConfigs({ validateOnly: false, resources: [{ type: 2, name: b.name, configEntries }] });
      }
    } finally {
      await admin.disconnect();
    }
  }

  private async connector(r: Resource): Promise<void> {
    const url = `${(this.providers['kafka-connect'] as Array<Record<string, string>>)[0].url}/connectors/${encodeURIComponent(r.body.name)}/config`;
    const config = { ...r.body.config, ...(r.body.config_sensitive ?? {}) };
    const res = await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config) });
    if (!res.ok) throw new Error(`${r.address}: Connect answered ${res.status} to PUT ${url}: ${(await res.text()).slice(0, 500)}`);
    this.log(`connector ${r.body.name}: ${res.status === 201 ? 'created' : 'updated'}`);
  }
}
