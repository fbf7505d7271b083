import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCleanRejection, runCli } from '../support/runCli.ts';
import { runCliInProcess } from '../support/runCliInProcess.ts';
import { TORCH_CASES, expectClose, type TorchCase } from '../core/network/torchFixtures.ts';

const folder = mkdtempSync(join(tmpdir(), 'curvature-network-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The case's network and dataset as the files a person would pass. */
function filesFor(testCase: TorchCase) {
  const net = join(folder, `${testCase.name}.net.json`);
  const data = join(folder, `${testCase.name}.csv`);
  writeFileSync(net, JSON.stringify(testCase.network));
  const { columns, values } = testCase.dataset;
  const rows = values[0]!.map((_, r) => columns.map((_, c) => String(values[c]![r])).join(','));
  writeFileSync(data, `${columns.join(',')}\n${rows.join('\n')}\n`);
  return { net, data };
}

const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('curvature network inspect', () => {
  it.each(TORCH_CASES)('$name: parameters, loss, gradient, top eigenvalues and trace as torch has them', async (testCase) => {
    const { net, data } = filesFor(testCase);
    const run = await runCliInProcess(['network', 'inspect', '--net', net, '--data', data, '--top', '4']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      parameters: number;
      loss: number;
      gradient: number[];
      hessianTop: number[];
      hessianTrace: number;
    };
    expect(Object.keys(result)).toEqual(['parameters', 'loss', 'gradient', 'hessianTop', 'hessianTrace']);
    expect(result.parameters).toBe(testCase.parameters);
    expectClose([result.loss], [testCase.loss], 1e-13);
    expectClose(result.gradient, testCase.gradient, 1e-12);
    expectClose(result.hessianTop, testCase.eigenvaluesDescending.slice(0, 4), 1e-9);
    expectClose([result.hessianTrace], [testCase.trace], 1e-11);
  });
});

describe('curvature network slice', () => {
  const testCase = TORCH_CASES[2]!;
  const { net, data } = filesFor(testCase);
  type Slice = { alpha: number[]; beta: number[]; loss: number[][]; directions?: unknown[] };

  it('random: Li et al. directions from the seed, printed, reproducible, and the same slice when read back as DIRS.json', async () => {
    const args = [
      'network',
      'slice',
      '--net',
      net,
      '--data',
      data,
      '--directions',
      'random',
      '--seed',
      '3',
      '--size',
      '5',
      '--span',
      '0.5',
    ];
    const first = await runCliInProcess(args);
    expect(first.code).toBe(0);
    const slice = JSON.parse(first.stdout) as Slice;
    expect(slice.alpha).toEqual([-0.5, -0.25, 0, 0.25, 0.5]);
    expect(slice.beta).toEqual(slice.alpha);
    expect(slice.loss).toHaveLength(5);
    expect(slice.loss.every((row) => row.length === 5)).toBe(true);
    expectClose([slice.loss[2]![2]!], [testCase.loss], 1e-13);
    expect((await runCliInProcess(args)).stdout).toBe(first.stdout);
    const other = JSON.parse((await runCliInProcess(args.map((a) => (a === '3' ? '4' : a)))).stdout) as Slice;
    expect(other.loss).not.toEqual(slice.loss);
    const dirs = write('random.dirs.json', JSON.stringify({ directions: slice.directions }));
    const replay = await runCliInProcess([
      'network',
      'slice',
      '--net',
      net,
      '--data',
      data,
      '--directions',
      dirs,
      '--size',
      '5',
      '--span',
      '0.5',
    ]);
    expect(replay.code).toBe(0);
    const replayed = JSON.parse(replay.stdout) as Slice;
    expect(replayed.loss).toEqual(slice.loss);
    expect(replayed.directions).toBeUndefined();
  });

  it('DIRS.json: loss[j][i] is the loss at θ + alpha[i]·d1 + beta[j]·d2 (torch values on the plane)', async () => {
    // The fixture's directions, shaped like layers; its point (0.3, −0.2) lies on a grid of span 0.3 and size 7 (step 0.1).
    const layersOf = (flat: number[]) => {
      let at = 0;
      return (testCase.network as { layers: { weight: number[][]; bias: number[] }[] }).layers.map((layer) => ({
        weight: layer.weight.map((row) => row.map(() => flat[at++]!)),
        bias: layer.bias.map(() => flat[at++]!),
      }));
    };
    const dirs = write('fixture.dirs.json', JSON.stringify({ directions: [layersOf(testCase.slice.d1), layersOf(testCase.slice.d2)] }));
    const run = await runCliInProcess([
      'network',
      'slice',
      '--net',
      net,
      '--data',
      data,
      '--directions',
      dirs,
      '--size',
      '7',
      '--span',
      '0.3',
    ]);
    expect(run.code).toBe(0);
    const slice = JSON.parse(run.stdout) as Slice;
    const point = testCase.slice.points[1]!;
    expect(point.at).toEqual([0.3, -0.2]);
    const i = slice.alpha.findIndex((a) => Math.abs(a - 0.3) < 1e-12);
    const j = slice.beta.findIndex((b) => Math.abs(b + 0.2) < 1e-12);
    expectClose([slice.loss[j]![i]!], [point.value], 1e-12);
  });

  it('hessian: the top two eigenvectors, printed as directions', async () => {
    const run = await runCliInProcess([
      'network',
      'slice',
      '--net',
      net,
      '--data',
      data,
      '--directions',
      'hessian',
      '--size',
      '3',
      '--span',
      '1',
    ]);
    expect(run.code).toBe(0);
    const slice = JSON.parse(run.stdout) as Slice;
    expect(slice.directions).toHaveLength(2);
    // Along the top eigenvector the loss curves up at least as much as along the second.
    expect(slice.loss[1]![0]! + slice.loss[1]![2]!).toBeGreaterThan(2 * testCase.loss);
  });
});

describe('curvature network: bad input', () => {
  const testCase = TORCH_CASES[2]!;
  const { net, data } = filesFor(testCase);
  const network = testCase.network as { layers: { weight: number[][]; bias: number[]; activation: string }[] };

  it('exits 2 with one line for a missing file, through the real binary', async () => {
    const run = await runCli(['network', 'inspect', '--net', join(folder, 'missing.json'), '--data', data]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(/--net .*missing\.json: cannot read it \(no such file\)/);
  });

  const cases: [string, () => string[], RegExp][] = [
    ['no subcommand', () => ['network'], /network needs a subcommand: inspect, slice or train/],
    ['an unknown subcommand', () => ['network', 'plot'], /Unknown network subcommand 'plot'/],
    ['a folder as --net', () => ['network', 'inspect', '--net', folder, '--data', data], /cannot read it \(it is a folder\)/],
    [
      'a network file that is not JSON',
      () => ['network', 'inspect', '--net', write('bad.json', '{"format": '), '--data', data],
      /is not valid JSON/,
    ],
    [
      'shapes that do not chain',
      () => {
        const layers = network.layers.map((layer, l) => (l === 1 ? { ...layer, weight: layer.weight.map((row) => row.slice(1)) } : layer));
        return ['network', 'inspect', '--net', write('chain.json', JSON.stringify({ ...network, layers })), '--data', data];
      },
      /Layer 2's weight takes 5 inputs, but layer 1 gives 6: the shapes do not chain/,
    ],
    [
      'an unknown activation',
      () => {
        const layers = network.layers.map((layer, l) => (l === 0 ? { ...layer, activation: 'swish' } : layer));
        return ['network', 'inspect', '--net', write('act.json', JSON.stringify({ ...network, layers })), '--data', data];
      },
      /Layer 1 has unknown activation 'swish'/,
    ],
    [
      'an unknown loss',
      () => ['network', 'inspect', '--net', write('loss.json', JSON.stringify({ ...network, loss: 'nll' })), '--data', data],
      /Unknown loss 'nll'/,
    ],
    [
      'an input not in the data',
      () => ['network', 'inspect', '--net', write('input.json', JSON.stringify({ ...network, inputs: ['u0', 'v'] })), '--data', data],
      /The input column 'v' is not in/,
    ],
    [
      'a class label out of range',
      () => ['network', 'inspect', '--net', net, '--data', write('labels.csv', 'u0,u1,label\n0.1,0.2,0\n0.3,0.1,3\n')],
      /Row 2 of labels\.csv has 'label' = 3; the network has 3 outputs, so classes run from 0 to 2/,
    ],
    [
      'a class label that is not whole',
      () => ['network', 'inspect', '--net', net, '--data', write('half.csv', 'u0,u1,label\n0.1,0.2,0.5\n')],
      /'label' = 0\.5; cross-entropy takes whole class indices/,
    ],
    [
      'directions shaped unlike the network',
      () => {
        const dirs = write('short.dirs.json', JSON.stringify({ directions: [network.layers.slice(1), network.layers] }));
        return ['network', 'slice', '--net', net, '--data', data, '--directions', dirs, '--size', '3', '--span', '1'];
      },
      /--directions .*short\.dirs\.json: Direction 1 must have 3 layers, as the network has, not 2/,
    ],
    [
      'a slice of size 0',
      () => ['network', 'slice', '--net', net, '--data', data, '--directions', 'random', '--size', '0', '--span', '1'],
      /--size must be a whole number from 1 to 513/,
    ],
    [
      'a negative span',
      () => ['network', 'slice', '--net', net, '--data', data, '--directions', 'random', '--size', '3', '--span', '-1'],
      /--span must be a positive number/,
    ],
    ['an unknown flag', () => ['network', 'inspect', '--net', net, '--data', data, '--rows', '3'], /Unknown flag --rows/],
  ];
  it.each(cases)('%s', async (_, args, pattern) => {
    const run = await runCliInProcess(args());
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(pattern);
    expect(run.stderr.length).toBeLessThan(400);
  });

  it('a huge network file is refused by its parameter count', async () => {
    const row = `[${new Array(2000).fill('0').join(',')}]`;
    const text = `{"format":"curvature-network","inputs":[${Array.from({ length: 2000 }, (_, i) => `"c${i}"`).join(',')}],"target":"label","loss":"mse","layers":[{"weight":[${new Array(600).fill(row).join(',')}],"bias":[${new Array(600).fill(0).join(',')}],"activation":"relu"}]}`;
    const run = await runCliInProcess(['network', 'inspect', '--net', write('huge.json', text), '--data', data]);
    expect(isCleanRejection(run)).toBe(true);
    expect(run.stderr).toMatch(/more than 1,000,000 parameters/);
    expect(readFileSync(data, 'utf8')).toContain('u0,u1,label');
  });
});
