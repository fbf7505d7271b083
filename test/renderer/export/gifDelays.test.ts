import { describe, expect, it } from 'vitest';
import { loadExportModule } from './loadExportModule.ts';

const { gifDelaysCs } = await loadExportModule<{ gifDelaysCs(frameCount: number, fps: number): number[] }>('gifDelays');

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('GIF frame delays', () => {
  it('alternate 3 and 4 centiseconds at 30 fps and add up to the duration exactly', () => {
    const delays = gifDelaysCs(60, 30);
    expect(delays.slice(0, 6)).toEqual([3, 4, 3, 3, 4, 3]);
    expect(sum(delays)).toBe(200);
  });

  it('add up to the duration (to the centisecond) for every rate and length', () => {
    for (const fps of [10, 12, 15, 24, 25, 30, 50]) {
      for (const frames of [1, 2, 7, 24, 60, 61, 240, 1000]) {
        const delays = gifDelaysCs(frames, fps);
        expect(delays).toHaveLength(frames);
        expect(sum(delays)).toBe(Math.round((100 * frames) / fps));
        // Never drifts: after any frame the elapsed time is within half a centisecond of the truth.
        let elapsed = 0;
        delays.forEach((delay, i) => {
          elapsed += delay;
          expect(Math.abs(elapsed - (100 * (i + 1)) / fps)).toBeLessThanOrEqual(0.5);
        });
      }
    }
  });

  it('is 4 or 5 cs at 24 fps, never under the 2 cs players honour', () => {
    const delays = gifDelaysCs(48, 24);
    expect(new Set(delays)).toEqual(new Set([4, 5]));
    expect(sum(delays)).toBe(200);
  });
});
