import type { TrajectoryInfo } from '../app/SceneSync.ts';

/** What a legend says beside a trajectory file's name: its checkpoints, and how many lie on the grid. */
export const trajectoryNote = (trajectory: TrajectoryInfo): string =>
  trajectory.drawn === trajectory.points
    ? `${trajectory.points} checkpoint${trajectory.points === 1 ? '' : 's'}`
    : `${trajectory.drawn} of ${trajectory.points} checkpoint${trajectory.points === 1 ? '' : 's'} on the grid`;
