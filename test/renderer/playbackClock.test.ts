import { describe, expect, it } from 'vitest';
import { MAX_FRAME_SECONDS, PlaybackClock } from '../../renderer/timeline/PlaybackClock.ts';
import { advance, type TimelineState } from '../../renderer/timeline/Timeline.ts';

/** Plays `seconds` of wall-clock time in frames `frameMs` apart, as the animation loop does. */
function play(frameMs: number, seconds: number, speed = 8): number {
  const clock = new PlaybackClock();
  const state: TimelineState = { position: 0, playing: true, speed, loop: false, last: 10_000 };
  for (let now = 1000; now <= 1000 + seconds * 1000 + 1e-9; now += frameMs) advance(state, clock.tick(now));
  return state.position;
}

describe('playback advances by elapsed time', () => {
  it('keeps 8 iterations a second at 60, 10, 2 and 1.4 frames a second', () => {
    // Within one frame's worth: the last frame may fall just before the 7 s are up.
    for (const frameMs of [1000 / 60, 100, 500, 700])
      expect(Math.abs(play(frameMs, 7) - 56)).toBeLessThanOrEqual((8 * frameMs) / 1000 + 1e-9);
    // 7 s at 1.4 frames a second (the rate that ran at 1.4 iterations a second): 56 iterations, not 9.8.
    expect(play(700, 7)).toBeCloseTo(56, 6);
  });

  it('the first frame after a start or restart advances nothing', () => {
    const clock = new PlaybackClock();
    expect(clock.tick(5000)).toBe(0);
    expect(clock.tick(5250)).toBeCloseTo(0.25, 12);
    clock.restart();
    expect(clock.tick(90_000)).toBe(0);
    expect(clock.tick(90_016)).toBeCloseTo(0.016, 12);
  });

  it('a stall longer than a frame can mean moves on by at most MAX_FRAME_SECONDS; time never runs backwards', () => {
    const clock = new PlaybackClock();
    clock.tick(0);
    expect(clock.tick(60_000)).toBe(MAX_FRAME_SECONDS);
    expect(clock.tick(59_000)).toBe(0);
  });
});
