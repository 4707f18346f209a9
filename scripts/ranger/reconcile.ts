import { documentProblems } from '../../constructs/governance/document-problems';
import { servicePayload } from '../../constructs/governance/policy-document';
import { RangerApplyDocument } from '../../constructs/governance/ranger-api';
import { OWNER_MARKER } from '../../constructs/governance/ranger-names';
import { RangerClient, RangerError, RangerObject } from './client';
import { sameObject, sameServiceDef } from './compare';
import { principalsOf, removeUnusedPrincipals, roleDescription } from './principals';
import { removeTagReferences, removeTagServicesCreatedSince } from './tag-references';

/**
 * Applies a desired Ranger document idempotently, and removes what the stack owns.
 *
 * apply: validate everything first → read what exists → service definition → services → reader
 * roles → policies (created with POST, updated in place with PUT by id; unchanged ones are not
 * sent, so a second run changes nothing and no plugin's policy version moves) → remove stack-owned
 * policies (by prefix) the document no longer has. Every change is journalled; if any step fails,
 * the journal is undone in reverse, and what Ranger created because of the run (its tag service and
 * that service's references to our access types, users it created) is removed too, so a failed
 * run leaves Ranger as it found it — or the error says exactly which undo steps failed and how to
 * finish. Policies not named with the prefix are never touched.
 */

export interface Log {
  (line: string): void;
}

export interface Summary {
  created: string[];
  updated: string[];
  unchanged: string[];
  deleted: string[];
  kept: string[];
}

const emptySummary = (): Summary => ({ created: [], updated: [], unchanged: [], deleted: [], kept: [] });

/** A failed run whose rollback was incomplete; `finish` says how to complete it. */
export class RollbackIncomplete extends RangerError {
  constructor(
    message: string,
    readonly notUndone: string[],
    /** 'destroy': the run started from nothing of the stack, removing the stack finishes it; 'reapply': apply `before` */
    readonly finish: 'destroy' | 'reapply',
    status?: number,
    /** ('reapply') the stack's objects as Ranger held them before the run, as a document: applying it finishes the rollback */
    readonly before?: RangerApplyDocument,
  ) {
    super(message, status);
  }
}

/** Ranger's own default policies of a new service ("all - topic", "all - database, schema, table"...). */
const isRangerDefault = (name: string) => name.startsWith('all - ');

const withoutId = (o: RangerObject) => {
  const { id: _id, guid: _guid, version: _version, createTime: _c, updateTime: _u, createdBy: _cb, updatedBy: _ub, ...rest } = o;
  return rest;
};

type Undo = { what: string; run: () => Promise<unknown> };

/** What Ranger keeps per service and moves on every policy change: not part of what a document says. */
const withoutServiceState = (o: RangerObject) => {
  const { policyVersion: _pv, policyUpdateTime: _pt, tagVersion: _tv, tagUpdateTime: _tt, ...rest } = withoutId(o);
  return rest;
};

/**
 * The stack's objects as Ranger held them before a run, as a document: its service definition, its
 * services that existed and their policies named with the prefix. Applying it puts back what the
 * run changed in them, and removes the prefixed policies the run created.
 */
function documentBefore(doc: RangerApplyDocument, state: Awaited<ReturnType<typeof readState>>): RangerApplyDocument {
  const existed = doc.services.filter((s) => state.existingServices.get(s.name));
  return {
    prefix: doc.prefix,
    serviceDefinition: state.existingDef ? withoutId(state.existingDef) : doc.serviceDefinition,
    services: existed.map((s) => withoutServiceState(state.existingServices.get(s.name)!)),
    policies: existed.flatMap((s) => (state.existingPolicies.get(s.name) ?? []).filter((p) => String(p.name ?? '').startsWith(doc.prefix)).map(withoutId)),
  } as unknown as RangerApplyDocument;
}

