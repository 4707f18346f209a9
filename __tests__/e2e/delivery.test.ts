import { burst, converged } from './support/converge';
import { eventually, sleep } from './support/engines';
import { engineAnswers, killEngine, pipelineRunning, recordHealing, startDatabase, stopDatabase } from './support/faults';

/**
 * Transient faults heal without a person: a database (target or source) down for a while, Kafka or
 * Connect killed. Each is injected during a burst of changes in both directions; the test runs no
 * command (no ops CLI, no REST call) and then asserts the exact content of every target, that
 * every pipeline connector and task runs again, and how long recovery took.
 *
 * What heals what: an unreachable target is retried by the parking sink task, which hands the
 * records back to Connect for re-delivery (it never fails for it); anything that does fail (a
 * source task that lost its database, a producer that timed out on Kafka) is restarted by the
 * pipeline supervisor connector with backoff; Kafka and Connect themselves are started again by
 * the local runtime's watchdog (a restart policy elsewhere). At least once end to end with
 * idempotent upserts: nothing is lost, nothing duplicated.
 */

// a fault, its recovery and the convergence check take minutes on a loaded machine
jest.setTimeout(600_000);

describe('transient faults heal without a command', () => {
  afterEach(async () => {
    // and every connector and task runs again (a restart by the supervisor may still be under way)
    await eventually(async () => expect(await pipelineRunning()).toEqual([]), 60_000, 1_000);
  });

  it.each([
    ['target database (citizen) down 5 s', 5],
    ['target database (citizen) down 60 s', 60],
  ])('%s during a burst', async (fault, seconds) => {
    const writing = burst(`TGT${seconds}`, 12, 150);
    await sleep(400);
    stopDatabase('citizen');
    await sleep(seconds * 1000);
    startDatabase('citizen');
    const back = Date.now();
    const { rows } = await writing;
    const secondsToRecover = await converged(back);
    recordHealing({ fault, rows, secondsToRecover, manualSteps: 0 });
    expect(secondsToRecover).toBeLessThan(60);
  });

  it('source database (warehouse) crashes and restarts during a burst', async () => {
    const writing = burst('SRCCRASH', 12, 150);
    await sleep(400);
    // an immediate stop is a crash: no checkpoint, recovery from WAL at the next start
    stopDatabase('warehouse', 'immediate');
    await sleep(3_000);
    startDatabase('warehouse');
    const back = Date.now();
    const { rows } = await writing;
    const secondsToRecover = await converged(back);
    recordHealing({ fault: 'source database (warehouse) crash + restart', rows, secondsToRecover, manualSteps: 0 });
    expect(secondsToRecover).toBeLessThan(90);
  });

  it.each([
    ['Kafka', 'kafka'],
    ['Kafka Connect', 'connect'],
  ] as const)('%s killed with -9 during a burst', async (label, engine) => {
    const writing = burst(`KILL${engine.toUpperCase()}`, 12, 150);
    await sleep(400);
    killEngine(engine);
    const killed = Date.now();
    const { rows } = await writing;
    // the watchdog starts it again: no command
    for (;;) {
      if (await engineAnswers(engine)) break;
      if (Date.now() - killed > 240_000) throw new Error(`${label} did not come back within 240 s`);
      await sleep(1_000);
    }
    const secondsToRecover = await converged(killed, 300_000);
    recordHealing({ fault: `${label} kill -9`, rows, secondsToRecover, manualSteps: 0 });
    expect(secondsToRecover).toBeLessThan(300);
  });
});
