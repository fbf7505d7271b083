import { describe, expect, it } from 'vitest';
import { loadExportModule } from './loadExportModule.ts';

interface FrameSchedule {
  readonly fps: number;
  readonly frameCount: number;
  readonly duration: number;
  readonly from: number;
  readonly to: number;
}
const schedule = await loadExportModule<{
  frameCountFor(duration: number, fps: number): number;
  makeSchedule(input: { fps: number; duration: number; from: number; to: number }): FrameSchedule;
  stillSchedule(position: number): FrameSchedule;
  frameTime(schedule: FrameSchedule, index: number): number;
  timelinePosition(schedule: FrameSchedule, index: number): number;
}>('frameSchedule');

describe('frame schedule', () => {
  it('has duration × fps frames for every offered rate', () => {
    for (const fps of [24, 30, 60]) {
      for (const duration of [1, 2, 2.5, 10, 60]) {
        const s = schedule.makeSchedule({ fps, duration, from: 0, to: 100 });
        expect(s.frameCount).toBe(Math.round(duration * fps));
        expect(s.duration).toBeCloseTo(duration, 12);
      }
    }
    expect(schedule.makeSchedule({ fps: 30, duration: 2, from: 0, to: 10 }).frameCount).toBe(60);
  });

  it('puts frame i at exactly i / fps seconds', () => {
    const s = schedule.makeSchedule({ fps: 30, duration: 2, from: 0, to: 100 });
    for (let i = 0; i < s.frameCount; i++) expect(schedule.frameTime(s, i)).toBe(i / 30);
  });

  it('spreads the run set over the frames: first frame at the start, last frame at the end, evenly between', () => {
    const s = schedule.makeSchedule({ fps: 30, duration: 2, from: 0, to: 100 });
    expect(schedule.timelinePosition(s, 0)).toBe(0);
    expect(schedule.timelinePosition(s, 59)).toBe(100);
    const steps = Array.from({ length: 59 }, (_, i) => schedule.timelinePosition(s, i + 1) - schedule.timelinePosition(s, i));
    for (const step of steps) expect(step).toBeCloseTo(100 / 59, 10);
  });

  it('maps a range of the timeline', () => {
    const s = schedule.makeSchedule({ fps: 24, duration: 1, from: 10, to: 34 });
    expect(schedule.timelinePosition(s, 0)).toBe(10);
    expect(schedule.timelinePosition(s, 23)).toBe(34);
    expect(schedule.timelinePosition(s, 12)).toBeCloseTo(10 + (24 * 12) / 23, 12);
  });

  it('is the same every time (no clock, no randomness)', () => {
    const a = schedule.makeSchedule({ fps: 60, duration: 3, from: 0, to: 77 });
    const b = schedule.makeSchedule({ fps: 60, duration: 3, from: 0, to: 77 });
    expect(Array.from({ length: a.frameCount }, (_, i) => schedule.timelinePosition(a, i))).toEqual(
      Array.from({ length: b.frameCount }, (_, i) => schedule.timelinePosition(b, i)),
    );
  });

  it('a still is one frame at the given position', () => {
    const s = schedule.stillSchedule(42.5);
    expect(s.frameCount).toBe(1);
    expect(schedule.timelinePosition(s, 0)).toBe(42.5);
  });

  it('rejects rates and durations that make no video', () => {
    for (const [fps, duration] of [
      [0, 2],
      [-30, 2],
      [NaN, 2],
      [30, 0],
      [30, -1],
      [30, Infinity],
    ] as const) {
      expect(() => schedule.makeSchedule({ fps, duration, from: 0, to: 1 })).toThrow(RangeError);
    }
  });
});