async function readState(client: RangerClient, doc: RangerApplyDocument) {
  const def = doc.serviceDefinition;
  const existingDef = await client.getServiceDef(def.name);
  for (const type of new Set(doc.services.map((s) => s.type).filter((t) => t !== def.name)))
    if (!(await client.getServiceDef(type))) throw new RangerError(`Ranger Admin at ${client.base} has no '${type}' service definition (needed by service ${doc.services.find((s) => s.type === type)!.name})`);
  const existingServices = new Map<string, RangerObject | undefined>();
  const existingPolicies = new Map<string, RangerObject[]>();
  for (const s of doc.services) {
    const have = await client.getService(s.name);
    if (have && have.type !== s.type) throw new RangerError(`service '${s.name}' exists in Ranger with type '${String(have.type)}', not '${s.type}'`);
    existingServices.set(s.name, have);
    existingPolicies.set(s.name, have ? await client.listPolicies(s.name) : []);
  }
  const wanted = principalsOf(doc.policies, doc.services);
  const roleNames = new Set((await client.allRoles()).map((r) => String(r.name)));
  const absentUsers = new Set<string>();
  for (const u of wanted.users) if (!(await client.getUser(u))) absentUsers.add(u);
  const tagServices = new Set((await client.servicesOfType('tag')).map((s) => String(s.name)));
  return { existingDef, existingServices, existingPolicies, wantedRoles: wanted.roles, roleNames, absentUsers, tagServices };
}

