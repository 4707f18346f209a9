/**
 * Every command example of README.md, docs/*.md and config/README.md, and the registry of those the
 * e2e suite runs against the real `local` environment (__tests__/e2e/docs/examples.test.ts).
 *
 * An example is a command line of a fenced `bash`/`sh` block, or an inline code span that is a command
 * (it starts with npx, npm, node, bash, mvn, curl, psql or jq, or is a scripts/….sh with an argument). Each one is either
 * in {@link DOC_EXAMPLES} (executed, its documented outcome asserted) or marked in the text as not run
 * here, with the reason:
 *
 *   <!-- not run here: REASON -->   on the line right before a fence: every command of the block;
 *                                   right after an inline code span: that command
 *   … # … not run here: REASON      a block's line (a visible note in the block)
 *
 * A unit test (__tests__/unit/docs/examples.test.ts) fails on an example that is neither, and on a
 * registry entry no document contains any more.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

export const ROOT = join(__dirname, '..', '..');

/** The documents whose examples are checked, relative to the project root. */
export function docFiles(root: string = ROOT): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);
  return ['README.md', ...docs, 'config/README.md'];
}

export interface Example {
  readonly file: string;
  /** 1-based line of the command (its first line, for a continued command) */
  readonly line: number;
  /** the command as a user types it: continuation lines joined, trailing comment and extra blanks removed */
  readonly command: string;
  readonly where: 'block' | 'inline';
  /** the reason it is not run here, when the text marks it */
  readonly notRun?: string;
}

