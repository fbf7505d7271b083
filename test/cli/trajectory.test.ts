import { describe, expect, it } from 'vitest';
import { isCleanRejection, runCli } from '../support/runCli.ts';

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    optimizer: string;
    params: Record<string, number>;
    points: number[][];
    stop: string;
    stopMessage: string;
    modelTargets?: number[][];
  };

describe('curvature trajectory', () => {
  it('prints optimizer, every value used, the points from the start and the stop reason', async () => {
    const run = await runCli([
      'trajectory',
      '--function',
      'rosenbrock',
      '--optimizer',
      'gd',
      '--from',
      '-1.2,1',
      '--steps',
      '2',
      '--lr',
      '0.001',
    ]);
    expect(run.code).toBe(0);
    const result = json(run.stdout);
    expect(result.optimizer).toBe('gd');
    expect(result.params).toEqual({ lr: 0.001, tol: 1e-10, steps: 2 });
    expect(result.stop).toBe('steps');
    expect(result.points).toHaveLength(3);
    // g(−1.2, 1) = (−2·2.2 − 400·(−1.2)·(1 − 1.44), 200·(1 − 1.44)) = (−215.6, −88), so x1 = (−1.2 + 0.2156, 1 + 0.088).
    expect(result.points[0]).toEqual([-1.2, 1, 24.199999999999996]);
    expect(result.points[1]![0]).toBeCloseTo(-0.9844, 12);
    expect(result.points[1]![1]).toBeCloseTo(1.088, 12);
  });

  it('fills in the defaults of the optimizer and takes every flag it reads', { timeout: 120_000 }, async () => {
    const [defaults, given, damped, nesterov] = await Promise.all([
      runCli(['trajectory', '--function', 'booth', '--optimizer', 'adam', '--from', '0,0', '--steps', '1']),
      runCli([
        'trajectory',
        '--function',
        'booth',
        '--optimizer',
        'rmsprop',
        '--from',
        '0,0',
        '--steps',
        '1',
        '--lr',
        '0.5',
        '--alpha',
        '0.9',
        '--eps',
        '1e-6',
        '--tol',
        '1e-12',
      ]),
      runCli(['trajectory', '--function', 'booth', '--optimizer', 'damped-newton', '--from', '0,0', '--steps', '5', '--damping', '0.5']),
      runCli(['trajectory', '--function', 'booth', '--optimizer', 'nesterov', '--from', '0,0', '--steps', '1', '--momentum=0.5']),
    ]);
    expect(json(defaults.stdout).params).toEqual({ lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8, tol: 1e-10, steps: 1 });
    expect(json(given.stdout).params).toEqual({ lr: 0.5, alpha: 0.9, eps: 1e-6, tol: 1e-12, steps: 1 });
    expect(json(damped.stdout).params).toEqual({ lr: 1, damping: 0.5, tol: 1e-10, steps: 5 });
    expect(json(nesterov.stdout).params).toEqual({ lr: 0.001, momentum: 0.5, tol: 1e-10, steps: 1 });
  });

  it('Newton on Rosenbrock converges to (1, 1) and reports its model targets', async () => {
    const run = await runCli(['trajectory', '--function', 'rosenbrock', '--optimizer', 'newton', '--from', '-1.2,1', '--steps', '100']);
    const result = json(run.stdout);
    expect(result.stop).toBe('converged');
    expect(result.points.at(-1)).toEqual([1, 1, 0]);
    expect(result.modelTargets).toHaveLength(result.points.length - 1);
    expect(result.stopMessage).toMatch(/^Converged after \d steps at \(1, 1\)/);
  });

  it('prints step,x,y,f rows with a header in CSV, one per point', async () => {
    const run = await runCli([
      'trajectory',
      '--function',
      'x^2 + y^2',
      '--optimizer',
      'gd',
      '--from',
      '1,2',
      '--steps',
      '3',
      '--lr',
      '0.25',
      '--format',
      'csv',
    ]);
    expect(run.code).toBe(0);
    // x ← x − 0.25·2x = x/2 each step.
    expect(run.stdout).toBe('step,x,y,f\n0,1,2,5\n1,0.5,1,1.25\n2,0.25,0.5,0.3125\n3,0.125,0.25,0.078125\n');
  });

  it('says diverged and keeps only finite points', async () => {
    const result = json(
      (await runCli(['trajectory', '--function', 'rosenbrock', '--optimizer', 'gd', '--from', '-1.2,1', '--steps', '1000', '--lr', '1e6']))
        .stdout,
    );
    expect(result.stop).toBe('diverged');
    expect(result.points.flat().every(Number.isFinite)).toBe(true);
    expect(result.stopMessage).toMatch(/^Diverged at step 1: /);
  });

  it('says singular at a singular Hessian (x³ + y² at the origin)', async () => {
    const result = json(
      (await runCli(['trajectory', '--function', 'x^3 + y^2', '--optimizer', 'newton', '--from', '0,0', '--steps', '10'])).stdout,
    );
    expect(result.stop).toBe('singular');
    expect(result.points).toEqual([[0, 0, 0]]);
    expect(result.stopMessage).toContain('the Hessian [[0, 0], [0, 2]] at (0, 0) cannot be inverted');
  });

  it('runs from a maximum, an indefinite Hessian and an unbounded function without error', { timeout: 120_000 }, async () => {
    const [top, saddle, unbounded] = (
      await Promise.all([
        runCli(['trajectory', '--function', 'himmelblau', '--optimizer', 'newton', '--from', '-0.270845,-0.923039', '--steps', '50']),
        runCli(['trajectory', '--function', 'x^2 - y^2', '--optimizer', 'newton', '--from', '1,1', '--steps', '10']),
        runCli(['trajectory', '--function', 'x', '--optimizer', 'gd', '--from', '0,0', '--steps', '10', '--lr', '0.5']),
      ])
    ).map((run) => json(run.stdout));
    expect(top!.stop).toBe('converged');
    expect(saddle!.points.at(-1)).toEqual([0, 0, 0]);
    expect(unbounded!.stop).toBe('steps');
    expect(unbounded!.points.at(-1)).toEqual([-5, 0, -5]);
  });

  it.each([
    [['--lr', '0'], /lr must be a number in \(0, 1000000\], not 0\./],
    [['--lr', '-1'], /lr must be a number in \(0, 1000000\], not -1\./],
    [['--lr', 'NaN'], /--lr must be a finite number, not 'NaN'\./],
    [['--optimizer', 'momentum', '--momentum', '1'], /momentum \(μ\) must be a number in \[0, 1\)/],
    [['--optimizer', 'adam', '--beta1', '1'], /beta1 \(β1\) must be a number in \[0, 1\)/],
    [['--optimizer', 'adam', '--beta2', '1.5'], /beta2 \(β2\) must be a number in \[0, 1\)/],
    [['--optimizer', 'adam', '--eps', '0'], /eps \(ε\) must be a number in \(0, 1\]/],
    [['--optimizer', 'damped-newton', '--damping', '-1'], /damping \(λ\) must be a number in \[0, 1000000\]/],
    [['--steps', '0'], /--steps must be a whole number from 1 to 100,000, not '0'\./],
    [['--steps', '1e9'], /--steps must be a whole number from 1 to 100,000, not '1e9'\./],
    [['--tol', '-1'], /tol \(the convergence tolerance\) must be a finite number of at least 0/],
    [['--from', '-1,0', '--function', 'log(x)'], /f is not defined at the start \(-1, 0\)/],
    [['--from', '1'], /--from must be two numbers separated by a comma/],
    [
      ['--optimizer', 'sgd'],
      /Unknown optimizer 'sgd'\. Optimizers: gd, momentum, nesterov, adam, rmsprop, adagrad, newton, damped-newton, saddle-free-newton, gauss-newton, lbfgs\./,
    ],
    [['--momentum', '0.5'], /--momentum does not apply to gd, which takes --lr\./],
    [['--format', 'xml'], /--format must be json or csv/],
    [['--function', 'x +'], /^curvature: --function: /],
  ])('rejects %j cleanly', async (override, message) => {
    const base: Record<string, string> = { '--function': 'rosenbrock', '--optimizer': 'gd', '--from': '-1.2,1', '--steps': '10' };
    const rest: string[] = [];
    for (let i = 0; i < override.length; i += 2) {
      if (override[i]! in base) base[override[i]!] = override[i + 1]!;
      else rest.push(override[i]!, override[i + 1]!);
    }
    const run = await runCli(['trajectory', ...Object.entries(base).flat(), ...rest]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(message);
  });

  it('requires --function, --optimizer, --from and --steps', { timeout: 120_000 }, async () => {
    const missing = ['function', 'optimizer', 'from', 'steps'];
    const runs = await Promise.all(
      missing.map((name) => {
        const flags: Record<string, string> = { function: 'booth', optimizer: 'gd', from: '0,0', steps: '5' };
        delete flags[name];
        return runCli(['trajectory', ...Object.entries(flags).flatMap(([key, value]) => [`--${key}`, value])]);
      }),
    );
    for (const [i, run] of runs.entries()) {
      expect(isCleanRejection(run)).toBe(true);
      expect(run.stderr).toBe(`curvature: --${missing[i]} is required.\n`);
    }
  });
});