export async function applyDocument(client: RangerClient, doc: RangerApplyDocument, log: Log, dryRun = false): Promise<Summary> {
  const problems = documentProblems(doc);
  if (problems.length) throw new RangerError(`the document is invalid, nothing was applied: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).join('; ')})` : ''}`);

  // ---- read everything first: base path, credentials and reachability fail here, before any change ----
  const def = doc.serviceDefinition;
  const state = await readState(client, doc).catch((e: Error) => {
    throw new RangerError(`${e.message} — nothing had been changed`, e instanceof RangerError ? e.status : undefined);
  });
  const { existingDef, existingServices, existingPolicies } = state;
  const stackExisted = !!existingDef || [...existingServices.values()].some(Boolean);

  const summary = emptySummary();
  const journal: Undo[] = [];
  const note = (kind: keyof Summary, what: string) => {
    summary[kind].push(what);
    log(`${dryRun && kind !== 'unchanged' && kind !== 'kept' ? 'would be ' : ''}${kind} ${what}`);
  };

  try {
    // ---- service definition, then services ----
    if (!existingDef) {
      if (!dryRun) {
        await client.createServiceDef(def, def.name);
        journal.push({
          what: `delete service definition ${def.name}`,
          // Admin's tag service refers to our access types: those references (and a tag service
          // this run made Admin create) go before the definition can
          run: async () => {
            await removeTagServicesCreatedSince(client, state.tagServices);
            await removeTagReferences(client, def.name);
            await client.deleteServiceDef(def.name);
          },
        });
      }
      note('created', `service definition ${def.name}`);
    } else if (!sameServiceDef(def, existingDef)) {
      if (!dryRun) {
        await client.updateServiceDef(def.name, { ...def, id: existingDef.id });
        journal.push({ what: `restore service definition ${def.name}`, run: () => client.updateServiceDef(def.name, existingDef) });
      }
      note('updated', `service definition ${def.name}`);
    } else note('unchanged', `service definition ${def.name}`);

    for (const s of doc.services.map(servicePayload)) {
      const have = existingServices.get(s.name);
      if (!have) {
        if (!dryRun) {
          await client.createService(s, s.name);
          journal.push({ what: `delete service ${s.name}`, run: () => client.deleteService(s.name) });
        }
        note('created', `service ${s.name}`);
      } else if (!sameObject(s, have)) {
        if (!dryRun) {
          // keep what Ranger linked (its tag service): the document does not set it
          await client.updateService(s.name, { ...s, id: have.id, ...(have.tagService ? { tagService: have.tagService } : {}) });
          journal.push({ what: `restore service ${s.name}`, run: () => client.updateService(s.name, have) });
        }
        note('updated', `service ${s.name}`);
      } else note('unchanged', `service ${s.name}`);
    }

    // ---- reader roles: created by the stack, marked, so destroy can tell them from others' ----
    for (const role of [...state.wantedRoles].sort()) {
      if (state.roleNames.has(role)) continue;
      if (!dryRun) {
        const made = await client.createRole({ name: role, description: roleDescription(doc.prefix) });
        journal.push({ what: `delete role ${role}`, run: () => client.deleteRole(made.id!, role) });
      }
      note('created', `role ${role}`);
    }

    // ---- policies: create, or update in place by id ----
    for (const p of doc.policies) {
      const have = (existingPolicies.get(p.service) ?? []).find((x) => x.name === p.name);
      if (have && sameObject(p, have)) {
        note('unchanged', `policy ${p.name}`);
        continue;
      }
      if (!dryRun) {
        if (have) {
          await client.updatePolicy(have.id!, p);
          journal.push({ what: `restore policy ${p.name}`, run: () => client.updatePolicy(have.id!, have, 'restoring') });
        } else {
          const done = await client.createPolicy(p);
          journal.push({ what: `delete policy ${p.name}`, run: () => client.deletePolicy(done.id!, p.name) });
        }
      }
      note(have ? 'updated' : 'created', `policy ${p.name}`);
    }

    // ---- remove stack-owned policies the catalogue no longer has ----
    const wanted = new Set(doc.policies.map((p) => `${p.service}\u0000${p.name}`));
    for (const s of doc.services) {
      for (const have of existingPolicies.get(s.name) ?? []) {
        const name = String(have.name ?? '');
        if (!name.startsWith(doc.prefix) || wanted.has(`${s.name}\u0000${name}`)) continue;
        if (!dryRun) {
          await client.deletePolicy(have.id!, name);
          journal.push({ what: `recreate policy ${name}`, run: () => client.createPolicy(withoutId(have) as { name: string; service: string }, 'restoring') });
        }
        note('deleted', `policy ${name}`);
      }
    }
  } catch (e) {
    throw await rollBack(client, e as Error, journal, state.absentUsers, stackExisted ? documentBefore(doc, state) : undefined);
  }
  return summary;
}

/** Undoes the journal in reverse, then removes the users Ranger created during the run; returns the error to throw. */
async function rollBack(client: RangerClient, cause: Error, journal: Undo[], absentUsers: ReadonlySet<string>, before: RangerApplyDocument | undefined): Promise<RangerError> {
  const undone: string[] = [];
  const failed: string[] = [];
  for (const u of [...journal].reverse()) {
    try {
      await u.run();
      undone.push(u.what);
    } catch (ue) {
      failed.push(`${u.what}: ${(ue as Error).message}`);
    }
  }
  if (journal.length && absentUsers.size) {
    try {
      const r = await removeUnusedPrincipals(client, { users: new Set(absentUsers), roles: new Set() }, false, absentUsers);
      undone.push(...r.removed.map((x) => `delete ${x} (created by Ranger during this run)`));
    } catch (ue) {
      failed.push(`delete the users Ranger created during this run (${[...absentUsers].join(', ')}): ${(ue as Error).message}`);
    }
  }
  const status = cause instanceof RangerError ? cause.status : undefined;
  if (!failed.length) return new RangerError(`${cause.message} — ${journal.length ? `rolled back the ${journal.length} change(s) of this run` : 'nothing had been changed'}`, status);
  const finish = before ? 'reapply' : 'destroy';
  const how =
    finish === 'destroy'
      ? 'the stack did not exist before this run: finish by removing it with apply.ts --destroy and the same document'
      : "finish by applying the stack's objects as Ranger held them before this run (it restores what is listed)";
  return new RollbackIncomplete(`${cause.message} — rollback INCOMPLETE: ${undone.length} undone, ${failed.length} not undone: ${failed.join('; ')} — ${how}`, failed, finish, status, before);
}

/** What `destroy` needs: the prefix and the names of the stack's service definition and services. */
export type OwnedNames = Pick<RangerApplyDocument, 'prefix'> & { serviceDefinition: { name: string }; services: Array<{ name: string; type: string }> };

/**
 * Removes what the stack owns: its prefixed policies, then its services (those carrying the
 * ownership marker, unless someone else's policies live in them), the tag services' references to
 * its service definition's access types and the definition (when no service uses it any more), and
 * the roles and users created for its policies that nothing else uses. Best effort: carries on past
 * a failure and reports all of them.
 */
export async function destroyDocument(client: RangerClient, doc: OwnedNames, log: Log, dryRun = false): Promise<Summary> {
  if (!/^[a-z0-9-]+-$/.test(doc?.prefix ?? '')) throw new RangerError(`the document has no valid stack prefix ('${doc?.prefix}'); nothing was removed`);
  const summary = emptySummary();
  const failures: string[] = [];
  const did = (what: string) => {
    summary.deleted.push(what);
    log(`${dryRun ? 'would be ' : ''}deleted ${what}`);
  };
  const keep = (what: string, why: string) => {
    summary.kept.push(what);
    log(`kept ${what}${why}`);
  };
  const attempt = async (what: string, f: () => Promise<unknown>) => {
    try {
      if (!dryRun) await f();
      did(what);
      return true;
    } catch (e) {
      failures.push((e as Error).message);
      return false;
    }
  };
  const removedPolicies: RangerObject[] = [];
  const removedServices: RangerObject[] = [];
  for (const s of doc.services) {
    const have = await client.getService(s.name);
    if (!have) continue;
    const policies = await client.listPolicies(s.name);
    for (const p of policies.filter((x) => String(x.name).startsWith(doc.prefix)))
      if (await attempt(`policy ${String(p.name)}`, () => client.deletePolicy(p.id!, String(p.name)))) removedPolicies.push(p);
    if (!String(have.description ?? '').includes(OWNER_MARKER)) {
      keep(`service ${s.name}`, ' (not created by the stack)');
      continue;
    }
    const foreign = policies.filter((x) => !String(x.name).startsWith(doc.prefix) && !isRangerDefault(String(x.name)));
    if (foreign.length) {
      keep(`service ${s.name}`, `: it holds policies the stack does not own (${foreign.map((x) => String(x.name)).join(', ')})`);
      continue;
    }
    // Ranger's default policies go with the service; their users are candidates below
    if (await attempt(`service ${s.name}`, () => client.deleteService(s.name))) removedServices.push(have, ...policies.filter((x) => isRangerDefault(String(x.name))));
  }

  const defName = doc.serviceDefinition.name;
  const def = await client.getServiceDef(defName);
  if (def && String(def.description ?? '').includes(OWNER_MARKER)) {
    const users = (await client.servicesOfType(defName)).filter((s) => !(dryRun && summary.deleted.includes(`service ${String(s.name)}`)));
    if (users.length) keep(`service definition ${defName}`, `: still used by ${users.map((s) => String(s.name)).join(', ')}`);
    else {
      let referencesGone = true;
      try {
        for (const c of await removeTagReferences(client, defName, dryRun)) did(c.what);
      } catch (e) {
        referencesGone = false;
        failures.push((e as Error).message);
      }
      if (referencesGone) await attempt(`service definition ${defName}`, () => client.deleteServiceDef(defName));
    }
  }

  // roles and users: only those the removed policies and services named
  try {
    // in a dry run the policies are still there: they do not count as uses
    const ignore = new Set(dryRun ? removedPolicies.map((p) => p.id!) : []);
    const r = await removeUnusedPrincipals(client, principalsOf([...removedPolicies, ...removedServices], removedServices), dryRun, undefined, ignore);
    r.removed.forEach(did);
    r.kept.forEach((k) => keep(k, ''));
  } catch (e) {
    failures.push((e as Error).message);
  }
  if (failures.length) throw new RangerError(`removal incomplete (${summary.deleted.length} removed, ${failures.length} failed): ${failures.join('; ')} — run the same destroy again once the cause is fixed; it removes only what is left`);
  return summary;
}