const MARK = /<!--\s*not run here:\s*([^>]*?)\s*-->/;
const LINE_MARK = /not run here:\s*(.+?)\)?\s*$/;
const SHELL_FENCE = /^```(bash|sh|shell)\s*$/;
/** an inline code span that is a command line: a program and its arguments, or one of the project's shell scripts with an argument */
const INLINE_COMMAND = /^(npx|npm|node|bash|mvn|curl|psql|jq)\s|^scripts\/\S+\.sh\s/;

/** `cmd   # comment` → [cmd, comment]; a `#` inside quotes or a word is not a comment. */
function splitComment(line: string): [string, string] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return [line.slice(0, i), line.slice(i + 1)];
  }
  return [line, ''];
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export function extractExamples(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  const prose: string[] = [];
  let fence: { lang: string; start: number; notRun?: string } | undefined;
  let pending: { line: number; command: string; notRun?: string } | undefined;
  const flush = () => {
    if (pending?.command) out.push({ file, line: pending.line, command: normalise(pending.command), where: 'block', ...(pending.notRun || fence?.notRun ? { notRun: pending.notRun ?? fence!.notRun } : {}) });
    pending = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!fence && /^\s*```/.test(l)) {
      const lang = SHELL_FENCE.exec(l.trim())?.[1] ?? 'other';
      const notRun = MARK.exec(lines[i - 1] ?? '')?.[1];
      fence = { lang, start: i, notRun };
      prose.push('');
      continue;
    }
    if (fence) {
      prose.push('');
      if (/^\s*```\s*$/.test(l)) {
        flush();
        fence = undefined;
        continue;
      }
      if (fence.lang === 'other') continue;
      const [code, comment] = splitComment(l);
      const notRun = LINE_MARK.exec(comment)?.[1]?.trim();
      const continues = pending && (/\\\s*$/.test(pending.command) || /^\s*\|/.test(code));
      if (continues) {
        pending!.command = pending!.command.replace(/\\\s*$/, ' ') + ' ' + code;
        if (notRun) pending!.notRun = notRun;
        continue;
      }
      flush();
      if (code.trim()) pending = { line: i + 1, command: code, notRun };
      continue;
    }
    prose.push(l);
  }
  // inline code spans of the prose (fenced blocks blanked, so offsets keep their lines)
  const raw = prose.join('\n');
  // HTML comments (the generated-file notice, the markers) hold no example: blanked, offsets kept
  const body = raw.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of body.matchAll(/(?<!`)`([^`]+)`(?!`)/g)) {
    const span = normalise(m[1]);
    if (!INLINE_COMMAND.test(span)) continue;
    const line = body.slice(0, m.index).split('\n').length;
    const after = raw.slice(m.index! + m[0].length);
    const notRun = /^\s*<!--/.test(after) ? MARK.exec(after.slice(0, after.indexOf('-->') + 3))?.[1] : undefined;
    out.push({ file, line, command: span, where: 'inline', ...(notRun ? { notRun } : {}) });
  }
  return out.sort((a, b) => a.line - b.line);
}

export function allExamples(root: string = ROOT): Example[] {
  return docFiles(root).flatMap((f) => extractExamples(f, readFileSync(join(root, f), 'utf8')));
}

/** What a run of an example must show. */
export interface Outcome {
  /** the exit code */
  readonly code: number;
  /** patterns stdout must match */
  readonly stdout?: readonly RegExp[];
  /** patterns stdout must not match */
  readonly notStdout?: readonly RegExp[];
}

export interface RunnableExample {
  /** the command exactly as the documents write it (see {@link Example.command}) */
  readonly example: string;
  /**
   * The command line the test runs (through bash, from the project root), when it differs from the
   * example: a placeholder filled in (`<env>` → local), another environment's endpoint replaced by
   * local's.
   */
  readonly run?: string;
  /** what the documents say it does, as asserted */
  readonly expect: Outcome;
  /** retry the command this long until the outcome holds (the pipeline settles after other suites) */
  readonly settleMs?: number;
  /** SQL run on a database before the command (e.g. create the orphaned slot the example drops) */
  readonly before?: { readonly database: 'warehouse' | 'citizen'; readonly sql: string };
  /** SQL whose single row's single column must be true after the command */
  readonly after?: { readonly database: 'warehouse' | 'citizen'; readonly sql: string };
  /** how long one run may take (default 120 s) */
  readonly timeoutMs?: number;
}

/** The first line `status` prints for a healthy environment, and its exit code (README: 0 healthy, 1 degraded, 2 down). */
const HEALTHY: Outcome = { code: 0, stdout: [/^SMART CDC status — environment local, pipeline \S+: HEALTHY \(exit 0\)$/m] };
const USAGE = /^Usage: smart-cdc <command> <env> \[args\] \[flags\]$/m;
const LOCAL_CONNECT = 'http://127.0.0.1:18083';

/**
 * The examples the e2e suite runs against `local` (deployed by its global setup), in this order: the
 * ones that change something first (each undoes itself), then the read-only ones.
 */
export const DOC_EXAMPLES: readonly RunnableExample[] = [
  // README, Operations CLI: an orphaned slot is dropped by name
  {
    example: 'npx smart-cdc repair drop-slot local old_test_slot',
    before: { database: 'warehouse', sql: "SELECT pg_create_logical_replication_slot('old_test_slot', 'pgoutput') WHERE NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'old_test_slot')" },
    expect: { code: 0 },
    after: { database: 'warehouse', sql: "SELECT NOT EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = 'old_test_slot')" },
  },
  // README: a flow's sink stopped, then resumed (resume exits 0 once it stays RUNNING)
  { example: 'npx smart-cdc repair stop local eligibility; npx smart-cdc repair resume local eligibility', expect: { code: 0 }, timeoutMs: 150_000 },
  // README and the strategy's rotation of the salt: an incremental snapshot, waits until the rows are re-emitted
  { example: 'npx smart-cdc repair snapshot local ml.eligibility_insight', expect: { code: 0 }, timeoutMs: 200_000 },
  { example: 'npx smart-cdc repair snapshot <env> <table>', run: 'npx smart-cdc repair snapshot local ml.eligibility_insight', expect: { code: 0 }, timeoutMs: 200_000 },
  // the implementation guide's troubleshooting: restart a connector's failed tasks (none failed: Connect accepts it)
  {
    example: 'curl -X POST "$CONNECT/connectors/<name>/restart?includeTasks=true&onlyFailed=true"',
    run: `CONNECT=${LOCAL_CONNECT}; curl -s -o /dev/null -w '%{http_code}\\n' -X POST "$CONNECT/connectors/smart-cdc-v1-eligibility-sink/restart?includeTasks=true&onlyFailed=true"`,
    expect: { code: 0, stdout: [/^20[024]$/m] },
  },
  // README and the strategy's monitoring: status exits 0 on a healthy environment
  { example: 'npx smart-cdc status local', expect: HEALTHY, settleMs: 90_000 },
  { example: 'npx smart-cdc status <env>', run: 'npx smart-cdc status local', expect: HEALTHY, settleMs: 90_000 },
  { example: 'node bin/smart-cdc.js status prod', run: 'node bin/smart-cdc.js status local', expect: HEALTHY, settleMs: 90_000 },
  // the implementation guide: every connector and task RUNNING, read through Connect's REST API (local's, not dev's)
  {
    example: `curl -s $CONNECT/connectors?expand=status | jq -r 'to_entries[] | "\\(.key) \\(.value.status.connector.state) \\([.value.status.tasks[].state] | join(","))"'`,
    run: `CONNECT=${LOCAL_CONNECT}; curl -s $CONNECT/connectors?expand=status | jq -r 'to_entries[] | "\\(.key) \\(.value.status.connector.state) \\([.value.status.tasks[].state] | join(","))"'`,
    expect: { code: 0, stdout: [/^smart-cdc-v\d+-warehouse-source RUNNING RUNNING$/m, /^smart-cdc-v\d+-citizen-source RUNNING RUNNING$/m, /^smart-cdc-v\d+-eligibility-sink RUNNING RUNNING$/m], notStdout: [/FAILED/] },
    settleMs: 60_000,
  },
  // the implementation guide: preflight exits 0 when nothing failed (local is deployed: nothing pending)
  { example: 'npx smart-cdc preflight <env>', run: 'npx smart-cdc preflight local', expect: { code: 0, stdout: [/^SMART CDC preflight — environment local$/m, /Summary: \d+ ok, 0 failed/] } },
  // help: the synopsis, the top-level help without arguments, a command's help
  { example: 'npx smart-cdc <command> <env> [args] [flags]', run: 'npx smart-cdc --help', expect: { code: 0, stdout: [USAGE] } },
  { example: 'node bin/smart-cdc.js', expect: { code: 0, stdout: [USAGE] } },
  { example: 'npx smart-cdc status --help', expect: { code: 0, stdout: [/^Usage: smart-cdc status \[options\] <env>$/m, /--json/, /--watch/] } },
  // the generated documents are up to date; the stacks synthesize
  { example: 'npm run docs:check', expect: { code: 0, stdout: [/generated files are up to date/] } },
  // into an output directory of its own: cdktf.out is what the other e2e suites plan and deploy from
  { example: 'npx cdktf synth', run: 'npx cdktf synth --output build/docs-example-synth', expect: { code: 0, stdout: [/Generated Terraform code for the stacks/] }, timeoutMs: 240_000 },
  { example: 'export CHECKPOINT_DISABLE=1', expect: { code: 0 } },
  // the local runtime answers (exit 0 only if every engine answers)
  { example: 'scripts/local-runtime.sh status', expect: { code: 0 } },
];
