/**
 * Terraform reads `${` and `%{` inside every string of the configuration as templates: text that
 * must reach a resource literally (SQL, policy documents, shell scripts) is escaped to `$${` / `%%{`.
 */
export const escapeTemplate = (s: string): string => s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

/** {@link escapeTemplate} on every string (keys included) of a JSON-like value. */
export function escapeDeep<T>(v: T): T {
  if (typeof v === 'string') return escapeTemplate(v) as T;
  if (Array.isArray(v)) return v.map(escapeDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [escapeTemplate(k), escapeDeep(x)])) as T;
  return v;
}
