import { DOC_EXAMPLES, Outcome, RunnableExample } from '../../support/doc-examples';
import { eventually, query } from '../support/engines';
import { discardLeftoverParked, Run, spawnCaptured } from '../ops/run';

/**
 * The command examples of README.md and docs/ that are not marked "not run here", run as a user runs
 * them (bash, from the project root) against the deployed `local` environment, each with the outcome
 * its document states. The registry and why each one is there: __tests__/support/doc-examples.ts; the
 * unit test __tests__/unit/docs/examples.test.ts fails on an example that is neither run nor marked.
 */

type Shell = Run;

function bash(command: string, timeoutMs: number): Promise<Shell> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  // the examples of local need no secret: nothing of the test's environment may stand in for one
  for (const k of Object.keys(env)) if (k.startsWith('TF_VAR_') || k === 'PGPASSWORD') delete env[k];
  return spawnCaptured('bash', ['-c', command], env, timeoutMs);
}

/** Why a run does not show the outcome, or undefined when it does. */
function mismatch(r: Shell, o: Outcome): string | undefined {
  const problems = [
    ...(r.code === o.code ? [] : [`exit ${r.code}, not ${o.code}`]),
    ...(o.stdout ?? []).filter((p) => !p.test(r.stdout)).map((p) => `stdout does not match ${p}`),
    ...(o.notStdout ?? []).filter((p) => p.test(r.stdout)).map((p) => `stdout matches ${p}`),
  ];
  return problems.length ? `${problems.join('; ')}\n--- stdout\n${r.stdout.slice(-3000)}\n--- stderr\n${r.stderr.slice(-2000)}` : undefined;
}

describe('the documents\' command examples, run on local', () => {
  /** one run per distinct command line: two examples that run the same line share it */
  const runs = new Map<string, Promise<Shell>>();

  // status examples run as written: judged at the bound 0
  beforeAll(() => discardLeftoverParked());

  afterAll(async () => {
    // the drop-slot example's slot must not outlive a failed run (an inactive slot degrades status)
    await query('warehouse', "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = 'old_test_slot' AND NOT active");
  });

  const line = (e: RunnableExample) => e.run ?? e.example;

  async function runExample(e: RunnableExample): Promise<void> {
    if (e.before) await query(e.before.database, e.before.sql);
    const command = line(e);
    const timeout = e.timeoutMs ?? 120_000;
    const once = (): Promise<Shell> => {
      if (!runs.has(command)) runs.set(command, bash(command, timeout));
      return runs.get(command)!;
    };
    if (e.settleMs) {
      // after other suites the pipeline settles (heartbeats written, sinks caught up): run again until it shows the outcome
      await eventually(
        async () => {
          const r = await once();
          const why = mismatch(r, e.expect);
          if (why) {
            runs.delete(command);
            throw new Error(`${command}: ${why}`);
          }
        },
        e.settleMs,
        3_000,
      );
    } else {
      const r = await once();
      const why = mismatch(r, e.expect);
      if (why) throw new Error(`${command}: ${why}`);
    }
    if (e.after) {
      const [row] = await query<Record<string, unknown>>(e.after.database, e.after.sql);
      expect(Object.values(row ?? {})[0]).toBe(true);
    }
  }

  for (const e of DOC_EXAMPLES) {
    const timeout = (e.settleMs ?? 0) + (e.timeoutMs ?? 120_000) + 10_000;
    it(`${e.example}${e.run ? `  (runs: ${e.run})` : ''}`, () => runExample(e), timeout);
  }
});
