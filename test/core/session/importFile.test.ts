import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSession,
  importFileIntoSession,
  parseSessionText,
  resolveSessionObjective,
  serializeSession,
  showSurfaceLayer,
  surfaceLayerKeys,
  type SessionDocument,
} from '../../../core/index.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/surfaces/${name}`));
const text = (value: string) => new TextEncoder().encode(value);

/** The function the fixtures were sampled from (scripts/fixtures/h5_surfaces.py). */
const sampled = (x: number, y: number) => Math.exp(0.3 * x) + Math.sin(1.3 * y) + 0.25 * x * y * y;

function imported(bytes: Uint8Array, name: string, into: SessionDocument = defaultSession()) {
  const result = importFileIntoSession(into, bytes, name);
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
      [fixture('trajectory.h5'), 'trajectory.h5', /trajectory \(12 projected points\) and no surface is shown: open the surface/],
      [
        fixture('curve-decreasing.h5'),
        'curve-decreasing.h5',
        /xcoordinates must increase strictly, but xcoordinates\[7\] = .* is followed by/,
      ],
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

  it('keeps a file’s other layers, so the shown one changes without the file and changes back exactly', () => {
    const { document, summary } = imported(fixture('square.h5'), 'square.h5');
    expect(surfaceLayerKeys(document)).toEqual(['max_eig', 'min_eig', 'test_acc', 'test_loss', 'train_acc', 'train_loss']);
    expect(summary).toMatch(/Other layers, in the Layer menu: .*test_loss/);
    const shown = showSurfaceLayer(document, 'test_loss');
    if (!shown.ok) throw new Error(shown.error.message);
    expect(shown.value.surface!.key).toBe('test_loss');
    expect(shown.value.function).toBe('test_loss of square.h5');
    expect(surfaceLayerKeys(shown.value)).toEqual(surfaceLayerKeys(document));
    const surface = shown.value.surface!;
    const resolved = resolveSessionObjective(shown.value);
    if (!resolved.ok) throw new Error(resolved.error.message);
    for (const [i, j] of [
      [0, 0],
      [4, 7],
      [10, 10],
    ] as const)
      expect(resolved.value.objective.value(surface.x[i]!, surface.y[j]!)).toBeCloseTo(sampled(surface.x[i]!, surface.y[j]!) + 0.5, 12);
    const back = showSurfaceLayer(shown.value, 'train_loss');
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value.surface!.values).toEqual(document.surface!.values);
    const saved = serializeSession(shown.value);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(parseSessionText(saved.value)).toEqual({ ok: true, value: shown.value });
    expect(showSurfaceLayer(document, 'val_loss')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/no layer "val_loss"/) },
    });
    expect(showSurfaceLayer(defaultSession(), 'train_loss').ok).toBe(false);
  });

  it('keeps as many other layers as the scene’s cap allows, in file order, and says which it left out', () => {
    // 700 × 700 nodes, three constant layers: the shown one and one more fit in 1,048,576 numbers, a third does not.
    const { document, summary } = imported(fixture('many-layers.h5'), 'many-layers.h5');
    expect(document.surface!.key).toBe('train_loss');
    expect(document.surface!.otherLayers.map((layer) => layer.key)).toEqual(['test_loss']);
    expect(document.surface!.otherLayers[0]!.values.every((value) => value === 2)).toBe(true);
    expect(summary).toMatch(
      /Other layers, in the Layer menu: test_loss\. Left out, beyond the 1,048,576 numbers a scene holds: train_acc\.$/,
    );
  });

  it('draws a trajectory file over the surface shown, saves it with the scene, and replaces it when opened again', () => {
    const surface = imported(fixture('wide.h5'), 'wide.h5').document;
    const { document, summary } = imported(fixture('trajectory.h5'), 'trajectory.h5', surface);
    expect(document.surface).toEqual(surface.surface);
    expect(document.trajectories).toHaveLength(1);
    const trajectory = document.trajectories[0]!;
    expect(trajectory.name).toBe('trajectory.h5');
    expect(trajectory.x).toHaveLength(12);
    for (let t = 0; t < 12; t++) {
      expect(trajectory.x[t]).toBeCloseTo(-1.5 + 0.2 * t, 14);
      expect(trajectory.y[t]).toBeCloseTo(1.2 * Math.exp(-0.3 * t), 14);
    }
    expect(summary).toBe('trajectory.h5: a trajectory of 12 points over train_loss of wide.h5, all on its grid.');
    const again = imported(fixture('trajectory.h5'), 'trajectory.h5', document).document;
    expect(again.trajectories).toEqual(document.trajectories);
    const saved = serializeSession(document);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(parseSessionText(saved.value)).toEqual({ ok: true, value: document });
    // A new surface or a data set drops it: it was projected onto the old surface's directions.
    expect(imported(fixture('square.h5'), 'square.h5', document).document.trajectories).toEqual([]);
    expect(imported(text('u,v\n0,1\n1,2\n'), 'line.csv', document).document.trajectories).toEqual([]);
  });

  it('refuses a trajectory whose coordinates differ in length or are not finite, the scene unchanged', () => {
    const surface = imported(fixture('wide.h5'), 'wide.h5').document;
    const cases: [string, RegExp][] = [
      ['trajectory-mismatch.h5', /has 12 proj_xcoord values but 11 proj_ycoord values/],
      ['trajectory-nan.h5', /proj_ycoord\[5\] is NaN, not a finite number/],
    ];
    for (const [name, message] of cases) {
      const result = importFileIntoSession(surface, fixture(name), name);
      expect(result.ok ? 'opened' : result.error.message, name).toMatch(message);
    }
    expect(surface).toEqual(imported(fixture('wide.h5'), 'wide.h5').document);
  });

  it('returns a 1-D file as a curve to draw, leaving the scene as it was', () => {
    const before = defaultSession();
    const { document, curve, summary } = imported(fixture('curve.h5'), 'curve.h5', before);
    expect(document).toBe(before);
    expect(curve!.x).toHaveLength(21);
    expect(curve!.layers.map((layer) => layer.key).sort()).toEqual(['train_acc', 'train_loss']);
    const loss = curve!.layers.find((layer) => layer.key === 'train_loss')!;
    for (let i = 0; i < 21; i++) expect(loss.values[i]).toBeCloseTo(sampled(curve!.x[i]!, 0.25), 12);
    expect(loss.holes).toBe(0);
    expect(summary).toMatch(/^curve\.h5 is a 1-D loss curve: 21 points of train_\w+ along x from -1 to 1, drawn in the curve panel/);
    expect(imported(fixture('wide.h5'), 'wide.h5').curve).toBeNull();
  });

  it('every prefix and random byte changes of a trajectory or 1-D file over a surface give a scene or one sentence, the scene unchanged', () => {
    const surface = imported(fixture('wide.h5'), 'wide.h5').document;
    const copy = JSON.parse(JSON.stringify(surface)) as SessionDocument;
    const check = (bytes: Uint8Array, name: string) => {
      const result = importFileIntoSession(surface, bytes, name);
      if (result.ok) {
        for (const trajectory of result.value.document.trajectories) expect(trajectory.x.length).toBe(trajectory.y.length);
        return;
      }
      expect(result.error.message.startsWith(name), result.error.message).toBe(true);
      expect([...result.error.message].some((char) => char.charCodeAt(0) < 32)).toBe(false);
      expect(result.error.message).not.toMatch(/TypeError|RangeError|undefined|\[object/);
    };
    const trajectory = fixture('trajectory.h5');
    for (let length = 0; length < trajectory.length; length += 7) check(trajectory.subarray(0, length), 'trajectory.h5');
    for (const name of ['trajectory.h5', 'curve.h5']) {
      const bytes = fixture(name);
      fc.assert(
        fc.property(
          fc.array(fc.record({ at: fc.nat({ max: bytes.length - 1 }), byte: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 8 }),
          (changes) => {
            const damaged = bytes.slice();
            for (const { at, byte } of changes) damaged[at] = byte;
            check(damaged, name);
          },
        ),
        { numRuns: 200, interruptAfterTimeLimit: 4000 },
      );
    }
    expect(surface).toEqual(copy);
  });
});
