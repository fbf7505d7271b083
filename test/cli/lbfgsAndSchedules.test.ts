import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCleanRejection, runCli } from '../support/runCli.ts';

interface LbfgsOutput {
  optimizer: string;
  params: Record<string, number | string>;
  points: number[][];
  stop: string;
  stopMessage: string;
  modelTargets: number[][];
  modelHessians: number[][][];
  stepLengths: number[];
  lineSearchTrials: { t: number; f: number; slope: number }[][];
  schedule?: Record<string, number | string>;
  lrs?: number[];
}

const trajectory = (...args: string[]) => runCli(['trajectory', '--function', 'rosenbrock', '--from', '-1.2,1', ...args]);
const torch = JSON.parse(readFileSync(new URL('../fixtures/torch_schedules.json', import.meta.url), 'utf8')) as {
  paths: { optimizer: string; lr: number; schedule: string; steps: number; points: number[][] }[];
};

describe('curvature trajectory --optimizer lbfgs and --schedule', () => {
  it('runs L-BFGS with a line search: every value used, each step’s trials, belief and target', { timeout: 120_000 }, async () => {
    const run = await trajectory('--optimizer', 'lbfgs', '--steps', '50', '--line-search', 'strong-wolfe', '--history', '10');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as LbfgsOutput;
    expect(out.optimizer).toBe('lbfgs');
    expect(out.params).toEqual({ lr: 1, history: 10, lineSearch: 'strong-wolfe', tol: 1e-10, steps: 50 });
    expect(out.stop).toBe('converged');
    const last = out.points.at(-1)!;
    expect(last[0]).toBeCloseTo(1, 4);
    expect(last[1]).toBeCloseTo(1, 4);
    const steps = out.points.length - 1;
    expect(out.modelHessians).toHaveLength(steps);
    expect(out.modelHessians[0]).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(out.lineSearchTrials).toHaveLength(steps);
    // the accepted step is one of the trials, and the point it reached is the next point
    out.lineSearchTrials.forEach((trials, k) => {
      const accepted = trials.find((trial) => trial.t === out.stepLengths[k]);
      expect(accepted?.f).toBe(out.points[k + 1]![2]);
    });
  });

  it('runs L-BFGS without a line search by default, and follows a schedule', { timeout: 120_000 }, async () => {
    const run = await trajectory('--optimizer', 'lbfgs', '--steps', '6', '--lr', '0.5', '--schedule', 'StepLR:step_size=2,gamma=0.5');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as LbfgsOutput;
    expect(out.params).toMatchObject({ lr: 0.5, history: 100, lineSearch: 'none' });
    expect(out.schedule).toEqual({ name: 'StepLR', step_size: 2, gamma: 0.5 });
    expect(out.lrs).toEqual([0.5, 0.5, 0.25, 0.25, 0.125, 0.125]);
    expect(out.stepLengths.slice(1)).toEqual([0.5, 0.25, 0.25, 0.125, 0.125]);
    expect(out.lineSearchTrials.every((trials) => trials.length === 0)).toBe(true);
  });

  it('gives gradient descent torch’s path under StepLR', { timeout: 120_000 }, async () => {
    const path = torch.paths.find((p) => p.optimizer === 'gd')!;
    const run = await trajectory('--optimizer', 'gd', '--steps', String(path.steps), '--lr', String(path.lr), '--schedule', path.schedule);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as LbfgsOutput;
    expect(out.lrs!.slice(8, 12)).toEqual([0.001, 0.001, 0.0005, 0.0005]);
    out.points.forEach((point, k) => {
      expect(point[0]).toBeCloseTo(path.points[k]![0]!, 12);
      expect(point[1]).toBeCloseTo(path.points[k]![1]!, 12);
    });
  });

  it('gives Adam torch’s path under OneCycleLR, β1 cycled and its bias correction with it', { timeout: 120_000 }, async () => {
    const path = torch.paths.find((p) => p.optimizer === 'adam' && p.schedule.startsWith('OneCycleLR'))!;
    const run = await trajectory(
      '--optimizer',
      'adam',
      '--steps',
      String(path.steps),
      '--lr',
      String(path.lr),
      '--schedule',
      path.schedule,
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as LbfgsOutput;
    out.points.forEach((point, k) => {
      expect(point[0]).toBeCloseTo(path.points[k]![0]!, 12);
      expect(point[1]).toBeCloseTo(path.points[k]![1]!, 12);
    });
  });

  const refusals: [string[], string][] = [
    [['--optimizer', 'lbfgs', '--history', '0'], "curvature: --history must be a whole number of at least 1, not '0'.\n"],
    [['--optimizer', 'lbfgs', '--history', '-2'], "curvature: --history must be a whole number of at least 1, not '-2'.\n"],
    [['--optimizer', 'lbfgs', '--history', '2.5'], "curvature: --history must be a whole number of at least 1, not '2.5'.\n"],
    [['--optimizer', 'lbfgs', '--line-search', 'wolfe'], 'curvature: --line-search must be none or strong-wolfe, not "wolfe".\n'],
    [
      ['--optimizer', 'lbfgs', '--momentum', '0.5'],
      'curvature: --momentum does not apply to lbfgs, which takes --lr, --history, --line-search.\n',
    ],
    [['--optimizer', 'gd', '--history', '5'], 'curvature: --history applies to lbfgs only, not to gd.\n'],
    [
      ['--optimizer', 'gd', '--schedule', 'Cosine:T_max=5'],
      "curvature: --schedule: Unknown schedule 'Cosine'. Schedules: StepLR, CosineAnnealingLR, LinearLR, OneCycleLR.\n",
    ],
    [
      ['--optimizer', 'gd', '--schedule', 'StepLR:size=5'],
      "curvature: --schedule: StepLR has no setting 'size'; it takes step_size, gamma.\n",
    ],
    [
      ['--optimizer', 'gd', '--schedule', 'CosineAnnealingLR:T_max=0'],
      'curvature: --schedule: CosineAnnealingLR: T_max must be a whole number of at least 1, not 0.\n',
    ],
    [
      ['--optimizer', 'momentum', '--schedule', 'OneCycleLR:max_lr=0.01,total_steps=5'],
      "curvature: OneCycleLR: total_steps 5 is smaller than the run's 10 steps (torch raises after step 5); make it at least 10.\n",
    ],
    [
      ['--optimizer', 'lbfgs', '--schedule', 'OneCycleLR:max_lr=0.01,total_steps=50'],
      'curvature: OneCycleLR cycles the momentum, and L-BFGS has none: torch refuses it for LBFGS.\n',
    ],
    [
      ['--optimizer', 'gd', '--schedule', 'OneCycleLR:max_lr=0.01,total_steps=50'],
      'curvature: OneCycleLR cycles a momentum or β1, and gd has neither; use it with momentum, nesterov or adam (on plain SGD torch would switch momentum on, which makes it the momentum optimizer).\n',
    ],
  ];

  it('refuses bad L-BFGS flags and bad schedules with one line each', { timeout: 300_000 }, async () => {
    // all at once: each is a process of its own
    const runs = await Promise.all(refusals.map(([args]) => trajectory('--steps', '10', ...args)));
    runs.forEach((run, i) => {
      expect(isCleanRejection(run), refusals[i]![0].join(' ')).toBe(true);
      expect(run.stderr).toBe(refusals[i]![1]);
    });
  });
});
