import { CatalogueView } from '../../../../catalogue/derive';
import { SMART_CATALOGUE } from '../../../../catalogue/smart';
import { loadEnvironment } from '../../../../environments';
import { rangerApplyDocument } from '../../../../constructs/governance/policy-document';
import { POLICY_TYPE, RangerApplyDocument, RangerPolicy } from '../../../../constructs/governance/ranger-api';
import { piiReadWithoutMask } from '../../../../constructs/governance/ranger-gate';

/**
 * piiReadWithoutMask (the check of SCDC-M5) on hand-edited documents: what counts as a read of a
 * PII column, and what counts as its mask, as Ranger decides them.
 */
const view = new CatalogueView(SMART_CATALOGUE);
const ENV = 'dev';
const fresh = (): RangerApplyDocument => structuredClone(rangerApplyDocument(view, loadEnvironment(ENV, SMART_CATALOGUE)));
const named = (doc: RangerApplyDocument, suffix: string): RangerPolicy => {
  const p = doc.policies.find((x) => x.name === `${doc.prefix}${suffix}`);
  if (!p) throw new Error(`no policy ${suffix}`);
  return p;
};
const PROFILE_ACCESS = 'access-smart_warehouse.analytics.citizen_profile';
const PHONE_MASK = 'mask-smart_warehouse.analytics.citizen_profile.phone';
/** the unmasked reads, as role:table.column */
const unmasked = (doc: RangerApplyDocument) => piiReadWithoutMask(view, ENV, doc).map((u) => `${u.role}:${u.table}.${u.column}`);
/** the document without the phone mask of one role */
const phoneUnmaskedFor = (role: string) => {
  const doc = fresh();
  const p = named(doc, PHONE_MASK);
  p.dataMaskPolicyItems = p.dataMaskPolicyItems.filter((it) => !it.roles.includes(role));
  return doc;
};

