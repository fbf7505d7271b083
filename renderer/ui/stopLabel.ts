import type { StopReason } from '../../core/index.ts';

/** Words for a run's stop reason. */
export function stopLabel(stop: StopReason): string {
  switch (stop) {
    case 'steps':
      return 'Used all steps';
    case 'converged':
      return 'Converged';
    case 'diverged':
      return 'Diverged';
    case 'singular':
      return 'Stopped: singular Hessian';
  }
}
