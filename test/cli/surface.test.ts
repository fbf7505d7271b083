import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { close, sampled, SURFACE_FIXTURES } from '../support/surfaceFixtures.ts';
import { isCleanRejection, runCli } from '../support/runCli.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

const fixture = (name: string) => join(SURFACE_FIXTURES, name);
const scratch = mkdtempSync(join(tmpdir(), 'curvature-surface-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A file in the scratch folder. */
function write(name: string, content: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const json = async (args: string[]) => {
  const run = await runCliInProcess(args);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
};

describe('--surface on inspect, sample and trajectory', () => {
  it('inspect keeps the contract and adds where the derivatives come from', async () => {
    const run = await runCli(['inspect', '--surface', fixture('wide.h5'), '--at', '0.25,0.5']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    for (const key of ['value', 'gradient', 'hessian', 'eigenvalues', 'eigenvectors', 'shape']) expect(result).toHaveProperty(key);
    // (0.25, 0.5) is a node: the value is the file's number.
    expect(close(result.value, sampled.value(0.25, 0.5))).toBe(true);
    expect(result.eigenvalues[0]).toBeLessThanOrEqual(result.eigenvalues[1]);
    expect(result.surface).toEqual({
      file: 'wide.h5',
      key: 'train_loss',
      grid: [13, 7],
      holes: 0,
      derivatives: 'train_loss of wide.h5: exact derivatives of the bicubic interpolant of its 13 × 7 grid, no holes.',
    });
  });

  it('--key picks another dataset of the file', async () => {
    const result = await json(['inspect', '--surface', fixture('square.h5'), '--key', 'test_loss', '--at', '0.2,-0.4']);
    expect(close(result.value, sampled.value(0.2, -0.4) + 0.5)).toBe(true);
    expect(result.surface.key).toBe('test_loss');
  });

  it('sample defaults to the file’s domain and nodes, and prints the file’s numbers node by node', async () => {
    for (const name of ['wide.h5', 'wide.csv']) {
      const result = await json(['sample', '--surface', fixture(name)]);
      expect(result.domain).toEqual({ x: [-2, 1], y: [-0.5, 1.5] });
      expect([result.nx, result.ny]).toEqual([13, 7]);
      expect(result.heights.length).toBe(7);
      result.heights.forEach((row: number[], j: number) =>
        row.forEach((height, i) => expect(close(height, sampled.value(result.x[i], result.y[j]), 1e-13)).toBe(true)),
      );
      expect(result.holes).toBe(0);
    }
  });

  it('sample counts the holes of an unfinished run', async () => {
    const result = await json(['sample', '--surface', fixture('unfinished.h5'), '--size', '13,7']);
    expect(result.surface.holes).toBe(20);
    expect(result.heights.flat().filter((h: number | null) => h === null).length).toBeGreaterThanOrEqual(20);
  });

  it('trajectory runs an optimizer on the surface and stops as diverged when it leaves the grid', async () => {
    const adam = await json([
      'trajectory',
      '--surface',
      fixture('wide.h5'),
      '--optimizer',
      'adam',
      '--from',
      '0.5,1.2',
      '--steps',
      '30',
      '--lr',
      '0.05',
    ]);
    expect(adam.points.length).toBe(31);
    expect(adam.points.at(-1)[2]).toBeLessThan(adam.points[0][2]);
    const far = await json([
      'trajectory',
      '--surface',
      fixture('wide.h5'),
      '--optimizer',
      'gd',
      '--from',
      '0.9,1.4',
      '--steps',
      '100',
      '--lr',
      '1',
    ]);
    expect(far.stop).toBe('diverged');
    expect(far.stopMessage).toMatch(/where f is not finite \(NaN\)/);
    const args = '--optimizer saddle-free-newton --lr 0.2 --damping 1 --from 0.5,0.5 --steps 3'.split(' ');
    const newton = await json(['trajectory', '--surface', fixture('square.h5'), ...args]);
    expect(newton.points.length).toBe(4);
    expect(newton.modelTargets.length).toBe(3);
  });
});

describe('bad surface files on the command line', () => {
  const wide = new Uint8Array(readFileSync(fixture('wide.h5')));
  const damaged = wide.slice();
  for (let k = 600; k < 700; k++) damaged[k] = 0xff;
  const huge = join(scratch, 'huge.h5');
  writeFileSync(huge, wide);
  truncateSync(huge, 1024 * 1024 * 1024);
  const grid = (rows: string[]) => ['x,y,f', ...rows].join('\n');

  const cases: [string, string[], RegExp][] = [
    [
      'a truncated HDF5 file',
      ['--surface', write('cut.h5', wide.subarray(0, 2000))],
      /^curvature: --surface: cut\.h5 is damaged or incomplete/,
    ],
    ['a corrupted HDF5 file', ['--surface', write('damaged.h5', damaged)], /^curvature: --surface: damaged\.h5 is damaged or incomplete/],
    [
      'an HDF5 file that is not a surface',
      ['--surface', fixture('directions.h5')],
      /has no xcoordinates \(it holds 'xdirection', 'ydirection'\)/,
    ],
    ['coordinates that do not increase', ['--surface', fixture('decreasing.h5')], /xcoordinates must increase strictly/],
    [
      'data whose shape does not match the coordinates',
      ['--surface', fixture('mismatch.h5')],
      /'train_loss' has shape 13 × 6, but the coordinates call for 13 × 7 values/,
    ],
    [
      'a 1 GB file',
      ['--surface', huge],
      /^curvature: --surface: huge\.h5 is too large to open \(1024\.0 MB; a surface file is at most 128\.0 MB\)\.\n$/,
    ],
    [
      'a CSV grid with a missing node',
      ['--surface', write('missing.csv', grid(['0,0,1', '1,0,2', '2,0,3', '0,1,4', '2,1,5']))],
      /missing\.csv has no row for the node \(1, 1\)/,
    ],
    [
      'a CSV grid with a duplicate node',
      ['--surface', write('twice.csv', grid(['0,0,1', '1,0,2', '0,1,3', '1,1,4', '0,0,5']))],
      /twice\.csv: lines 2 and 6 both give the node \(0, 0\)/,
    ],
    ['a file that is not there', ['--surface', join(scratch, 'nowhere.h5')], /cannot read nowhere\.h5: there is no such file/],
    ['a 1-D file', ['--surface', fixture('curve.h5')], /curve\.h5 is a 1-D loss curve/],
    ['a trajectory file', ['--surface', fixture('trajectory.h5')], /trajectory\.h5 is a trajectory/],
    ['an unknown dataset', ['--surface', fixture('wide.h5'), '--key', 'test_loss'], /wide\.h5 has no dataset 'test_loss' on its grid/],
    ['--key without --surface', ['--function', 'x', '--key', 'train_loss'], /--key names a dataset of a --surface file/],
    ['--function and --surface', ['--function', 'x', '--surface', fixture('wide.h5')], /Give --function or --surface, not both/],
  ];

  it.each(cases)('%s: exit 2 and one line', async (_label, flags, message) => {
    const run = await runCliInProcess(['inspect', ...flags, '--at', '0,0']);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(message);
  });

  it('a point off the grid or in a hole is refused with a sentence saying so', async () => {
    const outside = await runCliInProcess(['inspect', '--surface', fixture('wide.h5'), '--at', '1.5,0']);
    expect(isCleanRejection(outside)).toBe(true);
    expect(outside.stderr).toBe(
      'curvature: --at (1.5, 0) is outside the grid of wide.h5, which covers x from -2 to 1 and y from -0.5 to 1.5.\n',
    );
    const start = await runCliInProcess([
      'trajectory',
      '--surface',
      fixture('wide.h5'),
      '--optimizer',
      'gd',
      '--from',
      '0,2',
      '--steps',
      '3',
    ]);
    expect(isCleanRejection(start)).toBe(true);
    expect(start.stderr).toMatch(/--from \(0, 2\) is outside the grid of wide\.h5/);
    // nonfinite.h5 has NaN at (x[4], y[3]) = (−1, 0.5): the cells around it are holes.
    const hole = await runCliInProcess(['inspect', '--surface', fixture('nonfinite.h5'), '--at', '-0.9,0.6']);
    expect(isCleanRejection(hole)).toBe(true);
    expect(hole.stderr).toMatch(/a node of the grid around it is a hole/);
  });

  it('the real binary rejects a damaged file the same way', async () => {
    const run = await runCli(['sample', '--surface', write('damaged2.h5', damaged)]);
    expect(isCleanRejection(run)).toBe(true);
  });
});
