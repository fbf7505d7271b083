import { ACTIVATION_CODE, activate } from './activations.ts';
import type { NetworkProblem } from './bindNetwork.ts';
import { LOSS_CODE, rowLoss } from './losses.ts';
import type { RowLoss } from './RowLoss.ts';

/**
 * The network's mean loss over the rows as a function of θ, with the exact gradient by
 * backpropagation and exact Hessian-vector products by Pearlmutter's R-operator (a forward pass of
 * the directional derivatives, then backpropagation of the gradient and of its directional
 * derivative together). One row at a time through buffers made once, so no call allocates.
 */
export function networkObjective(problem: NetworkProblem): RowLoss {
  const { layout, inputs, targets, rowCount } = problem;
  const { sizes, weightOffsets, biasOffsets } = layout;
  const layerCount = sizes.length - 1;
  const activationCodes = layout.activations.map((name) => ACTIVATION_CODE[name]);
  const lossCode = LOSS_CODE[layout.loss];
  const inputWidth = sizes[0]!;
  const outputWidth = sizes[layerCount]!;

  // Layer l's units sit at [unitOffsets[l], unitOffsets[l] + sizes[l]) in every buffer below.
  const unitOffsets: number[] = [];
  let units = 0;
  for (const size of sizes) {
    unitOffsets.push(units);
    units += size;
  }
  const outputOffset = unitOffsets[layerCount]!;
  const pre = new Float64Array(units); // z
  const act = new Float64Array(units); // a = σ(z)
  const slope = new Float64Array(units); // σ′(z)
  const curvature = new Float64Array(units); // σ″(z)
  const delta = new Float64Array(units); // ∂ℓ/∂a, then ∂ℓ/∂z
  const rPre = new Float64Array(units); // R{z}: the derivative of z along the direction v
  const rAct = new Float64Array(units); // R{a}
  const rDelta = new Float64Array(units); // R{∂ℓ/∂a}, then R{∂ℓ/∂z}

  /**
   * Layer l's units that are not exactly zero (with a direction: whose value or derivative is not),
   * as indices within the layer at [unitOffsets[l], unitOffsets[l] + liveCounts[l]). A zero unit adds
   * nothing to the next layer's sums or to the weights' derivatives, and relu layers are often half
   * zeros, so the sums run over these only.
   */
  const live = new Int32Array(units);
  const liveCounts = new Int32Array(sizes.length);
  const listLive = (l: number, withDirection: boolean) => {
    const at = unitOffsets[l]!;
    let count = 0;
    for (let i = 0; i < sizes[l]!; i++) if (act[at + i] !== 0 || (withDirection && rAct[at + i] !== 0)) live[at + count++] = i;
    liveCounts[l] = count;
  };

  function forward(theta: Float64Array, row: number, withSlopes: boolean, direction: Float64Array | undefined): void {
    const rowAt = row * inputWidth;
    for (let i = 0; i < inputWidth; i++) act[i] = inputs[rowAt + i]!;
    if (direction) rAct.fill(0, 0, inputWidth);
    listLive(0, false);
    for (let l = 0; l < layerCount; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const inAt = unitOffsets[l]!;
      const outAt = unitOffsets[l + 1]!;
      const weightAt = weightOffsets[l]!;
      const biasAt = biasOffsets[l]!;
      const liveEnd = inAt + liveCounts[l]!;
      for (let o = 0; o < nOut; o++) {
        const rowWeights = weightAt + o * nIn;
        let z = theta[biasAt + o]!;
        for (let k = inAt; k < liveEnd; k++) {
          const i = live[k]!;
          z += theta[rowWeights + i]! * act[inAt + i]!;
        }
        pre[outAt + o] = z;
        if (direction) {
          let rz = direction[biasAt + o]!;
          for (let k = inAt; k < liveEnd; k++) {
            const i = live[k]!;
            rz += direction[rowWeights + i]! * act[inAt + i]! + theta[rowWeights + i]! * rAct[inAt + i]!;
          }
          rPre[outAt + o] = rz;
        }
      }
      activate(activationCodes[l]!, pre, act, outAt, nOut, withSlopes ? slope : undefined, direction ? curvature : undefined);
      if (direction) for (let o = outAt; o < outAt + nOut; o++) rAct[o] = slope[o]! * rPre[o]!;
      listLive(l + 1, direction !== undefined);
    }
  }

  /** Adds this row's gradient (and, with a direction, its Hessian-vector product) to the outputs. */
  function backward(theta: Float64Array, gradient: Float64Array, direction: Float64Array | undefined, hv: Float64Array | undefined): void {
    for (let l = layerCount - 1; l >= 0; l--) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const inAt = unitOffsets[l]!;
      const outAt = unitOffsets[l + 1]!;
      const weightAt = weightOffsets[l]!;
      const biasAt = biasOffsets[l]!;
      for (let o = 0; o < nOut; o++) {
        const u = outAt + o;
        if (direction) rDelta[u] = curvature[u]! * rPre[u]! * delta[u]! + slope[u]! * rDelta[u]!;
        delta[u] = slope[u]! * delta[u]!;
      }
      const liveEnd = inAt + liveCounts[l]!;
      for (let o = 0; o < nOut; o++) {
        const dz = delta[outAt + o]!;
        const rdz = hv ? rDelta[outAt + o]! : 0;
        if (dz === 0 && rdz === 0) continue;
        const rowWeights = weightAt + o * nIn;
        gradient[biasAt + o] = gradient[biasAt + o]! + dz;
        for (let k = inAt; k < liveEnd; k++) {
          const i = live[k]!;
          gradient[rowWeights + i] = gradient[rowWeights + i]! + dz * act[inAt + i]!;
        }
        if (hv) {
          hv[biasAt + o] = hv[biasAt + o]! + rdz;
          for (let k = inAt; k < liveEnd; k++) {
            const i = live[k]!;
            hv[rowWeights + i] = hv[rowWeights + i]! + rdz * act[inAt + i]! + dz * rAct[inAt + i]!;
          }
        }
      }
      if (l === 0) break;
      delta.fill(0, inAt, inAt + nIn);
      if (direction) rDelta.fill(0, inAt, inAt + nIn);
      for (let o = 0; o < nOut; o++) {
        const dz = delta[outAt + o]!;
        const rdz = direction ? rDelta[outAt + o]! : 0;
        if (dz === 0 && rdz === 0) continue;
        const rowWeights = weightAt + o * nIn;
        for (let i = 0; i < nIn; i++) {
          delta[inAt + i] = delta[inAt + i]! + theta[rowWeights + i]! * dz;
          if (direction) rDelta[inAt + i] = rDelta[inAt + i]! + direction[rowWeights + i]! * dz + theta[rowWeights + i]! * rdz;
        }
      }
    }
  }

  const rowAt = (rows: Int32Array | undefined, index: number) => (rows ? rows[index]! : index);
  const countOf = (rows: Int32Array | undefined) => (rows ? rows.length : rowCount);

  function evaluate(
    theta: Float64Array,
    rows: Int32Array | undefined,
    gradient: Float64Array | undefined,
    direction?: Float64Array,
    hv?: Float64Array,
  ) {
    const count = countOf(rows);
    if (gradient) gradient.fill(0);
    if (hv) hv.fill(0);
    let total = 0;
    for (let index = 0; index < count; index++) {
      const row = rowAt(rows, index);
      forward(theta, row, gradient !== undefined, direction);
      total += rowLoss(
        lossCode,
        act,
        outputOffset,
        outputWidth,
        targets[row]!,
        gradient ? delta : undefined,
        direction ? rAct : undefined,
        rDelta,
      );
      if (gradient) backward(theta, gradient, direction, hv);
    }
    const scale = 1 / count;
    if (gradient) for (let p = 0; p < gradient.length; p++) gradient[p] = gradient[p]! * scale;
    if (hv) for (let p = 0; p < hv.length; p++) hv[p] = hv[p]! * scale;
    return total * scale;
  }

  let scratchGradient: Float64Array | undefined;
  return {
    dimension: layout.parameterCount,
    value: (theta, rows) => evaluate(theta, rows, undefined),
    valueAndGradient: (theta, gradient, rows) => evaluate(theta, rows, gradient),
    hessianVectorProduct(theta, direction, out, gradient, rows) {
      const into = gradient ?? (scratchGradient ??= new Float64Array(layout.parameterCount));
      return evaluate(theta, rows, into, direction, out);
    },
  };
}
