/**
 * The users and roles the stack's policies name, and which of them the stack may remove.
 *
 * Ranger Admin creates a principal a policy names when it does not exist (roles empty and without a
 * description; users "external", userSource 1, with their name as description:
 * security-admin/.../biz/PolicyRefUpdater.java, createPrincipal, and biz/XUserMgr.java,
 * createServiceConfigUser), and the lookup user of a new service (`configs.username`,
 * biz/ServiceDBStore.java, createService). Apply therefore creates the reader roles itself, marked
 * as the stack's, and destroy removes:
 * - a role that carries the stack's marker or Ranger's auto-created shape, unless a policy left
 *   names it (Admin itself refuses while a policy or another role refers to it: biz/RoleDBStore.java);
 * - a user with Ranger's auto-created shape, unless a policy, a role or a service's lookup user
 *   still names it. Users are deleted without forceDelete: Admin never edits a policy for it
 *   (rest/XUserREST.java, deleteXUserByUserName).
 */
import { OWNER_MARKER } from '../../constructs/governance/ranger-names';
import { RangerClient, RangerError, RangerObject } from './client';

const ITEM_LISTS = ['policyItems', 'denyPolicyItems', 'allowExceptions', 'denyExceptions', 'dataMaskPolicyItems', 'rowFilterPolicyItems'] as const;

export interface Principals {
  users: Set<string>;
  roles: Set<string>;
}

/** Users and roles named by the items of these policies, plus the lookup users of these services. */
export function principalsOf(policies: ReadonlyArray<object>, services: ReadonlyArray<object> = []): Principals {
  const users = new Set<string>();
  const roles = new Set<string>();
  for (const p of policies)
    for (const list of ITEM_LISTS)
      for (const it of ((p as Record<string, unknown>)[list] as Array<{ users?: string[]; roles?: string[] }> | undefined) ?? []) {
        (it.users ?? []).forEach((u) => users.add(u));
        (it.roles ?? []).forEach((r) => roles.add(r));
      }
  for (const s of services) {
    const u = ((s as { configs?: Record<string, unknown> }).configs ?? {}).username;
    if (typeof u === 'string' && u) users.add(u);
  }
  return { users, roles };
}

/** The description the stack gives the roles it creates. */
export const roleDescription = (prefix: string) => `reader role of the smart-cdc policies (${prefix}*); ${OWNER_MARKER}`;

const isMarked = (r: RangerObject) => String(r.description ?? '').includes(OWNER_MARKER);
/** PolicyRefUpdater.createPrincipal(ROLE): no description, no members */
const isAutoCreatedRole = (r: RangerObject) => !r.description && ![r.users, r.groups, r.roles].some((x) => Array.isArray(x) && x.length);
/** XUserMgr ExternalUserCreator: external (userSource 1), description = name */
const isAutoCreatedUser = (u: RangerObject) => Number(u.userSource) === 1 && (u.description === undefined || u.description === u.name);

export interface Outcome {
  removed: string[];
  kept: string[];
}

/** Removes the roles and users of `names` that the stack (or Ranger, because of it) created and nothing else uses. */
export async function removeUnusedPrincipals(
  client: RangerClient,
  names: Principals,
  dryRun = false,
  onlyUsers?: ReadonlySet<string>,
  /** policies that do not count as uses (a dry run's to-be-deleted ones) */
  ignorePolicyIds: ReadonlySet<number> = new Set(),
): Promise<Outcome> {
  const out: Outcome = { removed: [], kept: [] };
  const naming = async (kind: 'user' | 'role', name: string) => (await client.policiesNaming(kind, name)).filter((p) => !ignorePolicyIds.has(p.id!));
  if (names.roles.size) {
    const roles = await client.allRoles();
    for (const name of [...names.roles].sort()) {
      const role = roles.find((r) => r.name === name);
      if (!role) continue;
      if (!isMarked(role) && !isAutoCreatedRole(role)) {
        out.kept.push(`role ${name} (not created for the stack: it has a description or members)`);
        continue;
      }
      const users = await naming('role', name);
      if (users.length) {
        out.kept.push(`role ${name} (still named by ${users.map((p) => `'${String(p.name)}' in ${String(p.service)}`).join(', ')})`);
        continue;
      }
      try {
        if (!dryRun) await client.deleteRole(role.id!, name);
        out.removed.push(`role ${name}`);
      } catch (e) {
        // Admin refuses while another role or a security zone refers to it: that is a use, not a failure
        if (e instanceof RangerError && e.status === 400 && /referenced/.test(e.message)) out.kept.push(`role ${name} (${e.message})`);
        else throw e;
      }
    }
  }
  for (const name of [...names.users].sort()) {
    if (onlyUsers && !onlyUsers.has(name)) continue;
    const user = await client.getUser(name);
    if (!user) continue;
    if (!isAutoCreatedUser(user)) {
      out.kept.push(`user ${name} (not created by Ranger for the stack)`);
      continue;
    }
    const uses = [
      ...(await naming('user', name)).map((p) => `policy '${String(p.name)}' in ${String(p.service)}`),
      ...(await client.rolesOfUser(name)).map((r) => `role '${r}'`),
      ...(await client.allServices()).filter((s) => (s.configs as Record<string, unknown> | undefined)?.username === name).map((s) => `service '${String(s.name)}'`),
    ];
    if (uses.length) {
      out.kept.push(`user ${name} (still used by ${uses.join(', ')})`);
      continue;
    }
    if (!dryRun) await client.deleteUser(name);
    out.removed.push(`user ${name}`);
  }
  return out;
}
