import { describe, expect, it } from 'vitest';
import { initialiseNetwork } from '../../../core/network/initialiseNetwork.ts';
import { SeededRandom } from '../../../core/network/SeededRandom.ts';
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

describe('SeededRandom', () => {
  it('repeats its stream for a seed, with uniform and normal draws of the right moments', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const first = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(first);
    const random = new SeededRandom(1);
    const uniforms = Array.from({ length: 20000 }, () => random.uniform());
    expect(Math.min(...uniforms)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...uniforms)).toBeLessThan(1);
    expect(Math.abs(uniforms.reduce((s, u) => s + u, 0) / uniforms.length - 0.5)).toBeLessThan(0.01);
    const normals = Array.from({ length: 20000 }, () => random.normal());
    const mean = normals.reduce((s, z) => s + z, 0) / normals.length;
    const variance = normals.reduce((s, z) => s + (z - mean) ** 2, 0) / normals.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
