import { EXPORT_LIMITS, frameCountFor } from '../../core/index.ts';

export { frameCountFor };

/**
 * When each frame is drawn and which timeline position it shows. Frame i is at exactly i/fps
 * seconds; the first frame shows `from` and the last shows `to`, with the positions between
 * spread evenly, so a session always maps to the same frames whatever the machine.
 */
export interface FrameSchedule {
  readonly fps: number;
  readonly frameCount: number;
  /** Seconds: frameCount / fps. */
  readonly duration: number;
  /** Timeline positions (iterations) shown by the first and the last frame. */
  readonly from: number;
  readonly to: number;
}

export interface ScheduleInput {
  readonly fps: number;
  /** Seconds of output. */
  readonly duration: number;
  readonly from: number;
  readonly to: number;
}

export const MAX_FRAMES = EXPORT_LIMITS.maxFrames;

export function makeSchedule(input: ScheduleInput): FrameSchedule {
  const { fps, duration, from, to } = input;
  if (!Number.isFinite(fps) || fps <= 0 || fps > 240) throw new RangeError(`Frames per second must be between 0 and 240, not ${fps}.`);
  if (!Number.isFinite(duration) || duration <= 0)
    throw new RangeError(`The duration must be a positive number of seconds, not ${duration}.`);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError('The timeline range must be finite.');
  const frameCount = frameCountFor(duration, fps);
  if (frameCount > MAX_FRAMES) throw new RangeError(`${frameCount} frames is more than the ${MAX_FRAMES} an export may have.`);
  return { fps, frameCount, duration: frameCount / fps, from, to };
}

/** A single frame showing one timeline position (a still image). */
export function stillSchedule(position: number): FrameSchedule {
  return { fps: 1, frameCount: 1, duration: 1, from: position, to: position };
}

/** Seconds from the start of the output at which frame `index` is shown. */
export function frameTime(schedule: FrameSchedule, index: number): number {
  return index / schedule.fps;
}

/** The timeline position (iteration, fractional) frame `index` shows. */
export function timelinePosition(schedule: FrameSchedule, index: number): number {
  if (schedule.frameCount <= 1) return schedule.from;
  const progress = index / (schedule.frameCount - 1);
  // The last frame lands on `to` exactly, not within a rounding error of it.
  return index === schedule.frameCount - 1 ? schedule.to : schedule.from + (schedule.to - schedule.from) * progress;
}
