import { SeededRandom } from './SeededRandom.ts';
import { NETWORK_FORMAT, type Activation, type LossName, type NetworkSpec } from './NetworkSpec.ts';

export interface NetworkShape {
  readonly inputs: readonly string[];
  readonly target: string;
  readonly loss: LossName;
  /** The width of each layer's output, first to last. */
  readonly widths: readonly number[];
  /** One per layer. */
  readonly activations: readonly Activation[];
}

/**
 * Fresh weights as `torch.nn.Linear` draws them: weight and bias uniform on ±1/√fan_in (its
 * Kaiming-uniform bound with a = √5), from `seed` by SeededRandom, layer by layer, weight
 * row-major before bias. The same seed gives the same network; torch's own stream differs.
 */
export function initialiseNetwork(shape: NetworkShape, seed: number): NetworkSpec {
  const random = new SeededRandom(seed);
  let fanIn = shape.inputs.length;
  const layers = shape.widths.map((width, l) => {
    const bound = 1 / Math.sqrt(fanIn);
    const weight = Array.from({ length: width }, () => Array.from({ length: fanIn }, () => random.between(-bound, bound)));
    const bias = Array.from({ length: width }, () => random.between(-bound, bound));
    fanIn = width;
    return { weight, bias, activation: shape.activations[l]! };
  });
  return { format: NETWORK_FORMAT, inputs: [...shape.inputs], target: shape.target, loss: shape.loss, layers };
}
