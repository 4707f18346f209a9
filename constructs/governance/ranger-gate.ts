import { TerraformStack } from 'cdktf';
import { CatalogueView, qualified } from '../../catalogue/derive';
import { GovernanceLayer } from './governance-layer';
import { POLICY_TYPE, RangerApplyDocument, RangerPolicy, RangerPolicyItem } from './policies';

/** Ranger's wildcard matching (`*`, `?`), as its default resource matcher does. */
function matches(values: readonly string[], value: string): boolean {
  return values.some((v) => new RegExp(`^${v.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(value));
}

const covers = (p: RangerPolicy, r: Record<string, string>) =>
  Object.entries(r).every(([k, v]) => (p.resources[k] ? !p.resources[k].isExcludes && matches(p.resources[k].values, v) : false));

const grantsSelect = (it: RangerPolicyItem) => it.accesses.some((a) => a.isAllowed && (a.type === 'select' || a.type === 'all'));

/**
 * The Ranger rule of the masking gate, on what the stack would deploy (the governance layer's
 * policy document), not on the catalogue's intentions: every PII column a role can read through an
 * access policy needs a masking policy item for that role.
 */
export function maskingViolations(view: CatalogueView, doc: RangerApplyDocument): string[] {
  const v: string[] = [];
  for (const db of view.catalogue.databases) {
    // the database's service (policies.ts names it `<prefix><database id>`)
    const service = `${doc.prefix}${db.id}`;
    const inDb = doc.policies.filter((p) => p.service === service && p.isEnabled);
    const access = inDb.filter((p) => p.policyType === POLICY_TYPE.access);
    const masks = inDb.filter((p) => p.policyType === POLICY_TYPE.dataMask);
    for (const table of db.tables) {
      const where = { database: db.name, schema: table.schema, table: table.name };
      const pii = table.columns.filter((c) => c.class === 'PII');
      if (!pii.length) continue;
      for (const c of pii) {
        const at = { ...where, column: c.name };
        const readers = new Set(access.filter((p) => covers(p, at)).flatMap((p) => p.policyItems.filter(grantsSelect).flatMap((it) => it.roles)));
        for (const role of readers) {
          const masked = masks.some((p) => covers(p, at) && p.dataMaskPolicyItems.some((it) => it.roles.includes(role) && it.dataMaskInfo?.dataMaskType));
          if (!masked)
            v.push(`reader role '${role}' can read PII column ${qualified(table)}.${c.name} (${db.name}) without a Ranger masking policy; add a mask for '${c.name}' to the role in the catalogue`);
        }
      }
    }
  }
  return v;
}

/** A masking-gate check over every governance layer of the stack. */
export function rangerMaskingCheck(view: CatalogueView): (stack: TerraformStack) => string[] {
  return (stack) =>
    stack.node
      .findAll()
      .filter((c): c is GovernanceLayer => c instanceof GovernanceLayer)
      .flatMap((g) => maskingViolations(view, g.document));
}
