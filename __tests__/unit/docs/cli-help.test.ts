import { readFileSync } from 'fs';
import { join } from 'path';
import { COMMANDS } from '../../../scripts/ops/commands';
import { parseArgs } from '../../../scripts/ops/program';

/**
 * The README's command table ("Operations CLI") against the help the CLI prints (`npx smart-cdc <command>
 * --help`, which bin/smart-cdc.js answers from scripts/ops/program.ts): the same commands, arguments and
 * flags, the same words for what each does, the same exit codes and health bounds.
 */

const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = README.split('\n## Operations CLI\n')[1].split('\n## ')[0];
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const help = (name: string) => flat(parseArgs([...name.split(' '), '--help']).help!);

interface Row {
  readonly names: string[];
  readonly positionals: string[];
  readonly flags: string[];
  readonly does: string;
}

/** `| \`repair pause\|resume\|stop <env> <flow> [--source]\` | what it does |` → one row per command it names */
const rows: Row[] = section
  .split('\n')
  .filter((l) => /^\| `[a-z]/.test(l))
  .map((l) => {
    const [, usage, does] = /^\| `(.+?)` \| (.*) \|$/.exec(l)!;
    const u = usage.replace(/\\\|/g, '|');
    const head = u.split(/\s[<[]/)[0];
    const words = head.split(' ');
    const names = words[words.length - 1].split('|').map((leaf) => [...words.slice(0, -1), leaf].join(' '));
    return { names, positionals: [...u.matchAll(/<([a-z.]+)>|\[([a-z.]+)\.\.\.\]/g)].map((m) => m[1] ?? m[2]), flags: [...u.matchAll(/(--[a-z-]+)/g)].map((m) => m[1]), does };
  });
const rowOf = (name: string) => rows.find((r) => r.names.includes(name));

/** the words that carry meaning, by their first five letters (so "restarts" meets "restart") */
const stems = (s: string) => new Set((s.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, 5)));

describe("README's command table and the CLI's --help", () => {
  it('has one row for each command of the CLI, and no row for a command it does not have', () => {
    expect(COMMANDS.map((c) => c.name).filter((n) => !rowOf(n))).toEqual([]);
    const known = new Set(COMMANDS.map((c) => c.name));
    expect(rows.flatMap((r) => r.names).filter((n) => !known.has(n))).toEqual([]);
    // the commands the top-level and repair help list are those of the table
    const top = help('');
    for (const n of new Set(COMMANDS.map((c) => c.name.split(' ')[0]))) expect(top).toMatch(new RegExp(` ${n} (\\[options\\] )?(<env>|\\[action\\])`));
    const repair = help('repair');
    for (const c of COMMANDS.filter((x) => x.name.startsWith('repair '))) expect(repair).toContain(` ${c.name.slice('repair '.length)} [options] `);
  });

  it('gives each command the arguments of its usage line and only flags it has', () => {
    for (const c of COMMANDS) {
      const row = rowOf(c.name)!;
      const h = help(c.name);
      const usage = new RegExp(`Usage: smart-cdc ${c.name} \\[options\\] ${c.positionals.map((p) => (p.variadic ? `\\[${p.name}\\.\\.\\.\\]` : `<${p.name}>`)).join(' ')}`);
      expect({ command: c.name, help: h }).toEqual({ command: c.name, help: expect.stringMatching(usage) });
      expect({ command: c.name, positionals: row.positionals }).toEqual({ command: c.name, positionals: c.positionals.map((p) => p.name) });
      for (const f of row.flags) expect({ command: c.name, flag: f, inHelp: h.includes(` ${f} `) || h.includes(` ${f}[`) || h.includes(` ${f},`) }).toEqual({ command: c.name, flag: f, inHelp: true });
    }
  });

  it('says what each command does in the words of its help', () => {
    for (const c of COMMANDS) {
      const summary = stems(c.summary.replace(/\(--source:[^)]*\)/, ''));
      const row = stems(rowOf(c.name)!.does + ' ' + rowOf(c.name)!.names.join(' '));
      const shared = [...summary].filter((w) => row.has(w));
      // at least half of the help's meaningful words are in the row
      expect({ command: c.name, shared: shared.length >= summary.size / 2 }).toEqual({ command: c.name, shared: true });
    }
  });

  it('states the exit codes and the health bounds the CLI uses', () => {
    expect(help('')).toContain('Exit codes: 0 ok/healthy/equal, 1 failed/degraded/different, 2 down (status) or could not verify (verify), 64 bad command line or configuration.');
    expect(section).toContain('Exit codes: `0` ok/healthy/equal · `1` failed/degraded/different · `2` down (`status`, `bootstrap`), could not verify (`verify`) · `64` bad command\nline or configuration');
    const status = COMMANDS.find((c) => c.name === 'status')!;
    const bounds = [...flat(section).matchAll(/\(`(--max-[a-z-]+)`, ([^)]+)\)/g)].map((m) => [m[1], m[2]]);
    expect(bounds.map(([f]) => f).sort()).toEqual(status.flags.filter((f) => f.name.startsWith('max-')).map((f) => `--${f.name}`).sort());
    for (const [flag, value] of bounds) {
      const spec = status.flags.find((f) => `--${f.name}` === flag)!;
      expect({ flag, readme: value.replace(/ s$/, '') }).toEqual({ flag, readme: /\(default ([^)]+)\)/.exec(spec.description)![1] });
      expect(spec.parse ? spec.parse(value.replace(/ s$/, ''), flag) : value).toEqual(spec.default);
    }
  });
});
