/** Seeded randomness (mulberry32): a failing run is repeated from its seed. */

export interface Rand {
  readonly seed: number;
  /** in [0, 1) */
  next(): number;
  /** an integer in [lo, hi] */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** a random subset of `xs` (at least one element when `xs` is not empty) */
  subset<T>(xs: readonly T[]): T[];
  /** `n` hex digits */
  hex(n: number): string;
}

export function prng(seed: number): Rand {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    seed,
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    subset: (xs) => {
      const out = xs.filter(() => next() < 0.35);
      return out.length || !xs.length ? out : [xs[int(0, xs.length - 1)]];
    },
    hex: (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}

/** A seed and the size of the program it generates; `seed:size` in SMART_CDC_SEED and in the logs. */
export interface SeedRun {
  readonly seed: number;
  readonly size: 'full' | 'quick';
}

export const seedText = (r: SeedRun): string => `${r.seed}:${r.size}`;

/**
 * The seed a test runs with: SMART_CDC_SEED (`<seed>` or `<seed>:quick|full`, as the logs print it) when
 * given, to repeat a failure; else `fallback`. A list (`a:full,b:quick`) gives the first.
 */
export function seedRunFromEnv(fallback: SeedRun): SeedRun {
  return seedRunsFromEnv(fallback)?.[0] ?? fallback;
}

/**
 * Every seed run SMART_CDC_SEED lists (`<seed>[:full|quick]`, comma-separated, in order: a run's
 * logged sequence repeats it whole, since a failure can depend on what ran before), or undefined
 * when it is not set.
 */
export function seedRunsFromEnv(fallback: SeedRun): SeedRun[] | undefined {
  const given = process.env.SMART_CDC_SEED;
  if (!given) return undefined;
  return given.split(',').map((one) => {
    const m = /^(\d+)(?::(full|quick))?$/.exec(one.trim());
    if (!m) throw new Error(`SMART_CDC_SEED=${given}: '${one}' is not <seed> or <seed>:full|quick (whole numbers, comma-separated, as the test logs print them)`);
    return { seed: Number(m[1]), size: (m[2] as SeedRun['size'] | undefined) ?? fallback.size };
  });
}

/** The seed alone, for tests whose size is fixed. */
export const seedFromEnv = (fallback: number): number => seedRunFromEnv({ seed: fallback, size: 'full' }).seed;
