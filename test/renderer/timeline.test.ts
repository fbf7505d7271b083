import { describe, expect, it } from 'vitest';
import {
  advance,
  LOOP_PAUSE_SECONDS,
  seek,
  shownPosition,
  step,
  togglePlay,
  type TimelineState,
} from '../../renderer/timeline/Timeline.ts';

const make = (over: Partial<TimelineState> = {}): TimelineState => ({
  position: 0,
  playing: true,
  speed: 10,
  loop: false,
  last: 20,
  ...over,
});

describe('timeline', () => {
  it('advances by speed × seconds while playing', () => {
    const state = make();
    advance(state, 0.5);
    expect(state.position).toBe(5);
    state.playing = false;
    advance(state, 1);
    expect(state.position).toBe(5);
  });

  it('stops at the end without loop', () => {
    const state = make({ position: 19 });
    advance(state, 1);
    expect(state.position).toBe(20);
    expect(state.playing).toBe(false);
  });

  it('rests on the end, then wraps, with loop', () => {
    const state = make({ position: 19, loop: true });
    advance(state, 0.5);
    expect(shownPosition(state)).toBe(20);
    expect(state.playing).toBe(true);
    advance(state, LOOP_PAUSE_SECONDS);
    expect(state.position).toBe(0);
  });

  it('steps to whole iterations and clamps', () => {
    const state = make({ position: 2.4, playing: false });
    step(state, 1);
    expect(state.position).toBe(3);
    step(state, -1);
    step(state, -1);
    expect(state.position).toBe(1);
    seek(state, 99);
    expect(state.position).toBe(20);
    seek(state, Infinity);
    expect(state.position).toBe(20);
    seek(state, NaN);
    expect(state.position).toBe(0);
  });

  it('play at the end starts over', () => {
    const state = make({ position: 20, playing: false });
    togglePlay(state);
    expect(state.playing).toBe(true);
    expect(state.position).toBe(0);
  });
});
