/** Small deterministic renderers shared by the generators: stable JSON, Markdown tables, secret placeholders. */

/** JSON with object keys sorted at every level (arrays keep their order), two-space indent, final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** A Terraform reference to a sensitive variable, as the stacks write it. */
const VARIABLE_REF = /\$\{var\.([a-z][a-z0-9_]*)\}/g;

/** The placeholder that stands for a secret in exported files: `<secret:NAME>` where TF_VAR_NAME holds the value. */
export const secretPlaceholder = (variable: string) => `<secret:${variable}>`;

/**
 * Replaces `${var.NAME}` by `<secret:NAME>`. Any other Terraform expression left in the text is an
 * error: the export must hold literal configuration and named placeholders only.
 */
export function withPlaceholders(text: string, where: string): string {
  const out = text.replace(VARIABLE_REF, (_m, name: string) => secretPlaceholder(name));
  if (out.includes('${') || out.includes('%{')) throw new Error(`config export: ${where}: holds a Terraform expression other than a variable reference: ${out}`);
  return out;
}

/** Both keys and values of a string map through {@link withPlaceholders}. */
export function mapWithPlaceholders(map: Readonly<Record<string, string>>, where: string): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [withPlaceholders(k, `${where} key`), withPlaceholders(v, `${where} '${k}'`)]));
}

/** Names of the variables referenced by `<secret:NAME>` placeholders in a text. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/<secret:([a-z][a-z0-9_]*)>/g)].map((m) => m[1]))].sort();
}

export type Cell = string | number | boolean;

/** A Markdown table; `|` and newlines in cells are escaped. */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const esc = (c: Cell) => String(c).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export const code = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';

export const fence = (lang: string, body: string) => ['```' + lang, body.replace(/\n+$/, ''), '```'].join('\n');

export const list = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');

/** "a, b and c" */
export function words(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
