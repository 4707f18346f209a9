import { CatalogueView, qualified } from '../../catalogue/derive';
import { POLICY_TYPE, RangerApplyDocument, RangerPolicy, RangerPolicyItem } from './ranger-api';

/** Ranger's wildcard matching (`*`, `?`), as its default resource matcher does. */
function matches(values: readonly string[], value: string): boolean {
  return values.some((v) => new RegExp(`^${v.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(value));
}

const covers = (p: RangerPolicy, r: Record<string, string>) =>
  Object.entries(r).every(([k, v]) => (p.resources[k] ? !p.resources[k].isExcludes && matches(p.resources[k].values, v) : false));

const grantsSelect = (it: RangerPolicyItem) => it.accesses.some((a) => a.isAllowed && (a.type === 'select' || a.type === 'all'));

export interface UnmaskedRead {
  readonly role: string;
  /** the database's PostgreSQL name */
  readonly database: string;
  /** schema.table */
  readonly table: string;
  readonly column: string;
  /** the Ranger service whose policies allow it */
  readonly service: string;
}

/**
 * What the masking gate's Ranger rule (SCDC-M5) reads, on what the stack would deploy (the
 * governance layer's policy document), not on the catalogue's intentions: every PII column a role
 * can read through an access policy needs a masking policy item for that role.
 */
export function piiReadWithoutMask(view: CatalogueView, environment: string, doc: RangerApplyDocument): UnmaskedRead[] {
  const out: UnmaskedRead[] = [];
  for (const db of view.catalogue.databases) {
    const service = view.rangerDatabaseService(environment, db.id);
    const inDb = doc.policies.filter((p) => p.service === service && p.isEnabled);
    const access = inDb.filter((p) => p.policyType === POLICY_TYPE.access);
    const masks = inDb.filter((p) => p.policyType === POLICY_TYPE.dataMask);
    for (const table of db.tables) {
      const where = { database: db.name, schema: table.schema, table: table.name };
      for (const c of table.columns.filter((x) => x.class === 'PII')) {
        const at = { ...where, column: c.name };
        const readers = new Set(access.filter((p) => covers(p, at)).flatMap((p) => p.policyItems.filter(grantsSelect).flatMap((it) => it.roles)));
        for (const role of readers) {
          const masked = masks.some((p) => covers(p, at) && p.dataMaskPolicyItems.some((it) => it.roles.includes(role) && it.dataMaskInfo?.dataMaskType));
          if (!masked) out.push({ role, database: db.name, table: qualified(table), column: c.name, service });
        }
      }
    }
  }
  return out;
}
