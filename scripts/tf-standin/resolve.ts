/**
 * The sliver of Terraform's expression language the synthesized `local` stack uses: `${var.NAME}`
 * in strings and map keys, and the `$${` / `%%{` escapes. Anything else is refused by name.
 */
export type Vars = Record<string, string>;

export function resolveString(s: string, vars: Vars, where: string): string {
  const out = s.replace(/(\$\$\{|%%\{)|\$\{([^}]*)\}/g, (_m, escaped: string | undefined, expr: string | undefined) => {
    if (escaped) return escaped.slice(1);
    const m = /^var\.([a-z0-9_]+)$/.exec(expr!.trim());
    if (!m) throw new Error(`${where}: expression \${${expr}} is beyond this stand-in (only \${var.NAME})`);
    const v = vars[m[1]];
    if (v === undefined) throw new Error(`${where}: variable '${m[1]}' has no value: set TF_VAR_${m[1]}`);
    return v;
  });
  return out;
}

export function resolveDeep<T>(value: T, vars: Vars, where: string): T {
  if (typeof value === 'string') return resolveString(value, vars, where) as T;
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, vars, where)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [resolveString(k, vars, where), resolveDeep(v, vars, where)])) as T;
  return value;
}

/** Variable values as Terraform takes them: TF_VAR_<name> from the environment, else the declared default. */
export function variablesFrom(declared: Record<string, { default?: string }>, env: NodeJS.ProcessEnv = process.env): Vars {
  const vars: Vars = {};
  for (const [name, decl] of Object.entries(declared ?? {})) {
    const v = env[`TF_VAR_${name}`] ?? decl.default;
    if (v !== undefined) vars[name] = v;
  }
  return vars;
}
