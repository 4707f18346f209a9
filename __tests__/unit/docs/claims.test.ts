import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { claimAnchor, CLAIMS, PROMISES } from '../../../scripts/docs/claims';
import { ROOT } from '../../../scripts/docs/generate';
import { declaresTest, junitHasTest, matchesName, showName, testNamesOf } from '../../support/test-names';

/**
 * What the README says the tests prove names the tests that prove it (scripts/docs/claims.ts), and
 * each named test exists: read from its file (jest: by full name, statically; JUnit: `Class#method`).
 * A claim that names no test fails unless it is marked unproven, which the README shows; a rule of the
 * promises table without a proven claim fails; a README paragraph that says something is proven without
 * linking the claim that names its test fails.
 */

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** README without its generated regions: what is written by hand. */
const handWritten = readme.replace(/^<!-- generated: [A-Za-z]+(?::[A-Za-z0-9_.,-]+)? -->\n[\s\S]*?^<!-- end generated -->$/gm, '<!-- generated region -->');
const proven = new Set(CLAIMS.filter((c) => !c.unproven).map((c) => c.id));

describe('the claims of the README, each with the tests that prove it', () => {
  it.each(CLAIMS.filter((c) => !c.unproven).map((c) => [c.id, c] as const))('%s: every named test exists in its file', (_, c) => {
    expect(c.proof.length).toBeGreaterThan(0);
    for (const p of c.proof) {
      expect({ file: p.file, exists: existsSync(join(ROOT, p.file)) }).toEqual({ file: p.file, exists: true });
      expect({ ...p, declared: declaresTest(join(ROOT, p.file), p.test) }).toEqual({ ...p, declared: true });
    }
  });

  it('a claim names a test, or is marked unproven with the reason (and then names none)', () => {
    for (const c of CLAIMS) {
      if (c.unproven) expect({ id: c.id, proof: c.proof, reason: c.unproven.length > 20 }).toEqual({ id: c.id, proof: [], reason: true });
      else expect({ id: c.id, tests: c.proof.length > 0 }).toEqual({ id: c.id, tests: true });
    }
    expect(new Set(CLAIMS.map((c) => c.id)).size).toBe(CLAIMS.length);
    for (const c of CLAIMS) expect(c.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('every rule of the promises table has a proven claim, and names only claims that exist', () => {
    for (const p of PROMISES) {
      for (const id of p.claims) expect({ rule: p.rule, id, exists: CLAIMS.some((c) => c.id === id) }).toEqual({ rule: p.rule, id, exists: true });
      expect({ rule: p.rule, proven: p.claims.filter((id) => proven.has(id)).length > 0 }).toEqual({ rule: p.rule, proven: true });
    }
  });

  it('the README shows every claim, and each row of its promises table links a proven claim', () => {
    for (const c of CLAIMS) expect(readme).toContain(`<a id="${claimAnchor(c.id)}"></a>`);
    const section = readme.slice(readme.indexOf('## How the pipeline keeps its promises'), readme.indexOf('\n## ', readme.indexOf('## How the pipeline keeps its promises') + 1));
    const rows = section.split('\n').filter((l) => /^\| \*\*/.test(l));
    expect(rows.map((r) => /^\| (\*\*[^*]+\*\*)/.exec(r)![1])).toEqual(PROMISES.map((p) => /^\*\*[^*]+\*\*/.exec(p.rule)![0]));
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1);
      const linked = [...cells[cells.length - 1].matchAll(/\]\(#claim-([a-z0-9-]+)\)/g)].map((m) => m[1]);
      expect({ rule: cells[0].trim(), provenClaims: linked.filter((id) => proven.has(id)).length > 0 }).toEqual({ rule: cells[0].trim(), provenClaims: true });
    }
  });

  it('every link to a claim in the README finds it', () => {
    const ids = new Set(CLAIMS.map((c) => c.id));
    for (const m of readme.matchAll(/\]\(#claim-([a-z0-9-]+)\)/g)) expect({ link: m[1], exists: ids.has(m[1]) }).toEqual({ link: m[1], exists: true });
  });

  it('a hand-written README paragraph that says what is proven links the claims that name its tests', () => {
    const paragraphs = handWritten.split(/\n\s*\n/);
    const unlinked = paragraphs
      .map((text, i) => ({ text, next: paragraphs[i + 1] ?? '' }))
      // a paragraph that leads into the generated table of claims refers to it
      .filter(({ text, next }) => /\bprov(e|en|es)\b/i.test(text) && !/\]\(#claim-[a-z0-9-]+\)/.test(text) && !(next.startsWith('<!-- generated region -->') && /the table below/.test(text)))
      .map(({ text }) => text.slice(0, 160));
    expect(unlinked).toEqual([]);
  });
});

describe('reading the tests a file declares', () => {
  const source = [
    'const SKEW = 30;',
    "const SIDES = ['left', 'right'] as const;",
    "describe('outer', () => {",
    "  it('plain', () => {});",
    '  it(`template ${x} end`, () => {});',
    '  it(`waits ${SKEW} s`, () => {});',
    "  describe.each(['a', 'b'])('inner %s', (v) => {",
    "    it.each([[1, 2], [3, port]])('each %i and %s', () => {});",
    "    test('deep', () => {});",
    '  });',
    "  describe.each(SIDES)('on %s', () => { it('works', () => {}); });",
    "  it.each(rows)('from a table of %s', () => {});",
    "  it.skip('skipped', () => {});",
    "  it.todo('to do');",
    "  xit('x', () => {});",
    "  it.concurrent('concurrent', async () => {});",
    '});',
    "test('top level', () => {});",
    "helper('not a test', () => { it('inside a helper', () => {}); });",
  ].join('\n');
  const names = testNamesOf(source);

  it('joins describe titles and the test title with spaces, one name per row of a table written out; what runs later is a wildcard; skipped tests are left out', () => {
    expect(names.map(showName)).toEqual([
      'outer plain',
      'outer template … end',
      'outer waits 30 s',
      'outer inner a each 1 and 2',
      'outer inner a each 3 and …',
      'outer inner b each 1 and 2',
      'outer inner b each 3 and …',
      'outer inner a deep',
      'outer inner b deep',
      'outer on left works',
      'outer on right works',
      'outer from a table of …',
      'outer concurrent',
      'top level',
      'inside a helper',
    ]);
  });

  it('matches a full name exactly where the title is literal, anything at a wildcard', () => {
    const has = (given: string) => names.some((n) => matchesName(n, given));
    expect(has('outer plain')).toBe(true);
    expect(has('outer plain ')).toBe(false);
    expect(has('plain')).toBe(false);
    expect(has('outer template 42 end')).toBe(true);
    expect(has('outer template … end')).toBe(true);
    expect(has('outer waits 31 s')).toBe(false);
    expect(has('outer inner b deep')).toBe(true);
    expect(has('outer inner c deep')).toBe(false);
    expect(has('outer inner b each 1 and 2')).toBe(true);
    expect(has('outer inner b each 3 and 8080')).toBe(true);
    expect(has('outer on middle works')).toBe(false);
    expect(has('outer skipped')).toBe(false);
    expect(has('outer to do')).toBe(false);
  });

  it('finds a JUnit test by Class#method, annotated as a test, in the file of that class', () => {
    const java = 'class FooTest {\n  @Test\n  void itWorks() {}\n  @TestFactory\n  Stream<DynamicNode> many() {}\n  void helper() {}\n}';
    expect(junitHasTest(java, 'x/FooTest.java', 'FooTest#itWorks')).toBe(true);
    expect(junitHasTest(java, 'x/FooTest.java', 'FooTest#many')).toBe(true);
    expect(junitHasTest(java, 'x/FooTest.java', 'FooTest#helper')).toBe(false);
    expect(junitHasTest(java, 'x/BarTest.java', 'FooTest#itWorks')).toBe(false);
    expect(junitHasTest(java, 'x/FooTest.java', 'itWorks')).toBe(false);
  });
});
