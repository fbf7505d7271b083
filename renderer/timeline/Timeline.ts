/**
 * Playback arithmetic, free of the DOM: a position in iterations (fractional while playing)
 * within [0, last], advanced by wall-clock time at `speed` iterations per second.
 */
export interface TimelineState {
  position: number;
  playing: boolean;
  /** Iterations per second. */
  speed: number;
  loop: boolean;
  /** The last iteration (the longest run's point count − 1). */
  last: number;
}

/** Seconds a finished loop rests on the last iteration before starting over. */
export const LOOP_PAUSE_SECONDS = 1;

export function advance(state: TimelineState, seconds: number): void {
  if (!state.playing || state.last <= 0) return;
  const next = state.position + seconds * state.speed;
  if (!state.loop) {
    state.position = Math.min(next, state.last);
    if (next >= state.last) state.playing = false;
    return;
  }
  // Past the end the position runs on while the end is shown, then wraps to the start.
  state.position = next >= state.last + LOOP_PAUSE_SECONDS * state.speed ? 0 : next;
}

/** The position drawn: clamped to the runs (the loop's rest beyond the end shows the end). */
export const shownPosition = (state: TimelineState): number => Math.min(Math.max(state.position, 0), Math.max(state.last, 0));

/** Steps to the previous or next whole iteration. */
export function step(state: TimelineState, direction: -1 | 1): void {
  const current = shownPosition(state);
  const target = direction > 0 ? Math.floor(current + 1e-9) + 1 : Math.ceil(current - 1e-9) - 1;
  state.position = Math.min(Math.max(target, 0), Math.max(state.last, 0));
}

export function seek(state: TimelineState, position: number): void {
  state.position = Math.min(Math.max(Number.isNaN(position) ? 0 : position, 0), Math.max(state.last, 0));
}

export function togglePlay(state: TimelineState): void {
  if (!state.playing && shownPosition(state) >= state.last) state.position = 0;
  state.playing = !state.playing;
}
