/**
 * What Ranger Admin creates in its tag service because of the stack's service definition, and how
 * to take it away again.
 *
 * When a service is created, Admin creates and links a tag service (named `tag` for service names
 * without `_`; security-admin/.../rest/ServiceREST.java, LinkedServiceCreator) and gives the tag
 * service definition an access type `<definition>:<access>` for each of ours
 * (agents-common/.../plugin/store/AbstractServiceStore.java, updateTagServiceDefForUpdatingAccessTypes).
 * The tag service's default policy `EXPIRES_ON` denies all of them
 * (agents-common/.../services/tag/RangerServiceTag.java). Deleting our definition makes Admin remove
 * those access types from the tag definition, which it refuses while any policy refers to one:
 * "Policy/Policies are referring to this access-type … Data not updatable"
 * (security-admin/.../biz/ServiceDBStore.java, updateServiceDef). So those references go first.
 */
import { RangerClient, RangerObject } from './client';

const ITEM_LISTS = ['policyItems', 'denyPolicyItems', 'allowExceptions', 'denyExceptions', 'dataMaskPolicyItems', 'rowFilterPolicyItems'] as const;
type Item = { accesses?: Array<{ type?: string }>; dataMaskInfo?: { dataMaskType?: string } } & Record<string, unknown>;

/** The policy without accesses (and tag masks) of `<definition>:`; undefined when it has none. */
export function withoutReferencesTo(policy: RangerObject, definition: string): RangerObject | undefined {
  const ours = (t?: string) => !!t && t.startsWith(`${definition}:`);
  let changed = false;
  const out: RangerObject = { ...policy };
  for (const list of ITEM_LISTS) {
    const items = policy[list] as Item[] | undefined;
    if (!Array.isArray(items)) continue;
    const kept: Item[] = [];
    for (const it of items) {
      const accesses = (it.accesses ?? []).filter((a) => !ours(a.type));
      const maskOurs = ours(it.dataMaskInfo?.dataMaskType);
      if (accesses.length !== (it.accesses ?? []).length || maskOurs) changed = true;
      // an item left with no access grants nothing: it goes too
      if (accesses.length && !maskOurs) kept.push({ ...it, accesses });
    }
    out[list] = kept;
  }
  return changed ? out : undefined;
}

export interface TagChange {
  what: string;
  /** puts the policy back as it was */
  undo: () => Promise<unknown>;
}

/** Removes every reference to the definition's access types from the policies of all tag services. */
export async function removeTagReferences(client: RangerClient, definition: string, dryRun = false): Promise<TagChange[]> {
  const changes: TagChange[] = [];
  for (const tagService of await client.servicesOfType('tag')) {
    for (const p of await client.listPolicies(String(tagService.name))) {
      const stripped = withoutReferencesTo(p, definition);
      if (!stripped) continue;
      if (!dryRun) await client.updatePolicy(p.id!, stripped, `removing the references to '${definition}' access types from tag`);
      changes.push({ what: `tag policy ${String(p.name)} in service ${String(tagService.name)} (references to ${definition} access types)`, undo: () => client.updatePolicy(p.id!, p, 'restoring tag') });
    }
  }
  return changes;
}

/**
 * Deletes the tag services that did not exist before (`before`) and that no service links any
 * more: Admin created them because of this run.
 */
export async function removeTagServicesCreatedSince(client: RangerClient, before: ReadonlySet<string>): Promise<string[]> {
  const tagServices = (await client.servicesOfType('tag')).filter((s) => !before.has(String(s.name)));
  if (!tagServices.length) return [];
  const linked = new Set((await client.allServices()).map((s) => s.tagService).filter(Boolean).map(String));
  const removed: string[] = [];
  for (const t of tagServices) {
    if (linked.has(String(t.name))) continue;
    await client.deleteService(String(t.name));
    removed.push(`tag service ${String(t.name)}`);
  }
  return removed;
}
