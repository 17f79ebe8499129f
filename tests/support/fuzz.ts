import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/*
 * Property tests ("fuzzing") share this runner. In `npm test` each property runs its `quick` count
 * of cases; `npm run fuzz` (scripts/fuzz.ts) sets FUZZ_RUNS and each property runs FUZZ_RUNS × its
 * `weight` cases (a property that writes to a database weighs less). Every case is time-bounded:
 * one that takes longer than CASE_MS fails the property as a hang. Imported by tests only.
 */

const scale = Number(process.env.FUZZ_RUNS ?? 0);

/** Longest one case may take; a hang or a quadratic blow-up on a small input fails the property. */
export const CASE_MS = 2_000;

/** How many cases a property runs: `quick` in `npm test`, FUZZ_RUNS × `weight` in `npm run fuzz`. */
export function fuzzRuns(quick: number, weight = 1): number {
  return scale > 0 ? Math.max(quick, Math.round(scale * weight)) : quick;
}

/** A Vitest timeout that fits a property of `runs` cases (a fuzz run takes minutes). */
export function fuzzTimeout(quick: number): number {
  return scale > 0 ? 30 * 60_000 : Math.max(20_000, quick * 10);
}

/** `predicate`, failing when one call takes longer than `limit` ms (awaited when it returns a promise). */
export function timed<A extends unknown[], R>(predicate: (...args: A) => R, limit = CASE_MS): (...args: A) => R {
  return (...args: A): R => {
    const start = performance.now();
    const over = () => {
      const took = performance.now() - start;
      if (took > limit) throw new Error(`one case took ${Math.round(took)} ms (limit ${limit} ms)`);
    };
    const result = predicate(...args);
    if (result instanceof Promise) {
      return result.then((value) => {
        over();
        return value;
      }) as R;
    }
    over();
    return result;
  };
}

interface FuzzOptions<T> {
  /** Cases in `npm test`. */
  quick: number;
  /** Share of FUZZ_RUNS in `npm run fuzz` (1 by default). */
  weight?: number;
  /** Inputs that once failed, always run first. */
  examples?: T[];
}

function record(name: string, runs: number): void {
  console.log(`fuzz: ${runs} cases  ${name}`);
  if (process.env.FUZZ_COUNTS) appendFileSync(process.env.FUZZ_COUNTS, `${JSON.stringify({ name, runs })}\n`);
}

/** Runs a synchronous property and records how many cases it ran. */
export function runFuzz<T>(name: string, property: fc.IProperty<T>, options: FuzzOptions<T>): void {
  const runs = fuzzRuns(options.quick, options.weight);
  fc.assert(property, { numRuns: runs, ...(options.examples ? { examples: options.examples } : {}) });
  record(name, runs);
}

/** Runs an asynchronous property and records how many cases it ran. */
export async function runFuzzAsync<T>(name: string, property: fc.IAsyncProperty<T>, options: FuzzOptions<T>) {
  const runs = fuzzRuns(options.quick, options.weight);
  await fc.assert(property, { numRuns: runs, ...(options.examples ? { examples: options.examples } : {}) });
  record(name, runs);
}
