import { App } from 'cdktf';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gateError } from '../../support/gate';
import { piiReadWithoutMask } from '../../../constructs/governance/ranger-gate';
import { POLICY_TYPE } from '../../../constructs/governance/ranger-api';
import { Catalogue } from '../../../catalogue/model';
import { loadEnvironment } from '../../../environments';
import { CdcStack } from '../../../stacks/cdc-stack';
import { editCatalogue } from '../../support/catalogues';

/** A real App with the stack, synthesized as `cdktf synth` does (Aspects included). */
function synth(envName: string, catalogue: Catalogue, edit?: (s: CdcStack) => void): void {
  const outdir = mkdtempSync(join(tmpdir(), 'smart-cdc-gate-'));
  try {
    const app = new App({ outdir });
    const stack = new CdcStack(app, { catalogue, env: loadEnvironment(envName, catalogue) });
    edit?.(stack);
    app.synth();
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}


/** The catalogue with one PII mask taken away from one role. */
const withoutMask = (role: string, column: string) =>
  editCatalogue((c) => {
    delete c.readers.find((r) => r.name === role)!.masks[column];
  });

describe('masking gate: Ranger masking policies', () => {
  it.each(['dev', 'staging', 'prod'])('passes the committed %s stack', (e) => {
    expect(() => synth(e, editCatalogue(() => undefined))).not.toThrow();
  });

  it('fails the synth when a reader role can read a PII column without a mask, naming role, table and column', () => {
    const err = gateError(() => synth('dev', withoutMask('analyst', 'email')));
    expect(err.stack).toBe('dev');
    expect(err.violations).toEqual([
      "[SCDC-M5] reader role 'analyst' can read PII column analytics.citizen_profile.email (smart_warehouse) without a Ranger masking policy; add a mask for 'email' to the role in the catalogue — triggered by Ranger document of dev: policies of service smart-cdc-dev-warehouse",
    ]);
    expect(err.findings.map((f) => f.rule.id)).toEqual(['SCDC-M5']);
    expect(err.message).toMatch(/^masking gate failed for stack 'dev':/);
  });

  it('names every unmasked role/column, in each database', () => {
    const cat = editCatalogue((c) => {
      delete c.readers.find((r) => r.name === 'data_scientist')!.masks.phone;
      delete c.readers.find((r) => r.name === 'portal_support')!.masks.national_id;
    });
    const err = gateError(() => synth('prod', cat));
    expect(err.violations.join('\n')).toMatch(/'data_scientist' can read PII column analytics\.citizen_profile\.phone \(smart_warehouse\)/);
    expect(err.violations.join('\n')).toMatch(/'portal_support' can read PII column portal\.citizen\.national_id \(smart_citizen\)/);
    expect(err.violations).toHaveLength(2);
  });

  it('does not ask for a mask on a table the role cannot read', () => {
    // portal_support does not read the warehouse; a warehouse-only PII column needs no mask from it
    const cat = editCatalogue((c) => {
      c.databases[0].tables.find((t) => t.name === 'eligibility_insight')!.columns.push({ name: 'case_worker', type: 'text', class: 'PII' });
      for (const r of c.readers) if (r.database === 'warehouse') r.masks.case_worker = 'MASK';
    });
    expect(() => synth('dev', cat)).not.toThrow();
  });

  it('reads what the stack deploys: a mask item removed from the generated document fails the synth', () => {
    const err = gateError(() =>
      synth('staging', editCatalogue(() => undefined), (stack) => {
        const p = stack.governance!.document.policies.find((x) => x.policyType === POLICY_TYPE.dataMask && x.name.endsWith('portal.citizen.phone'))!;
        p.dataMaskPolicyItems = [];
      }),
    );
    expect(err.violations).toEqual([expect.stringMatching(/^\[SCDC-M5\] reader role 'portal_support' can read PII column portal\.citizen\.phone \(smart_citizen\)/)]);
  });

  it('has nothing to check without the governance layer (phase 3 disabled)', () => {
    const cat = withoutMask('analyst', 'email');
    expect(() => synth('local', cat)).not.toThrow();
  });

  it('piiReadWithoutMask: a broad access policy counts as a read', () => {
    const cat = withoutMask('analyst', 'phone');
    const outdir = mkdtempSync(join(tmpdir(), 'smart-cdc-gate-'));
    try {
      const stack = new CdcStack(new App({ outdir }), { catalogue: cat, env: loadEnvironment('dev', cat) });
      const doc = structuredClone(stack.governance!.document);
      // drop the table-level grant and add a wildcard one instead
      doc.policies = doc.policies.filter((p) => !p.name.endsWith('access-smart_warehouse.analytics.citizen_profile'));
      expect(piiReadWithoutMask(stack.view, 'dev', doc)).toEqual([]);
      const any = structuredClone(doc.policies.find((p) => p.name.includes('access-smart_warehouse.ml.recommendation'))!);
      any.name = `${doc.prefix}access-everything`;
      any.resources.schema.values = ['*'];
      any.resources.table.values = ['*'];
      doc.policies.push(any);
      expect(piiReadWithoutMask(stack.view, 'dev', doc)).toEqual([{ role: 'analyst', database: 'smart_warehouse', table: 'analytics.citizen_profile', column: 'phone', service: 'smart-cdc-dev-warehouse' }]);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
