import { CatalogueView, filterSql } from '../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../catalogue/smart';
import {
  brokerCheck,
  capacityCheck,
  fixable,
  parseRowFilter,
  pluginCheck,
  preflightExit,
  publicationCheck,
  PublicationWant,
  replicaIdentityCheck,
  mayManageReplicationRoles,
  roleCheck,
  sameFilter,
  serverVersionCheck,
  slotWalKeepCheck,
  walLevelCheck,
} from '../../../scripts/ops/checks';

const setting = (name: string, value: string, context = 'postmaster', pendingRestart = false) => ({ name, setting: value, unit: null, pendingRestart, context });

describe('ops preflight checks', () => {
  it('parses PostgreSQL’s deparsed row filters of IN lists', () => {
    expect(parseRowFilter("(status = 'published'::text)")).toEqual({ column: 'status', values: ['published'] });
    expect(parseRowFilter("(status = ANY (ARRAY['accepted'::text, 'dismissed'::text]))")).toEqual({ column: 'status', values: ['accepted', 'dismissed'] });
    expect(parseRowFilter('(consent_research = true)')).toEqual({ column: 'consent_research', values: ['true'] });
    expect(parseRowFilter("((\"Odd\" = 'it''s'::character varying))")).toEqual({ column: 'Odd', values: ["it's"] });
    expect(parseRowFilter('(a > 3)')).toBeUndefined();
    expect(parseRowFilter(null)).toBeUndefined();
  });

  it('compares a live row filter with every filter of the catalogue', () => {
    const view = new CatalogueView(SMART_CATALOGUE);
    const deparsed: Record<string, string> = {
      'ml.eligibility_insight': "(status = 'published'::text)",
      'portal.recommendation': "(status = ANY (ARRAY['dismissed'::text, 'accepted'::text]))",
      'portal.citizen_submission': '(consent_research = true)',
    };
    for (const db of view.sourceDatabases)
      for (const t of view.capturedTables(db)) {
        const f = view.filterOf(db, t);
        expect(sameFilter(f ? deparsed[t] : null, f)).toBe(true);
      }
    expect(sameFilter("(status = 'draft'::text)", { column: 'status', in: ['published'] })).toBe(false);
    expect(sameFilter("(state = 'published'::text)", { column: 'status', in: ['published'] })).toBe(false);
    expect(sameFilter(null, { column: 'status', in: ['published'] })).toBe(false);
    expect(sameFilter('(x = true)', undefined)).toBe(false);
  });

  it('judges server version and settings, with the exact fix and whether it needs a restart', () => {
    expect(serverVersionCheck('warehouse', 150020).status).toBe('ok');
    expect(serverVersionCheck('warehouse', 140011)).toMatchObject({ status: 'fail', detail: expect.stringContaining('PostgreSQL 14.11') });
    expect(walLevelCheck('warehouse', setting('wal_level', 'replica'))).toMatchObject({
      status: 'fail',
      fix: 'ALTER SYSTEM SET wal_level = logical;  -- then restart PostgreSQL',
      autoFix: { sql: ['ALTER SYSTEM SET wal_level = logical', 'SELECT pg_reload_conf()'], restart: true },
    });
    expect(walLevelCheck('warehouse', setting('wal_level', 'replica', 'postmaster', true)).status).toBe('restart');
    expect(slotWalKeepCheck('citizen', setting('max_slot_wal_keep_size', '-1', 'sighup'))).toMatchObject({
      status: 'fail',
      fix: "ALTER SYSTEM SET max_slot_wal_keep_size = '10GB'; SELECT pg_reload_conf();",
      autoFix: { sql: ["ALTER SYSTEM SET max_slot_wal_keep_size = '10GB'", 'SELECT pg_reload_conf()'], restart: false },
    });
    expect(slotWalKeepCheck('citizen', { ...setting('max_slot_wal_keep_size', '1024', 'sighup'), unit: 'MB' })).toMatchObject({ status: 'ok', detail: '1024MB (bounded)' });
    expect(capacityCheck('w', setting('max_replication_slots', '1'), 3, 'x')).toMatchObject({ status: 'fail', fix: 'ALTER SYSTEM SET max_replication_slots = 10;  -- then restart PostgreSQL' });
    expect(capacityCheck('w', setting('max_wal_senders', '10'), 3, 'x').status).toBe('ok');
  });

  it('tells a role that is not created yet from a role that is wrong', () => {
    const want = { login: true, replication: true, superuser: false };
    expect(roleCheck('w', 'smart_cdc_capture', undefined, want)).toMatchObject({ status: 'pending', detail: 'not yet created — run bootstrap' });
    expect(roleCheck('w', 'smart_cdc_capture', want, want)).toMatchObject({ status: 'ok', detail: 'LOGIN REPLICATION NOSUPERUSER' });
    expect(roleCheck('w', 'smart_cdc_capture', { ...want, superuser: true }, want)).toMatchObject({
      status: 'fail',
      detail: 'is LOGIN REPLICATION SUPERUSER, must be LOGIN REPLICATION NOSUPERUSER',
      fix: 'ALTER ROLE smart_cdc_capture WITH LOGIN REPLICATION NOSUPERUSER;',
    });
  });

  it('a role the platform creates (captureRole: platform): missing or wrong is a failure with a superuser’s fix, never an automatic one', () => {
    const want = { login: true, replication: true, superuser: false };
    const by = { platform: true, secret: 'citizen_capture_password' };
    expect(roleCheck('c', 'smart_cdc_capture', undefined, want, by)).toMatchObject({
      status: 'fail',
      fix: "as a superuser: CREATE ROLE smart_cdc_capture WITH LOGIN REPLICATION NOSUPERUSER PASSWORD '<the workers' citizen_capture_password>';",
    });
    const wrong = roleCheck('c', 'smart_cdc_capture', { ...want, replication: false }, want, by);
    expect(wrong).toMatchObject({ status: 'fail', fix: 'as a superuser: ALTER ROLE smart_cdc_capture WITH LOGIN REPLICATION NOSUPERUSER;' });
    expect(wrong.autoFix).toBeUndefined();
    expect(roleCheck('c', 'smart_cdc_capture', want, want, by).status).toBe('ok');
  });

  it('only a superuser manages REPLICATION roles before PostgreSQL 16; from 16 a CREATEROLE user that has REPLICATION too', () => {
    const admin = { superuser: false, replication: true };
    expect(mayManageReplicationRoles(150013, admin)).toBe(false);
    expect(mayManageReplicationRoles(150013, { ...admin, superuser: true })).toBe(true);
    expect(mayManageReplicationRoles(160004, admin)).toBe(true);
    expect(mayManageReplicationRoles(160004, { ...admin, replication: false })).toBe(false);
  });

  it('checks the publication: exactly the tables, their filters, and what it publishes', () => {
    const want: PublicationWant = {
      name: 'pub',
      tables: [{ table: 'ml.eligibility_insight', filter: { column: 'status', in: ['published'] } }, { table: 'ml.recommendation' }, { table: 'cdc.heartbeat' }],
      sql: 'ALTER PUBLICATION pub SET TABLE ...',
      filterText: filterSql,
    };
    const rows = [
      { table: 'ml.eligibility_insight', rowfilter: "(status = 'published'::text)" },
      { table: 'ml.recommendation', rowfilter: null },
      { table: 'cdc.heartbeat', rowfilter: null },
    ];
    const ops = ['insert', 'update', 'delete'];
    expect(publicationCheck('w', want, undefined)).toMatchObject({ status: 'pending', detail: 'not yet created — run bootstrap' });
    expect(publicationCheck('w', want, { rows, publishes: ops }).status).toBe('ok');
    const wrong = publicationCheck('w', want, { rows: [{ table: 'ml.eligibility_insight', rowfilter: null }, rows[1], { table: 'ml.other', rowfilter: null }], publishes: [...ops, 'truncate'] });
    expect(wrong.status).toBe('fail');
    expect(wrong.detail).toBe(
      "missing cdc.heartbeat; extra ml.other; ml.eligibility_insight filter is none, must be (status IN ('published')); publishes delete, insert, truncate, update, must be insert, update, delete",
    );
    expect(wrong.fix).toContain('ALTER PUBLICATION pub SET TABLE');
  });

  it('requires REPLICA IDENTITY FULL on filtered tables and a replica identity on the others, and applies it with --fix', () => {
    expect(replicaIdentityCheck('w', 'ml.eligibility_insight', "status IN ('published')", 'f', true).status).toBe('ok');
    const c = replicaIdentityCheck('w', 'ml.eligibility_insight', "status IN ('published')", 'd', true);
    expect(c).toMatchObject({ status: 'fail', fix: 'ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL;', autoFix: { sql: ['ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL'], restart: false } });
    expect(c.detail).toContain('Column used in the publication WHERE expression is not part of the replica identity');
    // unfiltered: any identity but NOTHING (the publication publishes updates and deletes); the fix is DEFAULT, the primary key
    expect(replicaIdentityCheck('w', 'ml.recommendation', undefined, 'd', true)).toMatchObject({ status: 'ok', detail: 'DEFAULT (no row filter)' });
    expect(replicaIdentityCheck('w', 'ml.recommendation', undefined, 'f', true).status).toBe('ok');
    expect(replicaIdentityCheck('w', 'ml.recommendation', undefined, 'n', true)).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('NOTHING: the publication publishes updates and deletes'),
      fix: 'ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT;',
      autoFix: { sql: ['ALTER TABLE ml.recommendation REPLICA IDENTITY DEFAULT'], restart: false },
    });
    expect(replicaIdentityCheck('w', 'ml.eligibility_insight', "status IN ('published')", 'n', true).fix).toBe('ALTER TABLE ml.eligibility_insight REPLICA IDENTITY FULL;');
    expect(replicaIdentityCheck('w', 't', 'x', undefined, true).status).toBe('pending');
    // before the stack is installed: a filtered table's FULL is the deploy's to set; NOTHING on an unfiltered one is not
    expect(replicaIdentityCheck('w', 'ml.eligibility_insight', "status IN ('published')", 'd', false, true)).toMatchObject({ status: 'pending', detail: expect.stringContaining('the deploy sets REPLICA IDENTITY FULL') });
    expect(replicaIdentityCheck('w', 'ml.recommendation', undefined, 'n', false, true).status).toBe('fail');
    expect(replicaIdentityCheck('w', 't', 'x', undefined, false).status).toBe('fail');
  });

  it('checks plugins and their versions, brokers against the replication factor', () => {
    const plugins = [{ class: 'io.debezium.connector.postgresql.PostgresConnector', type: 'source', version: '3.6.1.Final' }];
    expect(pluginCheck(plugins, 'io.debezium.connector.postgresql.PostgresConnector', '3.0', 'x')).toMatchObject({ status: 'ok', detail: 'io.debezium.connector.postgresql.PostgresConnector 3.6.1.Final' });
    expect(pluginCheck(plugins, 'io.debezium.connector.postgresql.PostgresConnector', '3.7', 'x').status).toBe('fail');
    expect(pluginCheck(plugins, 'io.debezium.connector.jdbc.JdbcSinkConnector', '3.0', 'x')).toMatchObject({ status: 'fail', detail: expect.stringContaining('is not installed') });
    expect(brokerCheck(1, 1, 1, 1).map((c) => c.status)).toEqual(['ok']);
    expect(brokerCheck(2, 3, 3, 2).map((c) => c.status)).toEqual(['fail', 'warn']);
  });

  it('fixes only failures with a safe automatic fix, and exits 1 on failures and pending restarts', () => {
    const checks = [
      walLevelCheck('w', setting('wal_level', 'replica')),
      roleCheck('w', 'r', undefined, { login: true, replication: false, superuser: false }),
      serverVersionCheck('w', 140000),
    ];
    expect(fixable(checks).map((c) => c.name)).toEqual(['wal_level']);
    expect(preflightExit(checks)).toBe(1);
    expect(preflightExit([checks[1]])).toBe(0); // pending: bootstrap creates it
    expect(preflightExit([walLevelCheck('w', setting('wal_level', 'replica', 'postmaster', true))])).toBe(1);
  });
});
