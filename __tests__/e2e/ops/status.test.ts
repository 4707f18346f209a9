import { eventually } from '../support/engines';
import { discardLeftoverParked, json, localNames, ops, opsChild } from './run';

/** `status` on the local runtime's real engines, healthy (the other states are in repair.test.ts). */

describe('ops status (local runtime)', () => {
  beforeAll(async () => {
    await discardLeftoverParked();
    // after the global setup (or another suite) the pipeline settles: heartbeats written, sinks caught up
    await eventually(async () => {
      const r = await ops(['status', 'local', '--max-dlq', '0']);
      if (r.code !== 0) throw new Error(`status not healthy yet:\n${r.stdout}${r.stderr}`);
    }, 90_000, 2_000);
  });

  it('reports a healthy pipeline with exit 0 and every name derived from the catalogue', async () => {
    const r = await ops(['status', 'local', '--max-dlq', '0']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('SMART CDC status — environment local, pipeline 1.0.0: HEALTHY (exit 0)');
    const n = localNames();
    const names = [
      ...n.sources.flatMap((s) => [s.connector, s.slot, s.heartbeatTopic]),
      ...n.sinks.flatMap((s) => [s.connector, s.group, s.topic, s.deadLetterTopic, s.flow.name]),
    ];
    for (const name of names) expect(r.stdout).toContain(name);
    for (const s of n.sources) expect(r.stdout).toMatch(new RegExp(`${s.slot}\\s+${s.connector}\\s+yes\\s+reserved`));
    for (const c of [...n.sources, ...n.sinks]) expect(r.stdout).toMatch(new RegExp(`${c.connector}\\s+(source|sink)\\s+\\S+\\s+RUNNING\\s+0:RUNNING`));
    expect(r.stdout).toMatch(/PROBLEMS\n {2}\(none\)/);
  });

  it('prints one JSON document with --json', async () => {
    const r = await ops(['status', 'local', '--json', '--max-dlq', '0']);
    expect(r.code).toBe(0);
    const report = json(r);
    expect(report).toMatchObject({ environment: 'local', health: 'healthy', exitCode: 0, problems: [] });
    const n = localNames();
    expect(report.connectors.map((c: { name: string }) => c.name)).toEqual([...n.sources.map((s) => s.connector), ...n.sinks.map((s) => s.connector), n.supervisor.connector]);
    // the supervisor is judged like the pipeline's connectors, and its recent restarts are reported
    expect(report.supervision).toMatchObject({ topic: n.supervisor.topic, windowSeconds: 3600 });
    expect(report.slots.filter((s: { pipeline: boolean }) => s.pipeline).map((s: { name: string }) => s.name).sort()).toEqual(n.sources.map((s) => s.slot).sort());
    for (const s of report.slots) expect(typeof s.lagBytes).toBe('number');
    for (const h of report.heartbeats) expect(h.ageSeconds).toBeLessThan(60);
    for (const c of report.consumers) expect(typeof c.lag).toBe('number');
  });


  it('--watch repeats until interrupted, one JSON line per round, and exits with the last code', async () => {
    const child = opsChild(['status', 'local', '--watch', '1', '--json', '--max-dlq', '0']);
    const lines: string[] = [];
    let buf = '';
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${lines.length} round(s) in 30 s`)), 30_000);
      child.stdout.on('data', (d) => {
        buf += d;
        const parts = buf.split('\n');
        buf = parts.pop()!;
        lines.push(...parts.filter(Boolean));
        if (lines.length >= 2) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    const rounds = lines.map((l) => JSON.parse(l));
    expect(rounds[0].checkedAt < rounds[1].checkedAt).toBe(true);
    expect(rounds.every((r) => r.health === 'healthy')).toBe(true);
  });
});
