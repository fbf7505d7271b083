import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCleanRejection, runCli } from '../support/runCli.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

const folder = mkdtempSync(join(tmpdir(), 'curvature-data-'));
function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}
const line = file('line.csv', 'u,v\r\n0,1\r\n1,3\r\n2,5\r\n3,7\r\n');

describe('--data FILE.csv', () => {
  it('inspect: f is the mean of the row loss over the file', async () => {
    const run = await runCliInProcess(['inspect', '--data', line, '--function', '(x*u + y - v)^2', '--at', '2,1']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.value).toBe(0);
    expect(result.gradient).toEqual([0, 0]);
    // H = mean of 2·[u², u; u, 1] = [7, 3; 3, 2].
    expect(result.hessian).toEqual([
      [7, 3],
      [3, 2],
    ]);
  });

  it('sample: the grid of the mean', async () => {
    const run = await runCliInProcess([
      'sample',
      '--data',
      line,
      '--function',
      '(x*u + y - v)^2',
      '--x',
      '1,3',
      '--y',
      '0,2',
      '--size',
      '3',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).heights[1][1]).toBe(0);
  });

  it('trajectory: Newton solves least squares in one step; --batch gives seeded mini-batches and their losses', async () => {
    const newton = JSON.parse(
      (
        await runCliInProcess([
          'trajectory',
          '--data',
          line,
          '--function',
          '(x*u + y - v)^2',
          '--optimizer',
          'newton',
          '--from',
          '0,0',
          '--steps',
          '1',
        ])
      ).stdout,
    );
    expect(newton.points[1][0]).toBeCloseTo(2, 12);
    expect(newton.points[1][1]).toBeCloseTo(1, 12);
    const args = [
      'trajectory',
      '--data',
      line,
      '--function',
      '(x*u + y - v)^2',
      '--optimizer',
      'gd',
      '--lr',
      '0.05',
      '--from',
      '0,0',
      '--steps',
      '6',
      '--batch',
      '2',
    ];
    const a = JSON.parse((await runCliInProcess([...args, '--seed', '3'])).stdout);
    const b = JSON.parse((await runCliInProcess([...args, '--seed', '3'])).stdout);
    const c = JSON.parse((await runCliInProcess([...args, '--seed', '4'])).stdout);
    expect(a.points).toEqual(b.points);
    expect(a.points).not.toEqual(c.points);
    expect(a.params).toMatchObject({ batch: 2, seed: 3, lr: 0.05 });
    expect(a.batchLosses).toHaveLength(6);
  });

  it('a data-set preset brings its own data', async () => {
    const run = await runCliInProcess([
      'trajectory',
      '--function',
      'two-moons-logistic',
      '--optimizer',
      'gd',
      '--lr',
      '0.5',
      '--from',
      '-2,1',
      '--steps',
      '5',
      '--batch',
      '8',
      '--seed',
      '1',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).points).toHaveLength(6);
  });

  it('trajectory: gauss-newton on a squared loss, with and without --batch; refused with code 2 on any other loss', async () => {
    const args = ['trajectory', '--data', line, '--function', '(x*u + y - v)^2', '--optimizer', 'gauss-newton', '--from', '0,0'];
    const full = await runCliInProcess([...args, '--steps', '1']);
    expect(full.code).toBe(0);
    const solved = JSON.parse(full.stdout) as { params: Record<string, number>; points: number[][] };
    expect(solved.params).toMatchObject({ lr: 1, damping: 0 });
    expect(solved.points[1]![0]).toBeCloseTo(2, 12);
    expect(solved.points[1]![1]).toBeCloseTo(1, 12);
    const batched = await runCliInProcess([...args, '--steps', '3', '--batch', '2', '--seed', '1', '--damping', '0.5']);
    expect(batched.code).toBe(0);
    expect((JSON.parse(batched.stdout) as { batchLosses: number[] }).batchLosses).toHaveLength(3);
    for (const refused of [
      ['trajectory', '--data', line, '--function', 'abs(x*u + y - v)', '--optimizer', 'gauss-newton', '--from', '0,0', '--steps', '3'],
      ['trajectory', '--function', 'rosenbrock', '--optimizer', 'gauss-newton', '--from', '0,0', '--steps', '3'],
    ]) {
      const run = await runCliInProcess(refused);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^curvature: gauss-newton needs a mean of squared residuals: a per-sample loss on a data set of the form \(r\)\^2/,
      );
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('trajectory: --schedule works with --batch, each step at its scheduled lr', async () => {
    const args = ['trajectory', '--function', 'two-moons-logistic', '--optimizer', 'gd', '--lr', '0.5', '--from', '-2,1'];
    const run = await runCliInProcess([
      ...args,
      '--steps',
      '4',
      '--batch',
      '8',
      '--seed',
      '1',
      '--schedule',
      'StepLR:step_size=2,gamma=0.5',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { points: number[][]; lrs: number[]; batchLosses: number[] };
    expect(out.lrs).toEqual([0.5, 0.5, 0.25, 0.25]);
    expect(out.points).toHaveLength(5);
    expect(out.batchLosses).toHaveLength(4);
  });

  it.each([
    [['--data', file('ragged.csv', 'u,v\n1,2\n3\n')], /--data: ragged.csv: row 2 has 1 field/],
    [['--data', file('noheader.csv', '1,2\n3,4\n')], /first row must name the columns/],
    [['--data', file('word.csv', 'u,v\n1,two\n')], /row 1, column v: the cell is "two", not a number/],
    [['--data', file('empty.csv', '')], /the file is empty/],
    [['--data', file('x.csv', 'x,v\n1,2\n')], /column name "x" is the weight variable x/],
    [['--data', join(folder, 'missing.csv')], /cannot read .*missing.csv: no such file/],
    [['--data', file('binary.csv', '\u00ff')], /the cell|not UTF-8|first row|column name/],
  ])('refuses bad data files: %j', async (flags, message) => {
    const run = await runCliInProcess(['inspect', '--function', '(x*u + y - v)^2', '--at', '0,0', ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--batch', '0'], /batch size must be a whole number from 1 to 4/],
    [['--batch', '5'], /batch size must be a whole number from 1 to 4/],
    [['--batch', '2', '--seed', '1.5'], /seed must be a whole number, not 1.5/],
    [['--seed', '1'], /--seed orders the mini-batches of --batch/],
  ])('refuses bad batches: %j', async (flags, message) => {
    const run = await runCliInProcess([
      'trajectory',
      '--data',
      line,
      '--function',
      '(x*u + y - v)^2',
      '--optimizer',
      'gd',
      '--from',
      '0,0',
      '--steps',
      '3',
      ...flags,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('--batch without data is refused', async () => {
    const run = await runCliInProcess([
      'trajectory',
      '--function',
      'rosenbrock',
      '--optimizer',
      'gd',
      '--from',
      '0,0',
      '--steps',
      '3',
      '--batch',
      '2',
    ]);
    expect(run.stderr).toMatch(/--batch needs a loss on data/);
  });

  it('across the process boundary: exit 2 and one line for a bad file', async () => {
    const run = await runCli(['inspect', '--data', file('dup.csv', 'u,u\n1,2\n'), '--function', 'x', '--at', '0,0']);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(/two columns are named "u"/);
  }, 120_000);
});
