import type fc from 'fast-check';

/**
 * Every fuzz property runs with a fixed seed, so a failure repeats exactly, and a bounded number
 * of runs, so the whole folder takes a few seconds. To search wider locally, raise FUZZ_RUNS
 * (`FUZZ_RUNS=20000 npx vitest run test/fuzz`) or change FUZZ_SEED; a failure prints its seed and path.
 */
const runs = Number(process.env.FUZZ_RUNS);
const seed = Number(process.env.FUZZ_SEED);

export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return {
    seed: Number.isInteger(seed) ? seed : 20261201,
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns,
    endOnFailure: true,
  };
}
