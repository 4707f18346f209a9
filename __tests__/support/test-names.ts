import { readFileSync } from 'fs';
import { basename } from 'path';
import * as ts from 'typescript';

/**
 * The tests a test file declares, read statically (the TypeScript compiler's parser; nothing is run):
 * each `describe`/`it`/`test` call, with `.each` and `.concurrent`, nested as jest nests them, so a
 * test's full name is what jest reports — its describe titles and its own, joined by spaces. Parts of a
 * title only known when the test runs (a template literal's `${…}`, a `.each` placeholder whose table is
 * not written as literals, a title that is not a literal at all) are wildcards; a `.each` table of
 * literal rows gives one name per row, its values put in as jest formats them. Skipped and to-do tests (`.skip`, `.todo`,
 * `xit`, `xdescribe`) are left out: they prove nothing.
 */

/** A test's full name: literal text and wildcards (null). */
export type TestName = readonly (string | null)[];

const SUITE = new Set(['describe', 'fdescribe']);
const TEST = new Set(['it', 'test', 'fit']);
const SKIPPED = new Set(['xdescribe', 'xit', 'xtest']);
const MODIFIERS = new Set(['each', 'concurrent', 'only', 'failing']);
const NOT_RUN = new Set(['skip', 'todo']);

/** `describe`, `it.each([...])`, `test.concurrent.each` …: the kind of call, or undefined. */
function kindOf(callee: ts.Expression): 'suite' | 'test' | undefined {
  let e = callee;
  // `it.each(table)` is called with the title: look through the inner call
  if (ts.isCallExpression(e)) e = e.expression;
  const names: string[] = [];
  while (ts.isPropertyAccessExpression(e)) {
    names.unshift(e.name.text);
    e = e.expression;
  }
  if (!ts.isIdentifier(e)) return undefined;
  const root = e.text;
  if (SKIPPED.has(root) || names.some((n) => NOT_RUN.has(n))) return undefined;
  if (!names.every((n) => MODIFIERS.has(n))) return undefined;
  // `it.each(table)` needs its title call; an `each` without it is the table, not a test
  if (ts.isCallExpression(callee) !== names.includes('each')) return undefined;
  if (SUITE.has(root)) return 'suite';
  if (TEST.has(root)) return 'test';
  return undefined;
}

/** A placeholder of a `.each` title: `%s`, `%i`, `%#` …, or `$name`. */
interface Placeholder {
  readonly ph: string;
}
type Part = string | null | Placeholder;
type Value = string | number | boolean | null;

