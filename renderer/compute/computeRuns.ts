import {
  localModels,
  runMiniBatches,
  runStart,
  runSteps,
  runTrajectory,
  stepAnatomy,
  stepHyperparameters,
  OPTIMIZERS,
  type MiniBatchTrajectory,
  type Objective,
  type PerSampleObjective,
} from '../../core/index.ts';
import { formatNumber } from '../scene/ticks.ts';
import type { Domain2, RunResult, RunsRequest } from './protocol.ts';
import { packModels, STRIDE } from './modelSamples.ts';
import { packBelieved } from './believedSamples.ts';
import { ANATOMY_STRIDE, packAnatomy } from './anatomySamples.ts';

/**
 * Runs every visible run of the request with the core's optimizers, each from its own start and
 * budget or the shared ones, with the local models at each iterate. A run with a batch size
 * walks mini-batches of a loss on data (`perSample`); without data it says so. On an imported
 * surface (`grid`), a step beyond the grid is said to have left it, not to have diverged.
 */
/** What a run may need beyond f: the loss on data its mini-batches draw from, the imported grid it must stay on. */
export interface RunContext {
  readonly perSample?: PerSampleObjective | undefined;
  readonly grid?: Domain2 | null;
}

export function computeRuns(objective: Objective, request: RunsRequest, { perSample, grid = null }: RunContext = {}): RunResult[] {
  return request.runs.map((spec): RunResult => {
    const [x, y] = runStart(request, spec);
    const options = {
      steps: runSteps(request, spec),
      params: spec.params,
      ...(spec.schedule ? { schedule: spec.schedule } : {}),
    };
    if (spec.batch !== null && perSample === undefined)
      return { id: spec.id, ok: false, message: 'A batch size needs a loss on data: this function has no data set.' };
    const run =
      spec.batch !== null && perSample !== undefined
        ? runMiniBatches(perSample, spec.optimizer, [x, y], options, spec.batch)
        : runTrajectory(objective, spec.optimizer, [x, y], options);
    if (!run.ok) return { id: spec.id, ok: false, message: run.error.message };
    const { points, pointCount } = run.value;
    const models = new Float64Array(pointCount * STRIDE);
    const anatomy = new Float64Array(pointCount * ANATOMY_STRIDE);
    const hyperOf = stepHyperparameters(run.value, spec.schedule, options.steps);
    for (let i = 0; i < pointCount; i++) {
      const result = localModels(objective, points[3 * i]!, points[3 * i + 1]!);
      const local = result.ok ? result.value : null;
      packModels(local, models, i);
      packAnatomy(stepAnatomy(objective, run.value, i, local, hyperOf(i)), anatomy, i);
    }
    const rejected = run.value.rejected;
    // An imported surface has no values beyond its grid: a step out there did not diverge, it left the data.
    const leftGrid = grid !== null && rejected !== undefined && !insideGrid(grid, rejected[0]!, rejected[1]!);
    return {
      id: spec.id,
      ok: true,
      optimizer: spec.optimizer,
      params: run.value.params,
      points,
      pointCount,
      stop: run.value.stop,
      stopMessage: leftGrid ? leftGridMessage(grid, pointCount - 1, points, rejected) : run.value.stopMessage,
      models,
      // Second-order methods step towards the quadratic model's stationary point: mark it.
      newtonType: OPTIMIZERS[spec.optimizer].secondOrder,
      batchLosses: 'batchLosses' in run.value ? (run.value as MiniBatchTrajectory).batchLosses : null,
      ...(leftGrid ? { leftGrid } : {}),
      ...(run.value.stalled ? { stalled: true } : {}),
      lrs: run.value.lrs ?? null,
      anatomy,
      believed: run.value.believed ? packBelieved(run.value.believed) : null,
      lineSearch: run.value.lineSearch
        ? {
            trialStarts: run.value.lineSearch.trialStarts,
            trials: run.value.lineSearch.trials,
            // t of each step, the third of [dx, dy, t]
            stepLengths: run.value.lineSearch.directions.filter((_, i) => i % 3 === 2),
          }
        : null,
    };
  });
}

const insideGrid = (grid: Domain2, x: number, y: number): boolean => x >= grid.x[0] && x <= grid.x[1] && y >= grid.y[0] && y <= grid.y[1];

/** Why a run on an imported surface stopped where its grid ends, in plain words. */
function leftGridMessage(grid: Domain2, taken: number, points: Float64Array, rejected: Float64Array): string {
  const point = (x: number, y: number) => `(${formatNumber(x)}, ${formatNumber(y)})`;
  const from = point(points[3 * taken]!, points[3 * taken + 1]!);
  const range = `x from ${formatNumber(grid.x[0])} to ${formatNumber(grid.x[1])}, y from ${formatNumber(grid.y[0])} to ${formatNumber(grid.y[1])}`;
  return `Left the surface's grid at step ${taken + 1}: the step from ${from} went to ${point(rejected[0]!, rejected[1]!)}, outside the grid (${range}), where the file has no data.`;
}
