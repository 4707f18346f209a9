import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { findFlow, loadContext, pipelineNames, viewOf } from '../../../scripts/ops/context';
import { OpsError, UsageError } from '../../../scripts/ops/errors';
import { resolveConnector } from '../../../scripts/ops/repair';
import { loadEnvironment } from '../../../environments';

describe('ops context', () => {
  it('derives every name from the catalogue view, as the stack does', () => {
    const ctx = loadContext('local', [], {});
    const v = ctx.view;
    expect(ctx.names.sources.map((s) => [s.connector, s.slot, s.publication, s.heartbeatTopic])).toEqual(
      v.sourceDatabases.map((db) => [v.sourceConnectorName(db), v.slotName(db), v.publicationName(db), v.heartbeatTopic(db)]),
    );
    expect(ctx.names.sinks.map((s) => [s.connector, s.topic, s.deadLetterTopic, s.group])).toEqual(
      v.flows.map((f) => [v.sinkConnectorName(f), v.changeTopic(f), v.deadLetterTopic(f), `connect-${v.sinkConnectorName(f)}`]),
    );
    expect(ctx.databases.warehouse).toMatchObject({ host: '127.0.0.1', port: 54321, database: 'smart_warehouse', user: 'postgres', password: undefined });
  });

  it('leaves out the flows an environment disables and the phases it does not enable', () => {
    const env = { ...loadEnvironment('local', SMART_CATALOGUE), disabledFlows: ['submission'], phases: [1] as Array<1> };
    const names = pipelineNames(viewOf(env as never));
    expect(names.sinks.map((s) => s.flow.name)).toEqual(['eligibility', 'recommendation', 'profile_to_citizen']);
    expect(names.sources.map((s) => s.db)).toEqual(['warehouse']);
  });

  it('refuses an unknown environment and names every missing secret in one line', () => {
    expect(() => loadContext('nowhere')).toThrow(UsageError);
    expect(() => loadContext('nowhere')).toThrow("unknown environment 'nowhere' (known: local, dev, staging, prod)");
    let e: unknown;
    try {
      loadContext('staging', ['databases', 'kafka', 'connect'], {});
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(OpsError);
    expect((e as OpsError).exitCode).toBe(64);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    for (const v of ['TF_VAR_warehouse_admin_password', 'TF_VAR_citizen_admin_password', 'TF_VAR_kafka_sasl_password', 'TF_VAR_connect_password']) expect(msg).toContain(v);
    const ok = loadContext('staging', ['databases', 'kafka', 'connect'], {
      TF_VAR_warehouse_admin_password: 'w',
      TF_VAR_citizen_admin_password: 'c',
      TF_VAR_kafka_sasl_password: 'k',
      TF_VAR_connect_password: 'p',
    });
    expect(ok.databases.warehouse.password).toBe('w');
    expect(ok.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'smart-cdc', password: 'k' });
    expect(ok.connect).toMatchObject({ username: 'smart-cdc', password: 'p' });
  });

  it('resolves a flow by name, number or connector; --source to its database’s connector', () => {
    const ctx = loadContext('local', [], {});
    expect(findFlow(ctx, '1')?.name).toBe('eligibility');
    expect(findFlow(ctx, 'profile-to-citizen')?.name).toBe('profile_to_citizen');
    expect(resolveConnector(ctx, 'eligibility', false).name).toBe(ctx.view.sinkConnectorName(findFlow(ctx, 'eligibility')!));
    expect(resolveConnector(ctx, '4', true).name).toBe(ctx.view.sourceConnectorName('citizen'));
    expect(resolveConnector(ctx, 'warehouse', true).name).toBe(ctx.view.sourceConnectorName('warehouse'));
    expect(resolveConnector(ctx, 'someone-elses-connector', false)).toEqual({ name: 'someone-elses-connector', what: 'connector' });
    expect(() => resolveConnector(ctx, 'eligibilty', false)).toThrow("unknown flow 'eligibilty' in environment 'local'");
    expect(() => resolveConnector(ctx, 'nowhere', true)).toThrow(UsageError);
  });
});

describe('ops bootstrap variables', () => {
  it('are every secret reference of the environment', async () => {
    const { secretVariables } = await import('../../../scripts/ops/bootstrap');
    // local: the salt lives only in the runtime's secret directory, read by the Connect worker
    expect(secretVariables(loadContext('local', [], {}))).toEqual([]);
    const staging = secretVariables({ env: loadEnvironment('staging', SMART_CATALOGUE) });
    expect(staging).toEqual(
      expect.arrayContaining(['citizen_admin_password', 'connect_password', 'kafka_sasl_password', 'ranger_admin_password', 'warehouse_capture_password', 'warehouse_sink_password']),
    );
    expect(staging).not.toContain('hash_salt');
    expect(secretVariables({ env: loadEnvironment('dev', SMART_CATALOGUE) })).toContain('hash_salt');
  });

  it("ask for Ranger's password only where phase 3 is on: the stack declares it only then", async () => {
    const { secretVariables } = await import('../../../scripts/ops/bootstrap');
    const staging = loadEnvironment('staging', SMART_CATALOGUE);
    const noRanger = { ...staging, phases: [1, 2, 4] as typeof staging.phases };
    expect(secretVariables({ env: noRanger })).not.toContain('ranger_admin_password');
    expect(secretVariables({ env: noRanger })).toContain('kafka_sasl_password');
  });
});
