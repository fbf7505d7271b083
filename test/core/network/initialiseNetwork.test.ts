import { describe, expect, it } from 'vitest';
import { initialiseNetwork } from '../../../core/network/initialiseNetwork.ts';
import { validateNetwork } from '../../../core/network/validateNetwork.ts';

const shape = {
  inputs: ['x0', 'x1'],
  target: 'label',
  loss: 'cross-entropy' as const,
  widths: [16, 16, 3],
  activations: ['relu', 'relu', 'identity'] as const,
};

describe('initialiseNetwork', () => {
  it('draws weight and bias uniformly within ±1/√fan_in, as torch.nn.Linear does', () => {
    const spec = initialiseNetwork(shape, 7);
    expect(validateNetwork(spec).ok).toBe(true);
    const fanIns = [2, 16, 16];
    spec.layers.forEach((layer, l) => {
      const bound = 1 / Math.sqrt(fanIns[l]!);
      const numbers = [...layer.weight.flat(), ...layer.bias];
      expect(Math.max(...numbers.map(Math.abs))).toBeLessThan(bound);
      // Uniform on ±bound: the largest of many draws comes near the bound, and the mean near 0.
      expect(Math.max(...numbers.map(Math.abs))).toBeGreaterThan(0.8 * bound);
      expect(Math.abs(numbers.reduce((a, b) => a + b, 0) / numbers.length)).toBeLessThan(0.3 * bound);
    });
    expect(spec.layers.map((layer) => [layer.weight.length, layer.weight[0]!.length, layer.bias.length])).toEqual([
      [16, 2, 16],
      [16, 16, 16],
      [3, 16, 3],
    ]);
  });

  it('gives the same network for the same seed and another for another seed', () => {
    expect(initialiseNetwork(shape, 7)).toEqual(initialiseNetwork(shape, 7));
    expect(initialiseNetwork(shape, 8).layers[0]!.weight).not.toEqual(initialiseNetwork(shape, 7).layers[0]!.weight);
  });
});
