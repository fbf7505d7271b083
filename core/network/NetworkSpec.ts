/** The file format name that a `NET.json` carries. */
export const NETWORK_FORMAT = 'curvature-network';

export const ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'identity'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const LOSSES = ['mse', 'bce-logits', 'cross-entropy'] as const;
export type LossName = (typeof LOSSES)[number];

/** One `torch.nn.Linear` followed by its activation: `weight` is out × in, `bias` has out entries. */
export interface LayerSpec {
  readonly weight: readonly (readonly number[])[];
  readonly bias: readonly number[];
  readonly activation: Activation;
}

/**
 * A multilayer perceptron on named columns of a dataset, as a `NET.json` file holds it (plain
 * data, so it crosses a worker boundary and is saved as it is).
 */
export interface NetworkSpec {
  readonly format: typeof NETWORK_FORMAT;
  /** Dataset columns fed to the first layer, in order. */
  readonly inputs: readonly string[];
  /** The dataset column the loss compares the output with. */
  readonly target: string;
  readonly loss: LossName;
  readonly layers: readonly LayerSpec[];
}

/**
 * More parameters than this are refused: a dense Hessian-vector product costs a few passes over
 * every row, and the spectrum and slice tools make hundreds of them.
 */
export const MAX_NETWORK_PARAMETERS = 1_000_000;

/** The largest `NET.json` read (bytes, as UTF-16 code units); a network at the cap fits with room. */
export const MAX_NETWORK_FILE_LENGTH = 64 * 1024 * 1024;
