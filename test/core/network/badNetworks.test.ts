import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../core/data/Dataset.ts';
import { bindNetwork } from '../../../core/network/bindNetwork.ts';
import { MAX_NETWORK_PARAMETERS, type NetworkSpec } from '../../../core/network/NetworkSpec.ts';
import { parseNetworkText, validateNetwork } from '../../../core/network/validateNetwork.ts';

const layer = (rows: number, columns: number, activation = 'tanh') => ({
  weight: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => 0.1 * (r - c))),
  bias: Array.from({ length: rows }, () => 0.05),
  activation,
});
const net = (overrides: Record<string, unknown> = {}) => ({
  format: 'curvature-network',
  inputs: ['a', 'b'],
  target: 'label',
  loss: 'mse',
  layers: [layer(3, 2), layer(1, 3, 'identity')],
  ...overrides,
});
const data = (label: number[]): Dataset => ({
  name: 'points.csv',
  columns: ['a', 'b', 'label'],
  values: [Float64Array.of(1, 2, 3), Float64Array.of(0, 1, 0), Float64Array.from(label)],
  rowCount: 3,
});

/** A clear one-line message matching `pattern`, with no control characters and nothing long quoted. */
function expectRefusal(result: { ok: boolean; error?: { message: string } }, pattern: RegExp) {
  expect(result.ok).toBe(false);
  const message = result.error!.message;
  expect(message).toMatch(pattern);
  expect([...message].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
  expect(message.length).toBeLessThan(300);
}

describe('NET.json validation', () => {
  it('accepts a valid network and keeps its numbers', () => {
    const result = validateNetwork(net());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.layers[0]!.weight).toEqual(layer(3, 2).weight);
  });

  it('refuses shapes that do not chain, naming the layers', () => {
    expectRefusal(
      validateNetwork(net({ layers: [layer(3, 2), layer(1, 4, 'identity')] })),
      /Layer 2's weight takes 4 inputs, but layer 1 gives 3/,
    );
    expectRefusal(validateNetwork(net({ layers: [layer(3, 5)] })), /Layer 1's weight takes 5 inputs, but the network has 2 inputs/);
    expectRefusal(
      validateNetwork(net({ layers: [{ ...layer(3, 2), bias: [0, 0] }, layer(1, 3)] })),
      /Layer 1's "bias" must have one entry per weight row \(3\), not 2/,
    );
    expectRefusal(
      validateNetwork(net({ layers: [{ ...layer(2, 2), weight: [[1, 2], [3]] }, layer(1, 2)] })),
      /Layer 1's weight rows differ in length: row 1 has 2 entries, row 2 has 1/,
    );
  });

  it('refuses an unknown activation or loss, listing the known ones', () => {
    expectRefusal(
      validateNetwork(net({ layers: [layer(3, 2, 'gelu'), layer(1, 3)] })),
      /Layer 1 has unknown activation 'gelu'; the activations are tanh, relu, sigmoid, identity/,
    );
    expectRefusal(validateNetwork(net({ loss: 'hinge' })), /Unknown loss 'hinge'; the losses are mse, bce-logits, cross-entropy/);
    expectRefusal(
      validateNetwork(net({ loss: 'cross-entropy' })),
      /cross-entropy loss reads one logit per class \(at least 2\), but the last layer has 1/,
    );
    expectRefusal(
      validateNetwork(net({ loss: 'bce-logits', layers: [layer(3, 2), layer(2, 3)] })),
      /bce-logits loss reads one output per row, but the last layer has 2/,
    );
  });

  it('refuses NaN, infinite and non-numeric weights, naming the entry', () => {
    const withEntry = (entry: unknown) =>
      net({
        layers: [
          {
            ...layer(3, 2),
            weight: [
              [0, 1],
              [1, entry],
              [2, 2],
            ],
          },
          layer(1, 3),
        ],
      });
    expectRefusal(validateNetwork(withEntry(NaN)), /Layer 1's weight\[1\]\[1\] is 'NaN', not a finite number/);
    expectRefusal(validateNetwork(withEntry('NaN')), /Layer 1's weight\[1\]\[1\] is 'NaN', not a finite number/);
    expectRefusal(parseNetworkText(JSON.stringify(withEntry(0)).replace('[1,0]', '[1,NaN]')), /not valid JSON/);
    expectRefusal(
      parseNetworkText(JSON.stringify(withEntry(0)).replace('[1,0]', '[1,1e999]')),
      /weight\[1\]\[1\] is 'Infinity', not a finite number/,
    );
    expectRefusal(
      validateNetwork(net({ layers: [layer(3, 2), { ...layer(1, 3), bias: [Infinity] }] })),
      /Layer 2's bias\[0\] is 'Infinity', not a finite number/,
    );
  });

  it(`refuses 10⁷ parameters with the cap of ${MAX_NETWORK_PARAMETERS.toLocaleString('en')}, before reading the numbers`, () => {
    // 10⁷ weights by shape, without building 10⁷ numbers: every row is the same array.
    const row = new Array<number>(10_000).fill(0);
    const huge = { weight: new Array(1000).fill(row), bias: new Array(1000).fill(0), activation: 'relu' };
    const wide = { weight: new Array(1).fill(new Array(1000).fill(0)), bias: [0], activation: 'identity' };
    const started = performance.now();
    expectRefusal(
      validateNetwork(net({ inputs: Array.from({ length: 10_000 }, (_, i) => `c${i}`), layers: [huge, wide] })),
      /more than 1,000,000 parameters/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses files that are not networks', () => {
    expectRefusal(parseNetworkText(''), /not valid JSON/);
    expectRefusal(parseNetworkText('[1, 2]'), /one JSON object/);
    expectRefusal(parseNetworkText('{"format": "curvature-session"}'), /"format" is 'curvature-session', not "curvature-network"/);
    expectRefusal(validateNetwork(net({ inputs: [] })), /"inputs" must be a non-empty list/);
    expectRefusal(validateNetwork(net({ inputs: ['a', 'a'] })), /names the column 'a' twice/);
    expectRefusal(validateNetwork(net({ target: 3 })), /"target" must be a column name/);
    expectRefusal(validateNetwork(net({ layers: [] })), /"layers" must be a non-empty list/);
    expectRefusal(validateNetwork(net({ format: 'x\u0000\n'.repeat(100) })), /"format" is '/);
    const valid = JSON.stringify(net());
    for (let end = 0; end < valid.length; end += 7) expect(parseNetworkText(valid.slice(0, end)).ok).toBe(false);
  });
});

describe('a network on a dataset', () => {
  const spec = (overrides: Record<string, unknown> = {}) => {
    const result = validateNetwork(net(overrides));
    if (!result.ok) throw new Error(result.error.message);
    return result.value as NetworkSpec;
  };

  it('refuses inputs or target missing from the data, listing its columns', () => {
    expectRefusal(
      bindNetwork(spec({ inputs: ['a', 'c'] }), data([0, 1, 0])),
      /The input column 'c' is not in points.csv \(its columns: 'a', 'b', 'label'\)/,
    );
    expectRefusal(bindNetwork(spec({ target: 'y' }), data([0, 1, 0])), /The target column 'y' is not in points.csv/);
  });

  it('refuses class labels out of range or not whole', () => {
    const classes = spec({ loss: 'cross-entropy', layers: [layer(3, 2), layer(3, 3, 'identity')] });
    expect(bindNetwork(classes, data([0, 2, 1])).ok).toBe(true);
    expectRefusal(
      bindNetwork(classes, data([0, 3, 1])),
      /Row 2 of points.csv has 'label' = 3; the network has 3 outputs, so classes run from 0 to 2/,
    );
    expectRefusal(bindNetwork(classes, data([0, -1, 1])), /Row 2 of points.csv has 'label' = -1/);
    expectRefusal(bindNetwork(classes, data([0, 1.5, 1])), /'label' = 1.5; cross-entropy takes whole class indices/);
    expectRefusal(
      bindNetwork(spec({ loss: 'bce-logits' }), data([0, 1, 0.5])),
      /Row 3 of points.csv has 'label' = 0.5; bce-logits takes targets 0 or 1/,
    );
  });

  it('lays θ out layer by layer, weight row-major then bias', () => {
    const problem = bindNetwork(spec(), data([0, 1, 0]));
    expect(problem.ok).toBe(true);
    if (!problem.ok) return;
    const first = layer(3, 2);
    expect(Array.from(problem.value.theta.subarray(0, 9))).toEqual([...first.weight.flat(), ...first.bias]);
    expect(problem.value.layout.parameterCount).toBe(9 + 4);
    expect(Array.from(problem.value.inputs)).toEqual([1, 0, 2, 1, 3, 0]);
  });
});
