#!/usr/bin/env node
/**
 * Writes ../schema_gen.go: the schemas of kreuzwerker/docker 3.6.2 (provider block, docker_container,
 * docker_image, docker_network, docker_volume) as recovered from the cdktf bindings generated from that
 * very provider version, so the substitute's schema cannot drift from the real one by hand.
 *
 *   cd /tmp && npm pack @cdktf/provider-docker@12.0.3 && tar xzf cdktf-provider-docker-12.0.3.tgz
 *   node runtime/terraform-providers/docker/internal/spec/gen/generate.js /tmp/package   # needs gofmt
 *
 * What the bindings tell: names, types, list/set/map, blocks and their nesting, required (the jsii
 * struct property is not optional), computed-only (a getter without setter) and max-one blocks (a
 * single struct instead of an array). What they cannot tell is whether an optional attribute is also
 * computed: OPTIONAL_COMPUTED below says so, from the real provider's documented behaviour.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const pkg = process.argv[2];
if (!pkg || !fs.existsSync(path.join(pkg, '.jsii'))) {
  console.error('usage: generate.js <unpacked @cdktf/provider-docker@12.0.3 package dir (with .jsii)>');
  process.exit(2);
}
const jsii = JSON.parse(fs.readFileSync(path.join(pkg, '.jsii'), 'utf8'));
if (jsii.version !== '12.0.3') throw new Error(`expected @cdktf/provider-docker 12.0.3, got ${jsii.version}`);

/** name → [module dir, config struct, class] */
const TARGETS = {
  provider: ['provider', 'DockerProviderConfig', 'DockerProvider'],
  docker_container: ['container', 'ContainerConfig', 'Container'],
  docker_image: ['image', 'ImageConfig', 'Image'],
  docker_network: ['network', 'NetworkConfig', 'Network'],
  docker_volume: ['volume', 'VolumeConfig', 'Volume'],
};

/** Optional attributes the real provider also computes (read back from the engine when not set). */
const OPTIONAL_COMPUTED = {
  docker_container: ['id', 'command', 'entrypoint', 'user', 'hostname', 'working_dir', 'ipc_mode', 'log_driver', 'runtime', 'security_opts', 'shm_size', 'stop_signal', 'stop_timeout', 'init', 'network_mode', 'ports.external'],
  docker_image: [],
  docker_network: ['id', 'driver', 'options', 'scope'],
  docker_volume: ['id', 'name', 'driver'],
  provider: [],
};

/** cdktf-only provider arguments that are Terraform meta-arguments, not provider schema */
const META = new Set(['alias']);

const sources = {};
const src = (dir) => (sources[dir] ??= fs.readFileSync(path.join(pkg, 'lib', dir, 'index.js'), 'utf8'));
const struct = (name) => jsii.types[`@cdktf/provider-docker.${name}`];

/** Text of `class Name ...` up to its `exports.Name = Name;`. */
function classBody(dir, name) {
  const s = src(dir);
  const start = s.indexOf(`class ${name} extends`);
  if (start < 0) return '';
  return s.slice(start, s.indexOf(`exports.${name} = ${name};`, start));
}