describe('piiReadWithoutMask', () => {
  it('finds nothing in the document the catalogue derives', () => {
    expect(piiReadWithoutMask(view, ENV, fresh())).toEqual([]);
  });

  it('names role, database, table, column and service of a read without a mask', () => {
    expect(piiReadWithoutMask(view, ENV, phoneUnmaskedFor('analyst'))).toEqual([
      { role: 'analyst', database: 'smart_warehouse', table: 'analytics.citizen_profile', column: 'phone', service: 'smart-cdc-dev-warehouse' },
    ]);
  });

  it('in the citizen database too', () => {
    const doc = fresh();
    const p = named(doc, 'mask-smart_citizen.portal.citizen.national_id');
    p.dataMaskPolicyItems = [];
    expect(piiReadWithoutMask(view, ENV, doc)).toEqual([
      { role: 'portal_support', database: 'smart_citizen', table: 'portal.citizen', column: 'national_id', service: 'smart-cdc-dev-citizen' },
    ]);
  });

  it('a disabled masking policy masks nothing', () => {
    const doc = fresh();
    named(doc, PHONE_MASK).isEnabled = false;
    expect(unmasked(doc).sort()).toEqual(['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone']);
  });

  it('a mask item for another role, or without a mask type, does not mask the role', () => {
    const doc = fresh();
    const p = named(doc, PHONE_MASK);
    const analyst = p.dataMaskPolicyItems.find((it) => it.roles.includes('analyst'))!;
    analyst.roles = ['someone_else'];
    const scientist = p.dataMaskPolicyItems.find((it) => it.roles.includes('data_scientist'))!;
    delete (scientist as Partial<typeof scientist>).dataMaskInfo;
    expect(unmasked(doc).sort()).toEqual(['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone']);
  });

  it('a masking policy on another column, or in another service, does not mask this one', () => {
    const other = fresh();
    named(other, PHONE_MASK).resources.column.values = ['email'];
    expect(unmasked(other).sort()).toEqual(['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone']);
    const elsewhere = fresh();
    named(elsewhere, PHONE_MASK).service = 'smart-cdc-dev-citizen';
    expect(unmasked(elsewhere).sort()).toEqual(['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone']);
  });

  it('masks come from masking policies only: mask items in an access policy mask nothing', () => {
    const doc = fresh();
    const mask = named(doc, PHONE_MASK);
    named(doc, PROFILE_ACCESS).dataMaskPolicyItems = mask.dataMaskPolicyItems;
    doc.policies = doc.policies.filter((p) => p !== mask);
    expect(unmasked(doc).sort()).toEqual(['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone']);
  });

  it('an access policy that is disabled, of another service, or a masking or row-filter policy, grants no read', () => {
    const edits: Array<(p: RangerPolicy) => void> = [
      (p) => (p.isEnabled = false),
      (p) => (p.service = 'smart-cdc-dev-citizen'),
      (p) => (p.policyType = POLICY_TYPE.rowFilter),
      (p) => (p.policyType = POLICY_TYPE.dataMask),
    ];
    for (const edit of edits) {
      const doc = phoneUnmaskedFor('analyst');
      edit(named(doc, PROFILE_ACCESS));
      expect(unmasked(doc)).toEqual([]);
    }
  });

  it('reads are granted by allowed select or all, not by other accesses or denied ones', () => {
    const withAccess = (accesses: Array<{ type: string; isAllowed: boolean }>) => {
      const doc = phoneUnmaskedFor('analyst');
      for (const it of named(doc, PROFILE_ACCESS).policyItems) it.accesses = accesses;
      return unmasked(doc);
    };
    expect(withAccess([{ type: 'select', isAllowed: true }])).toEqual(['analyst:analytics.citizen_profile.phone']);
    expect(withAccess([{ type: 'all', isAllowed: true }])).toEqual(['analyst:analytics.citizen_profile.phone']);
    expect(withAccess([{ type: 'update', isAllowed: true }, { type: 'select', isAllowed: true }])).toEqual(['analyst:analytics.citizen_profile.phone']);
    expect(withAccess([{ type: 'update', isAllowed: true }, { type: 'insert', isAllowed: true }])).toEqual([]);
    expect(withAccess([{ type: 'select', isAllowed: false }])).toEqual([]);
  });

  it('only the roles of an item are readers: users and groups are not catalogue reader roles', () => {
    const doc = phoneUnmaskedFor('analyst');
    const item = named(doc, PROFILE_ACCESS).policyItems.find((it) => it.roles.includes('analyst'))!;
    item.users = ['analyst'];
    item.groups = ['analyst'];
    item.roles = [];
    expect(unmasked(doc)).toEqual([]);
  });

  it('matches resources as Ranger does: * and ? are wildcards, every other character is literal, excludes do not cover', () => {
    const reads = (edit: (p: RangerPolicy) => void) => {
      const doc = phoneUnmaskedFor('analyst');
      edit(named(doc, PROFILE_ACCESS));
      return unmasked(doc);
    };
    const read = ['analyst:analytics.citizen_profile.phone'];
    expect(reads((p) => (p.resources.table.values = ['citizen_*']))).toEqual(read);
    expect(reads((p) => (p.resources.table.values = ['citizen?profile']))).toEqual(read);
    expect(reads((p) => (p.resources.schema.values = ['*']))).toEqual(read);
    expect(reads((p) => (p.resources.table.values = ['eligibility_insight', 'citizen_profile']))).toEqual(read);
    expect(reads((p) => (p.resources.column.values = ['phone']))).toEqual(read);
    // literal characters: '.' and '+' are not regular-expression operators in a Ranger value
    expect(reads((p) => (p.resources.table.values = ['citizen.profile']))).toEqual([]);
    expect(reads((p) => (p.resources.table.values = ['citizen_profil+']))).toEqual([]);
    // whole values: a prefix or a suffix is not a match
    expect(reads((p) => (p.resources.table.values = ['citizen']))).toEqual([]);
    expect(reads((p) => (p.resources.table.values = ['profile']))).toEqual([]);
    expect(reads((p) => (p.resources.column.values = ['email']))).toEqual([]);
    expect(reads((p) => (p.resources.database.values = ['smart_citizen']))).toEqual([]);
    expect(reads((p) => (p.resources.table.isExcludes = true))).toEqual([]);
    // a policy that does not name a level of the resource does not cover it
    expect(reads((p) => delete (p.resources as Partial<RangerPolicy['resources']>).column)).toEqual([]);
  });

  it('a mask is matched the same way: an excluded or wildcard-missed column is not masked', () => {
    const masked = (edit: (p: RangerPolicy) => void) => {
      const doc = fresh();
      edit(named(doc, PHONE_MASK));
      return unmasked(doc).sort();
    };
    const both = ['analyst:analytics.citizen_profile.phone', 'data_scientist:analytics.citizen_profile.phone'];
    expect(masked((p) => (p.resources.column.values = ['ph?ne']))).toEqual([]);
    expect(masked((p) => (p.resources.column.isExcludes = true))).toEqual(both);
    expect(masked((p) => (p.resources.column.values = ['phone.']))).toEqual(both);
  });
});
