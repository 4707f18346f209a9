import { documentProblems } from '../../constructs/governance/document-problems';
import { servicePayload } from '../../constructs/governance/policy-document';
import { RangerApplyDocument } from '../../constructs/governance/ranger-api';
import { OWNER_MARKER } from '../../constructs/governance/ranger-names';
import { RangerClient, RangerError, RangerObject } from './client';

/**
 * Applies a desired Ranger document idempotently, and removes what the stack owns.
 *
 * apply: validate everything first → read what exists → service definition → services → policies
 * (upsert by name; unchanged ones are left alone) → remove stack-owned policies (by prefix) the
 * document no longer has. Every change is journalled; if any step fails, the journal is undone in
 * reverse (created objects deleted, updated and deleted ones restored), so a failed run leaves
 * Ranger as it found it. Policies not named with the prefix are never touched.
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

/** Is every field we set present, equal, in what Ranger holds? (Ranger adds ids, versions, defaults.) */
export function isSubset(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && want.length === have.length && want.every((w, i) => isSubset(w, have[i]));
  if (want && typeof want === 'object') {
    if (!have || typeof have !== 'object' || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, v]) => isSubset(v, (have as Record<string, unknown>)[k]));
  }
  // Ranger may give option values back as strings or booleans
  return want === have || (typeof want !== 'object' && have !== undefined && have !== null && String(want) === String(have));
}

/** Ranger's own default policies of a new service ("all - topic", "all - database, schema, table"...). */
const isRangerDefault = (name: string) => name.startsWith('all - ');

const withoutId = (o: RangerObject) => {
  const { id: _id, guid: _guid, version: _version, createTime: _c, updateTime: _u, createdBy: _cb, updatedBy: _ub, ...rest } = o;
  return rest;
};

type Undo = { what: string; run: () => Promise<unknown> };

async function readState(client: RangerClient, doc: RangerApplyDocument) {
  const def = doc.serviceDefinition;
  const existingDef = await client.getServiceDef(def.name);
  for (const type of new Set(doc.services.map((s) => s.type).filter((t) => t !== def.name)))
    if (!(await client.getServiceDef(type))) throw new RangerError(`Ranger Admin has no '${type}' service definition (needed by service ${doc.services.find((s) => s.type === type)!.name})`);
  const existingServices = new Map<string, RangerObject | undefined>();
  const existingPolicies = new Map<string, RangerObject[]>();
  for (const s of doc.services) {
    const have = await client.getService(s.name);
    if (have && have.type !== s.type) throw new RangerError(`service '${s.name}' exists in Ranger with type '${String(have.type)}', not '${s.type}'`);
    existingServices.set(s.name, have);
    existingPolicies.set(s.name, have ? await client.listPolicies(s.name) : []);
  }
  return { existingDef, existingServices, existingPolicies };
}

