/**
 * Longest time one frame may advance playback. Slow frames (a software renderer on a busy machine:
 * seconds a frame) count in full, so playback keeps its speed; a longer stall (a
 * breakpoint, a machine waking) moves on by at most this instead of leaping to the end.
 */
export const MAX_FRAME_SECONDS = 5;

/**
 * Seconds of playback each animation frame stands for: the wall-clock time since the last frame,
 * so the chosen speed holds whatever the frame rate. `restart` forgets the last frame (after a
 * pause, or while the page is hidden and gets no frames), so the next frame advances nothing.
 */
export class PlaybackClock {
  private last = -1;

  /** Seconds since the previous call (0 on the first after a restart); `now` in milliseconds. */
  tick(now: number): number {
    const seconds = this.last < 0 ? 0 : Math.min(Math.max(now - this.last, 0) / 1000, MAX_FRAME_SECONDS);
    this.last = now;
    return seconds;
  }

  restart(): void {
    this.last = -1;
  }
}
