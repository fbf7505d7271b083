import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSession, importFileIntoSession, parseSessionText, resolveSessionObjective, serializeSession } from '../../../core/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/surfaces/${name}`));
const text = (value: string) => new TextEncoder().encode(value);

/** The function the fixtures were sampled from (scripts/fixtures/h5_surfaces.py). */
const sampled = (x: number, y: number) => Math.exp(0.3 * x) + Math.sin(1.3 * y) + 0.25 * x * y * y;

function imported(bytes: Uint8Array, name: string) {
  const result = importFileIntoSession(defaultSession(), bytes, name);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('opening a data or surface file into the scene', () => {
  it('makes a loss-landscape .h5 file the drawn surface, node for node, over the file’s domain', () => {
    const { document, summary } = imported(fixture('wide.h5'), 'wide.h5');
    expect(document.surface?.key).toBe('train_loss');
    expect(document.function).toBe('train_loss of wide.h5');
    const surface = document.surface!;
    expect(document.domain).toEqual({ x: [surface.x[0], surface.x.at(-1)], y: [surface.y[0], surface.y.at(-1)] });
    const resolved = resolveSessionObjective(document);
    if (!resolved.ok) throw new Error(resolved.error.message);
    for (const [i, j] of [
      [0, 0],
      [3, 1],
      [surface.x.length - 1, surface.y.length - 1],
    ] as const)
      expect(resolved.value.objective.value(surface.x[i]!, surface.y[j]!)).toBeCloseTo(sampled(surface.x[i]!, surface.y[j]!), 12);
    expect(summary).toMatch(/bicubic interpolant of its \d+ × \d+ grid/);
    expect(document.runs.every((run) => run.start === null)).toBe(true);
  });

  it('reads a CSV with columns x and y as a grid, and any other CSV as a data set with a first loss to look at', () => {
    expect(imported(fixture('wide.csv'), 'wide.csv').document.surface).not.toBeNull();
    const { document, summary } = imported(text('u,v\n0,1\n1,3\n2,5.5\n'), 'line.csv');
    expect(document.surface).toBeNull();
    expect(document.data?.columns.map((column) => column.name)).toEqual(['u', 'v']);
    expect(document.function).toBe('(x*u + y - v)^2');
    expect(summary).toBe('line.csv: 3 rows of u, v; f(x, y) is the mean of (x*u + y - v)^2 over them.');
    const resolved = resolveSessionObjective(document);
    expect(resolved.ok && resolved.value.objective.value(2, 1)).toBeCloseTo((0 + 0 + 0.5 ** 2) / 3, 14);
  });

  it('keeps the scene’s loss when a new data set has the same columns', () => {
    const first = imported(text('u,v\n0,1\n1,3\n'), 'a.csv').document;
    const edited = { ...first, function: '(x*u - v)^2 + y^2' };
    const second = importFileIntoSession(edited, text('v,u\n2,1\n4,2\n'), 'b.csv');
    expect(second.ok && second.value.document.function).toBe('(x*u - v)^2 + y^2');
  });

  it('saves and reopens an imported surface as the same scene', () => {
    const { document } = imported(fixture('square.h5'), 'square.h5');
    const saved = serializeSession(document);
    if (!saved.ok) throw new Error(saved.error.message);
    const reopened = parseSessionText(saved.value);
    expect(reopened.ok && reopened.value).toEqual(document);
  });

  it('refuses a bad file with one sentence and leaves the scene as it was', () => {
    const before = defaultSession();
    const cases: [Uint8Array, string, RegExp][] = [
      [fixture('wide.h5').subarray(0, 300), 'cut.h5', /cut\.h5/],
      [fixture('curve.h5'), 'curve.h5', /1-D loss curve/],
      [fixture('trajectory.h5'), 'trajectory.h5', /trajectory/],
      [text('u,x\n1,2\n'), 'bad.csv', /weight variable x|x, y/],
      [text('u,v\n1,abc\n'), 'cells.csv', /row 1|row 2/],
      [new Uint8Array([0xff, 0xfe, 0x00]), 'binary.csv', /not UTF-8/],
      [text(''), 'empty.csv', /empty/],
    ];
    for (const [bytes, name, message] of cases) {
      const result = importFileIntoSession(before, bytes, name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(message);
        expect(result.error.message).not.toMatch(/\n|at .*\.ts/);
      }
    }
    expect(before).toEqual(defaultSession());
  });
});
