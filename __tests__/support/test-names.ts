import { readFileSync } from 'fs';
import { basename } from 'path';
import * as ts from 'typescript';

/**
 * The tests a test file declares, read statically (the TypeScript compiler's parser; nothing is run):
 * each `describe`/`it`/`test` call, with `.each` and `.concurrent`, nested as jest nests them, so a
 * test's full name is what jest reports — its describe titles and its own, joined by spaces. Parts of a
 * title only known when the test runs (a template literal's `${…}`, a `.each` table's `%s` or `$name`,
 * a title that is not a literal at all) are wildcards. Skipped and to-do tests (`.skip`, `.todo`,
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

/** `%s`, `%i`, `%#` … and `$name` of a `.each` title are filled in when it runs. */
function eachPlaceholders(text: string): (string | null)[] {
  const parts: (string | null)[] = [];
  let last = 0;
  for (const m of text.matchAll(/%[sdifjoOp#%]|\$[A-Za-z_][\w.]*/g)) {
    if (m[0] === '%%') continue;
    parts.push(text.slice(last, m.index), null);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function titleOf(arg: ts.Expression | undefined, each: boolean): (string | null)[] {
  if (!arg) return [null];
  const lit = (s: string) => (each ? eachPlaceholders(s) : [s]);
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return lit(arg.text);
  if (ts.isTemplateExpression(arg)) return [...lit(arg.head.text), ...arg.templateSpans.flatMap((s) => [null, ...lit(s.literal.text)])];
  return [null];
}


/** Every test of a test file's source text, by full name. */
export function testNamesOf(source: string, fileName = 'test.ts'): TestName[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: TestName[] = [];
  const visit = (node: ts.Node, prefix: (string | null)[]): void => {
    if (ts.isCallExpression(node)) {
      const kind = kindOf(node.expression);
      if (kind) {
        const name = [...prefix, ...(prefix.length ? [' '] : []), ...titleOf(node.arguments[0], ts.isCallExpression(node.expression))];
        if (kind === 'test') out.push(name);
        for (const a of node.arguments.slice(1)) visit(a, name);
        return;
      }
    }
    ts.forEachChild(node, (c) => visit(c, prefix));
  };
  visit(sf, []);
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
