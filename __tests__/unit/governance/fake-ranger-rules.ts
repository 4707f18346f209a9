/**
 * The rules by which the Ranger double (fake-ranger.ts) stores and returns objects, each as Apache
 * Ranger Admin 2.6.0 applies it. Every rule names the Ranger source file that shows it (paths in
 * the apache/ranger repository at tag release-ranger-2.6.0); the double is written from those
 * descriptions and the facts observed on a real Admin 2.6.0, no Ranger code is in it.
 */

export type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Ranger leaves out every empty list, empty map and empty string of what it returns: its model
 * classes are annotated `@JsonInclude(JsonInclude.Include.NON_EMPTY)`
 * (agents-common/src/main/java/org/apache/ranger/plugin/model/RangerBaseModelObject.java, and the
 * nested classes of RangerPolicy.java / RangerServiceDef.java). `false` and `0` stay.
 */
export function nonEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(nonEmpty);
  if (v && typeof v === 'object') {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      const y = nonEmpty(x);
      if (y === undefined || y === null || y === '' || (Array.isArray(y) && y.length === 0) || (typeof y === 'object' && !Array.isArray(y) && Object.keys(y as Obj).length === 0)) continue;
      out[k] = y;
    }
    return out;
  }
  return v;
}

/**
 * What Ranger adds to every service definition it stores or returns:
 * - the implicit policy condition `_expression`
 *   (agents-common/src/main/java/org/apache/ranger/plugin/util/ServiceDefUtil.java,
 *   IMPLICIT_CONDITION_EXPRESSION_NAME),
 * - the option `enableTagBasedPolicies` (RangerServiceDef.OPTION_ENABLE_TAG_BASED_POLICIES, default
 *   from `ranger.servicedef.enableTagBasedPolicies`, ServiceDefUtil.getOption_enableTagBasedPolicies),
 * - `markerAccessTypes` `_CREATE`, `_READ`, `_UPDATE`, `_DELETE`, `_MANAGE`, `_ALL`
 *   (ServiceDefUtil.ACCESS_TYPE_MARKERS).
 */
export function withRangerAdditions(def: Obj): Obj {
  const conditions = [...(def.policyConditions ?? [])];
  if (!conditions.some((c: Obj) => c.name === '_expression'))
    conditions.push({ itemId: 1 + Math.max(0, ...conditions.map((c: Obj) => Number(c.itemId) || 0)), name: '_expression', evaluator: 'org.apache.ranger.plugin.conditionevaluator.RangerScriptConditionEvaluator', label: 'Enter boolean expression', uiHint: '{ "isMultiline":true }' });
  const accessNames = (def.accessTypes ?? []).map((a: Obj) => String(a.name));
  return {
    ...def,
    options: { enableTagBasedPolicies: 'true', ...(def.options ?? {}) },
    policyConditions: conditions,
    markerAccessTypes: ['_CREATE', '_READ', '_UPDATE', '_DELETE', '_MANAGE', '_ALL'].map((name, i) => ({ itemId: 100 + i, name, label: name, impliedGrants: name === '_ALL' ? accessNames : [] })),
  };
}

/**
 * The tag service Ranger creates and links when a resource service is created: named after the
 * service up to its last `_` plus `_tag`, or just `tag` when the name has no `_`
 * (security-admin/src/main/java/org/apache/ranger/rest/ServiceREST.java, LinkedServiceCreator,
 * `ranger.tagservice.auto.create` and `.auto.link` default true).
 */
export function linkedTagServiceName(service: string): string {
  const i = service.lastIndexOf('_');
  return i === -1 ? 'tag' : `${service.slice(0, i)}_tag`;
}

/**
 * The tag service's default policy `EXPIRES_ON`: a deny item for group `public` with every access
 * type of the tag service definition, which holds `<definition>:<access>` for every service
 * definition (agents-common/src/main/java/org/apache/ranger/services/tag/RangerServiceTag.java,
 * getDefaultRangerPolicies; agents-common/.../plugin/store/AbstractServiceStore.java,
 * updateTagServiceDefForUpdatingAccessTypes).
 */
export function expiresOnPolicy(tagService: string, tagAccessTypes: string[]): Obj {
  return {
    name: 'EXPIRES_ON',
    service: tagService,
    policyType: 0,
    description: 'Policy for data with EXPIRES_ON tag',
    isEnabled: true,
    isAuditEnabled: true,
    resources: { tag: { values: ['EXPIRES_ON'], isExcludes: false, isRecursive: false } },
    policyItems: [],
    denyPolicyItems: [
      {
        users: [],
        groups: ['public'],
        roles: [],
        accesses: tagAccessTypes.map((type) => ({ type, isAllowed: true })),
        conditions: [{ type: 'accessed-after-expiry', values: ['yes'] }],
        delegateAdmin: false,
      },
    ],
  };
}

/**
 * Default policies Ranger creates with a new service: one `all - <resource>` per resource of the
 * definition, for the service's lookup user (agents-common/.../plugin/service/RangerBaseService.java,
 * getDefaultRangerPolicies) — but only where Admin can load the definition's implClass
 * (security-admin/.../biz/ServiceDBStore.java, createDefaultPolicies). The project's custom
 * PostgreSQL definition names no class Admin has, so its services get none; `kafka` gets five
 * (topic, transactionalid, cluster, delegationtoken, consumergroup).
 */
export function defaultPolicies(service: Obj, def: Obj): Obj[] {
  if (def.name !== 'kafka') return [];
  const user = service.configs?.username;
  return (def.resources ?? []).map((r: Obj) => ({
    name: `all - ${r.name}`,
    service: service.name,
    policyType: 0,
    description: `Policy for all - ${r.name}`,
    isEnabled: true,
    isAuditEnabled: true,
    resources: { [r.name]: { values: ['*'], isExcludes: false, isRecursive: false } },
    policyItems: user ? [{ users: [user], groups: [], roles: [], accesses: (def.accessTypes ?? []).map((a: Obj) => ({ type: a.name, isAllowed: true })), conditions: [], delegateAdmin: true }] : [],
  }));
}

export const ITEM_LISTS = ['policyItems', 'denyPolicyItems', 'allowExceptions', 'denyExceptions', 'dataMaskPolicyItems', 'rowFilterPolicyItems'] as const;

export const itemsOf = (p: Obj): Obj[] => ITEM_LISTS.flatMap((k) => (p[k] ?? []) as Obj[]);

/** A Ranger error body, a VXResponse (security-admin/.../view/VXResponse.java via common/RESTErrorUtil.java). */
export const vx = (msgDesc: string, statusCode = 1, messageList?: Obj[]): Obj => ({ statusCode, msgDesc, ...(messageList ? { messageList } : {}) });
