import type { LineDirection } from '../../core/index.ts';
import type { EmbeddedKey, LineRequest, RunResult } from '../compute/protocol.ts';
import { believedHessianAt, believedSteps, believesAt } from '../compute/believedSamples.ts';

/** Samples of f along the line: enough that the drawn parabola's lowest point is its vertex to a pixel. */
export const STEP_LINE_SAMPLES = 161;

type Done = Extract<RunResult, { ok: true }>;

/** The lr of step `k` of a run: its schedule's, else its own (0.1 for one without an lr). */
export function stepLr(params: Readonly<Record<string, unknown>> | undefined, lrs: Float64Array | null, k: number): number {
  const scheduled = lrs?.[k];
  if (scheduled !== undefined) return scheduled;
  return typeof params?.lr === 'number' ? params.lr : 0.1;
}

/**
 * The 1-D picture's request at iterate `k` of a run: along `direction`, or (null) along the step
 * the run takes from there, with a strong-Wolfe search's trials; a run's last iterate takes no
 * step, so its line is −∇f. `last` says so in the caption.
 */
export function runLineRequest(
  source: { readonly function: string; readonly embedded: EmbeddedKey },
  result: Done,
  k: number,
  direction: LineDirection | null,
): { readonly request: LineRequest; readonly last: boolean } {
  const p = result.points;
  const point: [number, number] = [p[3 * k]!, p[3 * k + 1]!];
  const base = { kind: 'line' as const, ...source, count: STEP_LINE_SAMPLES, point, lr: stepLr(result.params, result.lrs, k) };
  if (direction !== null) return { request: { ...base, direction }, last: false };
  if (k + 1 >= result.pointCount) return { request: { ...base, direction: { kind: 'gradient' } }, last: true };
  const to: [number, number] = [p[3 * (k + 1)]!, p[3 * (k + 1) + 1]!];
  const search = result.lineSearch;
  // L-BFGS's strong Wolfe search: its trials along this step (the line runs to the step's end, t = 1).
  const trials =
    search && search.trialStarts[k + 1]! > search.trialStarts[k]!
      ? {
          values: Array.from(search.trials.subarray(3 * search.trialStarts[k]!, 3 * search.trialStarts[k + 1]!)),
          scale: 1 / search.stepLengths[k]!,
        }
      : undefined;
  // What L-BFGS believed along its step: B's parabola, once B rests on a curvature pair.
  const believed = result.believed;
  const believedHessian =
    believed !== null && k < believedSteps(believed) && believesAt(believed, k) ? believedHessianAt(believed, k) : null;
  return {
    request: { ...base, direction: { kind: 'step', to }, ...(trials ? { trials } : {}), ...(believedHessian ? { believedHessian } : {}) },
    last: false,
  };
}

/** The picture's caption at iterate `k` of run `run` (0-based): the step from it, or the line through it. */
export function runLineTitle(run: number, k: number, alongStep: boolean, last: boolean): string {
  const title = `Run ${run + 1}, iterate ${k}`;
  if (!alongStep) return title;
  return last ? `${title} (the last): along −∇f` : `${title} → ${k + 1}`;
}
