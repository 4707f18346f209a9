import { readFileSync, writeFileSync } from 'fs';
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { connect, sleep } from '../support/engines';
import { dummySecrets, expectOneLineError, ops } from './run';

/** Bad input and faults: one line naming what is wrong, no stack trace, a non-zero exit. */

describe('ops: bad input', () => {
  it('an unknown environment, command, flag or flow is a usage error (64)', async () => {
    expectOneLineError(await ops(['status', 'nowhere']), 64, "unknown environment 'nowhere' (known: local, dev, staging, prod)");
    expectOneLineError(await ops(['stauts', 'local']), 64, "unknown command 'stauts'");
    expectOneLineError(await ops(['status', 'local', '--colour']), 64, "unknown flag '--colour' for status");
    expectOneLineError(await ops(['repair', 'pause', 'local', 'eligibilty']), 64, "unknown flow 'eligibilty' in environment 'local' (flows: 1 eligibility");
  });

  it('answers --help for every command', async () => {
    for (const args of [['--help'], ['status', '--help'], ['repair', '--help'], ['repair', 'drop-slot', '-h']]) {
      const r = await ops(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: smart-cdc /);
    }
  });

  it('a connector that does not exist is named', async () => {
    expectOneLineError(await ops(['repair', 'pause', 'local', 'smart-cdc-v1-nope-sink']), 1, "connector 'smart-cdc-v1-nope-sink' does not exist on Kafka Connect at http://127.0.0.1:18083");
  });

  it('missing secrets are named, all of them', async () => {
    expectOneLineError(await ops(['status', 'staging']), 64, "environment 'staging' needs its secrets", 'TF_VAR_warehouse_admin_password', 'TF_VAR_kafka_sasl_password', 'TF_VAR_connect_password');
  });
});

describe('ops: unreachable endpoints', () => {
  it('status names each endpoint it cannot reach and is down (2)', async () => {
    const r = await ops(['status', 'dev'], dummySecrets('dev'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('DOWN (exit 2)');
    for (const e of ['warehouse database at localhost:55432', 'citizen database at localhost:55433', 'Kafka at localhost:9092', 'Kafka Connect at http://localhost:8083'])
      expect(r.stdout).toMatch(new RegExp(`${e.replace(/[.:/]/g, '\\$&')}[^\\n]*: connection refused`));
    expect(r.stdout).not.toMatch(/^\s+at /m);
  });

  it('hosts that do not resolve (staging) are named too', async () => {
    const r = await ops(['status', 'staging'], dummySecrets('staging'));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('warehouse database at warehouse-db.staging.smart.internal:5432 (database smart_warehouse as smart_cdc_admin): host not found (DNS)');
    expect(r.stdout).toContain('Kafka at kafka-1.staging.smart.internal:9093,kafka-2.staging.smart.internal:9093,kafka-3.staging.smart.internal:9093: host not found (DNS)');
    expect(r.stdout).toContain('Kafka Connect at https://connect.staging.smart.internal: host not found (DNS)');
  });

  it('preflight fails each unreachable check, repair refuses in one line', async () => {
    const p = await ops(['preflight', 'dev'], dummySecrets('dev'));
    expect(p.code).toBe(1);
    expect(p.stdout).toMatch(/FAIL\s+warehouse\s+connection\s+warehouse database at localhost:55432 \(database smart_warehouse as postgres\): connection refused/);
    expect(p.stdout).toMatch(/FAIL\s+kafka\s+connection\s+Kafka at localhost:9092: connection refused/);
    expect(p.stdout).toMatch(/FAIL\s+connect\s+connection\s+Kafka Connect at http:\/\/localhost:8083: connection refused/);
    expectOneLineError(await ops(['repair', 'restart', 'dev'], dummySecrets('dev')), 1, 'Kafka Connect at http://localhost:8083: connection refused');
    expectOneLineError(await ops(['repair', 'drop-slot', 'dev', 'x'], dummySecrets('dev')), 1, 'warehouse database at localhost:55432');
  });
});

describe('ops: a wrong password', () => {
  // The local runtime trusts loopback; for this test only, the warehouse cluster asks the admin
  // role (postgres) for a password over TCP. The connectors' roles are not affected.
  let admin: Client;
  let hbaFile = '';
  let original = '';
  const password = randomBytes(9).toString('hex');

  beforeAll(async () => {
    admin = await connect('warehouse');
    hbaFile = (await admin.query<{ hba_file: string }>('SHOW hba_file')).rows[0].hba_file;
    original = readFileSync(hbaFile, 'utf8');
    await admin.query(`ALTER ROLE postgres PASSWORD '${password}'`);
    writeFileSync(hbaFile, `host all postgres 127.0.0.1/32 scram-sha-256\n${original}`);
    await admin.query('SELECT pg_reload_conf()');
    await sleep(500);
  });

  afterAll(async () => {
    if (original) writeFileSync(hbaFile, original);
    await admin.query('SELECT pg_reload_conf()');
    await admin.query('ALTER ROLE postgres PASSWORD NULL');
    await admin.end();
  });

  it('is named with the endpoint and the user; no password configured is said so', async () => {
    const wrong = await ops(['status', 'local'], { PGPASSWORD: 'not-the-password' });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toContain('warehouse database at 127.0.0.1:54321 (database smart_warehouse as postgres): password authentication failed for user "postgres"');
    expect(wrong.stdout).toMatch(/citizen database at 127\.0\.0\.1:54322 \(database smart_citizen as postgres\)\s+ok/);
    const none = await ops(['status', 'local']);
    expect(none.stdout).toContain('warehouse database at 127.0.0.1:54321 (database smart_warehouse as postgres): the server asks for a password and none is configured');
    expectOneLineError(await ops(['repair', 'drop-slot', 'local', 'x'], { PGPASSWORD: 'not-the-password' }), 1, 'warehouse database at 127.0.0.1:54321', 'password authentication failed for user "postgres"');
    const right = await ops(['repair', 'drop-slot', 'local', 'no_such_slot_here'], { PGPASSWORD: password });
    expectOneLineError(right, 1, "no replication slot 'no_such_slot_here'");
  });
});
