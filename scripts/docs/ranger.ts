import { CatalogueView } from '../../catalogue/derive';
import { DatabaseId } from '../../catalogue/model';
import { EnvironmentConfig } from '../../environments/schema';
import { POLICY_TYPE, RangerApplyDocument, RangerDocuments } from '../../constructs/governance/ranger-api';
import { EnvironmentStack } from './pipeline';

/** The Ranger document the stack's governance layer applies; none when the environment does not enable phase 3. */
export function environmentRanger(e: EnvironmentStack): RangerApplyDocument | undefined {
  return e.stack.governance?.document;
}

/** What Ranger gives a reader role on a column: 'no access', 'clear' or the mask type — read off the policies. */
export type Access = 'no access' | 'clear' | string;

/** role → `schema.table` → column → access, for one database, from the policy documents of an environment. */
export function accessMatrix(docs: RangerDocuments, view: CatalogueView, env: EnvironmentConfig, db: DatabaseId): Map<string, Map<string, Map<string, Access>>> {
  const service = view.rangerDatabaseService(env.name, db);
  const dbName = view.database(db).name;
  const out = new Map<string, Map<string, Map<string, Access>>>();
  const cell = (role: string, table: string) => {
    if (!out.has(role)) out.set(role, new Map());
    const r = out.get(role)!;
    if (!r.has(table)) r.set(table, new Map());
    return r.get(table)!;
  };
  const mine = docs.policies.filter((p) => p.service === service && p.resources.database?.values.includes(dbName));
  for (const p of mine.filter((x) => x.policyType === POLICY_TYPE.access)) {
    const table = `${p.resources.schema.values[0]}.${p.resources.table.values[0]}`;
    const t = view.table(db, table);
    for (const item of p.policyItems.filter((i) => i.accesses.some((a) => a.type === 'select' && a.isAllowed)))
      for (const role of item.roles) for (const c of t.columns) if (p.resources.column.values.includes('*') || p.resources.column.values.includes(c.name)) cell(role, table).set(c.name, 'clear');
  }
  for (const p of mine.filter((x) => x.policyType === POLICY_TYPE.dataMask)) {
    const table = `${p.resources.schema.values[0]}.${p.resources.table.values[0]}`;
    for (const item of p.dataMaskPolicyItems)
      for (const role of item.roles) for (const c of p.resources.column.values) if (cell(role, table).has(c)) cell(role, table).set(c, item.dataMaskInfo.dataMaskType);
  }
  return out;
}

export function accessOf(m: ReturnType<typeof accessMatrix>, role: string, table: string, column: string): Access {
  return m.get(role)?.get(table)?.get(column) ?? 'no access';
}
