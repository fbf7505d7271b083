import type { Activation, LayerSpec, LossName, NetworkSpec } from './NetworkSpec.ts';

/**
 * Where each layer's numbers sit in the flat parameter vector θ: layer by layer, the weight
 * row-major (out × in) and then the bias, as `torch.nn.Sequential(...).parameters()` orders them.
 */
export interface NetworkLayout {
  /** Widths from the input to the output: sizes[0] inputs, sizes[l] outputs of layer l. */
  readonly sizes: readonly number[];
  readonly activations: readonly Activation[];
  readonly loss: LossName;
  readonly weightOffsets: readonly number[];
  readonly biasOffsets: readonly number[];
  readonly parameterCount: number;
}

export function layoutFromSizes(sizes: readonly number[], activations: readonly Activation[], loss: LossName): NetworkLayout {
  const weightOffsets: number[] = [];
  const biasOffsets: number[] = [];
  let offset = 0;
  for (let l = 0; l < activations.length; l++) {
    weightOffsets.push(offset);
    offset += sizes[l]! * sizes[l + 1]!;
    biasOffsets.push(offset);
    offset += sizes[l + 1]!;
  }
  return { sizes: [...sizes], activations: [...activations], loss, weightOffsets, biasOffsets, parameterCount: offset };
}

/** The layout of a network whose shapes are known to chain (as `validateNetwork` ensures). */
export function layoutOf(spec: NetworkSpec): NetworkLayout {
  const sizes = [spec.inputs.length, ...spec.layers.map((layer) => layer.bias.length)];
  return layoutFromSizes(
    sizes,
    spec.layers.map((layer) => layer.activation),
    spec.loss,
  );
}

/** θ from per-layer weights and biases shaped as `layout` says. */
export function flattenLayers(layout: NetworkLayout, layers: readonly Pick<LayerSpec, 'weight' | 'bias'>[]): Float64Array {
  const theta = new Float64Array(layout.parameterCount);
  layers.forEach((layer, l) => {
    const inputs = layout.sizes[l]!;
    layer.weight.forEach((row, r) => theta.set(row, layout.weightOffsets[l]! + r * inputs));
    theta.set(layer.bias, layout.biasOffsets[l]!);
  });
  return theta;
}

/** Per-layer weights and biases from θ: the inverse of `flattenLayers`. */
export function unflattenLayers(layout: NetworkLayout, theta: ArrayLike<number>): { weight: number[][]; bias: number[] }[] {
  return layout.activations.map((_, l) => {
    const inputs = layout.sizes[l]!;
    const outputs = layout.sizes[l + 1]!;
    const weightAt = layout.weightOffsets[l]!;
    const biasAt = layout.biasOffsets[l]!;
    return {
      weight: Array.from({ length: outputs }, (_, r) => Array.from({ length: inputs }, (_, c) => theta[weightAt + r * inputs + c]!)),
      bias: Array.from({ length: outputs }, (_, r) => theta[biasAt + r]!),
    };
  });
}

/** The same network with parameters θ (for saving a trained network). */
export function withParameters(spec: NetworkSpec, theta: ArrayLike<number>): NetworkSpec {
  const layers = unflattenLayers(layoutOf(spec), theta);
  return { ...spec, layers: spec.layers.map((layer, l) => ({ ...layers[l]!, activation: layer.activation })) };
}
