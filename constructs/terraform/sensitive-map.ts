import { Token } from 'cdktf';

const hclString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A sensitive map attribute as one native object expression, `${{"k" = var.x, ...}}`. A sensitive
 * variable inside a JSON object *key* (Debezium reads the hash salt from a property name) makes
 * Terraform panic ("value is marked, so must be unmarked first"); inside an expression it is just
 * marked, and the whole map is sensitive. Returns a map token for a generated binding's map
 * attribute, or undefined for an empty map.
 */
export function sensitiveMapExpression(map: Record<string, string> | undefined): Record<string, string> | undefined {
  const entries = Object.entries(map ?? {});
  if (!entries.length) return undefined;
  const value = (v: string) => (/^\$\{var\.[a-z0-9_]+\}$/.test(v) ? v.slice(2, -1) : hclString(v));
  return Token.asStringMap(`\${{${entries.map(([k, v]) => `${hclString(k)} = ${value(v)}`).join(', ')}}}`);
}
