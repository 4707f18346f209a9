/**
 * Provider schemas, flattened to one comparable line per attribute and block, from two sides:
 *
 *   - the prebuilt npm bindings (`@cdktf/provider-postgresql`, `@cdktf/provider-docker`), which cdktf's
 *     generator wrote from the real providers' schemas: every configurable attribute and block is in
 *     the generated `…ToHclTerraform` / `synthesizeHclAttributes` tables (name, list/set/map, element
 *     type, block or not), required or optional is in the jsii assembly, computed-only attributes are
 *     the getters without a setter;
 *   - `terraform providers schema -json` of a provider binary (our substitutes).
 *
 * What the bindings cannot tell apart is left out of both sides: optional vs optional+computed,
 * sensitivity, descriptions, defaults.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';

type Jsii = { types: Record<string, { kind: string; name: string; namespace?: string; properties?: Array<{ name: string; optional?: boolean; type: unknown }> }> };

const snakeToCamel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const STORAGE: Record<string, string> = {
  string: 'string', number: 'number', boolean: 'bool', any: 'dynamic',
  stringList: 'string', numberList: 'number', booleanList: 'bool',
  stringMap: 'string', numberMap: 'number', booleanMap: 'bool',
};
const GETTER: Record<string, string> = {
  getStringAttribute: 'string', getNumberAttribute: 'number', getBooleanAttribute: 'bool', getAnyMapAttribute: 'map(dynamic)',
  getListAttribute: 'list(string)', getNumberListAttribute: 'list(number)', getBooleanListAttribute: 'list(bool)',
  getStringMapAttribute: 'map(string)', getNumberMapAttribute: 'map(number)', getBooleanMapAttribute: 'map(bool)',
};

interface Entry { name: string; isBlock: boolean; type: string; storage: string; value: string }

/** The entries of one generated `attrs = { … }` table, from the function or method that starts at `start`. */
function hclTable(js: string, start: number): Entry[] {
  const end = js.indexOf('return Object.fromEntries', start);
  const body = js.slice(start, end);
  const re = /\n\s+(\w+): \{\n\s+value: ([^\n]+),\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",/g;
  return [...body.matchAll(re)].map((m) => ({ name: m[1], value: m[2], isBlock: m[3] === 'true', type: m[4], storage: m[5] }));
}

/** The schema lines of one provider package, for the given resources (and the provider block). */
export function bindingSchema(pkg: string, resources: Record<string, string>): string[] {
  const root = dirname(require.resolve(`${pkg}/package.json`));
  const jsii = JSON.parse(readFileSync(join(root, '.jsii'), 'utf8')) as Jsii;
  const lines: string[] = [];
  for (const [type, dir] of Object.entries({ provider: 'provider', ...resources })) {
    const js = readFileSync(join(root, 'lib', dir, 'index.js'), 'utf8');
    const ns = snakeToCamel(dir.replace(/-/g, '_'));
    const struct = (name: string) => jsii.types[`${pkg}.${ns}.${name}`];
    const optional = (iface: string, camel: string): boolean => {
      // names that clash with the generated class's own members get an `Attribute` suffix
      const p = struct(iface)?.properties?.find((x) => x.name === camel || x.name === `${camel}Attribute`);
      if (!p) throw new Error(`${pkg}: ${iface}.${camel} not in the jsii assembly`);
      return !!p.optional;
    };
    const mainClass = js.match(/\nclass (\w+) extends cdktf\.(TerraformResource|TerraformProvider)/)![1];

    const walk = (prefix: string, entries: Entry[], iface: string) => {
      for (const e of entries) {
        const camel = e.value.match(/(?:this\._|struct\.|struct\?\.|struct\.)(\w+)/)?.[1] ?? snakeToCamel(e.name);
        const req = optional(iface, camel) ? 'optional' : 'required';
        const path = `${prefix}.${e.name}`;
        if (e.isBlock) {
          const fn = e.value.match(/(\w+)ToHclTerraform/)![1];
          const prop = struct(iface)!.properties!.find((x) => x.name === camel || x.name === `${camel}Attribute`)!;
          const max1 = !JSON.stringify(prop.type).includes('"collection"');
          // a `struct` is a single nested block (SDKv2's timeouts)
          lines.push(e.type === 'struct' ? `${path}: block single ${req}` : `${path}: block ${e.type}${max1 ? ' max1' : ''} ${req}`);
          walk(path, hclTable(js, js.indexOf(`function ${fn}ToHclTerraform(`)), pascal(fn));
        } else {
          const el = STORAGE[e.storage];
          if (!el) throw new Error(`${pkg}: ${path}: storage class ${e.storage} not understood`);
          lines.push(`${path}: ${e.type === 'simple' ? el : `${e.type}(${el})`} ${req}`);
        }
      }
    };
    const configIface = `${mainClass}Config`;
    // `alias` is Terraform's meta-argument, not the provider's
    walk(type, hclTable(js, js.indexOf('synthesizeHclAttributes() {')).filter((e) => !(type === 'provider' && e.name === 'alias')), configIface);

    // computed-only attributes: getters of the resource class without a setter
    if (type !== 'provider') {
      const cls = js.slice(js.indexOf(`\nclass ${mainClass} extends`));
      const configured = new Set(lines.filter((l) => l.startsWith(`${type}.`)).map((l) => l.split(':')[0].split('.')[1]));
      for (const g of computedGetters(js, cls, `class ${mainClass} extends`)) if (!configured.has(g.name)) lines.push(`${type}.${g.name}: ${g.type} computed`);
    }
  }
  return lines.sort();
}

/** Getters without setters in a class body: `{ name (snake), type }`, complex ones resolved through their classes. */
function computedGetters(js: string, cls: string, header: string): Array<{ name: string; type: string }> {
  const body = cls.slice(0, nextClass(cls, header));
  const out: Array<{ name: string; type: string }> = [];
  for (const m of body.matchAll(/\n\s+get (\w+)\(\) \{\n\s+return ([^\n]+);/g)) {
    const [, camel, expr] = m;
    if (camel === 'internalValue' || camel.endsWith('Input') || new RegExp(`\\n\\s+set ${camel}\\(`).test(body)) continue;
    const simple = expr.match(/(?:cdktf\.Fn\.tolist\()?this\.(get\w+)\('(\w+)'\)/);
    if (simple) {
      let t = GETTER[simple[1]];
      if (!t) throw new Error(`getter ${simple[1]} not understood`);
      if (expr.startsWith('cdktf.Fn.tolist(')) t = t.replace(/^list/, 'set');
      out.push({ name: simple[2], type: t });
      continue;
    }
    const complex = expr.match(/^this\._(\w+)$/);
    if (!complex) throw new Error(`getter ${camel}: ${expr} not understood`);
    const ctor = body.match(new RegExp(`this\\._${complex[1]} = new (\\w+)\\(this, "(\\w+)"(?:, (true|false))?\\)`));
    if (!ctor) continue; // a configurable block, covered by the config side
    const [, klass, snake, wrapsSet] = ctor;
    const ref = klass.replace(/List$/, 'OutputReference');
    const refBody = js.slice(js.indexOf(`\nclass ${ref} extends`));
    const fields = computedGetters(js, refBody, `class ${ref} extends`).map((f) => `${f.name}:${f.type}`).sort().join(',');
    const obj = `object{${fields}}`;
    out.push({ name: snake, type: klass.endsWith('List') ? `${wrapsSet === 'true' ? 'set' : 'list'}(${obj})` : obj });
  }
  return out;
}

function nextClass(cls: string, header: string): number {
  const i = cls.indexOf('\nclass ', cls.indexOf(header) + header.length);
  return i < 0 ? cls.length : i;
}

type TfType = string | [string, TfType] | ['object', Record<string, TfType>];
interface TfBlock {
  attributes?: Record<string, { type: TfType; required?: boolean; optional?: boolean; computed?: boolean }>;
  block_types?: Record<string, { nesting_mode: string; max_items?: number; min_items?: number; block: TfBlock }>;
}

const typeText = (t: TfType): string => {
  if (typeof t === 'string') return t;
  if (t[0] === 'object') return `object{${Object.entries(t[1] as Record<string, TfType>).map(([k, v]) => `${k}:${typeText(v)}`).sort().join(',')}}`;
  return `${t[0]}(${typeText(t[1] as TfType)})`;
};

/** `terraform providers schema -json`: what each provider offers (a provider without any of a kind may leave its key out) */
export interface TfSchemas {
  provider_schemas: Record<
    string,
    {
      provider: { block: TfBlock };
      resource_schemas: Record<string, { block: TfBlock }>;
      data_source_schemas?: Record<string, { block: TfBlock }>;
      ephemeral_resource_schemas?: Record<string, { block: TfBlock }>;
      functions?: Record<string, unknown>;
    }
  >;
}

/** The same lines from `terraform providers schema -json`, for one provider source address. */
export function terraformSchema(json: TfSchemas, source: string, resources: string[]): string[] {
  const p = json.provider_schemas[source];
  if (!p) throw new Error(`${source} is not in the schema output (providers: ${Object.keys(json.provider_schemas).join(', ')})`);
  const lines: string[] = [];
  const walk = (prefix: string, b: TfBlock, nested: boolean) => {
    for (const [name, a] of Object.entries(b.attributes ?? {})) {
      const how = a.required ? 'required' : a.optional ? 'optional' : 'computed';
      // nested computed-only attributes of configurable blocks are not in the bindings' config tables
      if (nested && how === 'computed') continue;
      lines.push(`${prefix}.${name}: ${typeText(a.type)} ${how}`);
    }
    for (const [name, t] of Object.entries(b.block_types ?? {})) {
      lines.push(`${prefix}.${name}: block ${t.nesting_mode}${t.max_items === 1 && t.nesting_mode !== 'single' ? ' max1' : ''} ${(t.min_items ?? 0) > 0 ? 'required' : 'optional'}`);
      walk(`${prefix}.${name}`, t.block, true);
    }
  };
  walk('provider', p.provider.block, false);
  for (const r of resources) {
    const s = p.resource_schemas[r];
    if (!s) throw new Error(`${source} has no resource ${r}`);
    walk(r, s.block, false);
  }
  return lines.sort();
}
