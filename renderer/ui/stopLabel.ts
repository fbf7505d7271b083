import type { Shape, StopReason } from '../../core/index.ts';

/** What a converged run's last point is, by the Hessian's shape there (the core's classification). */
const CONVERGED_TO: Record<Shape, string> = {
  bowl: 'Converged to a minimum',
  dome: 'Converged to a maximum',
  saddle: 'Converged to a saddle point',
  degenerate: 'Converged to a flat point (singular Hessian)',
};

/** Words for a run's stop reason; for a converged run, what kind of point it reached when `shape` is known. */
export function stopLabel(stop: StopReason, shape: Shape | null = null): string {
  switch (stop) {
    case 'steps':
      return 'Used all steps';
    case 'converged':
      return shape === null ? 'Converged' : CONVERGED_TO[shape];
    case 'diverged':
      return 'Diverged';
    case 'singular':
      return 'Stopped: singular Hessian';
  }
}
