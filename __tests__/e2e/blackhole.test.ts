import { FlowDef } from '../../catalogue/model';
import { burst, converged, view } from './support/converge';
import { eventually, LOCAL, sleep } from './support/engines';
import { blackHole, clearBlackHoles, pipelineRunning, recordHealing } from './support/faults';

/**
 * Silent network faults: every packet between Connect and one engine vanishes for 90 s (a black
 * hole: no refusal, no reset; sessions hang until a timeout notices), while the applications keep
 * writing in both directions. The test runs no command; after the network comes back each direction
 * must be exact again within 60 s, and every pipeline connector and task RUNNING.
 *
 * The applications write through PostgreSQL's Unix sockets, which the loopback packet filter does
 * not touch: only the pipeline's TCP sessions (Connect's, Kafka's clients) fall into the hole.
 */

jest.setTimeout(600_000);

const HOLE_SECONDS = 90;
const directions: ReadonlyArray<readonly [string, FlowDef[]]> = view.sourceDatabases.map((db) => [`${db} → ${view.flows.find((f) => f.source.database === db)!.target.database}`, view.flowsFrom(db)] as const);

describe('a black hole between Connect and an engine heals by itself', () => {
  beforeAll(() => clearBlackHoles());
  afterEach(async () => {
    clearBlackHoles();
    await eventually(async () => expect(await pipelineRunning()).toEqual([]), 120_000, 1_000);
  });

  it.each([
    ['warehouse database', LOCAL.warehouse.port],
    ['citizen database', LOCAL.citizen.port],
    ['Kafka', Number(LOCAL.kafka.split(':')[1])],
  ])('%s: its packets dropped for 90 s during changes in both directions', async (label, port) => {
    // changes before, during and after the hole (a round every 4 s, as long as the hole lasts)
    const writing = burst(`HOLE${port}`, 22, 4_000, { viaSocket: true });
    await sleep(2_000);
    const close = blackHole(port);
    try {
      await sleep(HOLE_SECONDS * 1000);
    } finally {
      close();
    }
    const back = Date.now();
    const { rows } = await writing;
    const seconds = await Promise.all(directions.map(([, flows]) => converged(back, 300_000, flows)));
    directions.forEach(([direction], i) => recordHealing({ fault: `${label} black hole ${HOLE_SECONDS} s (${direction})`, rows, secondsToRecover: seconds[i], manualSteps: 0 }));
    for (const s of seconds) expect(s).toBeLessThan(60);
  });
});
