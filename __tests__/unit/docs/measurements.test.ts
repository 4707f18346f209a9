import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BenchResult } from '../../../scripts/bench/report';
import { ROOT } from '../../../scripts/docs/generate';
import { measurementSections } from '../../../scripts/docs/sections';
import { HealingFile, healingTable, isOutage, loadMeasurements, MEASUREMENTS, pipelineRun, record, timingLine, TimingFile } from '../../../scripts/docs/measurements';

/** Figures reach the documents only from the files the test runs and benchmarks write (docs/measurements/). */

const machine = { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3 };
const row = (fault: string, secondsToRecover: number, at: string) => ({ fault, rows: 80, secondsToRecover, manualSteps: 0, at });

describe('measurements recorded from build/ and rendered with date, commit and machine', () => {
  let from: string;
  let root: string;
  beforeEach(() => {
    from = mkdtempSync(join(tmpdir(), 'smart-cdc-from-'));
    root = mkdtempSync(join(tmpdir(), 'smart-cdc-root-'));
  });
  afterEach(() => {
    rmSync(from, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('records the newest row of each fault, and the benchmarks\' results, into docs/measurements/', () => {
    mkdirSync(join(from, 'build', 'test-reports'), { recursive: true });
    mkdirSync(join(from, 'build', 'bench'), { recursive: true });
    writeFileSync(
      join(from, 'build', 'test-reports', 'healing.jsonl'),
      [row('Kafka kill -9', 30, '2026-01-01T10:00:00.000Z'), row('Kafka kill -9', 20, '2026-01-02T10:00:00.000Z'), row('Kafka down 600 s', 50, '2026-01-02T11:00:00.000Z')].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    const synth: TimingFile = { command: 'npx cdktf synth', startedAt: '2026-01-02T12:00:00Z', runs: [4.5, 4.1, 4.2], medianSeconds: 4.2, load: [0.5, 1.5], machine };
    writeFileSync(join(from, 'build', 'bench', 'synth.json'), JSON.stringify(synth));
    writeFileSync(join(from, 'build', 'bench', 'pipeline-2026-01-01.json'), '{"old":true}');
    writeFileSync(join(from, 'build', 'bench', 'pipeline-2026-01-02.json'), '{"new":true}');
    expect(record(from, root).sort()).toEqual([`${MEASUREMENTS}/bench-pipeline.json`, `${MEASUREMENTS}/bench-synth.json`, `${MEASUREMENTS}/healing.json`]);
    const healing = JSON.parse(readFileSync(join(root, MEASUREMENTS, 'healing.json'), 'utf8')) as HealingFile;
    expect(healing.faults.map((r) => [r.fault, r.secondsToRecover])).toEqual([['Kafka kill -9', 20], ['Kafka down 600 s', 50]]);
    expect(JSON.parse(readFileSync(join(root, MEASUREMENTS, 'bench-pipeline.json'), 'utf8'))).toEqual({ new: true });
    const m = loadMeasurements(root);
    expect(timingLine(m.synth, 'npm run bench')).toBe('`npx cdktf synth`: median of 3 runs **4.20 s** (runs 4.10–4.50 s), 2026-01-02 12:00 UTC, commit `unknown`, on Test CPU, 2 cores, 8.0 GiB, load average 0.5–1.5.');
  });

  it('splits the e2e faults from the long outages and says when, where and at which commit they ran', () => {
    const healing: HealingFile = { source: 'build/test-reports/healing.jsonl', commit: 'abc1234', machine, faults: [row('Kafka kill -9', 20.04, '2026-01-02T10:00:00.000Z'), row('both databases down 600 s', 2.9, '2026-01-02T11:00:00.000Z')] };
    expect(isOutage('both databases down 600 s')).toBe(true);
    expect(isOutage('target database (citizen) down 5 s')).toBe(false);
    const faults = healingTable({ healing }, 'faults');
    expect(faults).toContain('Run of 2026-01-02 10:00 UTC–10:00 UTC, commit `abc1234`, on Test CPU, 2 cores, 8.0 GiB');
    expect(faults).toContain('| Kafka kill -9 | 80 | 20.0 | 0 |');
    expect(faults).not.toContain('both databases');
    expect(healingTable({ healing }, 'outages')).toContain('| both databases down 600 s | 80 | 2.9 | 0 |');
    expect(healingTable({}, 'outages')).toMatch(/^_No run recorded: `npm run test:outages`/);
  });

  it('renders the pipeline benchmark\'s measures from its JSON, with targets met or not', () => {
    const r = {
      startedAt: '2026-01-03T04:43:00.000Z',
      durationSeconds: 720,
      options: { quick: false },
      machine: { ...machine, kernel: 'k', node: 'v20', java: 'j', postgres: 'PostgreSQL 15.18', kafka: '4.3.0', plugins: {}, heaps: {} },
      loads: [{ phase: 'a', path: 'native', load: [2.6, 0, 0] }, { phase: 'b', path: 'pipeline', load: [7.5, 0, 0] }],
      measures: [{ key: 't', label: 'throughput, one flow (rows/s)', unit: 'rows/s', native: 50026, pipeline: 5274, target: { op: '>=', value: 25000 } }],
      latency: [],
      memory: {},
      checks: [{ ok: true }, { ok: true }],
      settings: {},
    } as unknown as BenchResult;
    const out = pipelineRun({ pipeline: r });
    expect(out).toContain('Run of 2026-01-03 04:43 UTC');
    expect(out).toContain('12 min');
    expect(out).toContain('load average 2.6–7.5; Test CPU, 2 cores, 8.0 GiB; PostgreSQL 15.18, Kafka 4.3.0');
    expect(out).toContain('| throughput, one flow (rows/s) | 50,026 | 5,274 | 0.11× | ≥ 25,000 **not met** |');
    expect(out).toContain('Content checks: 2 of 2 targets matched');
    expect(pipelineRun({})).toMatch(/^_No run recorded: `npm run bench:pipeline`/);
  });

  it('the committed results are the ones the documents show: every figure of a generated region comes from them', () => {
    const m = loadMeasurements(ROOT);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(healingTable(m, 'faults'));
    expect(readme).toContain(healingTable(m, 'outages'));
    expect(readme).toContain(timingLine(m.synth, 'npm run bench'));
    expect(readme).toContain(timingLine(m.status, 'npm run bench:status'));
    expect([...readme.matchAll(/^<!-- generated: ([A-Za-z]+) -->$/gm)].map((x) => x[1]).filter((n) => n in measurementSections(m))).toEqual(['healingFaults', 'healingOutages', 'benchSynth', 'benchStatus']);
    expect(readFileSync(join(ROOT, 'docs', 'CDC_DATA_MASKING_STRATEGY.md'), 'utf8')).toContain(pipelineRun(m));
  });
});