export async function applyDocument(client: RangerClient, doc: RangerApplyDocument, log: Log, dryRun = false): Promise<Summary> {
  const problems = documentProblems(doc);
  if (problems.length) throw new RangerError(`the document is invalid, nothing was applied: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).join('; ')})` : ''}`);

  // ---- read everything first: credentials and reachability fail here, before any change ----
  const def = doc.serviceDefinition;
  const { existingDef, existingServices, existingPolicies } = await readState(client, doc).catch((e: Error) => {
    throw new RangerError(`${e.message} — nothing had been changed`, e instanceof RangerError ? e.status : undefined);
  });


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
        journal.push({ what: `delete service definition ${def.name}`, run: () => client.deleteServiceDef(def.name) });
      }
      note('created', `service definition ${def.name}`);
    } else if (!isSubset(def, existingDef)) {
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
      } else if (!isSubset(s, have)) {
        if (!dryRun) {
          await client.updateService(s.name, { ...s, id: have.id });
          journal.push({ what: `restore service ${s.name}`, run: () => client.updateService(s.name, have) });
        }
        note('updated', `service ${s.name}`);
      } else note('unchanged', `service ${s.name}`);
    }

    // ---- policies: upsert by name ----
    for (const p of doc.policies) {
      const have = (existingPolicies.get(p.service) ?? []).find((x) => x.name === p.name);
      if (have && isSubset(p, have)) {
        note('unchanged', `policy ${p.name}`);
        continue;
      }
      if (!dryRun) {
        const done = await client.upsertPolicy(p);
        if (have) journal.push({ what: `restore policy ${p.name}`, run: () => client.updatePolicy(have.id!, have) });
        else if (done?.id !== undefined) journal.push({ what: `delete policy ${p.name}`, run: () => client.deletePolicy(done.id!, p.name) });
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
          journal.push({ what: `recreate policy ${name}`, run: () => client.createPolicy(withoutId(have) as { name: string; service: string }) });
        }
        note('deleted', `policy ${name}`);
      }
    }
  } catch (e) {
    const undone: string[] = [];
    const failed: string[] = [];
    for (const u of journal.reverse()) {
      try {
        await u.run();
        undone.push(u.what);
      } catch (ue) {
        failed.push(`${u.what}: ${(ue as Error).message}`);
      }
    }
    const msg = (e as Error).message;
    const rollback = failed.length
      ? `rollback INCOMPLETE (${undone.length} undone, ${failed.length} failed: ${failed.join('; ')})`
      : journal.length
        ? `rolled back the ${journal.length} change(s) of this run`
        : 'nothing had been changed';
    throw new RangerError(`${msg} — ${rollback}`, e instanceof RangerError ? e.status : undefined);
  }
  return summary;
}

/** What `destroy` needs: the prefix and the names of the stack's service definition and services. */
export type OwnedNames = Pick<RangerApplyDocument, 'prefix'> & { serviceDefinition: { name: string }; services: Array<{ name: string; type: string }> };

/**
 * Removes what the stack owns: its prefixed policies, then its services (those carrying the
 * ownership marker, unless someone else's policies live in them) and its service definition (when
 * no service uses it any more). Best effort: carries on past a failure and reports all of them.
 */
export async function destroyDocument(client: RangerClient, doc: OwnedNames, log: Log, dryRun = false): Promise<Summary> {
  if (!/^[a-z0-9-]+-$/.test(doc?.prefix ?? '')) throw new RangerError(`the document has no valid stack prefix ('${doc?.prefix}'); nothing was removed`);
  const summary = emptySummary();
  const failures: string[] = [];
  const attempt = async (what: string, f: () => Promise<unknown>) => {
    try {
      if (!dryRun) await f();
      summary.deleted.push(what);
      log(`${dryRun ? 'would be ' : ''}deleted ${what}`);
    } catch (e) {
      failures.push((e as Error).message);
    }
  };
  for (const s of doc.services) {
    const have = await client.getService(s.name);
    if (!have) continue;
    const policies = await client.listPolicies(s.name);
    for (const p of policies.filter((x) => String(x.name).startsWith(doc.prefix))) await attempt(`policy ${String(p.name)}`, () => client.deletePolicy(p.id!, String(p.name)));
    if (!String(have.description ?? '').includes(OWNER_MARKER)) {
      summary.kept.push(`service ${s.name}`);
      log(`kept service ${s.name} (not created by the stack)`);
      continue;
    }
    const foreign = policies.filter((x) => !String(x.name).startsWith(doc.prefix) && !isRangerDefault(String(x.name)));
    if (foreign.length) {
      summary.kept.push(`service ${s.name}`);
      log(`kept service ${s.name}: it holds policies the stack does not own (${foreign.map((x) => String(x.name)).join(', ')})`);
      continue;
    }
    await attempt(`service ${s.name}`, () => client.deleteService(s.name));
  }
  const def = await client.getServiceDef(doc.serviceDefinition.name);
  if (def && String(def.description ?? '').includes(OWNER_MARKER)) {
    const users = (await client.servicesOfType(doc.serviceDefinition.name)).filter((s) => !(dryRun && summary.deleted.includes(`service ${String(s.name)}`)));
    if (users.length) {
      summary.kept.push(`service definition ${doc.serviceDefinition.name}`);
      log(`kept service definition ${doc.serviceDefinition.name}: still used by ${users.map((s) => String(s.name)).join(', ')}`);
    } else await attempt(`service definition ${doc.serviceDefinition.name}`, () => client.deleteServiceDef(doc.serviceDefinition.name));
  }
  if (failures.length) throw new RangerError(`removal incomplete: ${failures.join('; ')}`);
  return summary;
}
