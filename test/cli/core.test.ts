import { describe, expect, it } from 'vitest';
import { DATASET_PRESETS, PRESETS } from '../../core/index.ts';
import { BAD_EXPRESSIONS } from '../support/badExpressions.ts';
import { isCleanRejection, runCli } from '../support/runCli.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

describe('curvature presets', () => {
  it('prints every preset with expression, domain and minima', async () => {
    const run = await runCli(['presets']);
    expect(run.code).toBe(0);
    const presets = JSON.parse(run.stdout);
    expect(presets.map((p: { name: string }) => p.name)).toEqual([...PRESETS, ...DATASET_PRESETS].map((p) => p.name));
    expect(presets[0]).toMatchObject({ name: 'rosenbrock', domain: { x: [-2, 2], y: [-1, 3] }, minima: [[1, 1, 0]] });
  });
});

describe('curvature inspect', () => {
  it('prints value, gradient, Hessian and its eigen-decomposition as the contract says', async () => {
    const run = await runCli(['inspect', '--function', 'rosenbrock', '--at', '0,1']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.value).toBe(101);
    expect(result.gradient).toEqual([-2, 200]);
    expect(result.hessian).toEqual([
      [-398, 0],
      [0, 200],
    ]);
    expect(result.eigenvalues).toEqual([-398, 200]);
    expect(result.eigenvectors).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(result.shape).toBe('saddle');
  });

  it('accepts an expression and negative coordinates', async () => {
    const run = await runCli(['inspect', '--function', 'x^2 + 3*y^2 + x*y', '--at', '-1,-2']);
    const result = JSON.parse(run.stdout);
    expect(result.gradient).toEqual([-4, -13]);
    expect(result.shape).toBe('bowl');
    const [[v1x, v1y], [v2x, v2y]] = result.eigenvectors;
    expect(Math.hypot(v1x, v1y)).toBeCloseTo(1, 14);
    expect(v1x * v2x + v1y * v2y).toBeCloseTo(0, 14);
    expect(result.eigenvalues[0]).toBeLessThan(result.eigenvalues[1]);
  });

  it('says so where f has no derivative or no value', async () => {
    const kink = await runCli(['inspect', '--function', 'abs(x) + y^2', '--at', '0,0']);
    expect(isCleanRejection(kink)).toBe(true);
    expect(kink.stderr).toMatch(/no derivative at \(0, 0\)/);
    const hole = await runCli(['inspect', '--function', 'log(x)', '--at', '-1,0']);
    expect(isCleanRejection(hole)).toBe(true);
  });
});

describe('curvature sample', () => {
  it('prints the height grid as JSON, with null for holes', async () => {
    const run = await runCli(['sample', '--function', '1/x', '--x', '-1,1', '--y', '0,1', '--size', '3,2']);
    expect(run.code).toBe(0);
    const grid = JSON.parse(run.stdout);
    expect(grid.heights).toEqual([
      [-1, null, 1],
      [-1, null, 1],
    ]);
    expect(grid.x).toEqual([-1, 0, 1]);
    expect(grid.holes).toBe(2);
  });

  it('prints heights in full precision, and values too large to draw as holes', async () => {
    const third = JSON.parse(
      (await runCliInProcess(['sample', '--function', 'x/3 + 1e9', '--x', '0,1', '--y', '0,1', '--size', '2'])).stdout,
    );
    expect(third.heights[0]).toEqual([1e9, 1e9 + 1 / 3]);
    expect(third.range).toEqual({ min: 1e9, max: 1e9 + 1 / 3 });
    const huge = JSON.parse((await runCliInProcess(['sample', '--function', 'exp(100)*x', '--size', '3'])).stdout);
    expect(huge.heights[0]).toEqual([null, 0, null]);
    expect(huge.holes).toBe(6);
  });

  it('prints CSV rows of x,y,f', async () => {
    const run = await runCli(['sample', '--function', 'x*y', '--x', '0,1', '--y', '0,2', '--size', '2', '--format', 'csv']);
    expect(run.stdout.trim().split('\n')).toEqual(['x,y,f', '0,0,0', '1,0,0', '0,2,0', '1,2,2']);
  });
});

describe('bad input to the CLI: exit 2, one line on stderr, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /No command given/],
    ['an unknown command', ['frobnicate'], /Unknown command/],
    ['an unknown flag', ['inspect', '--function', 'x', '--at', '0,0', '--colour', 'red'], /Unknown flag --colour/],
    ['a missing --at', ['inspect', '--function', 'x'], /--at is required/],
    ['a malformed point', ['inspect', '--function', 'x', '--at', '1;2'], /two numbers/],
    ['a non-numeric point', ['inspect', '--function', 'x', '--at', 'a,b'], /finite number/],
    ['size zero', ['sample', '--function', 'x', '--size', '0'], /whole number from 2/],
    ['a huge size', ['sample', '--function', 'x', '--size', '100000'], /whole number from 2 to 1,024/],
    ['a reversed range', ['sample', '--function', 'x', '--size', '4', '--x', '1,-1'], /smaller to a larger/],
    ['an unknown format', ['sample', '--function', 'x', '--size', '4', '--format', 'xml'], /json or csv/],
  ];
  for (const [label, args, says] of cases) {
    it(label, async () => {
      const run = await runCli(args);
      expect(isCleanRejection(run)).toBe(true);
      expect(run.stderr).toMatch(says);
    });
  }

  it('every bad expression of the list (docs/testing.md)', async () => {
    for (const { text, says } of BAD_EXPRESSIONS) {
      const run = await runCliInProcess(['inspect', '--function', text, '--at', '0,0']);
      expect(isCleanRejection(run), `${JSON.stringify(text.slice(0, 30))}: ${run.stderr}`).toBe(true);
      expect(run.stderr).toMatch(says);
    }
  });

  it('bad expressions across the process boundary', async () => {
    const runs = await Promise.all(
      ['xy', 'import({}, {})', 'x +', '<img src=x onerror=alert(1)>'].map((text) => runCli(['sample', '--function', text, '--size', '8'])),
    );
    for (const run of runs) expect(isCleanRejection(run), run.stderr).toBe(true);
  });
});
