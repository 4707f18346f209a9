/**
 * Command line of `npm run bench:pipeline`. Pure: parsing never touches an engine.
 */
import { UsageError } from '../ops/errors';

export const PHASES = ['snapshot', 'throughput', 'latency'] as const;
export type BenchPhase = (typeof PHASES)[number];

export interface BenchOptions {
  /** rows per direction in each throughput run */
  readonly rows: number;
  /** rows per direction sent through the pipeline before anything is measured (JIT warm-up), 0 for none */
  readonly warmupRows: number;
  /** rows per source transaction in the bulk runs (snapshot load and throughput) */
  readonly txnRows: number;
  /**
   * before each throughput phase, warm-up rounds of its own flows (100,000 rows per direction, or
   * --rows when smaller) until the JIT compilers of Kafka and Connect take at most 5 % of those
   * engines' CPU in a round: at most this many; 0 for none
   */
  readonly jitRounds: number;
  /** rows of the table whose initial load is timed */
  readonly snapshotRows: number;
  /** fixed rates (rows/s) at which commit-to-visible latency is measured */
  readonly rates: readonly number[];
  /** seconds of writing at each fixed rate */
  readonly rateSeconds: number;
  /** give up when a target makes no progress for this long (seconds) */
  readonly stallSeconds: number;
  readonly phases: readonly BenchPhase[];
  /** where the JSON result goes; default build/bench/pipeline-<timestamp>.json */
  readonly out?: string;
  readonly quick: boolean;
  readonly help: boolean;
}

export const FULL: Omit<BenchOptions, 'out' | 'help' | 'phases'> = {
  rows: 200_000,
  // 20,000 left Connect's JIT cold: a first run after a start measured 15,000-17,000 rows/s, warm runs 23,000-28,000
  warmupRows: 200_000,
  // a first run after a start took 7-8 rounds before its first phase
  jitRounds: 12,
  txnRows: 1_000,
  snapshotRows: 1_000_000,
  rates: [200, 1_000, 5_000],
  rateSeconds: 15,
  stallSeconds: 60,
  quick: false,
};

/** A smoke run: every measure, small sizes (well under a minute of load). */
export const QUICK: Omit<BenchOptions, 'out' | 'help' | 'phases'> = {
  ...FULL,
  rows: 20_000,
  warmupRows: 5_000,
  jitRounds: 0,
  snapshotRows: 50_000,
  rateSeconds: 4,
  quick: true,
};

export const USAGE = `Usage: npm run bench:pipeline -- [flags]

Measures the SMART CDC pipeline of the deployed \`local\` environment beside PostgreSQL native
logical replication between the same two clusters, on the same workload, in one run:
throughput of one flow and of both directions, commit-to-visible latency at fixed rates, the
initial load of a large table (the pipeline's: the bulk copy of repair resync), and the peak memory of every engine. Prints a table, writes
JSON. Needs the local runtime up and \`npx smart-cdc bootstrap local\` done.

Flags:
  --quick              small sizes, for a smoke run (${QUICK.rows} rows, ${QUICK.snapshotRows} snapshot rows, ${QUICK.rateSeconds} s per rate)
  --rows N             rows per direction in each throughput run (default ${FULL.rows})
  --warmup-rows N      rows per direction through the pipeline before measuring, so the JVMs have compiled
                       their hot paths (default ${FULL.warmupRows}; 0: none)
  --jit-rounds N       before each throughput phase, at most N warm-up rounds of its flows (100,000 rows per
                       direction) until the JIT compilers of Kafka and Connect take at most 5 % of their
                       CPU (default ${FULL.jitRounds}; 0: none)
  --txn-rows N         rows per source transaction in bulk loads (default ${FULL.txnRows})
  --snapshot-rows N    rows of the table loaded first (default ${FULL.snapshotRows})
  --rates R,R,...      fixed rates in rows/s for the latency runs (default ${FULL.rates.join(',')})
  --rate-seconds S     seconds of writing at each rate (default ${FULL.rateSeconds})
  --stall-seconds S    fail when a target makes no progress for this long (default ${FULL.stallSeconds})
  --only P,P,...       run only these phases: ${PHASES.join(', ')} (default all)
  --out FILE           JSON result (default build/bench/pipeline-<timestamp>.json)
  -h, --help           this text`;

const whole = (flag: string, raw: string | undefined, min = 1): number => {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`${flag} needs a whole number ≥ ${min}, not '${raw ?? ''}'`);
  return Number(raw);
};

/** Flags that take one whole number: the option each sets and its least value. */
const WHOLE_FLAGS = new Map<string, { key: 'rows' | 'warmupRows' | 'jitRounds' | 'txnRows' | 'snapshotRows' | 'rateSeconds' | 'stallSeconds'; min?: number }>([
  ['--rows', { key: 'rows' }],
  ['--warmup-rows', { key: 'warmupRows', min: 0 }],
  ['--jit-rounds', { key: 'jitRounds', min: 0 }],
  ['--txn-rows', { key: 'txnRows' }],
  ['--snapshot-rows', { key: 'snapshotRows' }],
  ['--rate-seconds', { key: 'rateSeconds' }],
  ['--stall-seconds', { key: 'stallSeconds' }],
]);

/** Parses argv (without node and the script). Later flags win; --quick sets the defaults the others override. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const base = quick ? QUICK : FULL;
  let o: BenchOptions = { ...base, phases: [...PHASES], help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const numeric = WHOLE_FLAGS.get(flag);
    if (numeric) {
      o = { ...o, [numeric.key]: whole(flag, value(), numeric.min) };
      continue;
    }
    switch (flag) {
      case '--quick':
        break;
      case '-h':
      case '--help':
        o = { ...o, help: true };
        break;
      case '--rates': {
        const raw = value();
        o = { ...o, rates: raw.split(',').map((r) => whole(flag, r.trim())) };
        break;
      }
      case '--only': {
        const names = value().split(',').map((p) => p.trim());
        const unknown = names.filter((p) => !(PHASES as readonly string[]).includes(p));
        if (unknown.length) throw new UsageError(`--only: unknown phase '${unknown[0]}' (phases: ${PHASES.join(', ')})`);
        o = { ...o, phases: PHASES.filter((p) => names.includes(p)) };
        break;
      }
      case '--out':
        o = { ...o, out: value() };
        break;
      default:
        throw new UsageError(`unknown argument '${flag}' (see --help)`);
    }
  }
  if (o.txnRows > o.rows) throw new UsageError(`--txn-rows (${o.txnRows}) exceeds --rows (${o.rows})`);
  return o;
}
