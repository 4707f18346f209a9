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

/** The seed a test runs with: SMART_CDC_SEED when given (to repeat a failure), else `fallback`. */
export const seedFromEnv = (fallback: number): number => (process.env.SMART_CDC_SEED ? Number(process.env.SMART_CDC_SEED) : fallback);
