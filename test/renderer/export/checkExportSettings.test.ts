import { describe, expect, it } from 'vitest';
import { EXPORT_LIMITS } from '../../../core/index.ts';
import { parseDuration, parseFps, parseSize } from '../../../cli/commands/render.ts';
import { loadExportModule } from './loadExportModule.ts';

type Problems = Partial<Record<'width' | 'height' | 'fps' | 'duration' | 'from' | 'to', string>>;
const { checkExportSettings } = await loadExportModule<{
  checkExportSettings(settings: {
    format: string;
    width: number;
    height: number;
    fps: number;
    duration: number;
    range?: { from: number; to: number; last: number };
  }): Problems;
}>('checkExportSettings');

const good = { format: 'gif', width: 480, height: 270, fps: 30, duration: 2 };

describe('export settings, checked field by field as they are typed', () => {
  it('good settings have no problem', () => {
    expect(checkExportSettings(good)).toEqual({});
    expect(checkExportSettings({ ...good, format: 'mp4', range: { from: 0, to: 40, last: 100 } })).toEqual({});
  });

  it('names each bad field with its own message, all at once', () => {
    const problems = checkExportSettings({ ...good, width: NaN, height: 5, duration: 0 });
    expect(Object.keys(problems).sort()).toEqual(['duration', 'height', 'width']);
    expect(problems.width).toMatch(/whole number of pixels from 16 to 4096, not an empty or unreadable entry/);
    expect(problems.height).toMatch(/not 5\./);
    expect(problems.duration).toMatch(/more than 0 and at most 3600 seconds, not 0/);
    expect(checkExportSettings({ ...good, format: 'webm', width: 481 }).width).toBe('Video needs an even width; 481 is odd.');
    expect(checkExportSettings({ ...good, duration: 0.01 }).duration).toMatch(/shorter than one frame/);
    expect(checkExportSettings({ ...good, range: { from: 30, to: 10, last: 100 } }).to).toMatch(/start before it ends/);
    expect(checkExportSettings({ ...good, range: { from: NaN, to: 200, last: 100 } })).toMatchObject({
      from: expect.stringMatching(/from 0 to 100/),
      to: expect.stringMatching(/not 200/),
    });
  });

  it('a still image has no frame rate or duration to check', () => {
    expect(checkExportSettings({ ...good, format: 'png', fps: NaN, duration: NaN })).toEqual({});
  });

  it('the GIF frame-rate limit is the one the CLI uses: both refuse one frame a second above it and take it', () => {
    const limit = EXPORT_LIMITS.gifMaxFps;
    expect(checkExportSettings({ ...good, fps: limit })).toEqual({});
    expect(checkExportSettings({ ...good, fps: limit + 1 }).fps).toContain(`at most ${limit} frames per second`);
    expect(parseFps(String(limit), 'gif')).toBe(limit);
    expect(() => parseFps(String(limit + 1), 'gif')).toThrow(`at most ${limit} frames per second`);
    expect(checkExportSettings({ ...good, fps: 0.001 }).fps).toMatch(/at least/);
    expect(() => parseFps('0.001', 'gif')).toThrow(/at least/);
  });

  it('sizes, frame rates and durations share their bounds with the CLI', () => {
    const { minSize, maxSize, maxFps, maxDuration } = EXPORT_LIMITS;
    for (const side of [minSize, maxSize]) {
      expect(checkExportSettings({ ...good, width: side })).toEqual({});
      expect(parseSize(`${side}x${side}`, 'gif')).toEqual([side, side]);
    }
    for (const side of [minSize - 1, maxSize + 1]) {
      expect(checkExportSettings({ ...good, width: side }).width).toBeDefined();
      expect(() => parseSize(`${side}x${side}`, 'gif')).toThrow();
    }
    expect(checkExportSettings({ ...good, format: 'webm', fps: maxFps + 1 }).fps).toContain(`at most ${maxFps}`);
    expect(() => parseFps(String(maxFps + 1), 'webm')).toThrow(`at most ${maxFps}`);
    expect(checkExportSettings({ ...good, duration: maxDuration + 1 }).duration).toContain(`at most ${maxDuration}`);
    expect(() => parseDuration(String(maxDuration + 1))).toThrow(`at most ${maxDuration}`);
  });
});
