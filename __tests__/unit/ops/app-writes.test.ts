import { SMART_CATALOGUE } from '../../../catalogue/smart';
import { loadEnvironment } from '../../../environments';
import { escapeTemplate } from '../../../constructs/terraform/literal';
import { installSql, WriteProbe, writeCheck } from '../../../scripts/ops/app-writes';
import { versionedSql } from '../../../constructs/database/sql';
import { viewOf } from '../../../scripts/ops/context';
import { migrationSql, synthJson } from '../../support/synth';

describe('preflight: the applications keep writing', () => {
  it.each(['local', 'prod'])('probes before install with exactly the SQL the %s stack applies, in its order', (env) => {
    const view = viewOf(loadEnvironment(env, SMART_CATALOGUE));
    const json = synthJson(env);
    for (const db of ['warehouse', 'citizen'] as const) {
      const steps = [...versionedSql().map((v) => v.name), 'capture-support', 'carried-columns', 'flow-shapes', 'publication'];
      expect(installSql(view, db).map(escapeTemplate)).toEqual(steps.map((s) => migrationSql(json, db, s)));
    }
  });

  const probe = (result: WriteProbe['result'], writers = ['smart_portal_app']): WriteProbe => ({ owner: 'portal_owner', writers, result });
  const check = (result: WriteProbe['result'], installed: boolean) => writeCheck('citizen', 'prod', 'cdc_admin', 'portal.citizen', probe(result), installed);

  it('names the writers and the owner, and what the probe met: the deployed stack, or what it would install', () => {
    expect(check({ kind: 'ok' }, true)).toEqual({
      area: 'citizen',
      name: 'application writes portal.citizen',
      status: 'ok',
      detail: "written by smart_portal_app, owned by portal_owner; a role with only table grants updated, deleted and re-inserted a row under the pipeline's triggers (probe, rolled back)",
    });
    expect(check({ kind: 'ok' }, false).detail).toContain('under the triggers, replica identity and publication the stack would install (probe, rolled back)');
    expect(writeCheck('citizen', 'prod', 'a', 't', probe({ kind: 'ok' }, []), true).detail).toMatch(/^written by no role but its owner and superusers, owned by portal_owner;/);
    // an application's own constraint stops the real DELETE: checked on no row, still ok
    expect(check({ kind: 'ok', note: 'update or delete on table "citizen" violates foreign key constraint' }, true)).toMatchObject({ status: 'ok', detail: expect.stringContaining('its DELETE and INSERT were checked on no row: update or delete') });
    expect(check({ kind: 'empty' }, true).status).toBe('warn');
    expect(check({ kind: 'skipped', why: 'x' }, false)).toMatchObject({ status: 'warn', detail: expect.stringContaining('not probed: x') });
  });

  it('fails when the stack blocks the writer, with a fix that fits: redeploy once installed, the cause before install', () => {
    const installed = check({ kind: 'error', error: 'permission denied for schema cdc' }, true);
    expect(installed).toMatchObject({ status: 'fail', detail: 'written by smart_portal_app, owned by portal_owner; a role with only table grants cannot write it: permission denied for schema cdc' });
    expect(installed.fix).toContain('npm run cdktf -- deploy prod');
    const before = check({ kind: 'error', error: 'cannot update table "citizen" because it does not have a replica identity and publishes updates' }, false);
    expect(before).toMatchObject({ status: 'fail', detail: expect.stringContaining('could write it, but not under the triggers, replica identity and publication the stack would install: cannot update table') });
    expect(before.fix).toContain('a captured table needs a replica identity');
    // the admin cannot install the stack's objects on a table it does not own: the deploy would fail too
    const owner = check({ kind: 'uninstallable', error: 'must be owner of table citizen' }, false);
    expect(owner).toMatchObject({ status: 'fail', detail: expect.stringContaining('could not be installed as cdc_admin') });
    expect(owner.fix).toContain('GRANT portal_owner TO cdc_admin;');
  });
});
