import { allExamples, DOC_EXAMPLES, docFiles, extractExamples } from '../../support/doc-examples';

/**
 * Every command example of the documents is run by the e2e suite (__tests__/e2e/docs/examples.test.ts,
 * from the registry in __tests__/support/doc-examples.ts) or marked in the text as not run here, with
 * the reason. A new example that is neither fails here.
 */
describe('command examples of README.md, docs/ and config/README.md', () => {
  const examples = allExamples();
  const registered = new Set(DOC_EXAMPLES.map((e) => e.example));

  it('finds the examples of every document', () => {
    expect(docFiles()).toEqual(expect.arrayContaining(['README.md', 'docs/IMPLEMENTATION_GUIDE.md', 'docs/CDC_DATA_MASKING_STRATEGY.md', 'docs/DATA_MAPPING_REFERENCE.md', 'config/README.md']));
    const commands = examples.map((e) => e.command);
    expect(commands).toEqual(expect.arrayContaining(['npm run up', 'npx smart-cdc status local', 'npx smart-cdc preflight <env>', 'scripts/local-runtime.sh status']));
  });

  it('each example is executed by the e2e suite or marked as not run here, with a reason', () => {
    const unaccounted = examples.filter((e) => !e.notRun && !registered.has(e.command)).map((e) => `${e.file}:${e.line}: ${e.command}`);
    expect(unaccounted).toEqual([]);
    for (const e of examples.filter((x) => x.notRun)) expect(e.notRun!.length).toBeGreaterThan(5);
  });

  it('every registry entry is still an unmarked example of some document', () => {
    const present = new Set(examples.filter((e) => !e.notRun).map((e) => e.command));
    expect(DOC_EXAMPLES.map((e) => e.example).filter((c) => !present.has(c))).toEqual([]);
    expect(new Set(DOC_EXAMPLES.map((e) => e.example)).size).toBe(DOC_EXAMPLES.length);
  });

  it('runs each registered example against local, never another environment', () => {
    for (const e of DOC_EXAMPLES) {
      const run = e.run ?? e.example;
      expect(run).not.toMatch(/<[a-z.]+>|…|\s(dev|staging|prod)(\s|$)|localhost:8083/);
      expect(run).not.toMatch(/\b(deploy|destroy|bootstrap|bench|test:)/);
    }
  });

  describe('extraction', () => {
    const doc = [
      'Run `npm run docs:check` and `npx smart-cdc status local`<!-- not run here: a reason given -->.',
      'A file: `scripts/local-runtime.sh`, a script with an argument: `scripts/local-runtime.sh up`.',
      '<!-- not run here: the whole block -->',
      '```sh',
      'npm ci',
      'npx cdktf diff prod   # needs prod',
      '```',
      '```bash',
      'jq .config x.json \\',
      '| curl -X PUT --data @- https://x   # put it (not run here: needs x)',
      'npm run docs   # regenerate',
      '```',
      '```',
      'ERROR: not a command',
      '```',
      '<!-- Generated: run `npm run docs`. -->',
    ].join('\n');
    const found = extractExamples('X.md', doc);

    it('takes commands from shell blocks and inline code, joins continued lines and drops comments', () => {
      expect(found.map((e) => [e.line, e.where, e.command])).toEqual([
        [1, 'inline', 'npm run docs:check'],
        [1, 'inline', 'npx smart-cdc status local'],
        [2, 'inline', 'scripts/local-runtime.sh up'],
        [5, 'block', 'npm ci'],
        [6, 'block', 'npx cdktf diff prod'],
        [9, 'block', 'jq .config x.json | curl -X PUT --data @- https://x'],
        [11, 'block', 'npm run docs'],
      ]);
    });

    it('reads the markers: after an inline command, before a block, at the end of a block line', () => {
      const reason = (cmd: string) => found.find((e) => e.command === cmd)?.notRun;
      expect(reason('npm run docs:check')).toBeUndefined();
      expect(reason('npx smart-cdc status local')).toBe('a reason given');
      expect(reason('npm ci')).toBe('the whole block');
      expect(reason('npx cdktf diff prod')).toBe('the whole block');
      expect(reason('jq .config x.json | curl -X PUT --data @- https://x')).toBe('needs x');
      expect(reason('npm run docs')).toBeUndefined();
    });
  });
});
