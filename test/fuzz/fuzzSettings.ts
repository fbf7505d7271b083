import type fc from 'fast-check';

/**
 * Every fuzz property runs with a fixed seed, so a failure repeats exactly, and a bounded number
 * of runs, so the whole folder takes seconds. To search wider locally, multiply the runs with
 * FUZZ_SCALE and pick another seed with FUZZ_SEED
 * (`FUZZ_SCALE=20 FUZZ_SEED=7 npx vitest run test/fuzz --testTimeout=0`); a failure prints its seed and path.
 */
const scale = Number(process.env.FUZZ_SCALE);
const seed = Number(process.env.FUZZ_SEED);

export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  return {
    seed: Number.isInteger(seed) ? seed : 20261201,
    numRuns: Math.max(1, Math.round(defaultRuns * (scale > 0 ? scale : 1))),
    endOnFailure: true,
  };
}
