import type { Objective } from './Objective.ts';

const scratch = new Float64Array(6);

/** How f behaves at a point: defined with derivatives, defined without, or not defined. */
export type PointStatus = 'smooth' | 'not-differentiable' | 'undefined';

export function pointStatus(objective: Objective, x: number, y: number): PointStatus {
  objective.all(x, y, scratch);
  if (!Number.isFinite(scratch[0]!)) return 'undefined';
  for (let i = 1; i < 6; i++) if (!Number.isFinite(scratch[i]!)) return 'not-differentiable';
  return 'smooth';
}
