/**
 * "Does Ranger already hold what the document says?" — as Ranger Admin 2.6.0 returns objects:
 * - it leaves out every `[]`, `{}` and `""` (its model classes are `@JsonInclude(NON_EMPTY)`,
 *   agents-common/.../plugin/model/RangerBaseModelObject.java), so an empty value we send and an
 *   absent one it returns are the same;
 * - it adds ids, versions, timestamps, `tagService`, audit-filter configs and, to service
 *   definitions, the option `enableTagBasedPolicies`, the field `markerAccessTypes` and the
 *   policy condition `_expression` (agents-common/.../plugin/util/ServiceDefUtil.java): additions
 *   are not differences;
 * - option and config values may come back as strings.
 * A false "changed" re-sends the object and bumps every plugin's policy version, so this errs only
 * where Ranger's answer really differs from the document.
 */

/** Drops empty lists, maps and strings (after dropping inside them), as Ranger's serialisation does. */
export function withoutEmpty(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutEmpty);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const y = withoutEmpty(x);
      if (isEmpty(y)) continue;
      out[k] = y;
    }
    return out;
  }
  return v;
}

const isEmpty = (y: unknown) =>
  y === undefined || y === null || y === '' || (Array.isArray(y) && y.length === 0) || (typeof y === 'object' && !Array.isArray(y) && Object.keys(y as object).length === 0);

/** Is every field we set present and equal in what Ranger holds? Extra fields in `have` are Ranger's. */
export function isSubset(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && want.length === have.length && want.every((w, i) => isSubset(w, have[i]));
  if (want && typeof want === 'object') {
    if (!have || typeof have !== 'object' || Array.isArray(have)) return false;
    return Object.entries(want).every(([k, v]) => isSubset(v, (have as Record<string, unknown>)[k]));
  }
  // Ranger may give option values back as strings or booleans
  return want === have || (have !== undefined && have !== null && String(want) === String(have));
}

/** Ranger's implicit policy condition, added to every service definition it returns. */
const IMPLICIT_CONDITION = '_expression';

/** A service definition as Ranger holds it, without what Ranger adds to every definition. */
function withoutRangerAdditions(def: Record<string, unknown>): Record<string, unknown> {
  const conditions = Array.isArray(def.policyConditions) ? def.policyConditions.filter((c) => (c as { name?: string }).name !== IMPLICIT_CONDITION) : def.policyConditions;
  return { ...def, policyConditions: conditions };
}

/** Does Ranger's copy of a policy or service match the document's? */
export function sameObject(want: unknown, have: unknown): boolean {
  return isSubset(withoutEmpty(want), withoutEmpty(have));
}

/** Does Ranger's copy of a service definition match the document's? */
export function sameServiceDef(want: unknown, have: Record<string, unknown>): boolean {
  return isSubset(withoutEmpty(want), withoutEmpty(withoutRangerAdditions(have)));
}
