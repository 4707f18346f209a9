/** Checks a Ranger document before anything is sent to Ranger Admin. */
import { POLICY_TYPE, RangerApplyDocument, RangerService } from './ranger-api';
import { KAFKA_SERVICE_DEF } from './ranger-names';

/**
 * Structural problems of a document, found before anything is sent to Ranger: unknown services,
 * resources, access or mask types, names outside the prefix, duplicate names and duplicate
 * resource signatures (which Ranger Admin rejects).
 */
export function documentProblems(doc: RangerApplyDocument, builtIn: Record<string, { resources: string[]; accessTypes: string[] }> = BUILT_IN_DEFS): string[] {
  const p: string[] = [];
  if (!doc || typeof doc !== 'object') return ['document: not an object'];
  if (!/^[a-z0-9-]+-$/.test(doc.prefix ?? '')) p.push(`prefix: '${doc.prefix}' must be lower-case, end with '-'`);
  const def = doc.serviceDefinition;
  if (!def?.name) p.push('serviceDefinition: has no name');
  const defs: Record<string, { resources: string[]; accessTypes: string[]; masks?: string[] }> = { ...builtIn };
  if (def?.name)
    defs[def.name] = {
      resources: (def.resources ?? []).map((r) => r.name),
      accessTypes: (def.accessTypes ?? []).map((a) => a.name),
      masks: (def.dataMaskDef?.maskTypes ?? []).map((m) => m.name),
    };
  const services = new Map<string, RangerService>();
  for (const s of doc.services ?? []) {
    if (services.has(s.name)) p.push(`service '${s.name}': defined twice`);
    services.set(s.name, s);
    if (!s.name?.startsWith(doc.prefix)) p.push(`service '${s.name}': name does not start with the stack prefix '${doc.prefix}'`);
    if (!/^[a-zA-Z0-9_-]{1,255}$/.test(s.name ?? '')) p.push(`service '${s.name}': Ranger service names allow only letters, digits, '_' and '-'`);
    if (!defs[s.type]) p.push(`service '${s.name}': unknown service type '${s.type}'`);
  }
  const names = new Set<string>();
  const signatures = new Map<string, string>();
  for (const pol of doc.policies ?? []) {
    const where = `policy '${pol.name}'`;
    if (names.has(pol.name)) p.push(`${where}: defined twice`);
    names.add(pol.name);
    if (!pol.name?.startsWith(doc.prefix)) p.push(`${where}: name does not start with the stack prefix '${doc.prefix}'`);
    const svc = services.get(pol.service);
    if (!svc) {
      p.push(`${where}: service '${pol.service}' is not in the document`);
      continue;
    }
    const d = defs[svc.type];
    if (!d) continue;
    for (const r of Object.keys(pol.resources ?? {})) if (!d.resources.includes(r)) p.push(`${where}: resource '${r}' is not defined by '${svc.type}'`);
    if (!Object.keys(pol.resources ?? {}).length) p.push(`${where}: has no resources`);
    const items = [...(pol.policyItems ?? []), ...(pol.denyPolicyItems ?? []), ...(pol.allowExceptions ?? []), ...(pol.denyExceptions ?? []), ...(pol.dataMaskPolicyItems ?? [])];
    for (const it of items) {
      if (![...(it.users ?? []), ...(it.groups ?? []), ...(it.roles ?? [])].length) p.push(`${where}: an item names no user, group or role`);
      for (const a of it.accesses ?? []) if (!d.accessTypes.includes(a.type)) p.push(`${where}: access type '${a.type}' is not defined by '${svc.type}'`);
    }
    for (const it of pol.dataMaskPolicyItems ?? [])
      if (!d.masks?.includes(it.dataMaskInfo?.dataMaskType)) p.push(`${where}: mask type '${it.dataMaskInfo?.dataMaskType}' is not defined by '${svc.type}'`);
    if (pol.policyType === POLICY_TYPE.dataMask && !(pol.dataMaskPolicyItems ?? []).length) p.push(`${where}: a masking policy without mask items`);
    const sig = `${pol.service}|${pol.policyType}|${JSON.stringify(
      Object.keys(pol.resources ?? {})
        .sort()
        .map((k) => [k, [...pol.resources[k].values].sort(), !!pol.resources[k].isExcludes, !!pol.resources[k].isRecursive]),
    )}`;
    const other = signatures.get(sig);
    if (other) p.push(`${where}: same resources and type as policy '${other}' (Ranger allows one policy per resource signature)`);
    signatures.set(sig, pol.name);
  }
  return p;
}

/** The parts of Ranger's built-in service definitions the document may use. */
export const BUILT_IN_DEFS: Record<string, { resources: string[]; accessTypes: string[] }> = {
  [KAFKA_SERVICE_DEF]: {
    resources: ['topic', 'transactionalid', 'cluster', 'delegationtoken', 'consumergroup'],
    accessTypes: ['publish', 'consume', 'configure', 'describe', 'kafka_admin', 'create', 'delete', 'idempotent_write', 'describe_configs', 'alter_configs', 'cluster_action', 'alter'],
  },
};
