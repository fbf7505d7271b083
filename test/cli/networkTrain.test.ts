import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialiseNetwork } from '../../core/network/initialiseNetwork.ts';
import { isCleanRejection, runCli } from '../support/runCli.ts';
import { builtinData } from '../support/builtinData.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';

const folder = mkdtempSync(join(tmpdir(), 'curvature-network-train-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a two-input classifier of these hidden widths (2 classes) to `name` in the folder; returns its path. */
function writeClassifier(name: string, widths: number[], activation: 'relu' | 'tanh'): string {
  const path = join(folder, name);
  const activations = [...widths.map(() => activation), 'identity' as const];
  const spec = { inputs: ['u1', 'u2'], target: 'label', loss: 'cross-entropy' as const, widths: [...widths, 2], activations };
  writeFileSync(path, JSON.stringify(initialiseNetwork(spec, 1)));
  return path;
}

const net = writeClassifier('spirals.net.json', [16, 16], 'relu');
const dataset = builtinData('spirals', 150, 7);
const data = join(folder, 'spirals.csv');
writeFileSync(
  data,
  `${dataset.columns.join(',')}\n${Array.from({ length: dataset.rowCount }, (_, r) => dataset.values.map((column) => column[r]).join(',')).join('\n')}\n`,
);

const inspectLoss = async (path: string) => {
  const run = await runCliInProcess(['network', 'inspect', '--net', path, '--data', data, '--top', '1']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { loss: number }).loss;
};

describe('curvature network train', () => {
  it('trains a 2-16-16-2 relu network on spirals: the loss falls, and OUT is NET with the trained weights', async () => {
    const out = join(folder, 'trained.net.json');
    const run = await runCliInProcess([
      'network',
      'train',
      '--net',
      net,
      '--data',
      data,
      '--optimizer',
      'adam',
      '--lr',
      '0.02',
      '--steps',
      '150',
      '-o',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { loss } = JSON.parse(run.stdout) as { loss: number[] };
    expect(loss).toHaveLength(150);
    const initial = await inspectLoss(net);
    expect(loss[149]).toBeLessThan(0.6 * initial);
    expect(await inspectLoss(out)).toBe(loss[149]);
    const trained = JSON.parse(readFileSync(out, 'utf8')) as { format: string; inputs: string[]; layers: { activation: string }[] };
    expect(trained.format).toBe('curvature-network');
    expect(trained.layers.map((layer) => layer.activation)).toEqual(['relu', 'relu', 'identity']);
  });

  it('mini-batches with a seed: the same run twice gives the same losses, another seed others', async () => {
    const args = (seed: string, out: string) => [
      'network',
      'train',
      '--net',
      net,
      '--data',
      data,
      '--optimizer',
      'momentum',
      '--lr',
      '0.05',
      '--steps',
      '40',
      '--batch',
      '16',
      '--seed',
      seed,
      '-o',
      join(folder, out),
    ];
    const first = await runCliInProcess(args('3', 'a.json'));
    expect(first.code).toBe(0);
    expect((await runCliInProcess(args('3', 'b.json'))).stdout).toBe(first.stdout);
    expect((await runCliInProcess(args('4', 'c.json'))).stdout).not.toBe(first.stdout);
    expect(readFileSync(join(folder, 'a.json'), 'utf8')).toBe(readFileSync(join(folder, 'b.json'), 'utf8'));
  });

  it.each([
    [
      'L-BFGS with its strong-Wolfe line search',
      ['--optimizer', 'lbfgs', '--line-search', 'strong-wolfe', '--history', '10', '--steps', '20'],
    ],
    ['damped Newton on the dense 354 × 354 Hessian', ['--optimizer', 'damped-newton', '--damping', '1', '--steps', '5']],
    ['saddle-free Newton', ['--optimizer', 'saddle-free-newton', '--damping', '1', '--steps', '5']],
  ])('trains with %s: the loss falls, and OUT holds the trained weights', async (_, extra) => {
    const out = join(folder, `${extra[1]}.net.json`);
    const run = await runCliInProcess(['network', 'train', '--net', net, '--data', data, ...extra, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { loss } = JSON.parse(run.stdout) as { loss: number[] };
    expect(loss.at(-1)!).toBeLessThan(await inspectLoss(net));
    expect(await inspectLoss(out)).toBe(loss.at(-1));
  });

  it('refuses Newton-type training of a network beyond 2,000 parameters before its first step', async () => {
    const large = writeClassifier('large.net.json', [64, 32], 'tanh');
    const out = join(folder, 'large.trained.json');
    const newton = ['--optimizer', 'newton', '--steps', '2'];
    const run = await runCliInProcess(['network', 'train', '--net', large, '--data', data, ...newton, '-o', out]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toBe(
      'curvature: Newton-type training builds the dense Hessian, for at most 2000 parameters; this network has 2338. Use a first-order optimizer or L-BFGS.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown optimizer', ['--optimizer', 'sgdr', '--steps', '5'], /Unknown optimizer 'sgdr'/],
    ['a flag the optimizer does not read', ['--optimizer', 'gd', '--momentum', '0.5', '--steps', '5'], /--momentum does not apply to gd/],
    ['a negative learning rate', ['--optimizer', 'gd', '--lr', '-1', '--steps', '5'], /lr must be a number in \(0, 1000000\], not -1/],
    ['momentum 1', ['--optimizer', 'momentum', '--momentum', '1', '--steps', '5'], /μ/],
    ['zero steps', ['--optimizer', 'gd', '--steps', '0'], /--steps must be a whole number from 1/],
    [
      'a batch larger than the data',
      ['--optimizer', 'gd', '--steps', '5', '--batch', '1000'],
      /--batch must be a whole number from 1 to 150/,
    ],
    ['a seed without a batch', ['--optimizer', 'gd', '--steps', '5', '--seed', '2'], /--seed applies to mini-batches/],
    [
      'mini-batches for L-BFGS',
      ['--optimizer', 'lbfgs', '--steps', '5', '--batch', '10'],
      /lbfgs trains on all rows: its line search and curvature pairs compare values of one loss, so --batch does not apply/,
    ],
    [
      'Gauss–Newton, which needs residuals',
      ['--optimizer', 'gauss-newton', '--steps', '5'],
      /gauss-newton needs a mean of squared residuals/,
    ],
  ];
  it.each(bad)('refuses %s with one line, writing nothing', async (_, extra, pattern) => {
    const out = join(folder, 'never.net.json');
    const run = await runCliInProcess(['network', 'train', '--net', net, '--data', data, ...extra, '-o', out]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(pattern);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an output folder that does not exist, leaving no partial file', async () => {
    const out = join(folder, 'missing', 'trained.json');
    const run = await runCliInProcess(['network', 'train', '--net', net, '--data', data, '--optimizer', 'gd', '--steps', '2', '-o', out]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(
      /^curvature: Cannot write .*trained\.json\. The folder .*missing no longer exists or takes no new files\. No file was written\.\n$/,
    );
    expect(readdirSync(folder).some((name) => name.endsWith('.part'))).toBe(false);
  });

  describe('a loss that diverges within the allowed ranges (lr at most 1e6)', () => {
    // u → v = 2u with one linear unit: gradient descent at lr 1e6 multiplies the error by about 1e7 a step.
    const line = join(folder, 'line.net.json');
    writeFileSync(
      line,
      JSON.stringify({
        format: 'curvature-network',
        inputs: ['u'],
        target: 'v',
        loss: 'mse',
        layers: [{ weight: [[0.5]], bias: [0], activation: 'identity' }],
      }),
    );
    const lineData = join(folder, 'line.csv');
    writeFileSync(lineData, 'u,v\n1,2\n2,4\n3,6\n');

    it('network train says at which step it diverged, with exit 2, and writes nothing (never a null loss)', async () => {
      const out = join(folder, 'diverged.net.json');
      const run = await runCli([
        'network',
        'train',
        '--net',
        line,
        '--data',
        lineData,
        '--optimizer',
        'gd',
        '--lr',
        '1e6',
        '--steps',
        '100',
        '-o',
        out,
      ]);
      expect(isCleanRejection(run)).toBe(true);
      expect(run.stderr).toBe(
        'curvature: Training diverged at step 22: the loss went beyond ±1.8e308 (after step 21 it was 8.153e+296). Try a smaller --lr; nothing was written.\n',
      );
      expect(existsSync(out)).toBe(false);
      // The same network one step short of it trains, and every loss printed is a finite number.
      const short = await runCli([
        'network',
        'train',
        '--net',
        line,
        '--data',
        lineData,
        '--optimizer',
        'gd',
        '--lr',
        '1e6',
        '--steps',
        '21',
        '-o',
        out,
      ]);
      expect(short.code).toBe(0);
      const { loss } = JSON.parse(short.stdout) as { loss: unknown[] };
      expect(loss).toHaveLength(21);
      expect(loss.every((value) => typeof value === 'number' && Number.isFinite(value))).toBe(true);
    });

    it('network slice and inspect refuse a loss beyond range instead of printing null', async () => {
      const slice = await runCliInProcess([
        'network',
        'slice',
        '--net',
        line,
        '--data',
        lineData,
        '--directions',
        'random',
        '--size',
        '3',
        '--span',
        '1e300',
      ]);
      expect(isCleanRejection(slice)).toBe(true);
      expect(slice.stderr).toMatch(/^curvature: loss\[0\]\[0\] is not a finite number/);
      const huge = join(folder, 'huge.net.json');
      writeFileSync(
        huge,
        JSON.stringify({ ...JSON.parse(readFileSync(line, 'utf8')), layers: [{ weight: [[1e300]], bias: [0], activation: 'identity' }] }),
      );
      const inspect = await runCliInProcess(['network', 'inspect', '--net', huge, '--data', lineData]);
      expect(isCleanRejection(inspect)).toBe(true);
      expect(inspect.stderr).toMatch(/^curvature: loss is not a finite number/);
    });
  });
});
