import { localModels, runStart, runSteps, runTrajectory, OPTIMIZERS, type Objective } from '../../core/index.ts';
import type { RunResult, RunsRequest } from './protocol.ts';
import { packModels, STRIDE } from './modelSamples.ts';
import { packBelieved } from './believedSamples.ts';

/**
 * Runs every visible run of the request with the core's optimizers, each from its own start and
 * budget or the shared ones, with the local models at each iterate.
 */
export function computeRuns(objective: Objective, request: RunsRequest): RunResult[] {
  return request.runs.map((spec): RunResult => {
    const [x, y] = runStart(request, spec);
    const run = runTrajectory(objective, spec.optimizer, [x, y], {
      steps: runSteps(request, spec),
      params: spec.params,
      ...(spec.schedule ? { schedule: spec.schedule } : {}),
    });
    if (!run.ok) return { id: spec.id, ok: false, message: run.error.message };
    const { points, pointCount } = run.value;
    const models = new Float64Array(pointCount * STRIDE);
    for (let i = 0; i < pointCount; i++) {
      const result = localModels(objective, points[3 * i]!, points[3 * i + 1]!);
      packModels(result.ok ? result.value : null, models, i);
    }
    return {
      id: spec.id,
      ok: true,
      optimizer: spec.optimizer,
      params: run.value.params,
      points,
      pointCount,
      stop: run.value.stop,
      stopMessage: run.value.stopMessage,
      models,
      // Second-order methods step towards the quadratic model's stationary point: mark it.
      newtonType: OPTIMIZERS[spec.optimizer].secondOrder,
      lrs: run.value.lrs ?? null,
      believed: run.value.believed ? packBelieved(run.value.believed.hessians, run.value.believed.targets) : null,
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