function eachPlaceholders(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(/%[sdifjoOp#%]|\$[A-Za-z_][\w.]*/g)) {
    if (m[0] === '%%') continue;
    parts.push(text.slice(last, m.index), { ph: m[0] });
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function titleOf(arg: ts.Expression | undefined, each: boolean, consts: ReadonlyMap<string, ts.Expression>): Part[] {
  if (!arg) return [null];
  const lit = (s: string) => (each ? eachPlaceholders(s) : [s]);
  // `${NAME}` of a constant of the same file holding a literal: its value
  const span = (e: ts.Expression): string | null => {
    const v = ts.isIdentifier(e) && consts.has(e.text) ? literalValue(consts.get(e.text)!) : undefined;
    return v === undefined ? null : String(v);
  };
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return lit(arg.text);
  if (ts.isTemplateExpression(arg)) return [...lit(arg.head.text), ...arg.templateSpans.flatMap((s) => [span(s.expression), ...lit(s.literal.text)])];
  return [null];
}

const unwrap = (e: ts.Expression): ts.Expression => (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) ? unwrap(e.expression) : e);

function literalValue(node: ts.Expression): Value | undefined {
  const e = unwrap(node);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (e.kind === ts.SyntaxKind.NullKeyword) return null;
  return undefined;
}

/**
 * The rows of a `.each` table written out (each row its arguments; a value that is not a literal is
 * undefined); undefined when the rows themselves are not written out.
 */
function literalRows(table: ts.Expression | undefined, consts: ReadonlyMap<string, ts.Expression>): (Value | undefined)[][] | undefined {
  if (!table) return undefined;
  let t = unwrap(table);
  // a table named by a constant of the same file: its value
  if (ts.isIdentifier(t) && consts.has(t.text)) t = unwrap(consts.get(t.text)!);
  if (!ts.isArrayLiteralExpression(t)) return undefined;
  const rows: (Value | undefined)[][] = [];
  for (const element of t.elements) {
    const e = unwrap(element);
    if (ts.isArrayLiteralExpression(e)) {
      if (e.elements.some(ts.isSpreadElement)) return undefined;
      rows.push(e.elements.map(literalValue));
    } else {
      const v = literalValue(e);
      if (v === undefined) return undefined;
      rows.push([v]);
    }
  }
  return rows;
}

/** A title with a table row's values put in, as jest formats them; what this cannot tell stays a wildcard. */
function fill(title: readonly Part[], row: readonly (Value | undefined)[] | undefined, index: number): (string | null)[] {
  let next = 0;
  return title.map((p) => {
    if (p === null || typeof p === 'string') return p;
    if (!row) return null;
    if (p.ph === '%#') return String(index);
    if (p.ph.startsWith('$')) return null;
    const v = row[next++];
    if (v === undefined) return null;
    if (p.ph === '%s') return String(v);
    if ((p.ph === '%d' || p.ph === '%i') && typeof v === 'number') return String(p.ph === '%i' ? Math.trunc(v) : v);
    if (p.ph === '%p' || p.ph === '%j') return JSON.stringify(v);
    return null;
  });
}

/** The titles of one describe/it/test call: one per row of a `.each` table written as literals. */
function titlesOf(call: ts.CallExpression, consts: ReadonlyMap<string, ts.Expression>): (string | null)[][] {
  const each = ts.isCallExpression(call.expression);
  const title = titleOf(call.arguments[0], each, consts);
  if (!each) return [fill(title, undefined, 0)];
  const rows = literalRows((call.expression as ts.CallExpression).arguments[0], consts);
  return rows ? rows.map((r, i) => fill(title, r, i)) : [fill(title, undefined, 0)];
}

/** Every test of a test file's source text, by full name. */
export function testNamesOf(source: string, fileName = 'test.ts'): TestName[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: TestName[] = [];
  // `const NAME = …` declared once in the file, by name
  const declared = new Map<string, ts.Expression | null>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const)
      declared.set(node.name.text, declared.has(node.name.text) || !node.initializer ? null : node.initializer);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const consts = new Map([...declared].filter((e): e is [string, ts.Expression] => e[1] !== null));
  const visit = (node: ts.Node, prefixes: (string | null)[][]): void => {
    if (ts.isCallExpression(node)) {
      const kind = kindOf(node.expression);
      if (kind) {
        const names = prefixes.flatMap((prefix) => titlesOf(node, consts).map((t) => [...prefix, ...(prefix.length ? [' '] : []), ...t]));
        if (kind === 'test') out.push(...names);
        for (const a of node.arguments.slice(1)) visit(a, names);
        return;
      }
    }
    ts.forEachChild(node, (c) => visit(c, prefixes));
  };
  visit(sf, [[]]);
  return out.map(merge);
}

/** Adjacent literals joined, adjacent wildcards collapsed. */
function merge(name: readonly (string | null)[]): TestName {
  const out: (string | null)[] = [];
  for (const p of name) {
    const last = out[out.length - 1];
    if (p === null) {
      if (last !== null || !out.length) out.push(null);
    } else if (p === '') continue;
    else if (typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  return out;
}

/** The name as a reader sees it: wildcards as `…`. */
export const showName = (name: TestName) => name.map((p) => (p === null ? '…' : p)).join('');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a name a document gives matches a declared test: literally, where the declaration has
 * literal text; a wildcard of the declaration matches anything. `…` in the given name stands for a
 * part the test computes when it runs (a seed), so it may only meet a wildcard.
 */
export function matchesName(declared: TestName, given: string): boolean {
  return new RegExp(`^${declared.map((p) => (p === null ? '[\\s\\S]*' : escape(p))).join('')}$`).test(given);
}

/** JUnit (connect-plugin, governance/ranger-engine): `Class#method`, a method annotated as a test in `Class.java`. */
export function junitHasTest(source: string, file: string, test: string): boolean {
  const [cls, method] = test.split('#');
  if (!method || basename(file) !== `${cls}.java`) return false;
  return new RegExp(`@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b[^;{}]*?\\s${escape(method)}\\s*\\(`).test(source);
}

/** Whether `file` (a path) declares a test named `test`: jest files by full name, JUnit files by `Class#method`. */
export function declaresTest(path: string, test: string): boolean {
  const source = readFileSync(path, 'utf8');
  if (path.endsWith('.java')) return junitHasTest(source, path, test);
  return testNamesOf(source, path).some((n) => matchesName(n, test));
}
