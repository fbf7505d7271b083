import { describe, expect, it } from 'vitest';
import { holesOf, readH5Surface, resolveSurface, type GridFile, type SurfaceFile } from '../../../core/index.ts';
import { close, linspace, sampled, sampledAccuracy, surfaceFixture } from '../../support/surfaceFixtures.ts';

function read(name: string): SurfaceFile {
  const result = readH5Surface(surfaceFixture(name), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function grid(name: string): GridFile {
  const file = read(name);
  if (file.kind !== 'grid') throw new Error(`${name} is a ${file.kind}`);
  return file;
}

const refusal = (name: string, bytes = surfaceFixture(name)) => {
  const result = readH5Surface(bytes, name);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error.message;
};

/** Every node of a layer against the function it was sampled from, at (xs[i], ys[j]). */
function expectNodes(file: GridFile, key: string, f: (x: number, y: number) => number) {
  const layer = file.layers.find((candidate) => candidate.key === key)!;
  let checked = 0;
  for (let j = 0; j < file.ys.length; j++) {
    for (let i = 0; i < file.xs.length; i++) {
      const stored = layer.values[j * file.xs.length + i]!;
      if (Number.isNaN(stored)) continue;
      if (!close(stored, f(file.xs[i]!, file.ys[j]!)))
        throw new Error(`${key} at node (${i}, ${j}): ${stored} ≠ ${f(file.xs[i]!, file.ys[j]!)}`);
      checked++;
    }
  }
  return checked;
}

describe('reading loss-landscape surface files written by h5py', () => {
  it('reads a non-square grid with x along the rows of constant y, node by node (a transposed reading fails here)', () => {
    const file = grid('wide.h5');
    expect(Array.from(file.xs)).toEqual(linspace(-2, 1, 13));
    expect(Array.from(file.ys)).toEqual(linspace(-0.5, 1.5, 7));
    expect(file.layers.map((layer) => layer.key).sort()).toEqual(['train_acc', 'train_loss']);
    expect(expectNodes(file, 'train_loss', sampled.value)).toBe(13 * 7);
    expect(expectNodes(file, 'train_acc', sampledAccuracy)).toBe(13 * 7);
    // The declared shape is (13, 7): reading it as values[i][j] = f(x_i, y_j) would put f(x_0, y_1) at flat index 1, where f(x_1, y_0) is.
    const loss = file.layers.find((layer) => layer.key === 'train_loss')!.values;
    expect(close(loss[1]!, sampled.value(file.xs[1]!, file.ys[0]!))).toBe(true);
    expect(close(loss[1]!, sampled.value(file.xs[0]!, file.ys[1]!))).toBe(false);
  });

  it('reads every dataset of a square grid: losses, accuracies and Hessian eigenvalues', () => {
    const file = grid('square.h5');
    expect(file.layers.map((layer) => layer.key).sort()).toEqual([
      'max_eig',
      'min_eig',
      'test_acc',
      'test_loss',
      'train_acc',
      'train_loss',
    ]);
    expect(expectNodes(file, 'train_loss', sampled.value)).toBe(121);
    expect(expectNodes(file, 'test_loss', (x, y) => sampled.value(x, y) + 0.5)).toBe(121);
    expect(expectNodes(file, 'test_acc', (x, y) => sampledAccuracy(x, y) - 5)).toBe(121);
    expect(expectNodes(file, 'min_eig', (x) => -0.1 * x)).toBe(121);
    expect(expectNodes(file, 'max_eig', (_, y) => 2 + y)).toBe(121);
    // dir_file is a string naming the direction file, not a layer.
    expect(file.skipped).toEqual([]);
  });

  it('makes the entries an unfinished run left at −1 holes, and counts them', () => {
    const file = grid('unfinished.h5');
    const loss = file.layers.find((layer) => layer.key === 'train_loss')!;
    expect(loss.unfinished).toBe(20);
    expect(loss.notFinite).toBe(0);
    // loss-landscape computes in flat order, so the last 20 flat entries are the missing ones.
    expect(Array.from(loss.values.subarray(71), Number.isNaN)).toEqual(Array(20).fill(true));
    expect(expectNodes(file, 'train_loss', sampled.value)).toBe(71);
    const resolved = resolveSurface(file);
    expect(resolved.ok && resolved.value.description).toMatch(/20 holes \(20 left at −1 by an unfinished run\)/);
  });

  it('makes NaN and Infinity entries holes, at the nodes where they are', () => {
    const file = grid('nonfinite.h5');
    const loss = file.layers.find((layer) => layer.key === 'train_loss')!;
    expect(loss.notFinite).toBe(2);
    expect(holesOf(loss)).toBe(2);
    expect(Number.isNaN(loss.values[3 * 13 + 4]!)).toBe(true);
    expect(Number.isNaN(loss.values[5 * 13 + 10]!)).toBe(true);
    expect(expectNodes(file, 'train_loss', sampled.value)).toBe(89);
  });

  it('reads a 1-D file as a curve', () => {
    const file = read('curve.h5');
    expect(file.kind).toBe('curve');
    if (file.kind !== 'curve') return;
    expect(Array.from(file.xs)).toEqual(linspace(-1, 1, 21));
    const loss = file.layers.find((layer) => layer.key === 'train_loss')!;
    file.xs.forEach((x, i) => expect(close(loss.values[i]!, sampled.value(x, 0.25))).toBe(true));
    const resolved = resolveSurface(file);
    expect(!resolved.ok && resolved.error.message).toBe(
      'curve.h5 is a 1-D loss curve (21 points along x, no ycoordinates), not a surface of x and y.',
    );
  });

  it('reads a trajectory file as a path', () => {
    const file = read('trajectory.h5');
    expect(file.kind).toBe('path');
    if (file.kind !== 'path') return;
    expect(file.xs.length).toBe(12);
    file.xs.forEach((x, t) => {
      expect(close(x, -1.5 + 0.2 * t)).toBe(true);
      expect(close(file.ys[t]!, 1.2 * Math.exp(-0.3 * t))).toBe(true);
    });
  });
});

describe('bad surface files', () => {
  it('refuses an HDF5 file that is not a surface, naming what it holds', () => {
    expect(refusal('directions.h5')).toBe(
      "directions.h5 is an HDF5 file but not a loss-landscape surface: it has no xcoordinates (it holds 'xdirection', 'ydirection').",
    );
  });

  it('refuses coordinates that do not increase', () => {
    expect(refusal('decreasing.h5')).toBe(
      'decreasing.h5: xcoordinates must increase strictly, but xcoordinates[0] = 1 is followed by 0.75.',
    );
  });

  it('refuses data whose shape does not match the coordinates when that dataset is asked for', () => {
    const result = resolveSurface(read('mismatch.h5'));
    expect(!result.ok && result.error.message).toBe(
      "mismatch.h5: 'train_loss' has shape 13 × 6, but the coordinates call for 13 × 7 values.",
    );
    const other = resolveSurface(read('wide.h5'), 'test_loss');
    expect(!other.ok && other.error.message).toBe("wide.h5 has no dataset 'test_loss' on its grid (it has 'train_acc', 'train_loss').");
  });

  it('refuses bytes that are not HDF5 and an empty file', () => {
    expect(refusal('notes.h5', new TextEncoder().encode('x,y,f\n'))).toBe(
      'notes.h5 is not an HDF5 file (it does not start with the HDF5 signature).',
    );
    expect(refusal('empty.h5', new Uint8Array(0))).toMatch(/^empty\.h5 is not an HDF5 file/);
  });

  it('refuses a file over the cap before parsing it', () => {
    const huge = new Uint8Array(128 * 1024 * 1024 + 1);
    huge.set(surfaceFixture('wide.h5'));
    expect(refusal('huge.h5', huge)).toBe('huge.h5 is too large to open (128.0 MB; a surface file is at most 128.0 MB).');
  });

  it('refuses every truncation of a valid file with one clear sentence', () => {
    const whole = surfaceFixture('wide.h5');
    for (let length = 0; length < whole.length; length += length < 4096 ? 1 : 7) {
      const result = readH5Surface(whole.subarray(0, length), 'wide.h5');
      if (result.ok) {
        // The last bytes of an HDF5 file may be padding no dataset uses: then the data must be intact.
        expect(expectNodes(result.value as GridFile, 'train_loss', sampled.value)).toBe(91);
        continue;
      }
      expect(result.error.message).toMatch(/^wide\.h5 (is damaged or incomplete|is not an HDF5 file)/);
    }
  });
});