/** The `attrs` object entries of a ToHclTerraform function or of synthesizeHclAttributes. */
function hclEntries(body) {
  const re = /(\w+): \{\s*value: ([^\n]+),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/g;
  const out = [];
  for (const m of body.matchAll(re)) {
    const [, snake, value, isBlock, type, storage] = m;
    const camel = (value.match(/(?:struct\.|this\._)(\w+)/) || [])[1];
    const fn = isBlock === 'true' ? value.match(/\b(\w+)ToHclTerraform\b/)[1] : undefined;
    out.push({ snake, camel, isBlock: isBlock === 'true', type, storage, fn, single: fn !== undefined && value.startsWith(`${fn}ToHclTerraform(`) });
  }
  return out;
}

function hclFunction(dir, fn) {
  const s = src(dir);
  const start = s.indexOf(`function ${fn}ToHclTerraform(struct)`);
  if (start < 0) throw new Error(`${fn}ToHclTerraform not found`);
  return s.slice(start, s.indexOf('\n}\n', start));
}

const SIMPLE = { string: 'types.StringType', number: 'types.Int64Type', boolean: 'types.BoolType' };
function goType(type, storage) {
  if (type === 'simple') return SIMPLE[storage];
  const elem = { stringList: 'types.StringType', numberList: 'types.Int64Type', booleanList: 'types.BoolType', stringMap: 'types.StringType', numberMap: 'types.Int64Type', booleanMap: 'types.BoolType' }[storage];
  if (!elem) throw new Error(`unknown storage class ${storage}`);
  return `types.${{ list: 'List', set: 'Set', map: 'Map' }[type]}Type{ElemType: ${elem}}`;
}

/** Computed-only attributes of a class: getters without a setter (types from the getter). */
function computedOnly(dir, cls, known) {
  const body = classBody(dir, cls);
  const setters = new Set([...body.matchAll(/\n {4}set (\w+)\(/g)].map((m) => m[1]));
  const out = [];
  for (const m of body.matchAll(/\n {4}get (\w+)\(\) \{\n\s*return ([^\n]+);\n/g)) {
    const [, camel, expr] = m;
    if (setters.has(camel) || camel.endsWith('Input') || camel === 'internalValue') continue;
    const attr = expr.match(/this\.get(\w+)Attribute\('(\w+)'\)/);
    if (attr) {
      const [, kind, snake] = attr;
      if (known.has(snake)) continue;
      const t = {
        String: 'types.StringType', Number: 'types.Int64Type', Boolean: 'types.BoolType',
        List: expr.startsWith('cdktf.Fn.tolist') ? 'types.SetType{ElemType: types.StringType}' : 'types.ListType{ElemType: types.StringType}',
        NumberList: 'types.ListType{ElemType: types.Int64Type}', StringMap: 'types.MapType{ElemType: types.StringType}',
        NumberMap: 'types.MapType{ElemType: types.Int64Type}', BooleanMap: 'types.MapType{ElemType: types.BoolType}',
      }[kind];
      if (!t) throw new Error(`${cls}.${camel}: unknown getter kind ${kind}`);
      out.push({ snake, type: t });
      continue;
    }
    const field = expr.match(/^this\._(\w+)$/);
    if (!field) throw new Error(`${cls}.${camel}: unrecognised getter ${expr}`);
    const init = body.match(new RegExp(`this\\._${field[1]} = new (\\w+)\\(this, "(\\w+)"(?:, (true|false))?\\)`));
    if (!init) throw new Error(`${cls}.${camel}: no initialiser`);
    const [, ctor, snake, wrapsSet] = init;
    if (known.has(snake)) continue;
    const base = ctor.replace(/(List|OutputReference)$/, '');
    const obj = `types.ObjectType{AttrTypes: map[string]attr.Type{${computedOnly(dir, `${base}OutputReference`, new Set()).map((a) => `${JSON.stringify(a.snake)}: ${a.type}`).join(', ')}}}`;
    out.push({ snake, type: ctor.endsWith('List') ? `types.${wrapsSet === 'true' ? 'Set' : 'List'}Type{ElemType: ${obj}}` : obj });
  }
  return out;
}

function description(prop) {
  const s = (prop?.docs?.summary ?? '').replace(/\s+/g, ' ').trim();
  // the binding's placeholder where the provider gives no description
  return s.startsWith('Docs at Terraform Registry') ? '' : s;
}

/** Go literal of a Block for a struct (config interface name) whose attrs are `entries`. */
function block(dir, structName, cls, entries, prefix, oc, indent) {
  const props = Object.fromEntries((struct(`${dir}.${structName}`)?.properties ?? []).map((p) => [p.name, p]));
  const pad = ' '.repeat(indent);
  const attrs = [];
  const blocks = [];
  for (const e of entries) {
    if (META.has(e.snake)) continue;
    // a property renamed in the binding (image `build` → `buildAttribute`) is found by its constructor assignment
    const renamed = classBody(dir, cls).match(new RegExp(`this\\._${e.camel}(?:\\.internalValue)? = config\\.(\\w+);`));
    const prop = props[e.camel] ?? (renamed && props[renamed[1]]);
    if (!prop) throw new Error(`${structName}.${e.camel}: not in .jsii`);
    const required = !prop.optional;
    const full = prefix + e.snake;
    if (e.isBlock) {
      const nestedStruct = e.fn[0].toUpperCase() + e.fn.slice(1);
      const nesting = e.type === 'struct' ? 'NestingSingle' : e.type === 'set' ? 'NestingSet' : 'NestingList';
      const inner = block(dir, nestedStruct, `${nestedStruct}OutputReference`, hclEntries(hclFunction(dir, e.fn)), `${full}.`, oc, indent + 2);
      blocks.push(`${pad}{Name: ${JSON.stringify(e.snake)}, Nesting: ${nesting}, MinItems: ${required && e.type !== 'struct' ? 1 : 0}, MaxItems: ${e.single && e.type !== 'struct' ? 1 : 0}, Description: ${JSON.stringify(description(prop))}, Block: ${inner}},`);
    } else {
      const computed = oc.has(full);
      attrs.push(`${pad}{Name: ${JSON.stringify(e.snake)}, Type: ${goType(e.type, e.storage)}, Required: ${required}, Optional: ${!required}, Computed: ${computed}, Description: ${JSON.stringify(description(prop))}},`);
    }
  }
  for (const c of computedOnly(dir, cls, new Set(entries.map((e) => e.snake)))) {
    attrs.push(`${pad}{Name: ${JSON.stringify(c.snake)}, Type: ${c.type}, Computed: true},`);
  }
  const close = ' '.repeat(indent - 2);
  return `Block{\n${pad.slice(1)}Attributes: []Attribute{\n${attrs.map((a) => ' ' + a).join('\n')}\n${pad.slice(1)}},\n${pad.slice(1)}Blocks: []NestedBlock{\n${blocks.map((b) => ' ' + b).join('\n')}\n${pad.slice(1)}},\n${close}}`;
}

let out = `// Code generated by gen/generate.js from @cdktf/provider-docker@12.0.3 (kreuzwerker/docker 3.6.2); DO NOT EDIT.

package spec

import (
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

var _ attr.Type = types.StringType

`;
for (const [name, [dir, config, cls]] of Object.entries(TARGETS)) {
  const body = classBody(dir, cls);
  const synth = body.slice(body.indexOf('synthesizeHclAttributes()'));
  const entries = hclEntries(synth);
  const goName = name === 'provider' ? 'Provider' : name.replace(/^docker_/, '').replace(/^./, (c) => c.toUpperCase());
  out += `// ${goName} is the schema of ${name === 'provider' ? 'the provider block' : name}.\nvar ${goName} = ${block(dir, config, cls, entries, '', new Set(OPTIONAL_COMPUTED[name]), 2)}\n\n`;
}
const target = path.join(__dirname, '..', 'schema_gen.go');
fs.writeFileSync(target, out);
require('child_process').execFileSync('gofmt', ['-w', target]);
console.log(`wrote ${target}`);
