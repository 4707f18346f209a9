/**
 * The sliver of Terraform's expression language the synthesized `local` stack uses, in strings and
 * map keys: `${var.NAME}`, `${self.PATH}` (destroy-time provisioners), `${jsonencode(EXPR)}`,
 * `${{"key template" = EXPR, ...}}` object constructors, and the `$${` / `%%{` escapes.
 * Anything else is refused by name.
 */
export type Vars = Record<string, string>;
export interface Scope {
  readonly vars: Vars;
  /** the resource's own resolved attributes, for `self.…` */
  readonly self?: Record<string, unknown>;
}

/** Index just past the `}` closing the `${` or `{` whose body starts at `i`; skips quoted strings. */
function closing(s: string, i: number, where: string): number {
  let depth = 1;
  for (; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`${where}: unbalanced braces in ${s}`);
}

class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly scope: Scope, private readonly where: string) {}

  parse(): unknown {
    const v = this.expr();
    this.ws();
    if (this.i !== this.src.length) this.fail();
    return v;
  }

  private ws() {
    while (/\s/.test(this.src[this.i] ?? '')) this.i++;
  }

  private fail(): never {
    throw new Error(`${this.where}: expression \${${this.src}} is beyond this stand-in (only var., self., jsonencode and object constructors)`);
  }

  private expr(): unknown {
    this.ws();
    const rest = this.src.slice(this.i);
    if (rest.startsWith('"')) return this.string();
    if (rest.startsWith('{')) return this.object();
    const fn = /^jsonencode\(/.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const v = this.expr();
      this.ws();
      if (this.src[this.i++] !== ')') this.fail();
      return JSON.stringify(v);
    }
    const ref = /^(var|self)\.([a-z0-9_.]+)/.exec(rest);
    if (!ref) this.fail();
    this.i += ref[0].length;
    return reference(ref[1], ref[2], this.scope, this.where);
  }

  private string(): string {
    let out = '';
    for (this.i++; this.i < this.src.length; this.i++) {
      const ch = this.src[this.i];
      if (ch === '"') {
        this.i++;
        return resolveString(out, this.scope, this.where);
      }
      if (ch === '\\') out += this.src[++this.i];
      else out += ch;
    }
    this.fail();
  }

  private object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.i++;
    for (;;) {
      this.ws();
      if (this.src[this.i] === '}') {
        this.i++;
        return out;
      }
      const key = this.string();
      this.ws();
      if (this.src[this.i++] !== '=') this.fail();
      out[key] = this.expr();
      this.ws();
      if (this.src[this.i] === ',') this.i++;
    }
  }
}

function reference(kind: string, path: string, scope: Scope, where: string): unknown {
  if (kind === 'var') {
    if (scope.vars[path] === undefined) throw new Error(`${where}: variable '${path}' has no value: set TF_VAR_${path}`);
    return scope.vars[path];
  }
  if (!scope.self) throw new Error(`${where}: self.${path} outside a provisioner`);
  let cur: unknown = scope.self;
  for (const part of path.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[part];
  if (cur === undefined) throw new Error(`${where}: self.${path} is not set`);
  return cur;
}

/** Evaluates a string; a string that is one whole `${…}` may yield a non-string (an object). */
export function evaluateString(s: string, scope: Scope, where: string): unknown {
  if (s.startsWith('${') && closing(s, 2, where) === s.length) return new Parser(s.slice(2, -1), scope, where).parse();
  return resolveString(s, scope, where);
}

export function resolveString(s: string, scope: Scope, where: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s.startsWith('$${', i) || s.startsWith('%%{', i)) {
      out += s.slice(i + 1, i + 3);
      i += 3;
    } else if (s.startsWith('${', i)) {
      const end = closing(s, i + 2, where);
      const v = new Parser(s.slice(i + 2, end - 1), scope, where).parse();
      out += typeof v === 'string' ? v : JSON.stringify(v);
      i = end;
    } else out += s[i++];
  }
  return out;
}

export function resolveDeep<T>(value: T, scope: Scope, where: string): T {
  if (typeof value === 'string') return evaluateString(value, scope, where) as T;
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, scope, where)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [resolveString(k, scope, where), resolveDeep(v, scope, where)])) as T;
  return value;
}

/** A resource body: its attributes first, then its provisioners, which may read `self`. */
export function resolveResource(body: Record<string, unknown>, vars: Vars, where: string): Record<string, unknown> {
  const { provisioner, ...attributes } = body;
  const self = resolveDeep(attributes, { vars }, where);
  return provisioner === undefined ? self : { ...self, provisioner: resolveDeep(provisioner, { vars, self }, where) };
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
